package io.landcheck.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A deliberately broken record in the sample park, so that a batch check shows how one bad record becomes an
 * ERROR row (错误记录) without stopping the batch.
 *
 * <p>Some defects can be built as a {@link io.landcheck.geo.GeoParcel} (a self-intersecting boundary, an unknown use
 * code); the others cannot, because the model records refuse them (a storey at level 0, a negative storey height, a
 * missing field), and are written into the files after the valid records.
 *
 * @param parcelId the parcel the broken record belongs to (宗地编号)
 * @param kind what is wrong
 * @param layer the layer holding the broken record: {@code parcels}, {@code buildings} or {@code storeys}
 * @param field the broken field, as the file schema names it
 * @param description what is wrong, in plain words
 * @since 0.1
 */
public record SampleDefect(String parcelId, Kind kind, String layer, String field, String description) {

  /**
   * The kinds of defect the sample park holds.
   *
   * @since 0.1
   */
  public enum Kind {
    /** The parcel boundary crosses itself (a bow tie). */
    SELF_INTERSECTING_BOUNDARY,
    /** The parcel record's parcel_id is blank. */
    MISSING_PARCEL_ID,
    /** A storey's use_code is blank. */
    MISSING_USE_CODE,
    /** A storey's use_code is not one the policy pack knows. */
    UNKNOWN_USE_CODE,
    /** A storey is at level 0 (levels are 1, 2, … above ground and -1, -2, … below). */
    LEVEL_ZERO,
    /** A storey's height (层高) is negative. */
    NEGATIVE_STOREY_HEIGHT
  }

  /**
   * Checks the components.
   *
   * @param parcelId the parcel the broken record belongs to (宗地编号); not null
   * @param kind what is wrong; not null
   * @param layer the layer holding the broken record: {@code parcels}, {@code buildings} or {@code storeys}; not null
   * @param field the broken field, as the file schema names it; not null
   * @param description what is wrong, in plain words; not null
   */
  public SampleDefect {
    checkNotNull(parcelId, "SampleDefect.parcelId");
    checkNotNull(kind, "SampleDefect.kind");
    checkNotNull(layer, "SampleDefect.layer");
    checkArgument(layer.equals("parcels") || layer.equals("buildings") || layer.equals("storeys"),
        "SampleDefect.layer must be parcels, buildings or storeys, was %s", layer);
    checkNotNull(field, "SampleDefect.field");
    checkNotNull(description, "SampleDefect.description");
  }
}
