package io.landcheck.test;

import io.landcheck.engine.Report;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.RecordError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What must be the same in the report of one record whatever input form it came from: the overall verdict, the date it
 * was judged for, each rule's result (verdict, determination, measured value and limit) and the fields the errors
 * name. Locators, messages and warnings are left out: they say where a record came from and how it was measured.
 *
 * @param verdict the overall verdict
 * @param checkDate the date the parcel was judged for (none for an error report)
 * @param rules each rule id's result, such as {@code COMPLIANT NOT_DUE measured 2.1 limit 2.0}
 * @param errorFields the fields the errors name, sorted
 * @param firstErrorField the field of the first error, which a scenario file (stopping at it) names alone
 */
record ReportSignature(Verdict verdict, Optional<LocalDate> checkDate, SortedMap<String, String> rules,
    SortedSet<String> errorFields, Optional<String> firstErrorField) {

  ReportSignature {
    if (errorFields.isEmpty() == (verdict == Verdict.ERROR)) {
      throw new IllegalArgumentException("errors must exist if and only if the verdict is ERROR: " + verdict + ", "
          + errorFields);
    }
  }

  static ReportSignature of(Report report) {
    if (report.verdict() == Verdict.ERROR) {
      List<String> fields = new ArrayList<>();
      for (RecordError e : report.errors()) {
        fields.add(e.field());
      }
      return error(fields);
    }
    SortedMap<String, String> rules = new TreeMap<>();
    for (RuleResult r : report.results()) {
      rules.put(r.ruleId().value(), r.verdict() + r.determination().map(d -> " " + d).orElse("")
          + figure(" measured ", r.measured()) + figure(" limit ", r.limit()));
    }
    return new ReportSignature(report.verdict(), report.checkDate(), rules, new TreeSet<>(),
        Optional.empty());
  }

  /** The signature of an error report whose errors name {@code fields}, in that order. */
  static ReportSignature error(List<String> fields) {
    return new ReportSignature(Verdict.ERROR, Optional.empty(), new TreeMap<>(), new TreeSet<>(fields),
        fields.stream().findFirst());
  }

  /**
   * What a scenario file gives for the record of this report: the same, except that a file in error stops at its
   * first error (ScenarioFileException names one field), which is the first the same mapping files.
   */
  ReportSignature stoppingAtFirstError() {
    return verdict == Verdict.ERROR ? error(List.of(firstErrorField.orElseThrow())) : this;
  }

  /** Equal to {@code other} in all but which error came first. */
  boolean sameAs(ReportSignature other) {
    return verdict == other.verdict && checkDate.equals(other.checkDate) && rules.equals(other.rules)
        && errorFields.equals(other.errorFields);
  }

  private static String figure(String label, OptionalDouble value) {
    return value.isPresent() ? label + String.format(Locale.ROOT, "%.6f", value.getAsDouble()) : "";
  }

  @Override
  public String toString() {
    return verdict == Verdict.ERROR ? "ERROR naming " + errorFields
        : verdict + " on " + checkDate.orElseThrow() + " " + rules;
  }
}
