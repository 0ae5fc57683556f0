package io.landcheck;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * A parcel's floor areas by use class, as a pack classifies its use codes, and the ratios the rules judge.
 *
 * <p>All above-ground figures are floor area counted in the plot ratio (计容建筑面积). Underground floor area (地下建筑面积)
 * is carried for information and enters neither the plot ratio nor the mixed-use shares.
 *
 * @param siteAreaM2 the site area, if known
 * @param aboveGroundM2 total above-ground floor area (地上建筑总量), if declared
 * @param principalIndustrialM2 floor area of the principal industrial use
 * @param otherIndustrialM2 floor area of other industrial uses (其他产业用途)
 * @param livingAmenityM2 floor area of living amenities (生活配套)
 * @param undergroundM2 underground floor area
 */
public record FloorAreaSummary(
    OptionalDouble siteAreaM2,
    OptionalDouble aboveGroundM2,
    double principalIndustrialM2,
    double otherIndustrialM2,
    double livingAmenityM2,
    double undergroundM2) {

  public FloorAreaSummary {
    checkNotNull(siteAreaM2, "siteAreaM2");
    checkNotNull(aboveGroundM2, "aboveGroundM2");
  }

  /** 容积率: above-ground floor area over site area, when both are known. */
  public OptionalDouble plotRatio() {
    if (siteAreaM2.isEmpty() || aboveGroundM2.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(aboveGroundM2.getAsDouble() / siteAreaM2.getAsDouble());
  }

  /** Other industrial uses plus living amenities, as a share of above-ground floor area, when that is above zero. */
  public OptionalDouble ancillaryShare() {
    return share(otherIndustrialM2 + livingAmenityM2);
  }

  /** Living amenities as a share of above-ground floor area, when that is above zero. */
  public OptionalDouble amenityShare() {
    return share(livingAmenityM2);
  }

  private OptionalDouble share(double partM2) {
    if (aboveGroundM2.isEmpty() || aboveGroundM2.getAsDouble() <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(partM2 / aboveGroundM2.getAsDouble());
  }
}
