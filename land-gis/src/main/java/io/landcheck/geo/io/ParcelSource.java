package io.landcheck.geo.io;

import io.landcheck.geo.Georeference;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * A source of parcels (宗地) read from a GIS file: one {@link SourceRecord} per feature of its {@code parcels} layer, in
 * file order, each either a {@link io.landcheck.geo.GeoParcel} with its buildings (建筑) and storeys (层) or the errors
 * that kept the record from being read. Open one with {@link ParcelSources#open}; users may plug in their own.
 *
 * <p>Records are read lazily, so a source with a million parcels needs no more memory than one with ten. Close the
 * source when done.
 *
 * @since 0.1
 */
public interface ParcelSource extends AutoCloseable {

  /**
   * The records, lazily, in file order of the parcels layer. After the parcels come, read by location ({@link
   * ReadOptions#withBuildingAssignment}), one error record per building placed on no parcel, then error records for
   * buildings and storeys that name a parcel the file does not have. Single use.
   *
   * @return every parcel record and every error record, each once; close the source when done
   */
  Stream<SourceRecord> records();

  /**
   * The same records as {@link #records()}, in the same order, each {@linkplain SourceRecord.Deferred deferred}: the
   * stream does only what must happen in file order (walking the parcels, noticing a parcel id given twice, finding
   * the orphans; a GeoPackage source reads the rows ahead on {@link ReadOptions#readerThreads()} threads of its own),
   * and each record's {@link SourceRecord.Deferred#assemble()} does the rest (decoding the geometry, parsing the
   * fields, projecting, building the parcel). Consume the stream on one thread; assemble
   * each record once, on any thread, in any order. Single use, and instead of {@link #records()}: call only one of
   * the two. By default, the records of {@link #records()}, already assembled.
   *
   * @return the deferred records, in file order; each to be {@linkplain SourceRecord.Deferred#assemble() assembled}
   *     once
   */
  default Stream<SourceRecord.Deferred> deferredRecords() {
    return records().map(SourceRecord.Deferred::of);
  }

  /**
   * The number of parcel records, if it is cheaply known (for progress reports).
   *
   * @return the number of parcels in the file; empty when knowing it would take a pass over the file
   */
  OptionalLong count();

  /**
   * What the source reads, e.g. {@code sample-park.gpkg (GeoPackage, EPSG:4549)}.
   *
   * @return the file name, its format and the coordinate system the parcels are read in
   */
  String description();

  /**
   * The coordinate system the parcels are read in (the file's, or the one given with {@link ReadOptions#withCrs}),
   * e.g. {@code EPSG:3857}; empty when the source has none landcheck can use (then every record is an error saying
   * so), and by default.
   *
   * @return the system, {@code EPSG:nnnn} or a proj string
   */
  default Optional<String> coordinateSystem() {
    return Optional.empty();
  }

  /**
   * What is done with {@link #coordinateSystem()} to measure in it.
   *
   * @return used as it is, projected or reprojected; empty when {@link #coordinateSystem()} is
   */
  default Optional<Georeference.Handling> coordinateHandling() {
    return Optional.empty();
  }

  /** Releases the file handles and temporary files. */
  @Override
  void close();
}
