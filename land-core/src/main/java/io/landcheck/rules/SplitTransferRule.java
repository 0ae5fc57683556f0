package io.landcheck.rules;

import io.landcheck.Citation;
import io.landcheck.LocalizedText;
import io.landcheck.Parameters;
import io.landcheck.Parcel;
import io.landcheck.RuleContext;
import io.landcheck.RuleId;
import io.landcheck.RuleResult;
import io.landcheck.SplitRequest;
import io.landcheck.SplitRequest.Recipient;
import io.landcheck.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * 沪府规〔2021〕9号 五(二): 产业项目类工业用地节余部分,符合规划分割条件的,可通过土地交易市场,采用“带产业项目”挂牌方式,分割转让给园区平台或经产业准入的项目。
 *
 * <p>A split of surplus land is eligible only for the pack's {@code landUses}, when the planning authority found the
 * split meets its conditions, when it is listed with its industrial project (if {@code requiresIndustryProjectListing}),
 * and when the recipient is one of {@code allowedRecipients}. Where the pack sets {@code minimumSplitAreaM2} or
 * {@code minimumSplitWidthM}, the surplus part must be measured (land-geo does it) and meet them. Every failed
 * condition is listed, so one answer tells the applicant all that is wrong.
 */
final class SplitTransferRule extends PackRule {

  static final String ELIGIBLE = "ELIGIBLE";
  static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

  SplitTransferRule(RuleId id, Citation citation) {
    super(id, citation);
  }

  @Override
  public void validate(Parameters p) {
    p.texts("landUses");
    p.texts("allowedRecipients").forEach(Recipient::valueOf);
    p.flag("requiresIndustryProjectListing");
    p.optionalNumber("minimumSplitAreaM2");
    p.optionalNumber("minimumSplitWidthM");
  }

  @Override
  public RuleResult evaluate(RuleContext context) {
    Parcel parcel = context.parcel();
    Parameters p = context.parameters().orElseThrow();
    if (parcel.split().isEmpty()) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE,
          LocalizedText.of("未申请分割转让。", "No split transfer is requested."));
    }
    if (parcel.landUse().isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA,
          LocalizedText.of("缺少用地性质（landUse）。", "The land use (landUse) is missing."));
    }
    SplitRequest split = parcel.split().get();
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    String landUse = parcel.landUse().get().code();
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
    OptionalDouble minArea = p.optionalNumber("minimumSplitAreaM2");
    OptionalDouble minWidth = p.optionalNumber("minimumSplitWidthM");
    boolean unmeasured = (minArea.isPresent() && split.surplusAreaM2().isEmpty())
        || (minWidth.isPresent() && split.surplusMinWidthM().isEmpty());
    if (minArea.isPresent() && split.surplusAreaM2().isPresent()
        && split.surplusAreaM2().getAsDouble() < minArea.getAsDouble()) {
      zh.add("分割部分面积 " + Numbers.area(split.surplusAreaM2().getAsDouble()) + " 小于 " + Numbers.area(minArea.getAsDouble()));
      en.add("the surplus part of " + Numbers.area(split.surplusAreaM2().getAsDouble()) + " is smaller than "
          + Numbers.area(minArea.getAsDouble()));
    }
    if (minWidth.isPresent() && split.surplusMinWidthM().isPresent()
        && split.surplusMinWidthM().getAsDouble() < minWidth.getAsDouble()) {
      zh.add("分割部分最窄处 " + String.format(java.util.Locale.ROOT, "%.1f", split.surplusMinWidthM().getAsDouble())
          + " m，小于 " + String.format(java.util.Locale.ROOT, "%.1f", minWidth.getAsDouble()) + " m");
      en.add("the surplus part is " + String.format(java.util.Locale.ROOT, "%.1f", split.surplusMinWidthM().getAsDouble())
          + " m wide at its narrowest, less than " + String.format(java.util.Locale.ROOT, "%.1f", minWidth.getAsDouble()) + " m");
    }
    if (!zh.isEmpty()) {
      return RuleResult.of(this, Verdict.NON_COMPLIANT, LocalizedText.of(
              "不可分割转让：" + String.join("；", zh) + "。",
              "The split transfer is not eligible: " + String.join("; ", en) + "."))
          .withDetermination(NOT_ELIGIBLE)
          .withParameters(p);
    }
    if (unmeasured) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA, LocalizedText.of(
              "需要分割部分的面积和最窄宽度（split.surplusAreaM2、split.surplusMinWidthM）。",
              "The area and narrowest width of the surplus part (split.surplusAreaM2, split.surplusMinWidthM) are"
                  + " needed."))
          .withParameters(p);
    }
    return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
            "符合分割转让条件，可“带产业项目”分割转让给" + split.recipient() + "。",
            "The surplus land may be split off and transferred, listed with its project, to " + split.recipient() + "."))
        .withDetermination(ELIGIBLE)
        .withParameters(p);
  }

  /** That a recipient is not one of the pack's {@code allowedRecipients}, in Chinese: 不是园区平台或产业准入项目. */
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
      case INDUSTRY_ADMITTED_PROJECT -> "产业准入项目";
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
