package io.landcheck.geo.io;

import io.landcheck.geo.Georeference;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.datum.Datum;
import org.locationtech.proj4j.datum.Ellipsoid;
import org.locationtech.proj4j.proj.Projection;
import org.locationtech.proj4j.proj.TransverseMercatorProjection;

/**
 * The coordinate system of a file, classified ({@link #handling()}): CGCS2000 transverse Mercator (Gauss-Krüger,
 * 高斯-克吕格) systems in metres (EPSG:4491–4554, or a proj string or WKT on the CGCS2000/GRS80 ellipsoid with scale 1,
 * such as a local 城建坐标 approximation) are used as they are; geographic ones (EPSG:4490 CGCS2000, EPSG:4326 WGS 84)
 * are projected to the CGCS2000 3° Gauss-Krüger zone of the parcel's longitude; every other projected system (Web
 * Mercator EPSG:3857, UTM, Gauss-Krüger on the Xi'an 80 or Beijing 54 ellipsoid …) is reprojected to that zone, and a
 * parcel it would put outside China's zones is refused, naming {@code --crs}, since the file then names the wrong
 * system. Thread-safe: records of one source are assembled on several threads,
 * and each thread builds its own Proj4J transforms (Proj4J does not promise that a transform may be shared), kept per
 * zone for the life of the thread.
 */
final class SourceCrs {

  /** The CGCS2000 ellipsoid (same as GRS80): a = 6378137 m, f = 1/298.257222101. */
  static final Geodesic CGCS2000 = new Geodesic(6378137.0, 1 / 298.257222101);

  /**
   * The CGCS2000 ellipsoid for areas alone: GeographicLib's own geodesics, asked for no lengths. {@link PolygonArea}
   * asks each edge for its length too (for the perimeter, which landcheck never uses); the area of an edge does not
   * depend on it, so the areas are the same to the last bit and the lengths' series are not summed.
   */
  static final Geodesic CGCS2000_AREAS = new AreasOnly(6378137.0, 1 / 298.257222101);

  /** A {@link Geodesic} that leaves out the distance of every inverse problem: a polygon's perimeter comes out NaN. */
  private static final class AreasOnly extends Geodesic {
    AreasOnly(double a, double f) {
      super(a, f);
    }

    @Override
    public GeodesicData Inverse(double lat1, double lon1, double lat2, double lon2, int outmask) {
      return super.Inverse(lat1, lon1, lat2, lon2, outmask & ~GeodesicMask.DISTANCE);
    }
  }

  private static final CRSFactory FACTORY = new CRSFactory();
  private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
  private static final Pattern EPSG = Pattern.compile("(?i)^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[0-9.]*:)?(\\d{4,6})$");

  private final String name;
  private final int epsgCode;
  private final CoordinateReferenceSystem crs;
  /** This thread's transforms to the zone with each central meridian. */
  private final ThreadLocal<Map<Integer, CoordinateTransform>> zones = ThreadLocal.withInitial(HashMap::new);
  /** This thread's transform to the system's own longitude and latitude. */
  private final ThreadLocal<CoordinateTransform> geographic = ThreadLocal.withInitial(this::toGeographic);

  private SourceCrs(String name, int epsgCode, CoordinateReferenceSystem crs) {
    this.name = name;
    this.epsgCode = epsgCode;
    this.crs = crs;
  }

  /** The system's name for descriptions and errors, e.g. {@code EPSG:4549}. */
  String name() {
    return name;
  }

  /** The EPSG code the system was made from ({@link #epsg}), as {@code EPSG:4549} names it; 0 for a proj string. */
  int epsgCode() {
    return epsgCode;
  }

  boolean isGeographic() {
    return Boolean.TRUE.equals(crs.isGeographic());
  }

