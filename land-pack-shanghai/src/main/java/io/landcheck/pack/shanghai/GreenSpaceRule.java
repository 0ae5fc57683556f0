package io.landcheck.pack.shanghai;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.BatchRule;
import io.landcheck.engine.Checker;
import io.landcheck.engine.RuleId;
import io.landcheck.engine.Verdict;
import io.landcheck.model.InvalidParcelException;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.GreenSpaceReport.DistrictBalance;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkBalance;
import io.landcheck.pack.shanghai.GreenSpaceReport.ParkStatus;
import io.landcheck.pack.shanghai.GreenSpaceReport.Shortfall;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * 沪府规〔2021〕9号 五(四): 已建成项目附属绿地因扩建改建需要调减的,优先在园区内通过新建规划绿地予以补足,也可以由区政府在本辖区园区之间予以平衡补足。
 *
 * <p>A rule over a whole batch, not one parcel. Each parcel's own new green space first makes up its own cut; what is
 * left of the park's new green space then makes up the other cuts of the park, in input order; a park still short is
 * covered from the surplus of the other parks of its district, parks in id order; a parcel whose cut is still not
 * made up is listed as a shortfall. A parcel with a cut but no park id cannot be made up in a park and is short by its
 * net cut.
 *
 * <p>Each parcel's change is judged with the parameters in force on its date, as the per-parcel rules judge it (its
 * application date, else the date the caller gives); a parcel dated when the rule is not in force is left out of the
 * balance. Areas are compared within {@code toleranceM2}: a parcel's own figures within its own version's, a park's
 * and a district's within the largest of their parcels'.
 *
 * @since 0.1
 */
public final class GreenSpaceRule implements BatchRule {

  /**
   * The green-space facts of one parcel that the balance needs: small, so a batch of millions fits in memory.
   *
   * @param parcelId the parcel's id (宗地编号)
   * @param parkId the industrial park (产业园区) it lies in, if known
   * @param districtId the district (区) it lies in, if known
   * @param cutM2 attached green space (附属绿地) the extension cuts, m²
   * @param addedM2 new green space it adds in the park, m²
   * @param applicationDate the parcel's application date, which chooses the parameters in force; empty to balance it
   *     on the checker's date
   * @since 0.1
   */
  public record Entry(String parcelId, Optional<String> parkId, Optional<String> districtId, double cutM2, double addedM2,
      Optional<LocalDate> applicationDate) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and one out of range an
     * {@code IllegalArgumentException} naming it.
     *
     * @param parcelId the parcel's id (宗地编号); not null
     * @param parkId the industrial park (产业园区) it lies in, if known; not null
     * @param districtId the district (区) it lies in, if known; not null
     * @param cutM2 attached green space (附属绿地) the extension cuts, m²; finite and at least 0
     * @param addedM2 new green space it adds in the park, m²; finite and at least 0
     * @param applicationDate the parcel's application date, which chooses the parameters in force; empty to balance it
     *     on the checker's date; not null
     */
    public Entry {
      checkNotNull(parcelId, "GreenSpaceRule.Entry.parcelId");
      checkNotNull(parkId, "GreenSpaceRule.Entry.parkId");
      checkNotNull(districtId, "GreenSpaceRule.Entry.districtId");
      checkArgument(Double.isFinite(cutM2) && cutM2 >= 0, "GreenSpaceRule.Entry.cutM2 must be >= 0, was %s", cutM2);
      checkArgument(Double.isFinite(addedM2) && addedM2 >= 0, "GreenSpaceRule.Entry.addedM2 must be >= 0, was %s",
          addedM2);
      checkNotNull(applicationDate, "GreenSpaceRule.Entry.applicationDate");
    }

    /**
     * An entry without a date of its own, balanced on the checker's date.
     *
     * @param parcelId the parcel's id (宗地编号)
     * @param parkId the industrial park (产业园区) it lies in; empty when not known, and then it is balanced on its own
     * @param districtId the district (区) it lies in; empty when not known
     * @param cutM2 attached green space (附属绿地) the extension cuts, m²; finite and at least 0
     * @param addedM2 new green space it adds in the park, m²; finite and at least 0
     */
    public Entry(String parcelId, Optional<String> parkId, Optional<String> districtId, double cutM2, double addedM2) {
      this(parcelId, parkId, districtId, cutM2, addedM2, Optional.empty());
    }

