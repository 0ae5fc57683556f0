package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.model.UseClass;
import io.landcheck.model.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What a non-compliant parcel must change to comply with every rule of the pack at once: the floor area to cut or add
 * in each use class (主导产业用途, 其他产业用途, 生活配套) and, where a rule limits it, the lease term (出让年限) to
 * shorten to. Where no such change exists, or no change of floor area or term can fix a rule, the plan says so and
 * names the rules.
 *
 * <p>The per-rule remedies ({@link RuleResult#remedyOptions()}) each fix one rule; following one can break another
 * (cutting living amenities to meet the 15 % share can take the plot ratio below its floor). The plan is the smallest
 * change that meets all of them together:
 *
 * <ul>
 *   <li><b>Objective.</b> The least total floor area changed, {@code |ΔPRINCIPAL| + |ΔOTHER| + |ΔAMENITY|} in m²; among
 *       changes of equal total, the one that leaves the most principal industrial floor area, then the most other
 *       industrial floor area. The lease term, a lever of its own, is shortened to the longest term every rule allows,
 *       and only when the parcel's term is longer.
 *   <li><b>Levers.</b> A class's floor area may be cut down to zero, and added to where the pack has a use code of
 *       that class on the parcel's land use. Underground floor area, the site area and the other facts stay as they
 *       are. The floor area counted in the plot ratio (计容建筑面积) changes by the same m² as the above-ground floor
 *       area: its extra for tall storeys is held as it is.
 *   <li><b>Rounding.</b> Amounts are rounded to a tenth of a square metre, in whichever direction still meets every
 *       rule (to a finer decimal only where the rules leave no room for a tenth, a cap equal to a floor), and the plan
 *       is {@link Status#FOUND} only after the parcel, with the plan applied exactly as {@link Checker#apply} applies
 *       it, has been checked again and complies with every rule.
 * </ul>
 *
 * @param status whether a plan was found, none exists, or none could be made
 * @param changesM2 the change in above-ground floor area of each use class the plan changes, m²: negative to cut,
 *     positive to add; classes left as they are are absent. Empty unless {@link Status#FOUND}
 * @param leaseTermYears the lease term to shorten to, in years, when the plan shortens it
 * @param rules the rules that stopped a plan, each with why; empty when {@link Status#FOUND}
 * @since 0.1
 */
public record RemedyPlan(
    Status status, Map<UseClass, Double> changesM2, OptionalInt leaseTermYears, List<Blocker> rules) {

  /** Whether a plan was found. */
  public enum Status {
    /** The changes make the parcel comply with every rule; checked by checking the parcel again with them applied. */
    FOUND,
    /**
     * No change to floor areas and lease term makes every rule comply at once: the conditions of {@link #rules()}
     * ({@link Reason#CONFLICTING}) cannot all hold, such as a plot-ratio cap below the plot-ratio floor.
     */
    NONE_EXISTS,
    /**
     * No plan can be made: a rule the parcel fails cannot be fixed by floor areas or term, lacks a fact, or states no
     * conditions; {@link #rules()} names each with its {@link Reason}.
     */
    CANNOT_PLAN
  }

  /** Why a rule stopped a plan. */
  public enum Reason {
    /** Its conditions, with those of the other rules named, cannot all hold at once (status NONE_EXISTS). */
    CONFLICTING,
    /** The parcel fails it, and no change of floor area or lease term moves its verdict (land price, split). */
    NO_LEVER,
    /** A fact it needs to judge the parcel is missing (its verdict is INSUFFICIENT_DATA). */
    INSUFFICIENT_DATA,
    /**
     * The parcel fails it, and it states no conditions on floor areas or term for this parcel: a rule of the caller's
     * own that does not state them ({@link Rule#remedyConstraints}), or a fact its conditions need is missing.
     */
    NO_CONDITIONS,
    /**
     * The change that meets every rule's stated conditions still fails it when the parcel is checked again with the
     * change applied: a rule that states no conditions, or conditions that are not its own.
     */
    FAILS_RECHECK
  }

  /**
   * A rule that stopped a plan, and why.
   *
   * @param rule the rule's id
   * @param reason why it stopped the plan
   */
  public record Blocker(RuleId rule, Reason reason) {
    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it.
     *
     * @param rule the rule's id; not null
     * @param reason why it stopped the plan; not null
     */
    public Blocker {
      checkNotNull(rule, "RemedyPlan.Blocker.rule");
      checkNotNull(reason, "RemedyPlan.Blocker.reason");
    }
  }

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it, and an inconsistent one
   * an {@code IllegalArgumentException} naming it.
   *
   * @param status whether a plan was found, none exists, or none could be made; not null
   * @param changesM2 the change in above-ground floor area of each use class the plan changes, m²: negative to cut,
   *     positive to add, never 0 (a class left as it is is absent); copied; empty unless {@link Status#FOUND}; not null
   * @param leaseTermYears the lease term (出让年限) to shorten to, in years; empty when the plan does not shorten it,
   *     and always empty unless {@link Status#FOUND}; not null
   * @param rules the rules that stopped a plan, each with why; empty exactly when {@link Status#FOUND}; copied; not null
   */
  public RemedyPlan {
    checkNotNull(status, "RemedyPlan.status");
    checkNotNull(changesM2, "RemedyPlan.changesM2");
    EnumMap<UseClass, Double> changes = new EnumMap<>(UseClass.class);
    changesM2.forEach((c, m2) -> {
      checkNotNull(c, "RemedyPlan.changesM2 use class");
      checkArgument(m2 != null && Double.isFinite(m2) && m2 != 0,
          "RemedyPlan.changesM2[%s] must be a finite number other than 0, was %s", c, m2);
      changes.put(c, m2);
    });
    changesM2 = Collections.unmodifiableMap(changes);
    checkNotNull(leaseTermYears, "RemedyPlan.leaseTermYears");
    checkNotNull(rules, "RemedyPlan.rules");
    rules = List.copyOf(rules);
    checkArgument(status == Status.FOUND == rules.isEmpty(),
        "RemedyPlan.rules must be empty exactly when a plan is FOUND; status %s, rules %s", status, rules);
    checkArgument(status == Status.FOUND || (changesM2.isEmpty() && leaseTermYears.isEmpty()),
        "RemedyPlan: a plan that is not FOUND has no changes; status %s", status);
  }

  /** A plan found: these changes make the parcel comply. */
  static RemedyPlan found(Map<UseClass, Double> changesM2, OptionalInt leaseTermYears) {
    return new RemedyPlan(Status.FOUND, changesM2, leaseTermYears, List.of());
  }

  /** No plan, for the rules named. */
  static RemedyPlan none(Status status, List<Blocker> rules) {
    return new RemedyPlan(status, Map.of(), OptionalInt.empty(), rules);
  }

  /**
   * Whether a plan was found ({@link Status#FOUND}).
   *
   * @return true when the changes make the parcel comply with every rule
   */
  public boolean found() {
    return status == Status.FOUND;
  }

  /**
   * The change in {@code useClass}'s above-ground floor area.
   *
   * @param useClass the use class
   * @return the change, m²: negative to cut, positive to add, 0 to keep it as it is (and for a plan not found)
   */
  public double changeM2(UseClass useClass) {
    return changesM2.getOrDefault(checkNotNull(useClass, "RemedyPlan.changeM2(useClass)"), 0.0);
  }

  /**
   * How much of {@code useClass}'s above-ground floor area to cut.
   *
   * @param useClass the use class
   * @return the floor area to cut, m², never negative; 0 if the plan cuts none of that class
   */
  public double cutM2(UseClass useClass) {
    return Math.max(0, -changeM2(useClass));
  }

  /**
   * How much above-ground floor area of {@code useClass} to add.
   *
   * @param useClass the use class
   * @return the floor area to add, m², never negative; 0 if the plan adds none of that class
   */
  public double addM2(UseClass useClass) {
    return Math.max(0, changeM2(useClass));
  }

  /**
   * The floor area the plan changes in all, cut and added alike, m²: the figure the planner keeps smallest. Summed in
   * decimal, so tenths add up to tenths (1,290.2 + 1,465.4 is 2,755.6, not 2,755.6000000000004).
   *
   * @return the sum of the absolute changes over all use classes, m²; 0 for a plan not found
   */
  public double totalChangeM2() {
    BigDecimal total = BigDecimal.ZERO;
    for (double m2 : changesM2.values()) {
      total = total.add(BigDecimal.valueOf(Math.abs(m2)));
    }
    return total.doubleValue();
  }

  /**
   * The ids of the rules that stopped a plan, in pack order.
   *
   * @return the ids; an empty list when a plan was found
   */
  public List<RuleId> ruleIds() {
    return rules.stream().map(Blocker::rule).toList();
  }

  /**
   * The plan in words, in Chinese and English, as the reports' "to comply" line writes it: 「减少生活配套设施建筑面积
   * 800.0 m²，增加主导产业建筑面积 100.0 m²。」 / "Cut 800.0 m² of living amenities and add 100.0 m² of principal
   * industrial floor area."
   *
   * @return the plan, or why there is none and the rules that stopped it, in Chinese and English
   */
  public LocalizedText text() {
    return switch (status) {
      case FOUND -> foundText();
      case NONE_EXISTS -> LocalizedText.of(
          "没有同时满足 " + String.join("、", ids()) + " 的建筑面积与出让年限调整方案。",
          "No change to floor areas or lease term meets " + String.join(" and ", ids()) + " at once.");
      case CANNOT_PLAN -> blockedText();
    };
  }

  private List<String> ids() {
    return rules.stream().map(b -> b.rule().value()).toList();
  }

  private LocalizedText foundText() {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (UseClass c : UseClass.values()) {
      double m2 = changeM2(c);
      if (m2 < 0) {
        zh.add("减少" + zh(c) + "建筑面积 " + area(-m2));
        en.add((en.isEmpty() ? "Cut " : "cut ") + area(-m2) + " of " + en(c));
      }
    }
    for (UseClass c : UseClass.values()) {
      double m2 = changeM2(c);
      if (m2 > 0) {
        zh.add("增加" + zh(c) + "建筑面积 " + area(m2));
        en.add((en.isEmpty() ? "Add " : "add ") + area(m2) + " of " + en(c));
      }
    }
    if (leaseTermYears.isPresent()) {
      zh.add("将出让年限缩短至 " + leaseTermYears.getAsInt() + " 年");
      en.add((en.isEmpty() ? "Shorten" : "shorten") + " the lease term to " + leaseTermYears.getAsInt() + " years");
    }
    if (zh.isEmpty()) {
      // Not reached from the checker (a non-compliant parcel always needs a change); kept total for callers' plans.
      return LocalizedText.of("无需调整。", "No change is needed.");
    }
    String enText = en.size() == 1 ? en.get(0)
        : String.join(", ", en.subList(0, en.size() - 1)) + " and " + en.get(en.size() - 1);
    return LocalizedText.of(String.join("，", zh) + "。", enText + ".");
  }

  private LocalizedText blockedText() {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Reason reason : Reason.values()) {
      List<String> named = rules.stream().filter(b -> b.reason() == reason).map(b -> b.rule().value()).toList();
      if (named.isEmpty()) {
        continue;
      }
      String zhIds = String.join("、", named);
      String enIds = String.join(", ", named);
      switch (reason) {
        case NO_LEVER -> {
          zh.add(zhIds + " 不因建筑面积或出让年限的调整而改变结论");
          en.add("no change of floor area or lease term fixes " + enIds);
        }
        case INSUFFICIENT_DATA -> {
          zh.add(zhIds + " 缺少判断所需的资料");
          en.add(enIds + " lack" + (named.size() == 1 ? "s" : "") + " a fact to judge the parcel");
        }
        case NO_CONDITIONS -> {
          zh.add(zhIds + " 未给出对建筑面积或出让年限的条件");
          en.add(enIds + " state" + (named.size() == 1 ? "s" : "") + " no conditions on floor areas or lease term");
        }
        case FAILS_RECHECK -> {
          zh.add("按各规则条件调整后复核，" + zhIds + " 仍不合规");
          en.add("checked again with the change that meets every rule's conditions, " + enIds + " still fail"
              + (named.size() == 1 ? "s" : ""));
        }
        case CONFLICTING -> {
          zh.add(zhIds + " 的条件不能同时满足");
          en.add("the conditions of " + enIds + " cannot all hold");
        }
      }
    }
    String enText = String.join("; ", en);
    return LocalizedText.of("无法给出合规方案：" + String.join("；", zh) + "。",
        "No plan: " + enText + ".");
  }

  /** The class's name as the plan's text writes it in Chinese. */
  static String zh(UseClass c) {
    return switch (c) {
      case PRINCIPAL_INDUSTRIAL -> "主导产业";
      case OTHER_INDUSTRIAL -> "其他产业用途";
      case LIVING_AMENITY -> "生活配套设施";
    };
  }

  /** The class's name as the plan's text writes it in English. */
  static String en(UseClass c) {
    return switch (c) {
      case PRINCIPAL_INDUSTRIAL -> "principal industrial floor area";
      case OTHER_INDUSTRIAL -> "other industrial floor area";
      case LIVING_AMENITY -> "living amenities";
    };
  }

  /**
   * An amount of the plan, m², with the decimals it has (at least one, a tenth; more only where the planner needed a
   * finer step) and digits grouped by three: {@code 1,234.5 m²}.
   */
  static String area(double m2) {
    BigDecimal magnitude = BigDecimal.valueOf(Math.abs(m2));
    int scale = Math.max(1, Math.min(magnitude.stripTrailingZeros().scale(), 6));
    String sign = Double.doubleToRawLongBits(m2) < 0 ? "-" : ""; // as %f writes it: -0.000000 for -1e-7
    return sign + grouped(magnitude.setScale(scale, RoundingMode.HALF_UP).toPlainString()) + " m²";
  }

  /**
   * Plain decimal digits with a point, the whole part grouped by three with commas: what {@code %,.nf} writes in
   * {@code Locale.ROOT} of the same value rounded half up to n decimals ({@link Decimals} rounds the same way), without
   * parsing a format each time a plan is written.
   */
  private static String grouped(String plain) {
    int point = plain.indexOf('.');
    StringBuilder out = new StringBuilder(plain.length() + point / 3);
    for (int i = 0; i < point; i++) {
      if (i > 0 && (point - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, point, plain.length()).toString();
  }
}