  /**
   * What is done with this system to measure in it: {@code AS_IS} for a CGCS2000 transverse Mercator in metres (the
   * GRS80 ellipsoid, scale factor 1, no datum shift), {@code PROJECTED} for longitude/latitude, {@code REPROJECTED}
   * for any other projected system.
   */
  Georeference.Handling handling() {
    if (isGeographic()) {
      return Georeference.Handling.PROJECTED;
    }
    Projection p = crs.getProjection();
    Ellipsoid e = crs.getDatum().getEllipsoid();
    boolean cgcs2000GaussKruger = p.getClass() == TransverseMercatorProjection.class
        && close(p.getScaleFactor(), 1, 1e-12) && close(p.getFromMetres(), 1, 1e-12)
        && close(e.getA(), Ellipsoid.GRS80.getA(), 1e-6)
        && close(e.getEccentricitySquared(), Ellipsoid.GRS80.getEccentricitySquared(), 1e-12)
        && shift(crs.getDatum()).length == 0;
    return cgcs2000GaussKruger ? Georeference.Handling.AS_IS : Georeference.Handling.REPROJECTED;
  }

  /** The westernmost and easternmost longitudes of China's CGCS2000 3° Gauss-Krüger zones (CM 75°E to 135°E). */
  private static final double WEST_DEG = 73.5;
  private static final double EAST_DEG = 136.5;

  /**
   * Why a parcel in a reprojected system cannot be measured, if it cannot: its middle is not a place in China's
   * CGCS2000 3° zones, which means the file names the wrong coordinate system (Web Mercator declared for
   * Gauss-Krüger coordinates puts a Shanghai parcel off West Africa).
   */
  Optional<RangeProblem> placeProblem(Geometry g) {
    if (handling() != Georeference.Handling.REPROJECTED) {
      return Optional.empty();
    }
    ProjCoordinate lonLat = lonLatOf(g.getEnvelopeInternal().centre());
    if (Double.isFinite(lonLat.x) && Double.isFinite(lonLat.y) && lonLat.x >= WEST_DEG && lonLat.x <= EAST_DEG
        && lonLat.y >= 0 && lonLat.y <= 60) {
      return Optional.empty();
    }
    return Optional.of(new RangeProblem("outsideChina", List.of(name, String.format(Locale.ROOT, "%.4f", lonLat.x),
        String.format(Locale.ROOT, "%.4f", lonLat.y), String.format(Locale.ROOT, "%.1f", WEST_DEG),
        String.format(Locale.ROOT, "%.1f", EAST_DEG))));
  }

  /** The longitude and latitude of a point in this system, degrees (NaN where the system cannot invert it). */
  private ProjCoordinate lonLatOf(Coordinate c) {
    ProjCoordinate out = new ProjCoordinate(Double.NaN, Double.NaN);
    if (isGeographic()) {
      return new ProjCoordinate(c.x, c.y);
    }
    try {
      geographic.get().transform(new ProjCoordinate(c.x, c.y), out);
    } catch (RuntimeException e) {
      // a point the projection cannot invert: NaN says so
      return new ProjCoordinate(Double.NaN, Double.NaN);
    }
    return out;
  }

  /**
   * The record of what was done with a parcel's boundary {@code source} (in this system) measured in the zone with
   * central meridian {@code cm} (empty: in this system as it is).
   */
  Georeference georeference(Geometry source, OptionalInt cm) {
    double meridian = cm.isPresent() ? cm.getAsInt()
        : Math.round(crs.getProjection().getProjectionLongitudeDegrees() * 1e6) / 1e6;
    return new Georeference(name, handling(), zoneName(cm), meridian, ellipsoidalAreaOf(source));
  }

  /** The system measured in: this one, or the CGCS2000 3° Gauss-Krüger system without zone prefix at {@code cm}. */
  private String zoneName(OptionalInt cm) {
    if (cm.isEmpty()) {
      return name;
    }
    int m = cm.getAsInt();
    return m >= 75 && m <= 135 ? "EPSG:" + (4534 + (m - 75) / 3) : "CGCS2000 3-degree Gauss-Kruger CM " + m + "E";
  }

  /** The area of a polygonal geometry in this system on the CGCS2000 ellipsoid, m². */
  double ellipsoidalAreaOf(Geometry source) {
    if (isGeographic()) {
      return ellipsoidalAreaM2(source);
    }
    return ellipsoidalAreaM2(source, geographic.get());
  }

