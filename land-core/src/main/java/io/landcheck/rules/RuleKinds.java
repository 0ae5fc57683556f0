package io.landcheck.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.engine.Rule;
import io.landcheck.engine.RuleId;
import io.landcheck.pack.Citation;
import io.landcheck.pack.Parameters;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The built-in kinds of rule a pack file can name in a rule's {@code kind}, one class each. A pack file says which
 * kinds it uses with which parameters; the classes hold the logic and the clause they implement.
 *
 * @since 0.1
 */
public final class RuleKinds {

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

  private RuleKinds() {}

  /**
   * The names of the built-in per-parcel kinds.
   *
   * @return the kind names a pack file may use, such as {@code lease-term}
   */
  public static ImmutableList<String> names() {
    return KINDS.keySet().asList();
  }

  /**
   * A built-in rule of this kind, or empty if there is no such built-in kind.
   *
   * @param kind the kind named in the pack file
   * @param id the rule's id in the pack
   * @param citation the clause the rule implements
   * @return the rule; empty when {@code kind} is not built in (it may be a custom kind)
   */
  public static Optional<Rule> create(String kind, RuleId id, Citation citation) {
    return Optional.ofNullable(KINDS.get(kind)).map(f -> f.apply(id, citation));
  }

  /**
   * The green-space balance rule with these parameter versions.
   *
   * @param id the rule's id in the pack
   * @param citation the clause, 五(四) in the bundled pack
   * @param versions the rule's parameter versions, oldest first
   * @return the rule
   */
  public static GreenSpaceRule greenSpace(RuleId id, Citation citation, ImmutableList<Parameters> versions) {
    return new GreenSpaceRule(id, citation, versions);
  }
}
