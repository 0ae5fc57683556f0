package io.landcheck.pack.shanghai;

import io.landcheck.engine.RemedyConstraints;
import io.landcheck.engine.RemedyOption;
import io.landcheck.engine.RuleContext;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.RuleResult;
import io.landcheck.engine.Verdict;
import io.landcheck.model.LandUse;
import io.landcheck.model.Lease;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import java.util.List;
import java.util.Optional;

/**
 * 沪府规〔2021〕9号 五(二): 市产业部门认定的国家战略类产业项目、市级战略性重点产业项目、市级以上制造业创新中心和企业技术中心,可按照50年年期,出让产业项目类工业用地。
 *
 * <p>The longest term, {@code maxTermYears}, is allowed only for the pack's qualifying project categories recognised
 * at the pack's minimum level or above ({@code qualifyingCategories}, {@code minimumRecognitionLevel}); no term may
 * exceed it; every other project is held to {@code generalTermCapYears}. The term is judged with the
 * parameters in force on the lease's grant date: a lease granted before the rule took effect is not judged by it.
 *
 * <p>A missing fact is named only where it could change the verdict: a term over {@code maxTermYears} fails whatever
 * the project's recognition level, and a lease granted before the rule took effect is not judged whatever the land
 * use.
 */
final class LeaseTermRule extends PackRule {

  LeaseTermRule(RuleId id, Citation citation) {
    super(id, citation);
  }

  @Override
  public void validate(Parameters p) {
    p.texts("landUses");
    int max = p.integer("maxTermYears");
    int general = p.integer("generalTermCapYears");
    if (general > max) {
      throw new IllegalArgumentException(p.owner() + ": generalTermCapYears " + general + " exceeds maxTermYears " + max);
    }
    p.texts("qualifyingCategories").forEach(ProjectCategory::valueOf);
    RecognitionLevel.valueOf(p.text("minimumRecognitionLevel"));
  }

  /**
   * The longest term this parcel's project may be granted, as the condition on the lease term: {@code maxTermYears}
   * for a qualifying project, else {@code generalTermCapYears}, which is also the term that complies whatever the
   * project's recognition level when that is not given. None on a land use the clause does not cover or for a lease
   * granted before it took effect; empty when the land use or the lease is not given, or when a missing recognition
   * level decides the verdict.
   */
  @Override
  public Optional<RemedyConstraints> remedyConstraints(RuleContext context) {
    Parcel parcel = context.parcel();
    if (parcel.landUse().isEmpty() || context.parameters().isEmpty()) {
      return Optional.empty();
    }
    if (!context.parameters().get().texts("landUses").contains(parcel.landUse().get().code())) {
      return Optional.of(RemedyConstraints.none());
    }
    if (parcel.lease().isEmpty()) {
      return Optional.empty();
    }
    Lease lease = parcel.lease().get();
    Optional<Parameters> atGrant = context.parametersOn(lease.grantDate());
    if (atGrant.isEmpty()) {
      return Optional.of(RemedyConstraints.none());
    }
    Parameters p = atGrant.get();
    int generalCap = p.integer("generalTermCapYears");
    Optional<Boolean> qualifies = qualifies(parcel, p);
    if (qualifies.isEmpty()) {
      // Within the general cap the term complies whatever the level; above it the level decides, unless the term
      // is above the longest term too, when only the general cap complies whatever the level.
      return lease.termYears() <= generalCap || lease.termYears() > p.integer("maxTermYears")
          ? Optional.of(RemedyConstraints.leaseTermAtMost(generalCap)) : Optional.empty();
    }
    return Optional.of(RemedyConstraints.leaseTermAtMost(qualifies.get() ? p.integer("maxTermYears") : generalCap));
  }

  @Override
  public RuleResult evaluate(RuleContext context) {
    Parcel parcel = context.parcel();
    if (parcel.landUse().isEmpty()) {
      return Completions.over(this, Completions.Fact.LAND_USE, List.copyOf(context.possibleLandUses()), LandUse::code,
          landUse -> judge(context, landUse.code()));
    }
    return judge(context, parcel.landUse().get().code());
  }