  /**
   * A system named by the user or a file: {@code EPSG:4549}, {@code 4549}, {@code urn:ogc:def:crs:EPSG::4549},
   * {@code OGC:CRS84} or a proj string.
   *
   * @throws IllegalArgumentException naming the system if it is not known
   */
  static SourceCrs parse(String spec) {
    String s = spec.strip();
    if (s.equalsIgnoreCase("OGC:CRS84") || s.equalsIgnoreCase("CRS84") || s.toLowerCase(Locale.ROOT).endsWith(":crs84")) {
      return epsg(4326);
    }
    Matcher m = EPSG.matcher(s);
    if (m.matches()) {
      return epsg(Integer.parseInt(m.group(1)));
    }
    if (s.startsWith("+") || s.contains("+proj=")) {
      try {
        return new SourceCrs(s, 0, FACTORY.createFromParameters(null, s));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("coordinate system '" + s + "' is not a proj string Proj4J understands: "
            + e.getMessage(), e);
      }
    }
    if (s.startsWith("PROJCS") || s.startsWith("GEOGCS") || s.startsWith("PROJCRS") || s.startsWith("GEOGCRS")) {
      return fromWkt(s).orElseThrow(() -> new IllegalArgumentException(
          "coordinate system WKT is not one landcheck recognises; name it as EPSG:nnnn or a proj string"));
    }
    throw new IllegalArgumentException("coordinate system '" + s + "' is neither EPSG:nnnn nor a proj string");
  }

  static SourceCrs epsg(int code) {
    try {
      return new SourceCrs("EPSG:" + code, code, FACTORY.createFromName("EPSG:" + code));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("coordinate system EPSG:" + code + " is not known to Proj4J", e);
    }
  }

  private static final Pattern WKT_AUTHORITY =
      Pattern.compile("(?:AUTHORITY\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*\\]|ID\\[\\s*\"EPSG\"\\s*,\\s*(\\d+)\\s*\\])\\s*\\]\\s*$");

  /**
   * The system a WKT (a Shapefile's .prj, a GeoPackage's definition) describes: its EPSG authority if it names one, else
   * CGCS2000 3° Gauss-Krüger zones, CGCS2000 and WGS 84 recognised by name and parameters, else a transverse Mercator
   * built from the parameters.
   */
  static Optional<SourceCrs> fromWkt(String wkt) {
    String w = wkt.strip();
    Matcher a = WKT_AUTHORITY.matcher(w);
    if (a.find()) {
      int code = Integer.parseInt(a.group(1) != null ? a.group(1) : a.group(2));
      try {
        return Optional.of(epsg(code));
      } catch (IllegalArgumentException e) {
        // fall through to the parameters
      }
    }
    String upper = w.toUpperCase(Locale.ROOT);
    boolean cgcs2000 = upper.contains("CHINA_2000") || upper.contains("CGCS2000") || upper.contains("CGCS_2000")
        || upper.contains("CHINA GEODETIC COORDINATE SYSTEM 2000") || upper.contains("CHINA_GEODETIC_COORDINATE_SYSTEM_2000");
    boolean wgs84 = upper.contains("WGS_1984") || upper.contains("WGS 84") || upper.contains("WGS84");
    boolean projected = upper.startsWith("PROJCS") || upper.startsWith("PROJCRS");
    if (!projected) {
      if (cgcs2000) {
        return Optional.of(epsg(4490));
      }
      if (wgs84) {
        return Optional.of(epsg(4326));
      }
      return Optional.empty();
    }
    if (upper.contains("WEB_MERCATOR") || upper.contains("MERCATOR_AUXILIARY_SPHERE") || upper.contains("PSEUDO-MERCATOR")
        || upper.contains("POPULAR VISUALISATION")) {
      // Web Mercator as ESRI and GDAL write its .prj without an EPSG authority
      return Optional.of(epsg(3857));
    }
    boolean tm = upper.contains("TRANSVERSE_MERCATOR") || upper.contains("GAUSS_KRUGER") || upper.contains("GAUSS-KRUGER")
        || upper.contains("TRANSVERSE MERCATOR");
    if (!tm) {
      return Optional.empty();
    }
    double cm = parameter(upper, "CENTRAL_MERIDIAN", "LONGITUDE OF NATURAL ORIGIN", Double.NaN);
    double fe = parameter(upper, "FALSE_EASTING", "FALSE EASTING", 0);
    double fn = parameter(upper, "FALSE_NORTHING", "FALSE NORTHING", 0);
    double k = parameter(upper, "SCALE_FACTOR", "SCALE FACTOR AT NATURAL ORIGIN", 1);
    double lat0 = parameter(upper, "LATITUDE_OF_ORIGIN", "LATITUDE OF NATURAL ORIGIN", 0);
    if (Double.isNaN(cm)) {
      return Optional.empty();
    }
    if (cgcs2000 && k == 1 && lat0 == 0 && fn == 0 && cm % 3 == 0 && cm >= 75 && cm <= 135) {
      int zone = (int) (cm / 3);
      if (fe == 500000) {
        return Optional.of(epsg(4534 + (int) ((cm - 75) / 3)));
      }
      if (fe == zone * 1_000_000.0 + 500000) {
        return Optional.of(epsg(4513 + zone - 25));
      }
    }
    Matcher sph = Pattern.compile("SPHEROID\\[\\s*\"[^\"]*\"\\s*,\\s*([0-9.Ee+-]+)\\s*,\\s*([0-9.Ee+-]+)").matcher(upper);
    String ellps = "+ellps=GRS80";
    if (sph.find()) {
      // semi-axes, not +rf: Proj4J 1.4.1 takes +rf (and +f) for the flattening itself, making e² about -88 000
      double semiMajor = Double.parseDouble(sph.group(1));
      double rf = Double.parseDouble(sph.group(2));
      ellps = String.format(Locale.ROOT, "+a=%s +b=%s", semiMajor, rf == 0 ? semiMajor : semiMajor * (1 - 1 / rf));
    }
    String proj = String.format(Locale.ROOT, "+proj=tmerc +lat_0=%s +lon_0=%s +k=%s +x_0=%s +y_0=%s %s +units=m +no_defs",
        lat0, cm, k, fe, fn, ellps);
    return Optional.of(parse(proj));
  }

