package io.landcheck.pack.shanghai;

import io.landcheck.engine.RemedyConstraints;
import io.landcheck.engine.RuleContext;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.SplitRequest.Recipient;
import io.landcheck.model.SplitRequest;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * 沪府规〔2021〕9号 五(二): 产业项目类工业用地节余部分,符合规划分割条件的,可通过土地交易市场,采用“带产业项目”挂牌方式,分割转让给园区平台或经产业准入的项目。
 *
 * <p>The clause's conditions, each a pack parameter or a fact of the {@link SplitRequest}: the land is the surplus
 * (节余部分) of land of the pack's {@code landUses} (产业项目类工业用地); the planning authority found the split meets its
 * planning split conditions (符合规划分割条件); it is listed on the land exchange market with its industrial project
 * (带产业项目挂牌, if {@code requiresIndustryProjectListing}); and the recipient is one of {@code allowedRecipients}
 * (园区平台或经产业准入的项目). The clause sets no size: whether a part may be split off is for the planning split
 * conditions to say, so with the bundled pack a surplus of any size, measured or not, is eligible when those hold.
 *
 * <p>A bureau whose own conditions add a smallest area or width sets {@code minimumSplitAreaM2} or
 * {@code minimumSplitWidthM}; both are optional and absent from the bundled pack. Where set, the surplus part must be
 * measured (land-geo does it) and meet them, and the message says they are the bureau's own conditions, not the
 * policy's. Every failed condition is listed, so one answer tells the applicant all that is wrong; a split failing
 * another condition is not eligible whatever the parcel's land use, so a missing land use is named only where it
 * decides.
 */
final class SplitTransferRule extends PackRule {

  static final String ELIGIBLE = "ELIGIBLE";
  static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

  /** The optional parameter of a bureau's own smallest surplus area, m²; not in the policy. */
  static final String MINIMUM_AREA = "minimumSplitAreaM2";

  /** The optional parameter of a bureau's own narrowest surplus width, m; not in the policy. */
  static final String MINIMUM_WIDTH = "minimumSplitWidthM";

  /** Says that a minimum is the bureau's own (a pack parameter), not the policy's; the parameter's name follows. */
  private static final String BUREAU_ZH = "（本局自定的分割条件，非政策规定：";

  private static final String BUREAU_EN = " (the bureau's own split condition ";

  SplitTransferRule(RuleId id, Citation citation) {
    super(id, citation);
  }

  @Override
  public void validate(Parameters p) {
    p.texts("landUses");
    p.texts("allowedRecipients").forEach(Recipient::valueOf);
    p.flag("requiresIndustryProjectListing");
    positiveIfSet(p, MINIMUM_AREA);
    positiveIfSet(p, MINIMUM_WIDTH);
  }

  /** An optional minimum, read so that the loader knows the kind reads it, and checked to be a number > 0 if set. */
  private static void positiveIfSet(Parameters p, String name) {
    OptionalDouble minimum = p.optionalNumber(name);
    if (minimum.isPresent() && !(minimum.getAsDouble() > 0 && Double.isFinite(minimum.getAsDouble()))) {
      throw new IllegalArgumentException(p.owner() + ": parameter " + name + " must be a number > 0, was "
          + minimum.getAsDouble());
    }
  }

  /** None: a split transfer is eligible by its conditions, listing and recipient, not by floor areas or term. */
  @Override
  public java.util.Optional<RemedyConstraints> remedyConstraints(RuleContext context) {
    return java.util.Optional.of(RemedyConstraints.none());
  }

