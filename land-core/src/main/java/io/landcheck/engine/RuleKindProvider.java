package io.landcheck.engine;

import io.landcheck.pack.Citation;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The service through which the engine finds the kinds of rule a pack file may name: the engine knows no city and no
 * rule of its own. A module of rules (such as the Shanghai pack's) provides one, declared with {@code provides} in its
 * module-info and in {@code META-INF/services/io.landcheck.engine.RuleKindProvider} for the class path; the
 * {@link PolicyPacks} loader finds every provider with {@link java.util.ServiceLoader}. A provider's kinds are checked
 * strictly (every parameter of a version must be read by the rule's {@code validate}); kinds given to
 * {@link PolicyPacks#load(java.nio.file.Path, Map)} directly are not.
 *
 * @since 0.1
 */
public interface RuleKindProvider {

  /**
   * The per-parcel rule kinds, by the name a pack file gives in {@code kind}.
   *
   * @return a factory of the rule from its id and citation, by kind name
   */
  Map<String, BiFunction<RuleId, Citation, Rule>> ruleKinds();

  /**
   * The batch rule kinds, by the name a pack file gives in {@code kind}.
   *
   * @return a factory of the batch rule, by kind name; none by default
   */
  default Map<String, BatchRuleKind> batchRuleKinds() {
    return Map.of();
  }

  /**
   * The packs bundled with the provider's module, by id, as {@link PolicyPacks#bundled(String)} finds them.
   *
   * @return a supplier of each pack the provider's module bundles, by the pack's id; none by default
   */
  default Map<String, Supplier<PolicyPack>> bundledPacks() {
    return Map.of();
  }
}