  private static double parameter(String upperWkt, String esriName, String wkt2Name, double otherwise) {
    for (String n : new String[] {esriName, wkt2Name}) {
      Matcher m = Pattern.compile("PARAMETER\\[\\s*\"" + Pattern.quote(n) + "\"\\s*,\\s*([0-9.Ee+-]+)").matcher(upperWkt);
      if (m.find()) {
        return Double.parseDouble(m.group(1));
      }
    }
    return otherwise;
  }

  /**
   * Whether {@code other} is the same coordinate system: the same name (an EPSG code however it was spelt, e.g.
   * {@code EPSG:4549} and {@code urn:ogc:def:crs:EPSG::4549}; {@code OGC:CRS84} and RFC 7946's default are both
   * EPSG:4326), or the same definition: projection and its parameters, ellipsoid, datum shift, prime meridian, axes and
   * units, numbers equal to within rounding.
   */
  boolean sameAs(SourceCrs other) {
    if (name.equals(other.name)) {
      return true;
    }
    Projection p = crs.getProjection();
    Projection q = other.crs.getProjection();
    Datum d = crs.getDatum();
    Datum e = other.crs.getDatum();
    return p.getClass() == q.getClass() && isGeographic() == other.isGeographic()
        && close(p.getProjectionLatitude(), q.getProjectionLatitude(), 1e-12)
        && close(p.getProjectionLongitude(), q.getProjectionLongitude(), 1e-12)
        && close(p.getTrueScaleLatitude(), q.getTrueScaleLatitude(), 1e-12)
        && close(p.getProjectionLatitude1(), q.getProjectionLatitude1(), 1e-12)
        && close(p.getProjectionLatitude2(), q.getProjectionLatitude2(), 1e-12)
        && close(p.getAlpha(), q.getAlpha(), 1e-12)
        && close(p.getLonC(), q.getLonC(), 1e-12)
        && close(p.getScaleFactor(), q.getScaleFactor(), 1e-12)
        && close(p.getFalseEasting(), q.getFalseEasting(), 1e-6)
        && close(p.getFalseNorthing(), q.getFalseNorthing(), 1e-6)
        && close(p.getFromMetres(), q.getFromMetres(), 1e-12)
        && Objects.equals(p.getPrimeMeridian(), q.getPrimeMeridian())
        && Objects.equals(p.getAxisOrder(), q.getAxisOrder())
        && close(d.getEllipsoid().getA(), e.getEllipsoid().getA(), 1e-6)
        && close(d.getEllipsoid().getEccentricitySquared(), e.getEllipsoid().getEccentricitySquared(), 1e-12)
        && Arrays.equals(shift(d), shift(e));
  }

