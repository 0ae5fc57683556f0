package io.landcheck.geo.io;

import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * A source of parcels (宗地) read from a GIS file: one {@link SourceRecord} per feature of its {@code parcels} layer, in
 * file order, each either a {@link io.landcheck.geo.GeoParcel} with its buildings (建筑) and storeys (层) or the errors
 * that kept the record from being read. Open one with {@link ParcelSources#open}; users may plug in their own.
 *
 * <p>Records are read lazily, so a source with a million parcels needs no more memory than one with ten. Close the
 * source when done.
 */
public interface ParcelSource extends AutoCloseable {

  /**
   * The records, lazily, in file order of the parcels layer. After the parcels come error records for buildings and
   * storeys that name a parcel the file does not have. Single use.
   */
  Stream<SourceRecord> records();

  /** The number of parcel records, if it is cheaply known (for progress reports). */
  OptionalLong count();

  /** What the source reads, e.g. {@code sample-park.gpkg (GeoPackage, EPSG:4549)}. */
  String description();

  /** Releases the file handles and temporary files. */
  @Override
  void close();
}
