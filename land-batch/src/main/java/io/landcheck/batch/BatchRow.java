package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Measured;
import java.util.List;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import java.util.Optional;

/**
 * One row of a batch result: one input record (宗地) and its report, in input order. Every input record gives exactly
 * one row; a record that could not be read, measured or checked gives a row with verdict {@link Verdict#ERROR} whose
 * report names the record and the field.
 *
 * @param index the record's place in the batch, from 0
 * @param locator where the record came from, e.g. {@code sample-park.gpkg:parcels#17}
 * @param report the parcel's report (rule by rule), or the error report
 * @param measured how the parcel's areas were measured from its geometry (with warnings and the trace), for
 *     geometric input that could be read
 * @param facts the parcel's facts as checked (with measured areas for geometric input), or as read when measuring
 *     failed; empty when the record could not be read at all
 * @param parcel the parcel's geometry, for maps, when the input has geometry and the record was read
 * @param rawParkId the park (园区) named by the raw fields of a record that could not be read into a parcel (so
 *     {@code facts} is empty), if that field could be read; empty otherwise
 * @param rawDistrictId the district (区) named in the same way
 * @since 0.1
 */
public record BatchRow(
    long index, String locator, Report report, Optional<Measured> measured, Optional<Parcel> facts,
    Optional<GeoParcel> parcel, Optional<String> rawParkId, Optional<String> rawDistrictId) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code IllegalArgumentException} naming it.
   *
   * @param index the record's place in the batch, from 0; at least 0
   * @param locator where the record came from, e.g. {@code sample-park.gpkg:parcels#17}; not null
   * @param report the parcel's report (rule by rule), or the error report; not null
   * @param measured how the parcel's areas were measured from its geometry (with warnings and the trace), for geometric
   *     input that could be read; not null
   * @param facts the parcel's facts as checked (with measured areas for geometric input), or as read when measuring
   *     failed; empty when the record could not be read at all; not null
   * @param parcel the parcel's geometry, for maps, when the input has geometry and the record was read; not null
   * @param rawParkId the park (园区) named by the raw fields of a record that could not be read into a parcel (so {@code
   *     facts} is empty), if that field could be read; empty otherwise; not null
   * @param rawDistrictId the district (区) named in the same way; not null
   */
  public BatchRow {
    checkArgument(index >= 0, "BatchRow.index must be >= 0, was %s", index);
    checkNotNull(locator, "BatchRow.locator (row %s)", index);
    checkNotNull(report, "BatchRow.report (row %s)", index);
    checkNotNull(measured, "BatchRow.measured (row %s)", index);
    checkNotNull(facts, "BatchRow.facts (row %s)", index);
    checkNotNull(parcel, "BatchRow.parcel (row %s)", index);
    checkNotNull(rawParkId, "BatchRow.rawParkId (row %s)", index);
    checkNotNull(rawDistrictId, "BatchRow.rawDistrictId (row %s)", index);
  }

  /**
   * A row whose park and district, if any, are those of its facts.
   *
   * @param index the record's place in the batch, from 0
   * @param locator where the record came from, such as {@code sample-park.gpkg:parcels#17}
   * @param report the parcel's report, or the error report
   * @param measured the measurement of the parcel's geometry; empty for facts-only input or a record that could not be
   *     read
   * @param facts the parcel's facts as checked; empty when the record could not be read
   * @param parcel the parcel's geometry; empty for facts-only input or a record that could not be read
   */
  public BatchRow(long index, String locator, Report report, Optional<Measured> measured, Optional<Parcel> facts,
      Optional<GeoParcel> parcel) {
    this(index, locator, report, measured, facts, parcel, Optional.empty(), Optional.empty());
  }

  /**
   * This row in error, with {@code error} after the errors it has (if it is in error already): what a batch makes of a
   * record whose problem only the batch can see (an id given twice, figures no total can hold).
   */
  BatchRow withError(RecordError error) {
    java.util.List<RecordError> errors = new java.util.ArrayList<>(report.errors());
    errors.add(error);
    return new BatchRow(index, locator, Report.error(report.parcelId(), report.packId(), report.checkDate(), errors),
        measured, facts, parcel, rawParkId, rawDistrictId);
  }

  /**
   * The parcel id, or the locator for a record without one.
   *
   * @return the parcel id (宗地编号), or the locator such as {@code parcels.gpkg:parcels#17}
   */
  public String parcelId() {
    return report.parcelId();
  }

  /**
   * The overall verdict.
   *
   * @return the report's overall verdict, {@link Verdict#ERROR} for a record that could not be read, measured or
   *     checked
   */
  public Verdict verdict() {
    return report.verdict();
  }

  /**
   * Warnings about the record that did not stop its check (a clipped building, a site-area mismatch, a repair).
   *
   * @return the measurement's warnings; an empty list when there are none or the record has no geometry
   */
  public List<RecordError> warnings() {
    return measured.map(Measured::warnings).orElse(ImmutableList.of());
  }

  /**
   * The park (园区) of the parcel, if known: from its facts, or for a record in error that could not be read, from
   * its raw fields.
   *
   * @return the park's id; empty when neither the facts nor the raw fields name one
   */
  public Optional<String> parkId() {
    return facts.flatMap(Parcel::parkId).or(() -> rawParkId);
  }

  /**
   * The district (区) of the parcel, if known, in the same way as {@link #parkId()}.
   *
   * @return the district's id; empty when neither the facts nor the raw fields name one
   */
  public Optional<String> districtId() {
    return facts.flatMap(Parcel::districtId).or(() -> rawDistrictId);
  }
}