  /**
   * The problem of a layer whose coordinate system is not the parcels', naming both systems as {@code layerSystem} and
   * {@code parcelsSystem} describe them, with what to do about it.
   */
  static Assembler.Problem mismatch(String layer, String layerSystem, SourceCrs parcels, String parcelsSystem) {
    return parcels.name().startsWith("EPSG:")
        ? Assembler.Problem.told("crs", "crsMismatchEpsg", List.of(layer, layerSystem, parcelsSystem, parcels.name()))
        : Assembler.Problem.told("crs", "crsMismatch", List.of(layer, layerSystem, parcelsSystem));
  }

  private static boolean close(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance || (Double.isNaN(a) && Double.isNaN(b));
  }

  /** The datum's shift to WGS 84, none written as zeros. */
  private static double[] shift(Datum d) {
    double[] t = d.getTransformToWGS84();
    if (t == null || Arrays.stream(t).allMatch(x -> x == 0)) {
      return new double[0];
    }
    return t;
  }

  /**
   * How far from its origin a projected system's coordinates may be, in metres: 100,000 km, beyond any place on Earth
   * in any projection (a 3° Gauss-Krüger easting with its zone number is at most some 45,500 km). Farther, areas
   * overflow into infinity, which no measurement can use.
   */
  static final double MAX_PROJECTED_M = 1e8;

