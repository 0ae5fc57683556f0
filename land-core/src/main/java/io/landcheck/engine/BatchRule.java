package io.landcheck.engine;

import io.landcheck.model.LocalizedText;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.pack.Citation;
import io.landcheck.pack.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A rule over a whole batch of parcels rather than one parcel, such as a balance between the parcels of a park. A pack
 * has zero or more; the {@link Checker} and a batch deal with them only through this interface. A rule collects what
 * it needs of each parcel (a few figures, so a batch of millions fits in memory) and gives one {@link BatchResult}.
 *
 * <p>Each parcel is judged with the parameters in force on its date, which the engine gives the rule as
 * {@code parametersOn}: from a parcel's id and application date, the version of the rule's parameters in force then,
 * or empty when the rule or the pack is not in force on that date (the parcel is then left out).
 *
 * @since 0.1
 */
public interface BatchRule {

  /**
   * The rule's id.
   *
   * @return the rule's stable id in the pack
   */
  RuleId id();

  /**
   * The clause.
   *
   * @return the clause (条款) the rule implements
   */
  Citation citation();

  /**
   * The rule's heading in a report.
   *
   * @return the heading of the rule's section in a report, naming what the rule balances and its clause, such as
   *     绿地平衡（五(四)） / Green-space balance (5(4))
   */
  LocalizedText title();

  /**
   * The rule's anchor in an HTML report.
   *
   * @return the id of the rule's section in an HTML report, such as {@code green}; letters only
   */
  String htmlId();

  /**
   * How the rule judges a batch, in a few words for a listing of the pack's rules.
   *
   * @return a phrase such as 按园区、区平衡 / balanced per park and district
   */
  LocalizedText description();

  /**
   * Every version of the rule's parameters, oldest first.
   *
   * @return the parameter versions, each with its effective date; an unmodifiable list
   */
  List<Parameters> versions();

  /**
   * The rule's result over these parcels, all at once.
   *
   * @param parcels the parcels of a batch, in input order
   * @param parametersOn the parameters in force for a parcel (by its id and application date); empty when the rule is
   *     not in force then
   * @return the result over the batch
   * @throws io.landcheck.model.InvalidParcelException naming the parcel and the field, if a parcel's figures cannot be
   *     added up with the others (too large to be real)
   */
  BatchResult check(Iterable<Parcel> parcels,
      BiFunction<String, Optional<LocalDate>, Optional<Parameters>> parametersOn);

  /**
   * A new collector for one streaming batch: it is given the batch's good parcels one by one and gives the result
   * after the last.
   *
   * @param parametersOn the parameters in force for a parcel (by its id and application date); empty when the rule is
   *     not in force then
   * @return an empty collector; not thread-safe
   */
  Collector collector(BiFunction<String, Optional<LocalDate>, Optional<Parameters>> parametersOn);

  /**
   * What a batch rule keeps of a streaming batch's parcels.
   *
   * @since 0.1
   */
  interface Collector {

    /**
     * Adds a parcel judged without error, or refuses it when its figures cannot be added up with the others.
     *
     * @param parcel the parcel's facts
     * @param locator where the record is in its input, such as {@code park.gpkg:parcels:12}, for the error
     * @return empty when the parcel was added (or the rule keeps nothing of it); otherwise the error to report on the
     *     parcel's record instead of its verdict, naming the field
     */
    Optional<RecordError> add(Parcel parcel, String locator);

    /**
     * The rule's result over the parcels added.
     *
     * @return the result over the batch
     */
    BatchResult result();
  }
}
