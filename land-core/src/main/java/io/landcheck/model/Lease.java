package io.landcheck.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkField;

import java.time.LocalDate;
import java.util.List;

/**
 * The grant of a land-use right (土地使用权出让): the date of the grant contract and the term in whole years
 * (出让年限).
 *
 * <p>A term must lie between 1 and {@value #LONGEST_LAWFUL_TERM_YEARS} years, the longest term any land-use right
 * may be granted for in China (《城镇国有土地使用权出让和转让暂行条例》第十二条, residential land). That is a bound on
 * plausible input, not a policy limit: the policy limits live in the pack.
 *
 * @since 0.1
 */
public record Lease(LocalDate grantDate, int termYears) {

  /** The longest lawful grant term of any land-use right in China, in years. */
  public static final int LONGEST_LAWFUL_TERM_YEARS = 70;

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
   * {@code InvalidFieldException} naming the record and the component.
   *
   * @param grantDate the day the land-use right was granted (出让日期), from which the term runs; not null
   * @param termYears the grant term (出让年限), whole years, from 1 to {@link #LONGEST_LAWFUL_TERM_YEARS}
   */
  public Lease {
    checkNotNull(grantDate, "Lease.grantDate");
    if (termYears < 1 || termYears > LONGEST_LAWFUL_TERM_YEARS) {
      checkField(false, "Lease", "termYears", "must be from 1 to " + LONGEST_LAWFUL_TERM_YEARS + " years, was "
          + termYears, "leaseTerm", List.of(String.valueOf(LONGEST_LAWFUL_TERM_YEARS), String.valueOf(termYears)));
    }
  }

  /**
   * A lease granted on {@code grantDate} for {@code termYears}.
   *
   * @param grantDate the day the land-use right was granted (出让日期)
   * @param termYears the grant term (出让年限), whole years, 1 to 70
   * @return the lease
   */
  public static Lease of(LocalDate grantDate, int termYears) {
    return new Lease(grantDate, termYears);
  }
}