  /**
   * Why the geometry's coordinates cannot be in this system (not numbers, beyond any place on Earth, degrees declared
   * as metres or metres as degrees), if they cannot.
   */
  Optional<RangeProblem> rangeProblem(Geometry g) {
    double[] bad = new double[2];
    boolean[] found = new boolean[1];
    g.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        double x = seq.getX(i);
        double y = seq.getY(i);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
          bad[0] = x;
          bad[1] = y;
          found[0] = true;
        }
      }

      @Override
      public boolean isDone() {
        return found[0];
      }

      @Override
      public boolean isGeometryChanged() {
        return false;
      }
    });
    if (found[0]) {
      return Optional.of(new RangeProblem("notANumber", List.of(String.valueOf(bad[0]), String.valueOf(bad[1]))));
    }
    Envelope e = g.getEnvelopeInternal();
    double far = Math.max(Math.max(Math.abs(e.getMinX()), Math.abs(e.getMaxX())),
        Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())));
    if (!isGeographic() && far > MAX_PROJECTED_M) {
      return Optional.of(new RangeProblem("beyondEarth", List.of(shown(e.getMinX()), shown(e.getMinY()), name)));
    }
    boolean degreeLike = e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90;
    if (isGeographic() && !degreeLike) {
      return Optional.of(new RangeProblem("notDegrees", List.of(shown(e.getMinX()), shown(e.getMinY()), name)));
    }
    if (!isGeographic() && degreeLike) {
      return Optional.of(new RangeProblem("degrees", List.of(String.format(Locale.ROOT, "%.6f", e.getMinX()),
          String.format(Locale.ROOT, "%.6f", e.getMinY()), name)));
    }
    return Optional.empty();
  }

  /**
   * Why a geometry's coordinates cannot be in this system: the template {@code COORDINATE_SYSTEM.name} of RecordError
   * (whose place {@code {0}} takes the record's locator) and the facts for its other places.
   */
  record RangeProblem(String name, List<String> arguments) {}

  /** A coordinate as an error shows it: plainly when it is not huge. */
  private static String shown(double v) {
    return Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.3f", v) : String.valueOf(v);
  }

  /**
   * The meridian of the 3° zone a geographic parcel falls in (by the middle of its extent), or empty for projected
   * systems, whose coordinates are used as they are.
   */
  OptionalInt zoneOf(Geometry parcelBoundary) {
    if (handling() == Georeference.Handling.AS_IS) {
      return OptionalInt.empty();
    }
    double lon = lonLatOf(parcelBoundary.getEnvelopeInternal().centre()).x;
    return OptionalInt.of(3 * (int) Math.round(lon / 3));
  }

  /** The geometry in projected metres: projected to the zone with meridian {@code cm}, or as it is. */
  Geometry toMetres(Geometry g, OptionalInt cm) {
    if (cm.isEmpty()) {
      return g;
    }
    return transformed(g, zones.get().computeIfAbsent(cm.getAsInt(), this::transformTo));
  }

  /** A copy of the geometry with every coordinate transformed by {@code t}. */
  static Geometry transformed(Geometry g, CoordinateTransform t) {
    Geometry out = g.copy();
    ProjCoordinate in = new ProjCoordinate();
    ProjCoordinate res = new ProjCoordinate();
    out.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        in.x = seq.getX(i);
        in.y = seq.getY(i);
        t.transform(in, res);
        seq.setOrdinate(i, 0, res.x);
        seq.setOrdinate(i, 1, res.y);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    return out;
  }

  /**
   * A new transform to the zone with meridian {@code cm}. Made under a lock: Proj4J's factories set up shared registries
   * lazily. A transform only reads the source system it shares with other threads' transforms.
   */
  private CoordinateTransform transformTo(int cm) {
    synchronized (FACTORY) {
      return TRANSFORMS.createTransform(crs, FACTORY.createFromParameters("CGCS2000 3-degree GK CM " + cm + "E",
          "+proj=tmerc +lat_0=0 +lon_0=" + cm + " +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"));
    }
  }

  /** A new transform to this system's own longitude and latitude, made under the lock {@link #transformTo} takes. */
  private CoordinateTransform toGeographic() {
    synchronized (FACTORY) {
      return TRANSFORMS.createTransform(crs, crs.createGeographic());
    }
  }

  /** The area on the CGCS2000 ellipsoid of a polygonal geometry in longitude/latitude degrees, m². */
  static double ellipsoidalAreaM2(Geometry lonLat) {
    return ellipsoidalAreaM2(lonLat, null);
  }

  /**
   * The area on the CGCS2000 ellipsoid of a polygonal geometry whose coordinates {@code toLonLat} takes to longitude
   * and latitude degrees (null: they are degrees already), m². Each vertex is transformed as it is added, the same
   * numbers as transforming a copy of the geometry first, without the copy.
   */
  private static double ellipsoidalAreaM2(Geometry g, CoordinateTransform toLonLat) {
    ProjCoordinate in = new ProjCoordinate();
    ProjCoordinate lonLat = new ProjCoordinate();
    double total = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      total += ringArea(p.getExteriorRing().getCoordinateSequence(), toLonLat, in, lonLat);
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        total -= ringArea(p.getInteriorRingN(h).getCoordinateSequence(), toLonLat, in, lonLat);
      }
    }
    return total;
  }

  /** The area of a closed ring (its last vertex its first), m²; {@code in} and {@code lonLat} are scratch space. */
  private static double ringArea(
      CoordinateSequence ring, CoordinateTransform toLonLat, ProjCoordinate in, ProjCoordinate lonLat) {
    PolygonArea area = new PolygonArea(CGCS2000_AREAS, false);
    for (int i = 0; i < ring.size() - 1; i++) {
      if (toLonLat == null) {
        area.AddPoint(ring.getY(i), ring.getX(i));
      } else {
        in.x = ring.getX(i);
        in.y = ring.getY(i);
        toLonLat.transform(in, lonLat);
        area.AddPoint(lonLat.y, lonLat.x);
      }
    }
    return Math.abs(area.Compute(false, true).area);
  }

  @Override
  public String toString() {
    return name;
  }
}