    /**
     * The entry of a parcel, with its application date, or empty if it declares no green-space change.
     *
     * @param parcel the parcel
     * @return its entry (cut and added green space, m², with its park, district and application date); empty when the
     *     parcel declares no green-space change
     */
    public static Optional<Entry> of(Parcel parcel) {
      return parcel.greenSpace().map(g -> new Entry(parcel.id(), parcel.parkId(), parcel.districtId(),
          g.attachedGreenCutM2(), g.greenAddedInParkM2(), parcel.applicationDate()));
    }
  }

  /**
   * The running totals of green space the balance adds up, by park and by district, each at most
   * {@link #LIMIT_M2}: an entry that would take one past it is refused, so that every sum of the balance stays a finite
   * number. Areas that large cannot be real; a batch makes the entries it refuses errors on their records. Not
   * thread-safe.
   *
   * @since 0.1
   */
  public static final class Totals {
    /** The most a park's or a district's cut and added green space may add up to, m². */
    public static final double LIMIT_M2 = Double.MAX_VALUE / 8;

    private final Map<String, Double> parks = new java.util.HashMap<>();
    private final Map<String, String> districtOfPark = new java.util.HashMap<>();
    private final Map<String, Double> districts = new java.util.HashMap<>();

    /** Why an entry is refused: the TOO_LARGE template's name, its facts after the locator's place, English text. */
    private record Refusal(String name, List<String> arguments, String text) {}

    /** Empty totals: no park or district has added up any green space yet. */
    public Totals() {}

    /**
     * Adds the entry to the totals of its park and district, or, if a total would pass {@link #LIMIT_M2}, changes
     * nothing and says why.
     *
     * @param e the entry of one parcel
     * @return empty when the entry was added (an entry without a park has no total to add to); otherwise why it was
     *     refused (a park's or district's total would pass {@link #LIMIT_M2}), to be reported as the parcel's error
     */
    public Optional<String> add(Entry e) {
      return refuse(e).map(Refusal::text);
    }

    /** As {@link #add}, the refusal told by a TOO_LARGE template too. */
    private Optional<Refusal> refuse(Entry e) {
      double amount = e.cutM2() + e.addedM2();
      if (!(amount <= LIMIT_M2)) {
        return Optional.of(new Refusal("greenAmount", List.of(String.valueOf(e.cutM2()), String.valueOf(e.addedM2())),
            "its green space cut and added (" + e.cutM2() + " + " + e.addedM2()
            + " m²) is more than the green-space balance can add up"));
      }
      if (e.parkId().isEmpty()) {
        return Optional.empty();
      }
      String park = e.parkId().get();
      double parkTotal = parks.getOrDefault(park, 0.0) + amount;
      if (!(parkTotal <= LIMIT_M2)) {
        return Optional.of(new Refusal("greenPark", List.of(park, String.valueOf(parkTotal)),
            "with it the green space cut and added in park " + park + " would add up to more than "
            + "the green-space balance can add up (" + parkTotal + " m²)"));
      }
      String district = districtOfPark.get(park);
      boolean first = district == null && e.districtId().isPresent();
      if (first) {
        district = e.districtId().get();
      }
      if (district != null) {
        double districtTotal = districts.getOrDefault(district, 0.0) + (first ? parkTotal : amount);
        if (!(districtTotal <= LIMIT_M2)) {
          return Optional.of(new Refusal("greenDistrict", List.of(district, String.valueOf(districtTotal)),
              "with it the green space cut and added in district " + district + " would add up to "
              + "more than the green-space balance can add up (" + districtTotal + " m²)"));
        }
        districts.put(district, districtTotal);
        if (first) {
          districtOfPark.put(park, district);
        }
      }
      parks.put(park, parkTotal);
      return Optional.empty();
    }

    /**
     * The field of the entry that a refusal is about: the larger of its two areas.
     *
     * @param e the refused entry
     * @return the field to name in the error: {@code greenSpace.attachedGreenCutM2} or {@code
     *     greenSpace.greenAddedInParkM2}
     */
    public static String field(Entry e) {
      return e.cutM2() >= e.addedM2() ? "greenSpace.attachedGreenCutM2" : "greenSpace.greenAddedInParkM2";
    }
  }

  private final RuleId id;
  private final Citation citation;
  private final ImmutableList<Parameters> versions;

  GreenSpaceRule(RuleId id, Citation citation, List<Parameters> versions) {
    this.id = id;
    this.citation = citation;
    this.versions = ImmutableList.copyOf(versions);
    for (Parameters p : versions) {
      double tol = p.number("toleranceM2");
      checkArgument(Double.isFinite(tol) && tol >= 0, "%s: parameter toleranceM2 must be a finite number >= 0, was %s",
          p.owner(), tol);
    }
  }

  /**
   * The rule's id.
   *
   * @return the rule's stable id, as the green-space report names it
   */
  @Override
  public RuleId id() {
    return id;
  }

  /**
   * The clause.
   *
   * @return the clause the balance implements, 沪府规〔2021〕9号 五(四) in the bundled pack
   */
  @Override
  public Citation citation() {
    return citation;
  }

  /**
   * The balance's heading in a report.
   *
   * @return 绿地平衡（五(四)） / Green-space balance (5(4))
   */
  @Override
  public LocalizedText title() {
    return LocalizedText.of("绿地平衡（五(四)）", "Green-space balance (5(4))");
  }

  /**
   * The balance's anchor in an HTML report.
   *
   * @return {@code green}
   */
  @Override
  public String htmlId() {
    return "green";
  }

  /**
   * How the balance judges a batch.
   *
   * @return 按园区、区平衡 / balanced per park and district
   */
  @Override
  public LocalizedText description() {
    return LocalizedText.of("按园区、区平衡", "balanced per park and district");
  }

  /**
   * Every version of the rule's parameters, oldest first.
   *
   * @return the parameter versions, each with its effective date; an unmodifiable list
   */
  @Override
  public List<Parameters> versions() {
    return versions;
  }

  /**
   * Balances the green space of these parcels' entries, each judged with the parameters {@code parametersInForce}
   * gives it (those in force on its date); an entry it gives none is left out.
   *
   * @param entries the batch's green-space entries, in input order
   * @param parametersInForce the parameters in force on an entry's date; empty when the rule was not in force then
   * @return the balance per park and per district (in m²), the parcels left short, and the overall verdict
   * @throws InvalidParcelException naming the parcel and the field, if its green space would take a park's or a
   *     district's total past {@link Totals#LIMIT_M2} (areas too large to be real)
   */
  public GreenSpaceReport balance(List<Entry> entries, Function<Entry, Optional<Parameters>> parametersInForce) {
    List<Judged> judged = judged(entries, parametersInForce);
    refuseTotalsPastLimit(judged);
    Map<String, Park> parks = eachParkOnItsOwn(judged);
    Map<String, District> districts = districtsOf(parks.values());
    coverShortParksFromTheirDistricts(parks.values(), districts);
    Map<Integer, Shortfall> shortfalls = new TreeMap<>(); // by the entry's place in the input
    ImmutableList.Builder<ParkBalance> parkBalances = ImmutableList.builder();
    for (Park park : parks.values()) {
      makeUpCutsInThePark(park, shortfalls);
      parkBalances.add(park.balance());
    }
    cutsWithoutAPark(judged, shortfalls);
    ImmutableList.Builder<DistrictBalance> districtBalances = ImmutableList.builder();
    districts.values().forEach(d -> districtBalances.add(d.balance()));
    boolean anyCut = judged.stream().anyMatch(j -> j.entry().cutM2() > j.toleranceM2());
    Verdict verdict = !shortfalls.isEmpty() ? Verdict.NON_COMPLIANT
        : anyCut ? Verdict.COMPLIANT : Verdict.NOT_APPLICABLE;
    return new GreenSpaceReport(id, citation, verdict, parkBalances.build(), districtBalances.build(),
        ImmutableList.copyOf(shortfalls.values()));
  }

  @Override
  public GreenSpaceReport check(Iterable<Parcel> parcels,
      BiFunction<String, Optional<LocalDate>, Optional<Parameters>> parametersOn) {
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    for (Parcel p : parcels) {
      Entry.of(p).ifPresent(entries::add);
    }
    return balance(entries.build(), e -> parametersOn.apply(e.parcelId(), e.applicationDate()));
  }

  @Override
  public BatchRule.Collector collector(BiFunction<String, Optional<LocalDate>, Optional<Parameters>> parametersOn) {
    checkNotNull(parametersOn, "GreenSpaceRule.collector(parametersOn)");
    return new BatchRule.Collector() {
      private final List<Entry> entries = new ArrayList<>();
      private final Totals totals = new Totals();

      @Override
      public Optional<RecordError> add(Parcel parcel, String locator) {
        Optional<Entry> entry = Entry.of(parcel);
        if (entry.isEmpty()) {
          return Optional.empty();
        }
        Optional<Totals.Refusal> refused = totals.refuse(entry.get());
        if (refused.isPresent()) {
          String field = Totals.field(entry.get()).equals("greenSpace.attachedGreenCutM2")
              ? "green_cut_m2" : "green_added_m2";
          List<String> facts = new ArrayList<>();
          facts.add(locator + ": ");
          facts.addAll(refused.get().arguments());
          return Optional.of(RecordError.of(RecordError.Code.TOO_LARGE, parcel.id(), field,
              refused.get().name() + "Left", facts));
        }
        entries.add(entry.get());
        return Optional.empty();
      }

      @Override
      public GreenSpaceReport result() {
        return balance(entries, e -> parametersOn.apply(e.parcelId(), e.applicationDate()));
      }
    };
  }

  /**
   * Balances green space over a batch of parcels with the checker's pack and dates, as
   * {@link Checker#checkBatch} does: the result of the pack's green-space rule.
   *
   * @param checker a checker whose pack has a green-space rule
   * @param parcels the parcels of a batch, in input order; those without a green-space change only count by their park
   *     and district
   * @return the balance per park and per district (in m²), the parcels left short, and the overall verdict of 五(四)
   * @throws IllegalStateException if the pack has no green-space rule
   * @throws IllegalArgumentException if a parcel with a green-space change has no application date and the checker no
   *     date
   */
  public static GreenSpaceReport balance(Checker checker, Iterable<Parcel> parcels) {
    GreenSpaceRule rule = of(checker);
    return rule.check(parcels, checker.parametersOn(rule));
  }

  /**
   * Balances green space over entries already extracted from parcels, each on its date as
   * {@link #balance(Checker, Iterable)} does.
   *
   * @param checker a checker whose pack has a green-space rule
   * @param entries the green-space entries of a batch, in input order, as {@link Entry#of} extracts them
   * @return the balance per park and per district (in m²), the parcels left short, and the overall verdict of 五(四)
   * @throws IllegalStateException if the pack has no green-space rule
   * @throws IllegalArgumentException if an entry has no date and the checker none
   */
  public static GreenSpaceReport balanceEntries(Checker checker, List<Entry> entries) {
    GreenSpaceRule rule = of(checker);
    BiFunction<String, Optional<LocalDate>, Optional<Parameters>> on = checker.parametersOn(rule);
    return rule.balance(entries, e -> on.apply(e.parcelId(), e.applicationDate()));
  }

  /** The pack's green-space rule. */
  private static GreenSpaceRule of(Checker checker) {
    return checker.pack().batchRules().stream()
        .filter(GreenSpaceRule.class::isInstance)
        .map(GreenSpaceRule.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("pack " + checker.pack().id() + " has no green-space rule"));
  }

  /** An entry the balance judges: its place in the input and the tolerance of the version in force on its date. */
  private record Judged(int index, Entry entry, double toleranceM2) {
    /** Cut minus added: what the parcel itself leaves to be made up (negative when it adds more than it cuts). */
    double netCutM2() {
      return entry.cutM2() - entry.addedM2();
    }
  }

  /** The entries with a version in force on their date, in input order; the others are left out. */
  private static List<Judged> judged(List<Entry> entries, Function<Entry, Optional<Parameters>> parametersInForce) {
    List<Judged> judged = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      Optional<Parameters> p = parametersInForce.apply(e);
      if (p.isPresent()) {
        judged.add(new Judged(i, e, p.get().number("toleranceM2")));
      }
    }
    return judged;
  }

  private static void refuseTotalsPastLimit(List<Judged> judged) {
    Totals totals = new Totals();
    for (Judged j : judged) {
      Optional<Totals.Refusal> refused = totals.refuse(j.entry());
      if (refused.isPresent()) {
        throw new InvalidParcelException(RecordError.Code.TOO_LARGE, j.entry().parcelId(), Totals.field(j.entry()),
            refused.get().text(), refused.get().name(), refused.get().arguments());
      }
    }
  }

  /** One park's figures: its parcels in input order, what they cut and add, and what its district allots it. */
  private static final class Park {
    final String parkId;
    final List<Judged> members = new ArrayList<>();
    Optional<String> districtId = Optional.empty();
    double cutM2;
    double addedM2;
    /** The largest tolerance of its parcels' versions. */
    double toleranceM2;
    double fromDistrictM2;

    Park(String parkId) {
      this.parkId = parkId;
    }

    /** Added minus cut: the park's surplus (positive) or deficit (negative) on its own. */
    double netM2() {
      return addedM2 - cutM2;
    }

    ParkBalance balance() {
      double shortM2 = Math.max(0, -netM2() - fromDistrictM2);
      ParkStatus status = cutM2 <= toleranceM2 ? ParkStatus.NO_CUT
          : netM2() >= -toleranceM2 ? ParkStatus.MADE_UP_IN_PARK
          : shortM2 <= toleranceM2 ? ParkStatus.BALANCED_BY_DISTRICT
          : ParkStatus.SHORT;
      return new ParkBalance(parkId, districtId, cutM2, addedM2, fromDistrictM2, shortM2 <= toleranceM2 ? 0 : shortM2,
          status);
    }
  }

  /** One district's figures: its parks' surplus and deficit, and what it could not cover. */
  private static final class District {
    final String districtId;
    double surplusM2;
    double deficitM2;
    double shortM2;
    /** The largest tolerance of its parks. */
    double toleranceM2;
    /** What is left of the surplus to allot, parks in id order. */
    double poolM2;

    District(String districtId) {
      this.districtId = districtId;
    }

    DistrictBalance balance() {
      return new DistrictBalance(districtId, surplusM2, deficitM2, shortM2 <= toleranceM2 ? 0 : shortM2);
    }
  }

  /** 1. Each park on its own, parks in id order: its cuts and additions, and its district (the first one given). */
  private static Map<String, Park> eachParkOnItsOwn(List<Judged> judged) {
    Map<String, Park> parks = new TreeMap<>();
    for (Judged j : judged) {
      j.entry().parkId().ifPresent(id -> parks.computeIfAbsent(id, Park::new).members.add(j));
    }
    for (Park park : parks.values()) {
      for (Judged j : park.members) {
        park.cutM2 += j.entry().cutM2();
        park.addedM2 += j.entry().addedM2();
        park.toleranceM2 = Math.max(park.toleranceM2, j.toleranceM2());
        park.districtId = park.districtId.or(j.entry()::districtId);
      }
    }
    return parks;
  }

  /** Each district's surplus (parks with more new green space than cuts) and deficit, districts in id order. */
  private static Map<String, District> districtsOf(Iterable<Park> parks) {
    Map<String, District> districts = new TreeMap<>();
    for (Park park : parks) {
      park.districtId.ifPresent(id -> {
        District d = districts.computeIfAbsent(id, District::new);
        double net = park.netM2();
        if (net > 0) {
          d.surplusM2 += net;
        } else {
          d.deficitM2 -= net;
        }
        d.toleranceM2 = Math.max(d.toleranceM2, park.toleranceM2);
      });
    }
    districts.values().forEach(d -> d.poolM2 = d.surplusM2);
    return districts;
  }

  /** 2. A district covers its short parks from its parks' surplus, parks in id order, as far as the surplus goes. */
  private static void coverShortParksFromTheirDistricts(Iterable<Park> parks, Map<String, District> districts) {
    for (Park park : parks) {
      double deficit = -park.netM2();
      if (deficit > park.toleranceM2 && park.districtId.isPresent()) {
        District d = districts.get(park.districtId.get());
        double given = Math.min(deficit, d.poolM2);
        d.poolM2 -= given;
        park.fromDistrictM2 = given;
        d.shortM2 += deficit - given;
      }
    }
  }

  /**
   * 3. A park's parcels: each one's own additions first, then the park's leftover and the district's allotment make up
   * the cuts in input order; a parcel whose cut is still not made up is short.
   */
  private static void makeUpCutsInThePark(Park park, Map<Integer, Shortfall> shortfalls) {
    double available = park.fromDistrictM2;
    for (Judged j : park.members) {
      available += Math.max(0, -j.netCutM2());
    }
    for (Judged j : park.members) {
      double net = j.netCutM2();
      if (net > j.toleranceM2()) {
        double covered = Math.min(net, available);
        available -= covered;
        if (net - covered > j.toleranceM2()) {
          shortfalls.put(j.index(), new Shortfall(j.entry().parcelId(), j.entry().parkId(), net - covered,
              notMadeUpInPark(park)));
        }
      }
    }
  }

  private static LocalizedText notMadeUpInPark(Park park) {
    return LocalizedText.of(
        "园区 " + park.parkId + " 内新增绿地不足以补足，" + park.districtId
            .map(d -> "区 " + d + " 内其他园区也无法平衡。").orElse("且未给出所在区，无法由区统筹平衡。"),
        "Park " + park.parkId + " adds too little green space to make it up, and " + park.districtId
            .map(d -> "the other parks of district " + d + " cannot balance it.")
            .orElse("no district is given to balance it between parks."));
  }

  /** A parcel with a cut but no park cannot be made up in a park: it is short by its net cut. */
  private static void cutsWithoutAPark(List<Judged> judged, Map<Integer, Shortfall> shortfalls) {
    for (Judged j : judged) {
      if (j.entry().parkId().isEmpty() && j.netCutM2() > j.toleranceM2()) {
        shortfalls.put(j.index(), new Shortfall(j.entry().parcelId(), Optional.empty(), j.netCutM2(),
            LocalizedText.of("未给出所属园区（parkId），减少的附属绿地无法在园区内补足。",
                "No park (parkId) is given, so the cut green space cannot be made up in a park.")));
      }
    }
  }
}
