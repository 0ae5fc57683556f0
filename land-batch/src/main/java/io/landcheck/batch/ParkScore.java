package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.RuleId;
import java.util.List;
import io.landcheck.engine.RuleId;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One park's line of the park scorecard (园区评价, 沪府规〔2021〕9号 六(二)): how its parcels fare against the pack.
 *
 * @param parkId the park (园区); empty for the parcels that name no park
 * @param districtId the park's district (区), if known
 * @param parcels records of the park, including those in error
 * @param checked parcels the rules judged (not in error)
 * @param compliant parcels whose overall verdict is compliant
 * @param nonCompliant parcels with at least one failed rule
 * @param errors records of the park in error
 * @param meanPlotRatio mean plot ratio (容积率) of the judged parcels whose plot ratio is known
 * @param medianPlotRatio median plot ratio of the same parcels, exact
 * @param amenityShare the park's total living-amenity floor area (生活配套) over its total above-ground floor area
 *     (地上建筑总量), if any floor area is known
 * @param worstRules the rules most often failed in the park, most first (at most three)
 * @since 0.1
 */
public record ParkScore(
    Optional<String> parkId,
    Optional<String> districtId,
    long parcels,
    long checked,
    long compliant,
    long nonCompliant,
    long errors,
    OptionalDouble meanPlotRatio,
    OptionalDouble medianPlotRatio,
    OptionalDouble amenityShare,
    List<RuleCount> worstRules) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it.
   *
   * @param parkId the park (园区); empty for the parcels that name no park; not null
   * @param districtId the park's district (区), if known; not null
   * @param parcels records of the park, including those in error
   * @param checked parcels the rules judged (not in error)
   * @param compliant parcels whose overall verdict is compliant
   * @param nonCompliant parcels with at least one failed rule
   * @param errors records of the park in error
   * @param meanPlotRatio mean plot ratio (容积率) of the judged parcels whose plot ratio is known; not null
   * @param medianPlotRatio median plot ratio of the same parcels, exact; not null
   * @param amenityShare the park's total living-amenity floor area (生活配套) over its total above-ground floor area
   *     (地上建筑总量), if any floor area is known; not null
   * @param worstRules the rules most often failed in the park, most first (at most three); not null
   */
  public ParkScore {
    checkNotNull(parkId, "ParkScore.parkId");
    checkNotNull(districtId, "ParkScore.districtId");
    checkNotNull(meanPlotRatio, "ParkScore.meanPlotRatio");
    checkNotNull(medianPlotRatio, "ParkScore.medianPlotRatio");
    checkNotNull(amenityShare, "ParkScore.amenityShare");
    checkNotNull(worstRules, "ParkScore.worstRules");
    worstRules = ImmutableList.copyOf(worstRules);
  }

  /**
   * The share of judged parcels that are compliant, if any parcel was judged.
   *
   * @return compliant parcels over judged parcels, a fraction of 1; empty when no parcel of the park was judged
   */
  public OptionalDouble compliantShare() {
    return checked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) compliant / checked);
  }

  /**
   * A rule and the number of a park's parcels that fail it.
   *
   * @param ruleId the rule
   * @param nonCompliant parcels failing it, at least 1 (a rule no parcel fails is not among the worst)
   * @since 0.1
   */
  public record RuleCount(RuleId ruleId, long nonCompliant) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
     * {@code IllegalArgumentException} naming it.
     *
     * @param ruleId the rule; not null
     * @param nonCompliant parcels failing it; at least 1
     */
    public RuleCount {
      checkNotNull(ruleId, "RuleCount.ruleId must not be null");
      checkArgument(nonCompliant >= 1, "RuleCount.nonCompliant must be >= 1, was %s", nonCompliant);
    }
  }
}
