package io.landcheck.pack.shanghai;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkNonNegative;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.BatchResult;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.Verdict;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The green-space balance of a batch (沪府规〔2021〕9号 五(四)): per park, whether the attached green space (附属绿地) cut
 * by extensions is made up by new planned green space in the same park; per district, how parks with a surplus cover
 * parks that are short; and which parcels are left short after both.
 *
 * @param ruleId the rule's id
 * @param citation the clause
 * @param verdict {@link Verdict#COMPLIANT} if every cut is made up, {@link Verdict#NON_COMPLIANT} if any parcel is left
 *     short, {@link Verdict#NOT_APPLICABLE} if nothing was cut
 * @param parks every park with a cut or an addition, by park id
 * @param districts every district of those parks, by district id
 * @param shortfalls the parcels left short, in input order
 * @since 0.1
 */
public record GreenSpaceReport(
    RuleId ruleId,
    Citation citation,
    Verdict verdict,
    List<ParkBalance> parks,
    List<DistrictBalance> districts,
    List<Shortfall> shortfalls) implements BatchResult {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it.
   *
   * @param ruleId the rule's id; not null
   * @param citation the clause; not null
   * @param verdict {@link Verdict#COMPLIANT} if every cut is made up, {@link Verdict#NON_COMPLIANT} if any parcel is
   *     left short, {@link Verdict#NOT_APPLICABLE} if nothing was cut; not null
   * @param parks every park with a cut or an addition, by park id; not null
   * @param districts every district of those parks, by district id; not null
   * @param shortfalls the parcels left short, in input order; not null
   */
  public GreenSpaceReport {
    checkNotNull(ruleId, "GreenSpaceReport.ruleId");
    checkNotNull(citation, "GreenSpaceReport.citation");
    checkNotNull(verdict, "GreenSpaceReport.verdict");
    checkNotNull(parks, "GreenSpaceReport.parks");
    checkNotNull(districts, "GreenSpaceReport.districts");
    checkNotNull(shortfalls, "GreenSpaceReport.shortfalls");
    parks = ImmutableList.copyOf(parks);
    districts = ImmutableList.copyOf(districts);
    shortfalls = ImmutableList.copyOf(shortfalls);
  }

  private static final List<Column> PARK_COLUMNS = List.of(
      new Column("parkId", LocalizedText.of("园区", "Park"), Format.TEXT),
      new Column("districtId", LocalizedText.of("区", "District"), Format.TEXT),
      new Column("cutM2", LocalizedText.of("减少附属绿地 m²", "Cut m²"), Format.M2),
      new Column("addedM2", LocalizedText.of("新增绿地 m²", "Added m²"), Format.M2),
      new Column("fromDistrictM2", LocalizedText.of("区统筹 m²", "From district m²"), Format.M2),
      new Column("shortM2", LocalizedText.of("缺口 m²", "Short m²"), Format.M2_BESIDE_VERDICT),
      new Column("status", LocalizedText.of("状态", "Status"), Format.TEXT));

  private static final List<Column> DISTRICT_COLUMNS = List.of(
      new Column("districtId", LocalizedText.of("区", "District"), Format.TEXT),
      new Column("surplusM2", LocalizedText.of("富余 m²", "Surplus m²"), Format.M2),
      new Column("deficitM2", LocalizedText.of("不足 m²", "Deficit m²"), Format.M2),
      new Column("shortM2", LocalizedText.of("缺口 m²", "Short m²"), Format.M2_BESIDE_VERDICT));

  private static final List<Column> SHORTFALL_COLUMNS = List.of(
      new Column("parcelId", LocalizedText.of("宗地", "Parcel"), Format.TEXT),
      new Column("parkId", LocalizedText.of("园区", "Park"), Format.TEXT),
      new Column("shortM2", LocalizedText.of("缺口 m²", "Short m²"), Format.M2_BESIDE_VERDICT),
      new Column("reasonZh", LocalizedText.of("原因", "Reason (Chinese)"), Format.TEXT),
      new Column("reasonEn", LocalizedText.of("原因（英文）", "Reason"), Format.TEXT));

  /**
   * The balance's key in reports.
   *
   * @return {@code greenSpace}
   */
  @Override
  public String reportKey() {
    return "greenSpace";
  }

  /**
   * What the balance comes to.
   *
   * @return 绿地未补足 / green space left short when a parcel is left short; otherwise 绿地已补足 / green space made up
   */
  @Override
  public LocalizedText outcome() {
    return verdict == Verdict.NON_COMPLIANT ? LocalizedText.of("绿地未补足", "green space left short")
        : LocalizedText.of("绿地已补足", "green space made up");
  }

  /**
   * The balance's figures: {@code parks} (shown in HTML), {@code districts} and {@code shortfalls}, each row with the
   * components of a {@link ParkBalance}, {@link DistrictBalance} or {@link Shortfall} in order.
   *
   * @return the three tables
   */
  @Override
  public List<Table> tables() {
    ImmutableList.Builder<List<Cell>> parkRows = ImmutableList.builder();
    for (ParkBalance p : parks) {
      parkRows.add(List.of(Cell.text(p.parkId()), Cell.text(p.districtId()), Cell.figure(p.cutM2()),
          Cell.figure(p.addedM2()), Cell.figure(p.fromDistrictM2()), Cell.figure(p.shortM2()),
          Cell.text(p.status().name())));
    }
    ImmutableList.Builder<List<Cell>> districtRows = ImmutableList.builder();
    for (DistrictBalance d : districts) {
      districtRows.add(List.of(Cell.text(d.districtId()), Cell.figure(d.surplusM2()), Cell.figure(d.deficitM2()),
          Cell.figure(d.shortM2())));
    }
    ImmutableList.Builder<List<Cell>> shortfallRows = ImmutableList.builder();
    for (Shortfall f : shortfalls) {
      shortfallRows.add(List.of(Cell.text(f.parcelId()), Cell.text(f.parkId()), Cell.figure(f.shortM2()),
          Cell.text(f.reason().zh()), Cell.text(f.reason().en())));
    }
    return List.of(
        new Table("parks", true, PARK_COLUMNS, parkRows.build()),
        new Table("districts", false, DISTRICT_COLUMNS, districtRows.build()),
        new Table("shortfalls", false, SHORTFALL_COLUMNS, shortfallRows.build()));
  }

  /**
   * The heading of the parcels left short.
   *
   * @return 未补足的宗地 / Parcels left short
   */
  @Override
  public LocalizedText parcelLinesTitle() {
    return LocalizedText.of("未补足的宗地", "Parcels left short");
  }

  /**
   * The parcels left short, each with its park's district and the m² of its cut not made up.
   *
   * @return one line per shortfall, in input order
   */
  @Override
  public List<ParcelLine> parcelLines() {
    Map<String, String> districtOfPark = new HashMap<>();
    for (ParkBalance p : parks) {
      p.districtId().ifPresent(d -> districtOfPark.put(p.parkId(), d));
    }
    ImmutableList.Builder<ParcelLine> lines = ImmutableList.builder();
    for (Shortfall f : shortfalls) {
      lines.add(new ParcelLine(f.parcelId(), f.parkId(),
          Optional.ofNullable(districtOfPark.get(f.parkId().orElse(""))), f.shortM2(), f.reason()));
    }
    return lines.build();
  }

  /**
   * How a park's cuts were made up.
   *
   * @since 0.1
   */
  public enum ParkStatus {
    /** Nothing was cut in the park. */
    NO_CUT,
    /** The park's own new green space makes up every cut (同一园区内补足). */
    MADE_UP_IN_PARK,
    /** The district covered what the park could not (区内园区之间统筹平衡). */
    BALANCED_BY_DISTRICT,
    /** Some cut is not made up. */
    SHORT
  }

  /**
   * One park's balance.
   *
   * @param parkId the park
   * @param districtId its district, if known
   * @param cutM2 attached green space cut in the park
   * @param addedM2 new green space added in the park
   * @param fromDistrictM2 surplus of other parks of the district allotted to this park
   * @param shortM2 what is still not made up
   * @param status how the cuts were made up
   * @since 0.1
   */
  public record ParkBalance(
      String parkId, Optional<String> districtId, double cutM2, double addedM2, double fromDistrictM2, double shortM2,
      ParkStatus status) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
     * {@code InvalidFieldException} naming the record and the component.
     *
     * @param parkId the park; not null
     * @param districtId its district, if known; not null
     * @param cutM2 attached green space cut in the park, m²; finite and at least 0
     * @param addedM2 new green space added in the park, m²; finite and at least 0
     * @param fromDistrictM2 surplus of other parks of the district allotted to this park, m²; finite and at least 0
     * @param shortM2 what is still not made up, m²; finite and at least 0
     * @param status how the cuts were made up; not null
     */
    public ParkBalance {
      checkNotNull(parkId, "ParkBalance.parkId");
      checkNotNull(districtId, "ParkBalance.districtId");
      checkNonNegative(cutM2, "ParkBalance", "cutM2");
      checkNonNegative(addedM2, "ParkBalance", "addedM2");
      checkNonNegative(fromDistrictM2, "ParkBalance", "fromDistrictM2");
      checkNonNegative(shortM2, "ParkBalance", "shortM2");
      checkNotNull(status, "ParkBalance.status");
    }
  }

  /**
   * One district's balancing between its parks.
   *
   * @param districtId the district
   * @param surplusM2 what parks with more new green space than cuts offer
   * @param deficitM2 what parks short of green space need
   * @param shortM2 what the district cannot cover
   * @since 0.1
   */
  public record DistrictBalance(String districtId, double surplusM2, double deficitM2, double shortM2) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
     * {@code InvalidFieldException} naming the record and the component.
     *
     * @param districtId the district; not null
     * @param surplusM2 what parks with more new green space than cuts offer, m²; finite and at least 0
     * @param deficitM2 what parks short of green space need, m²; finite and at least 0
     * @param shortM2 what the district cannot cover, m²; finite and at least 0
     */
    public DistrictBalance {
      checkNotNull(districtId, "DistrictBalance.districtId");
      checkNonNegative(surplusM2, "DistrictBalance", "surplusM2");
      checkNonNegative(deficitM2, "DistrictBalance", "deficitM2");
      checkNonNegative(shortM2, "DistrictBalance", "shortM2");
    }
  }

  /**
   * A parcel whose cut green space is not made up.
   *
   * @param parcelId the parcel
   * @param parkId its park, if known
   * @param shortM2 how much of its cut is not made up
   * @param reason why, in Chinese and English
   * @since 0.1
   */
  public record Shortfall(String parcelId, Optional<String> parkId, double shortM2, LocalizedText reason) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
     * {@code InvalidFieldException} naming the record and the component.
     *
     * @param parcelId the parcel; not null
     * @param parkId its park, if known; not null
     * @param shortM2 how much of its cut is not made up, m²; finite and at least 0
     * @param reason why, in Chinese and English; not null
     */
    public Shortfall {
      checkNotNull(parcelId, "Shortfall.parcelId");
      checkNotNull(parkId, "Shortfall.parkId");
      checkNonNegative(shortM2, "Shortfall", "shortM2");
      checkNotNull(reason, "Shortfall.reason");
    }
  }
}
