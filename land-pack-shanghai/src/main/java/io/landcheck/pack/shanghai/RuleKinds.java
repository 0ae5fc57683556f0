package io.landcheck.pack.shanghai;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.BatchRuleKind;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.Rule;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleKindProvider;
import io.landcheck.pack.Citation;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The kinds of rule the Shanghai pack's file names in a rule's {@code kind}, one class each, and the bundled pack: the
 * {@link RuleKindProvider} of this module, which the engine finds with {@link java.util.ServiceLoader}. A pack file says
 * which kinds it uses with which parameters; the classes hold the logic and the clause they implement.
 *
 * @since 0.1
 */
public final class RuleKinds implements RuleKindProvider {

  /** The kind of the batch rule that balances green space per park and district. */
  public static final String GREEN_SPACE_BALANCE = "green-space-balance";

  private static final ImmutableMap<String, BiFunction<RuleId, Citation, Rule>> KINDS =
      ImmutableMap.<String, BiFunction<RuleId, Citation, Rule>>builder()
          .put("lease-term", LeaseTermRule::new)
          .put("plot-ratio-minimum", PlotRatioMinimumRule::new)
          .put("plot-ratio-cap", PlotRatioCapRule::new)
          .put("land-price", LandPriceRule::new)
          .put("mixed-use-share", MixedUseShareRule::new)
          .put("split-transfer", SplitTransferRule::new)
          .put("rooftop-greening", RooftopGreeningRule::new)
          .build();

  /** The provider, as {@link java.util.ServiceLoader} makes it. */
  public RuleKinds() {}

  /**
   * The names of this module's per-parcel kinds.
   *
   * @return the kind names a pack file may use, such as {@code lease-term}
   */
  public static List<String> names() {
    return KINDS.keySet().asList();
  }

  @Override
  public Map<String, BiFunction<RuleId, Citation, Rule>> ruleKinds() {
    return KINDS;
  }

  @Override
  public Map<String, BatchRuleKind> batchRuleKinds() {
    return ImmutableMap.of(GREEN_SPACE_BALANCE, GreenSpaceRule::new);
  }

  @Override
  public Map<String, Supplier<PolicyPack>> bundledPacks() {
    return ImmutableMap.of(ShanghaiPacks.SHANGHAI_2021, ShanghaiPacks::shanghai2021);
  }
}
