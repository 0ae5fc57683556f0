package io.landcheck.engine;

import io.landcheck.pack.Citation;
import io.landcheck.pack.Parameters;
import java.util.List;

/**
 * A kind of {@link BatchRule} a pack file can name in a rule's {@code kind}: makes the rule from its id, clause and
 * parameter versions. Provided by a {@link RuleKindProvider}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface BatchRuleKind {

  /**
   * The rule with these parameter versions.
   *
   * @param id the rule's id in the pack
   * @param citation the clause the rule implements
   * @param versions the rule's parameter versions, oldest first
   * @return the rule
   * @throws IllegalArgumentException if a version's parameters are wrong for this kind, naming the parameter
   */
  BatchRule create(RuleId id, Citation citation, List<Parameters> versions);
}
