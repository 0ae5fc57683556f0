package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.PolicyPack;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a batch is about, known before its first row: the policy pack, the inputs and the date.
 *
 * @param pack the policy pack the parcels are checked against
 * @param inputs a description of each input, e.g. {@code sample-park.gpkg (GeoPackage, EPSG:4549)}
 * @param date the date parcels without an application date are judged (and their green space balanced) on, if the
 *     batch has one; without it such parcels are errors
 * @param expectedRecords the number of records, if the inputs know it cheaply (for progress)
 * @since 0.1
 */
public record BatchInfo(
    PolicyPack pack, ImmutableList<String> inputs, Optional<LocalDate> date, OptionalLong expectedRecords) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it.
   *
   * @param pack the policy pack the parcels are checked against; not null
   * @param inputs a description of each input, e.g. {@code sample-park.gpkg (GeoPackage, EPSG:4549)}; not null
   * @param date the date parcels without an application date are judged (and their green space balanced) on, if the
   *     batch has one; without it such parcels are errors; not null
   * @param expectedRecords the number of records, if the inputs know it cheaply (for progress); not null
   */
  public BatchInfo {
    checkNotNull(pack, "BatchInfo.pack");
    checkNotNull(inputs, "BatchInfo.inputs");
    checkNotNull(date, "BatchInfo.date");
    checkNotNull(expectedRecords, "BatchInfo.expectedRecords");
  }
}
