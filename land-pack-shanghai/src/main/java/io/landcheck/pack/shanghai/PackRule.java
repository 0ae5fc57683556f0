package io.landcheck.pack.shanghai;

import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.engine.Rule;
import io.landcheck.engine.RuleId;
import io.landcheck.pack.Citation;

/**
 * What every built-in per-parcel rule has from the pack file that names it: its id and the clause (条款) it cites.
 * The numbers it judges by are not here either: they come with each parcel's {@code RuleContext}.
 */
abstract class PackRule implements Rule {

  private final RuleId id;
  private final Citation citation;

  PackRule(RuleId id, Citation citation) {
    this.id = checkNotNull(id, "Rule.id");
    this.citation = checkNotNull(citation, "Rule.citation");
  }

  @Override
  public final RuleId id() {
    return id;
  }

  @Override
  public final Citation citation() {
    return citation;
  }
}
