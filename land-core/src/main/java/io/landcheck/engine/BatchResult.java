package io.landcheck.engine;

import io.landcheck.pack.Citation;

/**
 * The result of a {@link BatchRule} over a whole batch of parcels: the rule, the clause it implements and its verdict.
 * Each batch rule kind gives its own result type with the figures behind the verdict (the Shanghai pack's green-space
 * balance gives one per park and district, and the parcels left short).
 *
 * @since 0.1
 */
public interface BatchResult {

  /**
   * The rule's id.
   *
   * @return the id of the batch rule that gave this result, as the pack names it
   */
  RuleId ruleId();

  /**
   * The clause.
   *
   * @return the clause (条款) the batch rule implements
   */
  Citation citation();

  /**
   * The verdict over the batch.
   *
   * @return {@link Verdict#COMPLIANT}, {@link Verdict#NON_COMPLIANT} or {@link Verdict#NOT_APPLICABLE} (nothing in the
   *     batch the rule judges)
   */
  Verdict verdict();
}
