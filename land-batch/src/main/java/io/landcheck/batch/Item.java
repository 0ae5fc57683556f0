package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.io.SourceRecord;
import java.util.List;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import java.util.Optional;

/**
 * One input record of a batch, as read: a parcel with geometry (measured, then checked), a parcel of facts only
 * (checked as it is), the errors that kept the reader from making either, or a record of a GIS file read but not yet
 * assembled, which the worker that measures it {@linkplain #assembled() assembles} first.
 *
 * @param index the record's place in the batch, from 0, across all inputs
 * @param id the parcel id, or the locator when the record has none
 * @param locator where the record came from, e.g. {@code sample-park.gpkg:parcels#17}
 * @param geo the parcel with geometry, if the input has geometry and the record was read
 * @param facts the parcel facts, for facts-only input
 * @param errors why the record could not be read; non-empty iff {@code geo}, {@code facts} and {@code deferred} are
 *     all empty
 * @param parkId for a record in error, the park (园区) its raw fields name, if they could be read
 * @param districtId for a record in error, the district (区) its raw fields name, if they could be read
 * @param deferred the record read but not yet assembled, for a record of a GIS file before {@link #assembled()}
 */
record Item(long index, String id, String locator, Optional<GeoParcel> geo, Optional<Parcel> facts,
    ImmutableList<RecordError> errors, Optional<String> parkId, Optional<String> districtId,
    Optional<SourceRecord.Deferred> deferred) {

  Item {
    checkNotNull(id, "item id");
    checkNotNull(locator, "item locator");
    checkArgument(errors.isEmpty() == (geo.isPresent() || facts.isPresent() || deferred.isPresent()),
        "item %s: errors if and only if no parcel", locator);
    checkArgument(!deferred.isPresent() || (geo.isEmpty() && facts.isEmpty()),
        "item %s: a deferred record has no parcel yet", locator);
    checkNotNull(parkId, "item %s: parkId", locator);
    checkNotNull(districtId, "item %s: districtId", locator);
  }

  Item(long index, String id, String locator, Optional<GeoParcel> geo, Optional<Parcel> facts,
      ImmutableList<RecordError> errors) {
    this(index, id, locator, geo, facts, errors, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A record of a GIS file as land-geo read it. */
  static Item of(SourceRecord r) {
    return r.parcel().isPresent()
        ? ofGeo(r.index(), r.locator(), r.parcel().get())
        : ofErrors(r.index(), r.id(), r.locator(), r.errors()).withPlace(r.parkId(), r.districtId());
  }

  /** A record of a GIS file read but not yet assembled. */
  static Item ofDeferred(SourceRecord.Deferred d) {
    return new Item(d.index(), d.id(), d.locator(), Optional.empty(), Optional.empty(), ImmutableList.of(),
        Optional.empty(), Optional.empty(), Optional.of(d));
  }

  /**
   * This record assembled on the calling thread, keeping its place in the batch, if it was deferred; else itself.
   *
   * @throws RuntimeException if assembly fails
   */
  Item assembled() {
    return deferred.isPresent() ? of(deferred.get().assemble()).withIndex(index) : this;
  }

  static Item ofFacts(long index, String locator, Parcel facts) {
    return new Item(index, facts.id(), locator, Optional.empty(), Optional.of(facts), ImmutableList.of());
  }

  static Item ofGeo(long index, String locator, GeoParcel parcel) {
    return new Item(index, parcel.id(), locator, Optional.of(parcel), Optional.empty(), ImmutableList.of());
  }

  static Item ofErrors(long index, String id, String locator, List<RecordError> errors) {
    return new Item(index, id, locator, Optional.empty(), Optional.empty(), ImmutableList.copyOf(errors));
  }

  Item withIndex(long newIndex) {
    return new Item(newIndex, id, locator, geo, facts, errors, parkId, districtId, deferred);
  }

  /** This record naming the park and district read from its raw fields (for a record in error). */
  Item withPlace(Optional<String> park, Optional<String> district) {
    return new Item(index, id, locator, geo, facts, errors, park, district, deferred);
  }
}
