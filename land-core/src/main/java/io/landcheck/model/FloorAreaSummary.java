package io.landcheck.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkNonNegative;

import java.util.OptionalDouble;

/**
 * A parcel's floor areas by use class, as a pack classifies its use codes, and the ratios the rules judge.
 *
 * <p>Two above-ground totals are kept, because the rules of 五(二) measure different things:
 * <ul>
 *   <li>the plot ratio (容积率) is {@code plotRatioFloorAreaM2} — the floor area counted in the plot ratio
 *       (计容建筑面积), where a storey taller than the pack's {@code tallStoreyM} counts double (工业项目建设用地控制指标)
 *       — over the site area (用地面积);
 *   <li>the mixed-use shares (其他产业用途 + 生活配套, and 生活配套 alone, each held to its rule's {@code maxShare}) are
 *       shares of {@code aboveGroundM2}, the actual above-ground floor area (地上总建筑面积, 地上建筑面积 by use), where
 *       a tall storey counts once.
 * </ul>
 * Without tall storeys (or a declared 计容建筑面积) the two are equal. Underground floor area (地下建筑面积) is carried for
 * information and enters neither the plot ratio nor the shares.
 *
 * @param siteAreaM2 the site area (用地面积), if known
 * @param aboveGroundM2 total above-ground floor area (地上总建筑面积, 地上建筑总量): the sum of the floor areas by use, if
 *     declared; the denominator of the mixed-use shares
 * @param plotRatioFloorAreaM2 total floor area counted in the plot ratio (计容建筑面积): the parcel's
 *     {@link Parcel#plotRatioFloorAreaM2()} if declared, else {@code aboveGroundM2}; the numerator of the plot ratio
 * @param principalIndustrialM2 above-ground floor area of the principal industrial use
 * @param otherIndustrialM2 above-ground floor area of other industrial uses (其他产业用途)
 * @param livingAmenityM2 above-ground floor area of living amenities (生活配套)
 * @param undergroundM2 underground floor area
 * @since 0.1
 */
public record FloorAreaSummary(
    OptionalDouble siteAreaM2,
    OptionalDouble aboveGroundM2,
    OptionalDouble plotRatioFloorAreaM2,
    double principalIndustrialM2,
    double otherIndustrialM2,
    double livingAmenityM2,
    double undergroundM2) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code InvalidFieldException} naming the record and the component.
   *
   * @param siteAreaM2 the site area (用地面积), if known, m²; not null (empty when not known), and a value present finite
   *     and at least 0
   * @param aboveGroundM2 total above-ground floor area (地上总建筑面积, 地上建筑总量): the sum of the floor areas by use, if
   *     declared; the denominator of the mixed-use shares, m²; not null (empty when not known), and a value present
   *     finite and at least 0
   * @param plotRatioFloorAreaM2 total floor area counted in the plot ratio (计容建筑面积): the parcel's {@link
   *     Parcel#plotRatioFloorAreaM2()} if declared, else {@code aboveGroundM2}; the numerator of the plot ratio, m²;
   *     not null (empty when not known), and a value present finite and at least 0
   * @param principalIndustrialM2 above-ground floor area of the principal industrial use, m²; finite and at least 0
   * @param otherIndustrialM2 above-ground floor area of other industrial uses (其他产业用途), m²; finite and at least 0
   * @param livingAmenityM2 above-ground floor area of living amenities (生活配套), m²; finite and at least 0
   * @param undergroundM2 underground floor area, m²; finite and at least 0
   */
  public FloorAreaSummary {
    checkNotNull(siteAreaM2, "FloorAreaSummary.siteAreaM2");
    checkNotNull(aboveGroundM2, "FloorAreaSummary.aboveGroundM2");
    checkNotNull(plotRatioFloorAreaM2, "FloorAreaSummary.plotRatioFloorAreaM2");
    // isPresent, not ifPresent: a summary is made for every parcel, and a capturing lambda would be made with it.
    if (siteAreaM2.isPresent()) {
      checkNonNegative(siteAreaM2.getAsDouble(), "FloorAreaSummary", "siteAreaM2");
    }
    if (aboveGroundM2.isPresent()) {
      checkNonNegative(aboveGroundM2.getAsDouble(), "FloorAreaSummary", "aboveGroundM2");
    }
    if (plotRatioFloorAreaM2.isPresent()) {
      checkNonNegative(plotRatioFloorAreaM2.getAsDouble(), "FloorAreaSummary", "plotRatioFloorAreaM2");
    }
    checkNonNegative(principalIndustrialM2, "FloorAreaSummary", "principalIndustrialM2");
    checkNonNegative(otherIndustrialM2, "FloorAreaSummary", "otherIndustrialM2");
    checkNonNegative(livingAmenityM2, "FloorAreaSummary", "livingAmenityM2");
    checkNonNegative(undergroundM2, "FloorAreaSummary", "undergroundM2");
  }

  /**
   * 容积率: the floor area counted in the plot ratio ({@link #plotRatioFloorAreaM2}, 计容建筑面积) over the site area, when
   * both are known.
   *
   * @return the plot ratio (容积率), 计容建筑面积 over the site area, unrounded; empty when either is unknown
   */
  public OptionalDouble plotRatio() {
    if (siteAreaM2.isEmpty() || plotRatioFloorAreaM2.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(plotRatioFloorAreaM2.getAsDouble() / siteAreaM2.getAsDouble());
  }

  /**
   * Other industrial uses plus living amenities, as a share of the above-ground floor area ({@link #aboveGroundM2},
   * 地上总建筑面积, a tall storey counted once), when that is above zero.
   *
   * @return the share of other industrial uses (其他产业用途) and living amenities (生活配套) in 地上总建筑面积, a fraction of 1 (0.30
   *     for 30%); empty when that total is unknown or zero
   */
  public OptionalDouble ancillaryShare() {
    return share(otherIndustrialM2 + livingAmenityM2);
  }

  /**
   * Living amenities as a share of the above-ground floor area ({@link #aboveGroundM2}, 地上总建筑面积, a tall storey
   * counted once), when that is above zero.
   *
   * @return the share of living amenities (生活配套) in 地上总建筑面积, a fraction of 1; empty when that total is unknown or zero
   */
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
