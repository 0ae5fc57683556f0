package io.landcheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.Citation;
import io.landcheck.GreenSpaceReport;
import io.landcheck.GreenSpaceReport.DistrictBalance;
import io.landcheck.GreenSpaceReport.ParkBalance;
import io.landcheck.GreenSpaceReport.ParkStatus;
import io.landcheck.GreenSpaceReport.Shortfall;
import io.landcheck.InvalidParcelException;
import io.landcheck.LocalizedText;
import io.landcheck.Parameters;
import io.landcheck.Parcel;
import io.landcheck.RuleId;
import io.landcheck.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
public final class GreenSpaceRule {

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

    /**
     * Adds the entry to the totals of its park and district, or, if a total would pass {@link #LIMIT_M2}, changes
     * nothing and says why.
     *
     * @param e the entry of one parcel
     * @return empty when the entry was added (an entry without a park has no total to add to); otherwise why it was
     *     refused (a park's or district's total would pass {@link #LIMIT_M2}), to be reported as the parcel's error
     */
    public Optional<String> add(Entry e) {
      double amount = e.cutM2() + e.addedM2();
      if (!(amount <= LIMIT_M2)) {
        return Optional.of("its green space cut and added (" + e.cutM2() + " + " + e.addedM2()
            + " m²) is more than the green-space balance can add up");
      }
      if (e.parkId().isEmpty()) {
        return Optional.empty();
      }
      String park = e.parkId().get();
      double parkTotal = parks.getOrDefault(park, 0.0) + amount;
      if (!(parkTotal <= LIMIT_M2)) {
        return Optional.of("with it the green space cut and added in park " + park + " would add up to more than "
            + "the green-space balance can add up (" + parkTotal + " m²)");
      }
      String district = districtOfPark.get(park);
      boolean first = district == null && e.districtId().isPresent();
      if (first) {
        district = e.districtId().get();
      }
      if (district != null) {
        double districtTotal = districts.getOrDefault(district, 0.0) + (first ? parkTotal : amount);
        if (!(districtTotal <= LIMIT_M2)) {
          return Optional.of("with it the green space cut and added in district " + district + " would add up to "
              + "more than the green-space balance can add up (" + districtTotal + " m²)");
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

  GreenSpaceRule(RuleId id, Citation citation, ImmutableList<Parameters> versions) {
    this.id = id;
    this.citation = citation;
    this.versions = versions;
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
  public RuleId id() {
    return id;
  }

  /**
   * The clause.
   *
   * @return the clause the balance implements, 沪府规〔2021〕9号 五(四) in the bundled pack
   */
  public Citation citation() {
    return citation;
  }

  /**
   * Every version of the rule's parameters, oldest first.
   *
   * @return the parameter versions, each with its effective date; an unmodifiable list
   */
  public ImmutableList<Parameters> versions() {
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
    Map<Entry, Double> tolerance = new IdentityHashMap<>();
    List<Entry> judged = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      Optional<Parameters> p = parametersInForce.apply(e);
      if (p.isPresent()) {
        tolerance.put(e, p.get().number("toleranceM2"));
        judged.add(e);
      }
    }
    Totals totals = new Totals();
    for (Entry e : judged) {
      Optional<String> refused = totals.add(e);
      if (refused.isPresent()) {
        throw new InvalidParcelException(e.parcelId(), Totals.field(e), refused.get());
      }
    }
    Map<String, List<Entry>> byPark = new TreeMap<>();
    List<Entry> shortfallEntries = new ArrayList<>();
    Map<Entry, Shortfall> shortfallOf = new java.util.IdentityHashMap<>();
    boolean anyCut = false;
    for (Entry e : judged) {
      anyCut |= e.cutM2() > tolerance.get(e);
      if (e.parkId().isPresent()) {
        byPark.computeIfAbsent(e.parkId().get(), k -> new ArrayList<>()).add(e);
      }
    }
    // 1. Each park on its own.
    Map<String, double[]> parkFigures = new TreeMap<>(); // cut, added, surplus(+)/deficit(-), tolerance
    Map<String, Optional<String>> parkDistrict = new TreeMap<>();
    for (Map.Entry<String, List<Entry>> park : byPark.entrySet()) {
      double cut = 0;
      double added = 0;
      double tol = 0;
      Optional<String> district = Optional.empty();
      for (Entry e : park.getValue()) {
        cut += e.cutM2();
        added += e.addedM2();
        tol = Math.max(tol, tolerance.get(e));
        district = district.or(e::districtId);
      }
      parkFigures.put(park.getKey(), new double[] {cut, added, added - cut, tol});
      parkDistrict.put(park.getKey(), district);
    }
    // 2. Districts cover their short parks from their parks' surplus, parks in id order.
    Map<String, Double> fromDistrict = new TreeMap<>();
    Map<String, double[]> districtFigures = new TreeMap<>(); // surplus, deficit, short, tolerance
    for (Map.Entry<String, double[]> park : parkFigures.entrySet()) {
      parkDistrict.get(park.getKey()).ifPresent(d -> {
        double[] f = districtFigures.computeIfAbsent(d, k -> new double[4]);
        double net = park.getValue()[2];
        if (net > 0) {
          f[0] += net;
        } else {
          f[1] -= net;
        }
        f[3] = Math.max(f[3], park.getValue()[3]);
      });
    }
    Map<String, Double> pool = new TreeMap<>();
    districtFigures.forEach((d, f) -> pool.put(d, f[0]));
    for (Map.Entry<String, double[]> park : parkFigures.entrySet()) {
      double deficit = -park.getValue()[2];
      Optional<String> district = parkDistrict.get(park.getKey());
      if (deficit > park.getValue()[3] && district.isPresent()) {
        double available = pool.get(district.get());
        double given = Math.min(deficit, available);
        pool.put(district.get(), available - given);
        fromDistrict.put(park.getKey(), given);
        districtFigures.get(district.get())[2] += deficit - given;
      }
    }
    // 3. Parcels: own additions first, then the park's leftover and the district's allotment, in input order.
    ImmutableList.Builder<ParkBalance> parks = ImmutableList.builder();
    for (Map.Entry<String, List<Entry>> park : byPark.entrySet()) {
      double[] f = parkFigures.get(park.getKey());
      double parkTol = f[3];
      double given = fromDistrict.getOrDefault(park.getKey(), 0.0);
      double available = given;
      for (Entry e : park.getValue()) {
        available += Math.max(0, e.addedM2() - e.cutM2());
      }
      for (Entry e : park.getValue()) {
        double net = e.cutM2() - e.addedM2();
        double tol = tolerance.get(e);
        if (net > tol) {
          double covered = Math.min(net, available);
          available -= covered;
          if (net - covered > tol) {
            shortfall(shortfallEntries, shortfallOf, e, new Shortfall(e.parcelId(), e.parkId(), net - covered, LocalizedText.of(
                "园区 " + park.getKey() + " 内新增绿地不足以补足，" + parkDistrict.get(park.getKey())
                    .map(d -> "区 " + d + " 内其他园区也无法平衡。").orElse("且未给出所在区，无法由区统筹平衡。"),
                "Park " + park.getKey() + " adds too little green space to make it up, and " + parkDistrict.get(park.getKey())
                    .map(d -> "the other parks of district " + d + " cannot balance it.")
                    .orElse("no district is given to balance it between parks."))));
          }
        }
      }
      double shortM2 = Math.max(0, -f[2] - given);
      ParkStatus status = f[0] <= parkTol ? ParkStatus.NO_CUT
          : f[2] >= -parkTol ? ParkStatus.MADE_UP_IN_PARK
          : shortM2 <= parkTol ? ParkStatus.BALANCED_BY_DISTRICT
          : ParkStatus.SHORT;
      parks.add(new ParkBalance(park.getKey(), parkDistrict.get(park.getKey()), f[0], f[1], given,
          shortM2 <= parkTol ? 0 : shortM2, status));
    }
    for (Entry e : judged) {
      double net = e.cutM2() - e.addedM2();
      if (e.parkId().isEmpty() && net > tolerance.get(e)) {
        shortfall(shortfallEntries, shortfallOf, e, new Shortfall(e.parcelId(), Optional.empty(), net, LocalizedText.of(
            "未给出所属园区（parkId），减少的附属绿地无法在园区内补足。",
            "No park (parkId) is given, so the cut green space cannot be made up in a park.")));
      }
    }
    ImmutableList.Builder<DistrictBalance> districts = ImmutableList.builder();
    districtFigures.forEach((d, f) -> districts.add(new DistrictBalance(d, f[0], f[1], f[2] <= f[3] ? 0 : f[2])));
    Verdict verdict =
        !shortfallEntries.isEmpty() ? Verdict.NON_COMPLIANT : anyCut ? Verdict.COMPLIANT : Verdict.NOT_APPLICABLE;
    Map<Entry, Integer> inputOrder = new java.util.IdentityHashMap<>();
    for (int i = 0; i < judged.size(); i++) {
      inputOrder.put(judged.get(i), i);
    }
    shortfallEntries.sort(java.util.Comparator.comparing(inputOrder::get));
    ImmutableList<Shortfall> ordered = shortfallEntries.stream()
        .map(e -> shortfallOf.get(e)).collect(ImmutableList.toImmutableList());
    return new GreenSpaceReport(id, citation, verdict, parks.build(), districts.build(), ordered);
  }

  private static void shortfall(List<Entry> entries, Map<Entry, Shortfall> byEntry, Entry entry, Shortfall shortfall) {
    entries.add(entry);
    byEntry.put(entry, shortfall);
  }
}