  @Override
  public RuleResult evaluate(RuleContext context) {
    Parcel parcel = context.parcel();
    Parameters p = context.parameters().orElseThrow();
    if (parcel.split().isEmpty()) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE,
          LocalizedText.of("未申请分割转让。", "No split transfer is requested."));
    }
    SplitRequest split = parcel.split().get();
    if (parcel.landUse().isEmpty()) {
      // Tried on a land use the clause covers first, so that a verdict the same on every one lists no land-use failure.
      List<String> covered = p.texts("landUses");
      List<LandUse> landUses = context.possibleLandUses().stream()
          .sorted(Comparator.comparing((LandUse u) -> !covered.contains(u.code()))).toList();
      return Completions.over(this, Completions.Fact.LAND_USE, landUses, LandUse::code,
          landUse -> judge(p, split, landUse.code()));
    }
    return judge(p, split, parcel.landUse().get().code());
  }

  /** The verdict on the split if the parcel's land use is {@code landUse}. */
  private RuleResult judge(Parameters p, SplitRequest split, String landUse) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (!p.texts("landUses").contains(landUse)) {
      zh.add("用地性质 " + landUse + " 不在可分割转让的范围（" + String.join("、", p.texts("landUses")) + "）");
      en.add("land use " + landUse + " may not be split (only " + String.join(", ", p.texts("landUses")) + ")");
    }
    if (!split.meetsPlanningSplitConditions()) {
      zh.add("不符合规划分割条件");
      en.add("the split does not meet the planning split conditions");
    }
    if (p.flag("requiresIndustryProjectListing") && !split.listedWithIndustryProject()) {
      zh.add("未按“带产业项目”方式挂牌");
      en.add("the land is not listed with its industrial project (带产业项目)");
    }
    List<String> allowed = p.texts("allowedRecipients");
    if (!allowed.contains(split.recipient().name())) {
      zh.add("受让方 " + split.recipient() + " " + notAmongZh(allowed));
      en.add("the recipient " + split.recipient() + " " + notAmongEn(allowed));
    }
    OptionalDouble minArea = p.optionalNumber(MINIMUM_AREA);
    OptionalDouble minWidth = p.optionalNumber(MINIMUM_WIDTH);
    // What a bureau minimum needs measured and is not: the field, and what it is in Chinese and English.
    List<String> unmeasured = new ArrayList<>();
    List<String> unmeasuredZh = new ArrayList<>();
    List<String> unmeasuredEn = new ArrayList<>();
    if (minArea.isPresent() && split.surplusAreaM2().isEmpty()) {
      unmeasured.add("split.surplusAreaM2");
      unmeasuredZh.add("面积");
      unmeasuredEn.add("area");
    }
    if (minWidth.isPresent() && split.surplusMinWidthM().isEmpty()) {
      unmeasured.add("split.surplusMinWidthM");
      unmeasuredZh.add("最窄宽度");
      unmeasuredEn.add("narrowest width");
    }
    if (minArea.isPresent() && split.surplusAreaM2().isPresent()
        && split.surplusAreaM2().getAsDouble() < minArea.getAsDouble()) {
      String area = Numbers.area(split.surplusAreaM2().getAsDouble(), minArea.getAsDouble());
      String minimum = Numbers.limitArea(minArea.getAsDouble());
      zh.add("分割部分面积 " + area + " 小于 " + minimum + BUREAU_ZH + MINIMUM_AREA + "）");
      en.add("the surplus part of " + area + " is smaller than " + minimum + BUREAU_EN + MINIMUM_AREA
          + ", not the policy's)");
    }
    if (minWidth.isPresent() && split.surplusMinWidthM().isPresent()
        && split.surplusMinWidthM().getAsDouble() < minWidth.getAsDouble()) {
      String width = Numbers.metres(split.surplusMinWidthM().getAsDouble(), minWidth.getAsDouble());
      String minimum = Numbers.limitMetres(minWidth.getAsDouble());
      zh.add("分割部分最窄处 " + width + "，小于 " + minimum + BUREAU_ZH + MINIMUM_WIDTH + "）");
      en.add("the surplus part is " + width + " wide at its narrowest, less than " + minimum + BUREAU_EN
          + MINIMUM_WIDTH + ", not the policy's)");
    }
    if (!zh.isEmpty()) {
      return RuleResult.of(this, Verdict.NON_COMPLIANT, LocalizedText.of(
              "不可分割转让：" + String.join("；", zh) + "。",
              "The split transfer is not eligible: " + String.join("; ", en) + "."))
          .withDetermination(NOT_ELIGIBLE)
          .withParameters(p);
    }
    if (!unmeasured.isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA, LocalizedText.of(
              "需要分割部分的" + String.join("和", unmeasuredZh) + "（" + String.join("、", unmeasured)
                  + "），以判断本局自定的分割条件（政策包参数，非政策规定）。",
              "The " + String.join(" and ", unmeasuredEn) + " of the surplus part (" + String.join(", ", unmeasured)
                  + ") " + (unmeasured.size() == 1 ? "is" : "are") + " needed to judge the bureau's own split"
                  + " condition" + (unmeasured.size() == 1 ? "" : "s") + " (a pack parameter, not the policy's)."))
          .withParameters(p);
    }
    return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
            "符合分割转让条件，可通过土地交易市场按“带产业项目”挂牌方式分割转让给" + split.recipient() + "。",
            "The surplus land may be split off and transferred through the land exchange market, listed with its"
                + " project, to " + split.recipient() + "."))
        .withDetermination(ELIGIBLE)
        .withParameters(p);
  }

  /** That a recipient is not one of the pack's {@code allowedRecipients}, in Chinese: 不是园区平台或经产业准入的项目. */
  private static String notAmongZh(List<String> allowed) {
    if (allowed.isEmpty()) {
      return "不能受让（政策包未允许任何受让方）";
    }
    List<String> names = allowed.stream().map(r -> zh(Recipient.valueOf(r))).toList();
    if (names.size() == 1) {
      return "不是" + names.get(0);
    }
    return "不是" + String.join("、", names.subList(0, names.size() - 1)) + "或" + names.get(names.size() - 1);
  }

  /** The same in English: is neither the park platform nor an industry-admitted project. */
  private static String notAmongEn(List<String> allowed) {
    List<String> names = allowed.stream().map(r -> en(Recipient.valueOf(r))).toList();
    return switch (names.size()) {
      case 0 -> "may not take the land (the pack allows no recipient)";
      case 1 -> "is not " + names.get(0);
      case 2 -> "is neither " + names.get(0) + " nor " + names.get(1);
      default -> "is none of " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
          + names.get(names.size() - 1);
    };
  }

  private static String zh(Recipient recipient) {
    return switch (recipient) {
      case PARK_PLATFORM -> "园区平台";
      case INDUSTRY_ADMITTED_PROJECT -> "经产业准入的项目";
      case OTHER -> "其他受让方";
    };
  }

  private static String en(Recipient recipient) {
    return switch (recipient) {
      case PARK_PLATFORM -> "the park platform";
      case INDUSTRY_ADMITTED_PROJECT -> "an industry-admitted project";
      case OTHER -> "another recipient";
    };
  }
}
