package io.landcheck.pack.shanghai;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.Rule;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges a parcel one of whose facts is not given under every value the fact could have (资料不全时逐一代入), so that a
 * rule says {@link Verdict#INSUFFICIENT_DATA} only when the fact would change its verdict. When every value gives the
 * same verdict, that is the verdict, with a note that the fact was not given; when they differ, the result is
 * {@code INSUFFICIENT_DATA} naming the fact and the verdict each value would give.
 */
final class Completions {

  /**
   * A fact a rule may find missing, as its messages name it.
   *
   * @param zh the fact's name in Chinese with its field, such as 用地性质（landUse）
   * @param en the same in English, such as {@code land use (landUse)}
   */
  record Fact(String zh, String en) {
    Fact {
      checkNotNull(zh, "Completions.Fact.zh");
      checkNotNull(en, "Completions.Fact.en");
    }

    /** 用地性质: the land use, which decides which floor area is principal and which rules apply. */
    static final Fact LAND_USE = new Fact("用地性质（landUse）", "land use (landUse)");

    /** 新增或存量: whether the land is new or existing. */
    static final Fact TENURE = new Fact("新增或存量（tenure）", "tenure, new or existing (tenure)");
  }

  private Completions() {}

  /**
   * The verdict of {@code rule} when {@code fact} is not given: {@code judge} of each of {@code values} (the values the
   * fact could have, the one whose result to keep first), merged.
   *
   * <ul>
   *   <li>No values: {@code INSUFFICIENT_DATA}, the fact is missing.
   *   <li>One value (the fact is given, or can have no other value): that value's result.
   *   <li>Every value gives the same verdict, not {@code INSUFFICIENT_DATA}: the first value's result, with a note that
   *       the fact was not given but does not matter; its remedy only if every value gives the same remedy.
   *   <li>Every value gives {@code INSUFFICIENT_DATA}: what each value still lacks (not the fact itself, which may not
   *       matter).
   *   <li>Otherwise {@code INSUFFICIENT_DATA}: the fact decides the verdict, with the verdict of each value.
   * </ul>
   */
  static <T> RuleResult over(
      Rule rule, Fact fact, List<T> values, Function<T, String> name, Function<T, RuleResult> judge) {
    if (values.isEmpty()) {
      return RuleResult.of(rule, Verdict.INSUFFICIENT_DATA,
          LocalizedText.of("缺少" + fact.zh() + "。", "The " + fact.en() + " is missing."));
    }
    if (values.size() == 1) {
      return judge.apply(values.get(0)); // the fact is given, or can have one value only
    }
    List<RuleResult> results = new ArrayList<>(values.size());
    Set<Verdict> verdicts = new LinkedHashSet<>();
    for (T value : values) {
      RuleResult r = judge.apply(value);
      results.add(r);
      verdicts.add(r.verdict());
    }
    RuleResult first = results.get(0);
    if (verdicts.size() == 1 && first.verdict() != Verdict.INSUFFICIENT_DATA) {
      List<String> names = values.stream().map(name).toList();
      LocalizedText message = LocalizedText.of(
          first.message().zh() + "（未给出" + fact.zh() + "；无论为 " + String.join("、", names) + "，结论相同。）",
          first.message().en() + " (The " + fact.en() + " is not given; the verdict is the same for "
              + String.join(", ", names) + ".)");
      boolean sameRemedy = results.stream().allMatch(r -> r.remedyOptions().equals(first.remedyOptions()));
      return new RuleResult(first.ruleId(), first.citation(), first.verdict(), first.measured(), first.limit(),
          first.unit(), message, sameRemedy ? first.remedy() : Optional.empty(), first.determination(),
          first.parametersFrom(), sameRemedy ? first.remedyOptions() : ImmutableList.of());
    }
    if (verdicts.size() == 1) {
      Set<String> zh = new LinkedHashSet<>();
      Set<String> en = new LinkedHashSet<>();
      results.forEach(r -> {
        zh.add(r.message().zh());
        en.add(r.message().en());
      });
      return insufficient(first, LocalizedText.of(String.join("", zh), String.join(" ", en)));
    }
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      RuleResult r = results.get(i);
      String n = name.apply(values.get(i));
      boolean lacking = r.verdict() == Verdict.INSUFFICIENT_DATA;
      zh.add(n + " 时为 " + r.verdict() + (lacking ? "（" + strip(r.message().zh(), "。") + "）" : ""));
      en.add(n + ": " + r.verdict() + (lacking ? " (" + strip(r.message().en(), ".") + ")" : ""));
    }
    return insufficient(first, LocalizedText.of(
        "缺少" + fact.zh() + "，结论取决于它：" + String.join("；", zh) + "。",
        "The " + fact.en() + " is missing, and the verdict depends on it: " + String.join("; ", en) + "."));
  }

  private static RuleResult insufficient(RuleResult like, LocalizedText message) {
    return new RuleResult(like.ruleId(), like.citation(), Verdict.INSUFFICIENT_DATA, java.util.OptionalDouble.empty(),
        java.util.OptionalDouble.empty(), Optional.empty(), message, Optional.empty(), Optional.empty(),
        like.parametersFrom(), ImmutableList.of());
  }

  private static String strip(String text, String end) {
    return text.endsWith(end) ? text.substring(0, text.length() - end.length()) : text;
  }
}
