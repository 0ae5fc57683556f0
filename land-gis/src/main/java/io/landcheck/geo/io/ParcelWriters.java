package io.landcheck.geo.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.geo.GeoParcel;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes parcels (宗地) with their buildings (建筑) and storeys (层) in the landcheck file schema (English field names),
 * in one pass over the parcels, so an {@code Iterable} that generates them lazily never needs them all in memory.
 * Coordinates are written as they are: name their projected system, e.g. {@code EPSG:4549}.
 *
 * @since 0.1
 */
public final class ParcelWriters {

  private ParcelWriters() {}

  /**
   * Writes a new GeoPackage (replacing the file) with tables parcels, buildings and storeys, indexed on parcel_id.
   *
   * @param file the GeoPackage to write; an existing file is replaced
   * @param parcels the parcels with their buildings and storeys, written in this order
   * @param crs the parcels' coordinate system, {@code EPSG:nnnn} or a proj string
   * @return the number of parcels written
   * @throws IOException if the file cannot be written
   */
  public static long writeGeoPackage(Path file, Iterable<GeoParcel> parcels, String crs) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(parcels, "parcels");
    checkNotNull(crs, "crs");
    return GeoPackageWriter.write(file, parcels, crs);
  }

  /**
   * Writes parcels.geojson, buildings.geojson and storeys.geojson into {@code dir} (created if needed), each with a
   * {@code crs} member naming the system.
   *
   * @param dir the directory to write into
   * @param parcels the parcels with their buildings and storeys, written in this order
   * @param crs the parcels' coordinate system, {@code EPSG:nnnn} or a proj string
   * @return the number of parcels written
   * @throws IOException if a file cannot be written
   */
  public static long writeGeoJson(Path dir, Iterable<GeoParcel> parcels, String crs) throws IOException {
    checkNotNull(dir, "dir");
    checkNotNull(parcels, "parcels");
    checkNotNull(crs, "crs");
    return GeoJsonWriter.write(dir, parcels, crs);
  }
}