  /** The verdict on the parcel if its land use is {@code landUse}. */
  private RuleResult judge(RuleContext context, String landUse) {
    Parcel parcel = context.parcel();
    Parameters checkDateParameters = context.parameters().orElseThrow();
    if (!checkDateParameters.texts("landUses").contains(landUse)) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
          "本条出让年限规定不适用于用地性质 " + landUse + "。",
          "The lease-term clause does not apply to land use " + landUse + "."));
    }
    if (parcel.lease().isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA,
          LocalizedText.of("缺少出让日期和出让年限（lease）。", "The lease grant date and term (lease) are missing."));
    }
    Lease lease = parcel.lease().get();
    Optional<Parameters> atGrant = context.parametersOn(lease.grantDate());
    if (atGrant.isEmpty()) {
      return RuleResult.of(this, Verdict.NOT_APPLICABLE, LocalizedText.of(
          "土地于 " + lease.grantDate() + " 出让，早于本条生效日期，出让年限按当时政策确定。",
          "The land was granted on " + lease.grantDate() + ", before this clause took effect; its term was set under"
              + " the policy of that time."));
    }
    Parameters p = atGrant.get();
    int maxTerm = p.integer("maxTermYears");
    int generalCap = p.integer("generalTermCapYears");
    int term = lease.termYears();
    if (term <= generalCap) {
      return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
              "出让年限 " + term + " 年，不超过一般产业项目 " + generalCap + " 年的上限" + capSource(p, true) + "。",
              "A term of " + term + " years is within the general cap of " + generalCap + " years" + capSource(p, false)
                  + "."))
          .withMeasure(term, qualifies(parcel, p).orElse(false) ? maxTerm : generalCap, "years")
          .withParameters(p);
    }
    Optional<Boolean> qualifies = qualifies(parcel, p);
    if (qualifies.isEmpty() && term > maxTerm) {
      // No level qualifies the project for more than maxTerm: the term is too long whatever its level.
      RemedyOption shorten = RemedyOption.shortenTermTo(generalCap);
      return RuleResult.of(this, Verdict.NON_COMPLIANT, LocalizedText.of(
              "出让年限 " + term + " 年超过产业项目类工业用地最长 " + maxTerm + " 年，无论" + parcel.projectCategory().zh()
                  + "的认定级别（recognitionLevel，未给出）如何。",
              "A term of " + term + " years exceeds the longest term of " + maxTerm + " years for industrial land,"
                  + " whatever the recognition level (recognitionLevel, not given) of the "
                  + en(parcel.projectCategory()) + "."))
          .withMeasure(term, maxTerm, "years")
          .withRemedy(LocalizedText.of(
              "将出让年限缩短至 " + generalCap + " 年" + capSource(p, true) + "以内；项目经" + RecognitionLevel.valueOf(
                  p.text("minimumRecognitionLevel")).zh() + "及以上认定的，可至 " + maxTerm + " 年。",
              "Shorten the term to " + generalCap + " years" + capSource(p, false) + " or less; to " + maxTerm + " years or less once the"
                  + " project's recognition at " + en(RecognitionLevel.valueOf(p.text("minimumRecognitionLevel")))
                  + " level or above is given."), List.of(shorten))
          .withParameters(p);
    }
    if (qualifies.isEmpty()) {
      return RuleResult.of(this, Verdict.INSUFFICIENT_DATA, LocalizedText.of(
              "出让年限 " + term + " 年超过 " + generalCap + " 年" + capSource(p, true) + "，需要" + parcel.projectCategory().zh()
                  + "的认定级别（recognitionLevel）才能判断。",
              "A term of " + term + " years exceeds " + generalCap + " years" + capSource(p, false)
                  + "; the recognition level (recognitionLevel) of the " + en(parcel.projectCategory()) + " is needed to judge it."))
          .withParameters(p);
    }
    int limit = qualifies.get() ? maxTerm : generalCap;
    if (term <= limit) {
      return RuleResult.of(this, Verdict.COMPLIANT, LocalizedText.of(
              "项目属于可按 " + maxTerm + " 年出让的类别，出让年限 " + term + " 年符合规定。",
              "The project is in a category that may be granted " + maxTerm + " years; a term of " + term
                  + " years complies."))
          .withMeasure(term, limit, "years")
          .withParameters(p);
    }
    LocalizedText why = qualifies.get()
        ? LocalizedText.of(
            "出让年限 " + term + " 年超过产业项目类工业用地最长 " + maxTerm + " 年。",
            "A term of " + term + " years exceeds the longest term of " + maxTerm + " years for industrial land.")
        : LocalizedText.of(
            "出让年限 " + term + " 年超过 " + generalCap + " 年" + capSource(p, true) + "；只有" + qualifyingText(p)
                + "方可按 " + maxTerm + " 年出让，本项目为" + parcel.recognitionLevel().map(RecognitionLevel::zh).orElse("")
                + parcel.projectCategory().zh() + "。",
            "A term of " + term + " years exceeds " + generalCap + " years" + capSource(p, false) + "; only "
                + qualifyingTextEn(p)
                + " may be granted " + maxTerm + " years; this project: " + en(parcel.projectCategory())
                + parcel.recognitionLevel().map(l -> " recognised at " + en(l) + " level").orElse("") + ".");
    RemedyOption shorten = RemedyOption.shortenTermTo(limit);
    return RuleResult.of(this, Verdict.NON_COMPLIANT, why)
        .withMeasure(term, limit, "years")
        .withRemedy(LocalizedText.of(
            "将出让年限缩短至 " + (int) shorten.amount() + " 年以内。",
            "Shorten the term to " + (int) shorten.amount() + " years or less."), List.of(shorten))
        .withParameters(p);
  }

  /**
   * Where the general cap comes from, to follow its figure in a message, unless the document this rule cites fixes it:
   * （主管部门自定，非沪府规〔2021〕9号规定） or (set by the bureau, not 沪府规〔2021〕9号); empty if it does.
   */
  private String capSource(Parameters p, boolean zh) {
    String document = citation().document();
    return p.source("generalTermCapYears").filter(s -> !s.isPolicy(document))
        .map(s -> zh ? "（" + s.label().zh() + "，非" + document + "规定）"
            : " (" + s.label().en() + ", not " + document + ")")
        .orElse("");
  }

  /**
   * Whether the project qualifies for the longest term; empty when its recognition level is needed, missing and would
   * matter (a minimum level of the lowest, every level qualifies).
   */
  private static Optional<Boolean> qualifies(Parcel parcel, Parameters p) {
    if (!p.texts("qualifyingCategories").contains(parcel.projectCategory().name())) {
      return Optional.of(false);
    }
    RecognitionLevel minimum = RecognitionLevel.valueOf(p.text("minimumRecognitionLevel"));
    if (minimum == RecognitionLevel.values()[0]) {
      return Optional.of(true);
    }
    return parcel.recognitionLevel().map(level -> level.isAtLeast(minimum));
  }

  private static String qualifyingText(Parameters p) {
    return p.texts("qualifyingCategories").stream().map(c -> ProjectCategory.valueOf(c).zh())
        .collect(java.util.stream.Collectors.joining("、"))
        + "（" + RecognitionLevel.valueOf(p.text("minimumRecognitionLevel")).zh() + "及以上认定）";
  }

  private static String qualifyingTextEn(Parameters p) {
    return p.texts("qualifyingCategories").stream().map(c -> en(ProjectCategory.valueOf(c)))
        .collect(java.util.stream.Collectors.joining(" / "))
        + " recognised at " + en(RecognitionLevel.valueOf(p.text("minimumRecognitionLevel"))) + " level or above";
  }

  private static String en(ProjectCategory category) {
    return switch (category) {
      case NATIONAL_STRATEGIC -> "national strategic project";
      case MUNICIPAL_STRATEGIC_KEY -> "municipal strategic key project";
      case MANUFACTURING_INNOVATION_CENTRE -> "manufacturing innovation centre";
      case ENTERPRISE_TECHNOLOGY_CENTRE -> "enterprise technology centre";
      case NONE -> "ordinary industrial project";
    };
  }

  private static String en(RecognitionLevel level) {
    return level.name().toLowerCase(java.util.Locale.ROOT);
  }
}
