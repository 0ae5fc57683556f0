package io.landcheck.geo.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.landcheck.geo.GeoParcel;
import io.landcheck.model.RecordError;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * One record of a {@link ParcelSource}: a parcel (宗地) read from the file, or the errors that kept it from being read
 * (a missing 宗地编号, a bad date, a storey at level 0, a building whose parcel does not exist …). Exactly one of
 * {@code parcel} and {@code errors} is non-empty.
 *
 * @param index the record's position in the source, from 0
 * @param id the parcel id (宗地编号), or the locator when the record has none
 * @param locator where the record is in the file, e.g. {@code park.gpkg:parcels#17}
 * @param parcel the parcel, coordinates in projected metres, if the record could be read
 * @param errors what is wrong with the record, if it could not be read
 * @param ellipsoidalAreaM2 for geographic (经纬度) input, the boundary's area on the CGCS2000 ellipsoid, m², computed
 *     from the longitudes and latitudes before projection; empty for projected input
 * @param parkId the park (园区) the record names: the parcel's for a parcel, the raw {@code park_id} field for a record
 *     in error whose field could be read; empty when unknown (e.g. buildings of a parcel the file does not have)
 * @param districtId the district (区) the record names, in the same way
 * @since 0.1
 */
public record SourceRecord(
    long index,
    String id,
    String locator,
    Optional<GeoParcel> parcel,
    List<RecordError> errors,
    OptionalDouble ellipsoidalAreaM2,
    Optional<String> parkId,
    Optional<String> districtId) {

  /**
   * Checks the components; prefer {@link #of} and {@link #error}.
   *
   * @param index the record's position in the source, from 0
   * @param id the parcel id (宗地编号), or the locator when the record has none; not null
   * @param locator where the record is in the file, e.g. {@code park.gpkg:parcels#17}; not null
   * @param parcel the parcel, coordinates in projected metres, if the record could be read; not null
   * @param errors what is wrong with the record, if it could not be read; not null
   * @param ellipsoidalAreaM2 for geographic (经纬度) input, the boundary's area on the CGCS2000 ellipsoid, m², computed
   *     from the longitudes and latitudes before projection; empty for projected input; not null
   * @param parkId the park (园区) the record names: the parcel's for a parcel, the raw {@code park_id} field for a record
   *     in error whose field could be read; empty when unknown (e.g. buildings of a parcel the file does not have); not
   *     null
   * @param districtId the district (区) the record names, in the same way; not null
   */
  public SourceRecord {
    checkArgument(index >= 0, "record index must be >= 0, was %s", index);
    checkNotNull(id, "record %s: id", index);
    checkNotNull(locator, "record %s: locator", index);
    checkNotNull(parcel, "record %s: parcel (use Optional.empty())", id);
    checkNotNull(errors, "record %s: errors", id);
    errors = ImmutableList.copyOf(errors);
    checkNotNull(ellipsoidalAreaM2, "record %s: ellipsoidalAreaM2 (use OptionalDouble.empty())", id);
    checkNotNull(parkId, "record %s: parkId (use Optional.empty())", id);
    checkNotNull(districtId, "record %s: districtId (use Optional.empty())", id);
    checkArgument(parcel.isPresent() != !errors.isEmpty(),
        "record %s: exactly one of parcel and errors must be non-empty", id);
  }

  /**
   * A parcel read from {@code parcel.locator()}.
   *
   * @param index the record's position in the source, from 0
   * @param parcel the parcel read, coordinates in projected metres; its locator is the record's
   * @return a record holding the parcel
   */
  public static SourceRecord of(long index, GeoParcel parcel) {
    return new SourceRecord(index, parcel.id(), parcel.locator(), Optional.of(parcel), ImmutableList.of(),
        OptionalDouble.empty(), parcel.facts().parkId(), parcel.facts().districtId());
  }

  /**
   * A record that could not be read.
   *
   * @param index the record's position in the source, from 0
   * @param id the parcel id, or the locator when the record has none
   * @param locator where the record is in the file
   * @param errors what is wrong with it, each naming the field; at least one
   * @return a record in error
   */
  public static SourceRecord error(long index, String id, String locator, List<RecordError> errors) {
    return new SourceRecord(index, id, locator, Optional.empty(), ImmutableList.copyOf(errors), OptionalDouble.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * This record with the ellipsoidal area of its boundary.
   *
   * @param areaM2 the area on the CGCS2000 ellipsoid, m²
   * @return a copy of this record with the area
   */
  public SourceRecord withEllipsoidalAreaM2(double areaM2) {
    return new SourceRecord(index, id, locator, parcel, errors, OptionalDouble.of(areaM2), parkId, districtId);
  }

  /**
   * This record naming the park (园区) and district (区) read from its raw fields, so that a record in error is still
   * counted under its park. Blank values count as absent.
   *
   * @param parkId the park's id, if the record names one
   * @param districtId the district's id, if the record names one
   * @return a copy of this record with its place
   */
  public SourceRecord withPlace(Optional<String> parkId, Optional<String> districtId) {
    checkNotNull(parkId, "record %s: parkId", id);
    checkNotNull(districtId, "record %s: districtId", id);
    return new SourceRecord(index, id, locator, parcel, errors, ellipsoidalAreaM2,
        parkId.map(String::strip).filter(s -> !s.isEmpty()), districtId.map(String::strip).filter(s -> !s.isEmpty()));
  }

  /**
   * Whether the record holds a parcel.
   *
   * @return true when the record was read into a parcel; false for a record in error
   */
  public boolean isParcel() {
    return parcel.isPresent();
  }

  /**
   * A record read from its file, in file order, but not yet assembled: its geometry not yet decoded, its fields not yet
   * parsed, its parcel (宗地) and buildings (建筑) not yet projected and built. {@link ParcelSource#deferredRecords()}
   * gives these so that assembly, most of the work of reading, can run on worker threads while one thread reads the
   * file.
   *
   * @param index the record's position in the source, from 0, as the assembled record's
   * @param id the parcel id (宗地编号), or the locator when the record has none, as the assembled record's
   * @param locator where the record is in the file, as the assembled record's
   * @param assembly makes the record; it may be called on any thread, and is called at most once
   * @since 0.1
   */
  public record Deferred(long index, String id, String locator, Supplier<SourceRecord> assembly) {

    /**
     * Checks the components.
     *
     * @param index the record's position in the source, from 0, as the assembled record's
     * @param id the parcel id (宗地编号), or the locator when the record has none, as the assembled record's; not null
     * @param locator where the record is in the file, as the assembled record's; not null
     * @param assembly makes the record; it may be called on any thread, and is called at most once; not null
     */
    public Deferred {
      checkArgument(index >= 0, "deferred record index must be >= 0, was %s", index);
      checkNotNull(id, "deferred record %s: id", index);
      checkNotNull(locator, "deferred record %s: locator", index);
      checkNotNull(assembly, "deferred record %s: assembly", id);
    }

    /**
     * A record that is already assembled.
     *
     * @param record the assembled record
     * @return a deferred record whose {@link #assemble()} gives {@code record}
     */
    public static Deferred of(SourceRecord record) {
      checkNotNull(record, "record");
      return new Deferred(record.index(), record.id(), record.locator(), () -> record);
    }

    /**
     * Assembles the record, on the calling thread. Call it once.
     *
     * @return the assembled record: a parcel, or the errors that kept it from being read
     * @throws RuntimeException if assembly fails unexpectedly (bad data gives a record with errors, not an exception)
     */
    public SourceRecord assemble() {
      SourceRecord r = assembly.get();
      checkState(r != null, "deferred record %s: assembly gave null", id);
      return r;
    }
  }
}
