package io.landcheck.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkPositive;

import java.util.OptionalDouble;

/**
 * A request to split the surplus part of industrial land off a parcel and transfer it (产业项目类工业用地节余部分分割转让),
 * as 沪府规〔2021〕9号 五(二) allows. The policy sets no size for the part: its area and width matter only where a
 * bureau's pack sets minimums of its own.
 *
 * @param meetsPlanningSplitConditions whether the planning authority found the split meets its conditions (符合规划分割条件)
 * @param listedWithIndustryProject whether the surplus is listed through the land exchange market (土地交易市场) with
 *     its industrial project (采用“带产业项目”挂牌方式)
 * @param recipient who receives the surplus
 * @param surplusAreaM2 the area of the part split off, m², when known (land-geo measures it)
 * @param surplusMinWidthM the narrowest width of that part, m, when known
 * @since 0.1
 */
public record SplitRequest(
    boolean meetsPlanningSplitConditions,
    boolean listedWithIndustryProject,
    Recipient recipient,
    OptionalDouble surplusAreaM2,
    OptionalDouble surplusMinWidthM) {

  /**
   * Who takes the surplus land.
   *
   * @since 0.1
   */
  public enum Recipient {
    /** 园区平台: the park's platform company. */
    PARK_PLATFORM,
    /** 经产业准入的项目: a project admitted by the industry authority. */
    INDUSTRY_ADMITTED_PROJECT,
    /** Anyone else. */
    OTHER
  }

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code InvalidFieldException} naming the record and the component.
   *
   * @param meetsPlanningSplitConditions whether the planning authority found the split meets its conditions (符合规划分割条件)
   * @param listedWithIndustryProject whether the surplus is listed through the land exchange market (土地交易市场) with its
   *     industrial project (采用“带产业项目”挂牌方式)
   * @param recipient who receives the surplus; not null
   * @param surplusAreaM2 the area of the part split off, m², when known (land-geo measures it); not null
   * @param surplusMinWidthM the narrowest width of that part, m, when known; not null
   */
  public SplitRequest {
    checkNotNull(recipient, "SplitRequest.recipient");
    checkNotNull(surplusAreaM2, "SplitRequest.surplusAreaM2");
    checkNotNull(surplusMinWidthM, "SplitRequest.surplusMinWidthM");
    surplusAreaM2.ifPresent(a -> checkPositive(a, "SplitRequest", "surplusAreaM2"));
    surplusMinWidthM.ifPresent(w -> checkPositive(w, "SplitRequest", "surplusMinWidthM"));
  }

  /**
   * A split request whose surplus part has not been measured.
   *
   * @param meetsPlanningSplitConditions whether the planning authority found the split meets its conditions (符合规划分割条件)
   * @param listedWithIndustryProject whether the surplus is listed on the land market with its industrial project
   *     (带产业项目挂牌)
   * @param recipient who takes the surplus
   * @return a request with no surplus area or width
   */
  public static SplitRequest of(
      boolean meetsPlanningSplitConditions, boolean listedWithIndustryProject, Recipient recipient) {
    return new SplitRequest(
        meetsPlanningSplitConditions, listedWithIndustryProject, recipient, OptionalDouble.empty(), OptionalDouble.empty());
  }

  /**
   * This request with the measured area and narrowest width of the surplus part.
   *
   * @param areaM2 the surplus part's area, m²
   * @param minWidthM its narrowest width, m
   * @return a copy of this request with the measurements
   */
  public SplitRequest withSurplus(double areaM2, double minWidthM) {
    return new SplitRequest(
        meetsPlanningSplitConditions, listedWithIndustryProject, recipient, OptionalDouble.of(areaM2), OptionalDouble.of(minWidthM));
  }
}
