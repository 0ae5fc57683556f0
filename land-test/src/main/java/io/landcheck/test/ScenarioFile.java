package io.landcheck.test;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.landcheck.engine.Checker;
import io.landcheck.engine.RemedyOption;
import io.landcheck.engine.RemedyPlan;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.Verdict;
import io.landcheck.model.Parcel;
import io.landcheck.model.UseClass;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One scenario file, read and checked for form: its parcels with their expected verdicts (cases) and its batches of
 * parcels with an expected green-space balance (balances). The format is docs/scenario-files.md.
 *
 * @param name the classpath resource name, such as {@code zoning/amenity.yaml}
 * @param description what the file is about
 * @param checker the checker its cases are judged by
 * @param cases the per-parcel cases, in file order
 * @param balances the green-space balances, in file order
 */
record ScenarioFile(
    String name, String description, Checker checker, ImmutableList<Case> cases, ImmutableList<Balance> balances) {

  /**
   * One parcel and what the checker must say about it.
   *
   * @param index its position in the file's {@code cases}, from 0
   * @param description the case's description, citing the clause it is written from
   * @param parcel the parcel
   * @param expect what is expected
   * @param period the date the parcel is judged on (its application date), when the case gives {@code periods}: one
   *     case is one period of them
   */
  record Case(int index, String description, Parcel parcel, Expectation expect, Optional<LocalDate> period) {}

  /**
   * What a case expects of its report.
   *
   * @param verdict the overall verdict, if given
   * @param plotRatio the plot ratio, if given
   * @param tolerance how far a number may be from the expected one
   * @param rules what is expected of each rule named
   * @param plan what is expected of the remedy plan, if given
   */
  record Expectation(
      Optional<Verdict> verdict, OptionalDouble plotRatio, double tolerance, ImmutableMap<RuleId, RuleExpectation> rules,
      Optional<PlanExpectation> plan) {}

  /**
   * What a case expects of its remedy plan, by number.
   *
   * @param status the plan's status, if given
   * @param changesM2 the change of every use class, signed (a cut negative), when {@code cut_m2} or {@code add_m2} is
   *     given: a class named in neither must be left as it is
   * @param totalM2 the floor area changed in all, if given
   * @param leaseTermYears the lease term the plan shortens to, if given
   * @param rules exactly the rules that stop a plan, in pack order, if given
   * @param toleranceM2 how far an area may be from the one expected, m²
   */
  record PlanExpectation(
      Optional<RemedyPlan.Status> status, Optional<ImmutableMap<UseClass, Double>> changesM2, OptionalDouble totalM2,
      Optional<Integer> leaseTermYears, Optional<ImmutableList<RuleId>> rules, double toleranceM2) {}

  /**
   * What a case expects of one of a rule's remedy options, found by kind and use classes.
   *
   * @param kind the option's kind
   * @param useClasses its use classes, exactly
   * @param amount its amount, if given
   * @param compliesAlone whether applying it alone leaves the parcel compliant, if given
   */
  record OptionExpectation(
      RemedyOption.Kind kind, ImmutableSet<UseClass> useClasses, OptionalDouble amount, Optional<Boolean> compliesAlone) {}

  /**
   * What a case expects of one rule's result.
   *
   * @param verdict the rule's verdict, if given
   * @param measured the measured value, if given
   * @param limit the limit, if given
   * @param remedyContains text the remedy must contain (Chinese, or English ignoring case), if given
   * @param messageContains text the message must contain, if given
   * @param determination the determination, such as NOT_DUE, if given
   * @param options what is expected of some of the rule's remedy options, by number
   */
  record RuleExpectation(
      Optional<Verdict> verdict, OptionalDouble measured, OptionalDouble limit, Optional<String> remedyContains,
      Optional<String> messageContains, Optional<String> determination, ImmutableList<OptionExpectation> options) {}

  /**
   * A batch of parcels and the green-space balance (五(四)) expected of it.
   *
   * @param index its position in the file's {@code balances}, from 0
   * @param name a short name
   * @param description what it shows, citing the clause
   * @param parcels the parcels
   * @param verdict the expected verdict, if given
   * @param shortParcels exactly the parcels expected to be left short, if given
   * @param parks the expected status of parks by id
   * @param shortM2 the expected shortfall of parcels by id, m²
   * @param tolerance how far an area may be from the expected one, m²
   */
  record Balance(
      int index, String name, String description, ImmutableList<Parcel> parcels, Optional<Verdict> verdict,
      Optional<ImmutableSet<String>> shortParcels, ImmutableMap<String, ParkStatus> parks,
      ImmutableMap<String, Double> shortM2, double tolerance) {}
}
