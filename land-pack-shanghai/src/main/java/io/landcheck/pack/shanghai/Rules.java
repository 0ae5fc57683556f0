package io.landcheck.pack.shanghai;

import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.RuleId;
/**
 * The ids of the rules of the bundled Shanghai pack ({@link ShanghaiPacks#shanghai2021()}), for code and tests that
 * ask for one rule's result. Ids are stable: a later version of the pack keeps them.
 *
 * @since 0.1
 */
public final class Rules {

  /**
   * 五(二) lease term (出让年限): the pack's longest term ({@code maxTermYears}) only for qualifying projects
   * ({@code qualifyingCategories}, {@code minimumRecognitionLevel}), otherwise the general cap
   * ({@code generalTermCapYears}).
   */
  public static final RuleId LEASE_TERM = RuleId.of("lease-term");

  /** 五(二) plot ratio (容积率) at least the pack's minimum for the land use (parameter {@code minimumByLandUse}). */
  public static final RuleId PLOT_RATIO_MINIMUM = RuleId.of("plot-ratio-minimum");

  /** Plot ratio not above the cap in the planning conditions. */
  public static final RuleId PLOT_RATIO_CAP = RuleId.of("plot-ratio-cap");

  /** 五(二) no additional land price for an approved intensification of existing industrial land. */
  public static final RuleId LAND_PRICE = RuleId.of("land-price");

  /**
   * 五(二) other industrial uses (其他产业用途) plus living amenities (生活配套) at most the pack's share of above-ground
   * floor area (地上总建筑面积; parameter {@code maxShare}).
   */
  public static final RuleId MIXED_USE_ANCILLARY = RuleId.of("mixed-use-ancillary");

  /**
   * 五(二) living amenities (生活配套) at most the pack's share of above-ground floor area (地上总建筑面积; parameter
   * {@code maxShare}).
   */
  public static final RuleId MIXED_USE_AMENITY = RuleId.of("mixed-use-amenity");

  /** 五(二) split transfer of surplus industrial land. */
  public static final RuleId SPLIT_TRANSFER = RuleId.of("split-transfer");

  /** 五(四) green space cut by extensions made up in the park, else balanced by the district (a batch rule). */
  public static final RuleId GREEN_SPACE_BALANCE = RuleId.of("green-space-balance");

  /** 五(四) rooftop greening encouraged; informational, never a failure. */
  public static final RuleId ROOFTOP_GREENING = RuleId.of("rooftop-greening");

  private Rules() {}
}
