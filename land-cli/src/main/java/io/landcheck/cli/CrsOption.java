package io.landcheck.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.proj4j.CRSFactory;

/**
 * Checks a {@code --crs} value before any input is opened, so that a coordinate system landcheck cannot use is a usage
 * error instead of an error on every record. It accepts what land-geo's readers accept ({@code EPSG:4549},
 * {@code 4549}, {@code urn:ogc:def:crs:EPSG::4549}, {@code OGC:CRS84}, a proj string, a WKT) and refuses what they
 * would refuse: an EPSG code Proj4J does not know, a proj string Proj4J cannot build, anything else. land-geo has no
 * public way to ask, so this asks Proj4J, as land-geo does; a WKT is left to the readers, which report a WKT they do
 * not recognise on every record.
 */
final class CrsOption {

  /** The forms land-geo reads as an EPSG code. */
  private static final Pattern EPSG = Pattern.compile("(?i)^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[0-9.]*:)?(\\d{4,6})$");

  private CrsOption() {}

  /** Why landcheck cannot use {@code spec} as the inputs' coordinate system, or empty if it can. */
  static Optional<String> problem(String spec) {
    String s = spec.strip();
    if (s.isEmpty()) {
      return Optional.of("the coordinate system is blank; name one such as EPSG:4549");
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("ogc:crs84") || lower.equals("crs84") || lower.endsWith(":crs84")) {
      return Optional.empty();
    }
    Matcher m = EPSG.matcher(s);
    if (m.matches()) {
      String code = "EPSG:" + Integer.parseInt(m.group(1));
      try {
        new CRSFactory().createFromName(code);
        return Optional.empty();
      } catch (RuntimeException e) {
        return Optional.of("coordinate system " + code + " is not known to Proj4J; use a CGCS2000 system such as "
            + "EPSG:4549, or a proj string");
      }
    }
    if (s.startsWith("+") || s.contains("+proj=")) {
      try {
        new CRSFactory().createFromParameters(null, s);
        return Optional.empty();
      } catch (RuntimeException e) {
        return Optional.of("coordinate system '" + s + "' is not a proj string Proj4J understands"
            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      }
    }
    if (s.startsWith("PROJCS") || s.startsWith("GEOGCS") || s.startsWith("PROJCRS") || s.startsWith("GEOGCRS")) {
      return Optional.empty();
    }
    return Optional.of("coordinate system '" + s + "' is neither EPSG:nnnn nor a proj string (e.g. EPSG:4549, or "
        + "+proj=tmerc +lon_0=121.4667 … +units=m)");
  }
}
