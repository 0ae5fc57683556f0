package io.landcheck.geo.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.PolicyPack;
import io.landcheck.PolicyPacks;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How to read a GIS file of parcels. Reading never mends an invalid polygon: that is
 * {@code Measurement.repairingInvalidGeometry()}'s job, which reports each repair as a warning.
 *
 * @param crs the coordinate system to use instead of the file's own (or for a file that has none): {@code EPSG:4549}
 *     or a proj string such as {@code +proj=tmerc +lon_0=121.4667 +x_0=0 +y_0=-3457147.81 +ellps=GRS80 +units=m}
 *     (a local 上海城建坐标 approximation); empty to use the file's
 * @param fallbackCharset the charset of a Shapefile's .dbf when it has no .cpg and no language-driver byte, e.g.
 *     GBK for files from older Chinese GIS software
 * @param ignoreUnknownFields whether fields the schema does not know are ignored; by default they are an error,
 *     because a misspelt field name would silently drop a fact
 * @param pack the policy pack whose land-use names (产业项目类工业用地 …) and use-code aliases (厂房, 人才公寓 …) are
 *     accepted and mapped to its codes
 */
public record ReadOptions(
    Optional<String> crs, Charset fallbackCharset, boolean ignoreUnknownFields, PolicyPack pack) {

  /** Checks the components. */
  public ReadOptions {
    checkNotNull(crs, "crs (use Optional.empty())");
    crs.ifPresent(c -> checkArgument(!c.isBlank(), "crs must not be blank"));
    checkNotNull(fallbackCharset, "fallbackCharset");
    checkNotNull(pack, "pack");
  }

  /** The file's own coordinate system, UTF-8 fallback, unknown fields are errors, the Shanghai 2021 pack. */
  public static ReadOptions defaults() {
    return new ReadOptions(Optional.empty(), StandardCharsets.UTF_8, false, PolicyPacks.shanghai2021());
  }

  /** These options with a coordinate system ({@code EPSG:nnnn} or a proj string) that overrides the file's. */
  public ReadOptions withCrs(String crs) {
    return new ReadOptions(Optional.of(checkNotNull(crs, "crs").strip()), fallbackCharset, ignoreUnknownFields, pack);
  }

  /** These options with the charset of .dbf files that do not name theirs. */
  public ReadOptions withCharset(Charset charset) {
    return new ReadOptions(crs, charset, ignoreUnknownFields, pack);
  }

  /** These options, ignoring fields the schema does not know. */
  public ReadOptions ignoringUnknownFields() {
    return new ReadOptions(crs, fallbackCharset, true, pack);
  }

  /** These options with another policy pack's land uses and use codes. */
  public ReadOptions withPack(PolicyPack pack) {
    return new ReadOptions(crs, fallbackCharset, ignoreUnknownFields, pack);
  }
}
