package io.landcheck.examples;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.PolicyPack;
import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.model.UseClass;
import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Draws one parcel of the synthetic city from its index. All randomness comes from a {@link Random} seeded from the
 * city's seed and the index, and all trigonometry from {@link StrictMath}, so a parcel is the same in every run.
 */
final class ParcelMaker {

  static final int SRID = 4549;
  static final double CELL_M = 120.0;
  static final double ORIGIN_X_M = 612_000.0;
  static final double ORIGIN_Y_M = 3_440_000.0;
  static final int CITY_COLUMNS = 160;
  static final int SAMPLE_COLUMNS = 10;
  /** Parks are blocks of cells: 8 × 8 in the city, 5 × 3 in the sample park. */
  static final int CITY_PARK_BLOCK = 8;

  static final double MIN_RADIUS_M = 34.0;
  static final double MAX_RADIUS_M = 50.0;
  /** How far a boundary-crossing building reaches from the cell centre; less than half a cell. */
  static final double CROSSING_REACH_M = 56.0;
  static final int MIN_VERTICES = 8;
  static final int MAX_VERTICES = 200;
  static final int MAX_STOREYS = 20;
  static final int MAX_BUILDINGS = 6;

  private static final String[] DISTRICTS = {"嘉定区", "宝山区", "松江区", "青浦区", "闵行区", "奉贤区", "金山区", "浦东新区"};
  private static final String UNKNOWN_USE = "娱乐";
  private static final LocalDate FIRST_APPLICATION = LocalDate.of(2026, 1, 5);

  private final long seed;
  private final boolean sample;
  private final PolicyPack pack;
  private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(1000.0), SRID);
  private final Scenario[] weighted;
  private final Limits limits;

  ParcelMaker(long seed, boolean sample, PolicyPack pack) {
    this.seed = seed;
    this.sample = sample;
    this.pack = pack;
    List<Scenario> bag = new ArrayList<>();
    for (Scenario s : Scenario.values()) {
      for (int i = 0; i < s.weight(); i++) {
        bag.add(s);
      }
    }
    this.weighted = bag.toArray(new Scenario[0]);
    this.limits = Limits.of(pack, FIRST_APPLICATION);
  }

  // ---------------------------------------------------------------------------------------------- plan of a parcel

  private Random random(int index) {
    long z = seed * 0x9E3779B97F4A7C15L + (index + 1) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 31)) * 0x94D049BB133111EBL;
    return new Random(z ^ (z >>> 29));
  }

  Scenario scenario(int index) {
    if (sample) {
      Scenario[] others = Scenario.values();
      // Every other sample parcel is compliant; the rest cycle through the other scenarios.
      return index % 2 == 0 ? Scenario.COMPLIANT : others[1 + (index / 2) % (others.length - 1)];
    }
    return weighted[random(index).nextInt(weighted.length)];
  }

  String parcelId(int index) {
    return sample ? String.format("SP-%03d", index + 1) : String.format("LC%07d", index + 1);
  }

  private int columns() {
    return sample ? SAMPLE_COLUMNS : CITY_COLUMNS;
  }

  int parkNumber(int index) {
    int col = index % columns();
    int row = index / columns();
    if (sample) {
      return (row / 3) * (SAMPLE_COLUMNS / 5) + col / 5 + 1;
    }
    return (row / CITY_PARK_BLOCK) * (CITY_COLUMNS / CITY_PARK_BLOCK) + col / CITY_PARK_BLOCK + 1;
  }

  String districtId(int index) {
    int park = parkNumber(index) - 1;
    return DISTRICTS[(sample ? park / 2 : park / 5) % DISTRICTS.length];
  }

  private boolean crossing(int index, Random r) {
    return sample ? index % 6 == 3 : r.nextDouble() < 0.12;
  }

  private SampleDefect.Kind defectAt(int index) {
    if (!sample) {
      return null;
    }
    return switch (index) {
      case 7 -> SampleDefect.Kind.SELF_INTERSECTING_BOUNDARY;
      case 17 -> SampleDefect.Kind.UNKNOWN_USE_CODE;
      case 25 -> SampleDefect.Kind.MISSING_USE_CODE;
      case 35 -> SampleDefect.Kind.LEVEL_ZERO;
      case 45 -> SampleDefect.Kind.NEGATIVE_STOREY_HEIGHT;
      case 55 -> SampleDefect.Kind.MISSING_PARCEL_ID;
      default -> null;
    };
  }

  ImmutableList<SampleDefect> defects() {
    ImmutableList.Builder<SampleDefect> out = ImmutableList.builder();
    for (int i = 0; i < ParkGenerator.SAMPLE_PARCELS; i++) {
      SampleDefect.Kind kind = defectAt(i);
      if (kind != null) {
        out.add(describe(i, kind));
      }
    }
    return out.build();
  }

  ImmutableList<DefectPatch> patches() {
    ImmutableList.Builder<DefectPatch> out = ImmutableList.builder();
    for (int i = 0; i < ParkGenerator.SAMPLE_PARCELS; i++) {
      SampleDefect.Kind kind = defectAt(i);
      if (kind == null) {
        continue;
      }
      String id = parcelId(i);
      switch (kind) {
        case MISSING_PARCEL_ID -> out.add(DefectPatch.parcel(id, "parcel_id", ""));
        case MISSING_USE_CODE -> out.add(DefectPatch.storey(id, "B1", 1, "use_code", ""));
        case LEVEL_ZERO -> out.add(DefectPatch.storey(id, "B1", 1, "level", 0));
        case NEGATIVE_STOREY_HEIGHT -> out.add(DefectPatch.storey(id, "B1", 1, "storey_height_m", -3.6));
        default -> { }
      }
    }
    return out.build();
  }

  private SampleDefect describe(int index, SampleDefect.Kind kind) {
    String id = parcelId(index);
    return switch (kind) {
      case SELF_INTERSECTING_BOUNDARY -> new SampleDefect(id, kind, "parcels", "geometry",
          "the boundary crosses itself: two vertices are swapped (a bow tie)");
      case MISSING_PARCEL_ID -> new SampleDefect(id, kind, "parcels", "parcel_id",
          "the parcel record's parcel_id is blank (its buildings and storeys still name " + id + ")");
      case MISSING_USE_CODE -> new SampleDefect(id, kind, "storeys", "use_code",
          "building B1, level 1 has a blank use_code");
      case UNKNOWN_USE_CODE -> new SampleDefect(id, kind, "storeys", "use_code",
          "building B1, level 1 has use_code " + UNKNOWN_USE + ", which the pack does not know");
      case LEVEL_ZERO -> new SampleDefect(id, kind, "storeys", "level", "building B1 has a storey at level 0");
      case NEGATIVE_STOREY_HEIGHT -> new SampleDefect(id, kind, "storeys", "storey_height_m",
          "building B1, level 1 has storey_height_m -3.6");
    };
  }

  // ---------------------------------------------------------------------------------------------- the parcel

  GeoParcel parcel(int index) {
    Random r = random(index);
    Scenario scenario = scenario(index);
    r.nextInt(); // the draw scenario() used in a city, so later draws do not depend on the mode's scenario choice
    String id = parcelId(index);
    int col = index % columns();
    int row = index / columns();
    double cx = ORIGIN_X_M + (col + 0.5) * CELL_M;
    double cy = ORIGIN_Y_M + (row + 0.5) * CELL_M;

    Coordinate[] ring = boundaryRing(r, cx, cy);
    Polygon boundary = factory.createPolygon(ring);
    double safeRadius = safeRadius(ring, cx, cy);
    double siteAreaM2 = boundary.getArea();

    LandUse landUse = r.nextDouble() < 0.2 ? LandUse.GENERAL_RD : LandUse.INDUSTRIAL;
    Targets targets = targets(scenario, landUse, r);
    boolean crossing = crossing(index, r);
    List<Slot> slots = slots(r, cx, cy, safeRadius, crossing);

    SampleDefect.Kind defect = defectAt(index);
    List<Building> buildings = buildings(r, slots, boundary, siteAreaM2, landUse, targets, defect);

    Parcel facts = facts(r, id, index, scenario, landUse, targets);
    Geometry written = boundary;
    if (defect == SampleDefect.Kind.SELF_INTERSECTING_BOUNDARY) {
      written = bowTie(ring);
    }
    GeoParcel parcel = GeoParcel.of(facts, written, buildings, "generated(seed=" + seed + ")#" + index);
    double declare = r.nextDouble();
    if (declare < 0.45) {
      return parcel.withDeclaredSiteAreaM2(Math.round(siteAreaM2 * 100.0) / 100.0);
    }
    if (declare < 0.49) {
      double off = 1.0 + (r.nextBoolean() ? 1 : -1) * (0.015 + 0.015 * r.nextDouble());
      return parcel.withDeclaredSiteAreaM2(Math.round(siteAreaM2 * off * 100.0) / 100.0);
    }
    return parcel;
  }

  /** A star-shaped ring around the cell centre: a perturbed rectangle or a lobed lot, counter-clockwise. */
  private Coordinate[] boundaryRing(Random r, double cx, double cy) {
    double u = r.nextDouble();
    int n = MIN_VERTICES + (int) ((MAX_VERTICES - MIN_VERTICES + 1) * u * u * u);
    n = Math.min(n, MAX_VERTICES);
    double rotation = r.nextDouble() * 2 * StrictMath.PI;
    boolean rectangular = r.nextBoolean();
    double a = 38 + 12 * r.nextDouble();
    double b = 38 + 12 * r.nextDouble();
    double base = 40 + 6 * r.nextDouble();
    int k1 = 2 + r.nextInt(4);
    int k2 = 5 + r.nextInt(6);
    double amp1 = 0.12 * r.nextDouble();
    double amp2 = 0.05 * r.nextDouble();
    double p1 = r.nextDouble() * 2 * StrictMath.PI;
    double p2 = r.nextDouble() * 2 * StrictMath.PI;
    Coordinate[] ring = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double t = 2 * StrictMath.PI * (i + 0.8 * (r.nextDouble() - 0.5)) / n;
      double radius;
      if (rectangular) {
        double c = Math.abs(StrictMath.cos(t));
        double s = Math.abs(StrictMath.sin(t));
        radius = Math.min(c == 0 ? Double.MAX_VALUE : a / c, s == 0 ? Double.MAX_VALUE : b / s);
      } else {
        radius = base * (1 + amp1 * StrictMath.cos(k1 * t + p1) + amp2 * StrictMath.cos(k2 * t + p2));
      }
      radius += 1.6 * (r.nextDouble() - 0.5);
      radius = Math.max(MIN_RADIUS_M, Math.min(MAX_RADIUS_M, radius));
      double angle = t + rotation;
      ring[i] = new Coordinate(mm(cx + radius * StrictMath.cos(angle)), mm(cy + radius * StrictMath.sin(angle)));
    }
    ring[n] = new Coordinate(ring[0]);
    return ring;
  }

  /** The ring with two vertices swapped, so that two edges cross (a bow tie). */
  private Polygon bowTie(Coordinate[] ring) {
    Coordinate[] copy = new Coordinate[ring.length];
    for (int i = 0; i < ring.length; i++) {
      copy[i] = new Coordinate(ring[i]);
    }
    int n = ring.length - 1;
    int i = n / 4;
    int j = n / 4 + n / 2;
    Coordinate t = copy[i];
    copy[i] = copy[j];
    copy[j] = t;
    copy[n] = new Coordinate(copy[0]);
    return factory.createPolygon(copy);
  }

  private static double safeRadius(Coordinate[] ring, double cx, double cy) {
    Coordinate centre = new Coordinate(cx, cy);
    double min = Double.MAX_VALUE;
    for (int i = 0; i + 1 < ring.length; i++) {
      min = Math.min(min, Distance.pointToSegment(centre, ring[i], ring[i + 1]));
    }
    return min;
  }

  static double mm(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  // ---------------------------------------------------------------------------------------------- buildings

  /** Where a building goes: an axis-parallel rectangle, and whether it reaches across the parcel boundary. */
  private record Slot(double minX, double minY, double maxX, double maxY, boolean crossing) {}

  private List<Slot> slots(Random r, double cx, double cy, double safeRadius, boolean crossing) {
    int count = 1 + r.nextInt(MAX_BUILDINGS);
    if (crossing && count == 1) {
      count = 2;
    }
    int inside = crossing ? count - 1 : count;
    int[][] grids = {{1, 1}, {1, 1}, {2, 1}, {3, 1}, {2, 2}, {3, 2}, {3, 2}};
    int cols = grids[inside][0];
    int rows = grids[inside][1];
    if (r.nextBoolean()) {
      int t = cols;
      cols = rows;
      rows = t;
    }
    double half = safeRadius * 0.98 / StrictMath.sqrt(2);
    double slotW = 2 * half / cols;
    double slotH = 2 * half / rows;
    List<Slot> out = new ArrayList<>();
    for (int k = 0; k < inside; k++) {
      int c = k % cols;
      int rr = k / cols;
      double w = slotW * (0.6 + 0.28 * r.nextDouble());
      double h = slotH * (0.6 + 0.28 * r.nextDouble());
      double x0 = cx - half + c * slotW + (slotW - w) * r.nextDouble();
      double y0 = cy - half + rr * slotH + (slotH - h) * r.nextDouble();
      out.add(new Slot(mm(x0), mm(y0), mm(x0 + w), mm(y0 + h), false));
    }
    if (crossing) {
      int direction = r.nextInt(4);
      double width = 8 + 6 * r.nextDouble();
      double near = half + 1.5;
      double far = CROSSING_REACH_M;
      double across = (r.nextDouble() - 0.5) * (half - width);
      Slot s = switch (direction) {
        case 0 -> new Slot(cx + near, cy + across - width / 2, cx + far, cy + across + width / 2, true);
        case 1 -> new Slot(cx + across - width / 2, cy + near, cx + across + width / 2, cy + far, true);
        case 2 -> new Slot(cx - far, cy + across - width / 2, cx - near, cy + across + width / 2, true);
        default -> new Slot(cx + across - width / 2, cy - far, cx + across + width / 2, cy - near, true);
      };
      out.add(new Slot(mm(s.minX()), mm(s.minY()), mm(s.maxX()), mm(s.maxY()), true));
    }
    return out;
  }

  private Polygon rectangle(double minX, double minY, double maxX, double maxY) {
    return factory.createPolygon(new Coordinate[] {
        new Coordinate(minX, minY), new Coordinate(maxX, minY), new Coordinate(maxX, maxY),
        new Coordinate(minX, maxY), new Coordinate(minX, minY)});
  }

  /** A planned storey before levels are numbered. */
  private record Planned(String useCode, double heightM, double countedM2, boolean setBack) {}

  /** A building being planned: its footprint, the part inside the parcel, its storeys. */
  private static final class Plan {
    final Slot slot;
    final Polygon footprint;
    final double insideM2;
    final int basements;
    final int softCap;
    final boolean setBack;
    final List<Planned> storeys = new ArrayList<>();

    Plan(Slot slot, Polygon footprint, double insideM2, int basements, int softCap, boolean setBack) {
      this.slot = slot;
      this.footprint = footprint;
      this.insideM2 = insideM2;
      this.basements = basements;
      this.softCap = softCap;
      this.setBack = setBack;
    }

    int roomAbove() {
      return MAX_STOREYS - basements - storeys.size();
    }
  }

  private List<Building> buildings(Random r, List<Slot> slots, Polygon boundary, double siteAreaM2,
      LandUse landUse, Targets t, SampleDefect.Kind defect) {
    List<Plan> plans = new ArrayList<>();
    for (Slot s : slots) {
      Polygon footprint = rectangle(s.minX(), s.minY(), s.maxX(), s.maxY());
      double inside = s.crossing() ? footprint.intersection(boundary).getArea() : footprint.getArea();
      int basements = r.nextDouble() < 0.3 ? 1 + r.nextInt(2) : 0;
      int softCap = 2 + r.nextInt(MAX_STOREYS - 1 - basements);
      boolean setBack = !s.crossing() && r.nextDouble() < 0.1;
      plans.add(new Plan(s, footprint, inside, basements, softCap, setBack));
    }
    double targetM2 = t.plotRatio() * siteAreaM2;
    Map<UseClass, Double> counted = new EnumMap<>(UseClass.class);
    for (UseClass c : UseClass.values()) {
      counted.put(c, 0.0);
    }
    double total = 0;
    // Every building has a ground floor, then storeys go to the building furthest below its own height.
    for (Plan p : plans) {
      total += addStorey(r, p, landUse, t, counted, total);
    }
    while (total < targetM2) {
      Plan next = null;
      double best = Double.MAX_VALUE;
      for (Plan p : plans) {
        double fill = (double) p.storeys.size() / p.softCap;
        if (p.roomAbove() > 0 && fill < best) {
          best = fill;
          next = p;
        }
      }
      if (next == null) {
        break;
      }
      total += addStorey(r, next, landUse, t, counted, total);
    }
    List<Building> out = new ArrayList<>();
    int number = 1;
    for (Plan p : plans) {
      out.add(building(r, "B" + number, p, landUse, number == 1 ? defect : null));
      number++;
    }
    return out;
  }

  /** Adds one storey to {@code p}, of the use class furthest below its target share; returns its counted area. */
  private double addStorey(Random r, Plan p, LandUse landUse, Targets t, Map<UseClass, Double> counted, double total) {
    double after = total + p.insideM2;
    UseClass pick = UseClass.PRINCIPAL_INDUSTRIAL;
    double deficit = Double.NEGATIVE_INFINITY;
    for (UseClass c : UseClass.values()) {
      double d = t.share(c) * after - counted.get(c) + 1e-6 * r.nextDouble();
      if (d > deficit) {
        deficit = d;
        pick = c;
      }
    }
    String use = useCode(r, pick, landUse);
    double height = height(r, use);
    double factor = factor(height);
    double area = p.insideM2 * factor;
    boolean setBack = p.setBack && p.storeys.size() >= 3;
    if (setBack) {
      area *= 0.75 * 0.75;
    }
    counted.merge(pick, area, Double::sum);
    p.storeys.add(new Planned(use, height, area, setBack));
    return area;
  }

  private double factor(double heightM) {
    if (heightM < limits.fullHeightStoreyM()) {
      return limits.lowStoreyFactor();
    }
    return heightM > limits.tallStoreyM() ? limits.tallStoreyFactor() : 1.0;
  }

  private String useCode(Random r, UseClass useClass, LandUse landUse) {
    String[] codes = switch (useClass) {
      case PRINCIPAL_INDUSTRIAL -> landUse.equals(LandUse.GENERAL_RD) ? new String[] {"研发"} : new String[] {"生产"};
      case OTHER_INDUSTRIAL -> landUse.equals(LandUse.GENERAL_RD)
          ? new String[] {"办公", "仓储"} : new String[] {"研发", "办公", "仓储"};
      case LIVING_AMENITY -> new String[] {"宿舍", "餐饮", "零售"};
    };
    String code = codes[r.nextInt(codes.length)];
    return pack.classify(code, landUse).orElseThrow() == useClass ? code : codes[0];
  }

  /** A storey height for a use: mostly typical, sometimes below, at or above the pack's thresholds. */
  private double height(Random r, String use) {
    double u = r.nextDouble();
    boolean heavy = use.equals("生产") || use.equals("仓储");
    if (u < 0.04) {
      return limits.fullHeightStoreyM();
    }
    if (heavy && u < 0.08) {
      return limits.tallStoreyM();
    }
    if ((use.equals("仓储") || use.equals("办公")) && u < 0.14) {
      return cm(limits.fullHeightStoreyM() - 0.1 - 0.5 * r.nextDouble());
    }
    if (heavy && u < 0.26) {
      return cm(limits.tallStoreyM() + 0.2 + 2.3 * r.nextDouble());
    }
    return switch (use) {
      case "生产" -> cm(4.5 + 3.0 * r.nextDouble());
      case "仓储" -> cm(4.0 + 3.5 * r.nextDouble());
      case "研发", "办公" -> cm(3.6 + 0.9 * r.nextDouble());
      case "宿舍" -> cm(2.9 + 0.4 * r.nextDouble());
      default -> cm(3.8 + 1.2 * r.nextDouble());
    };
  }

  private static double cm(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  private static int stackOrder(Planned s) {
    return switch (s.useCode()) {
      case "餐饮", "零售" -> 0;
      case "生产" -> 1;
      case "仓储" -> 2;
      case "研发" -> 3;
      case "办公" -> 4;
      default -> 5;
    };
  }

  private Building building(Random r, String id, Plan p, LandUse landUse, SampleDefect.Kind defect) {
    List<Planned> above = new ArrayList<>(p.storeys);
    // Shops and canteens at the bottom, dormitories at the top; set-back storeys above the others.
    above.sort(Comparator.comparingInt((Planned s) -> s.setBack() ? 1 : 0).thenComparingInt(ParcelMaker::stackOrder));
    List<Storey> storeys = new ArrayList<>();
    Polygon setBackFootprint = null;
    if (p.setBack) {
      double w = p.slot.maxX() - p.slot.minX();
      double h = p.slot.maxY() - p.slot.minY();
      double mx = (p.slot.minX() + p.slot.maxX()) / 2;
      double my = (p.slot.minY() + p.slot.maxY()) / 2;
      setBackFootprint = rectangle(mm(mx - 0.375 * w), mm(my - 0.375 * h), mm(mx + 0.375 * w), mm(my + 0.375 * h));
    }
    int level = 1;
    for (Planned s : above) {
      String use = defect == SampleDefect.Kind.UNKNOWN_USE_CODE && level == 1 ? UNKNOWN_USE : s.useCode();
      Storey storey = Storey.above(level, s.heightM(), use);
      if (s.setBack()) {
        storey = storey.withFootprint(setBackFootprint);
      }
      storeys.add(storey);
      level++;
    }
    for (int depth = 1; depth <= p.basements; depth++) {
      String use = r.nextDouble() < 0.8 ? "仓储" : (landUse.equals(LandUse.GENERAL_RD) ? "研发" : "生产");
      storeys.add(Storey.below(depth, cm(3.6 + 1.8 * r.nextDouble()), use));
    }
    return Building.of(id, p.footprint, storeys);
  }

  // ---------------------------------------------------------------------------------------------- facts

  /** What the storeys aim at: a plot ratio and the shares of the three use classes. */
  private record Targets(double plotRatio, double ancillaryShare, double amenityShare, double plotRatioCap) {
    double share(UseClass c) {
      return switch (c) {
        case PRINCIPAL_INDUSTRIAL -> 1 - ancillaryShare;
        case OTHER_INDUSTRIAL -> ancillaryShare - amenityShare;
        case LIVING_AMENITY -> amenityShare;
      };
    }
  }

  private Targets targets(Scenario s, LandUse landUse, Random r) {
    double min = limits.minimumPlotRatio(landUse);
    double maxAncillary = limits.maxAncillaryShare();
    double maxAmenity = limits.maxAmenityShare();
    double plotRatio = min + 0.2 + 1.3 * r.nextDouble();
    double ancillary = 0.05 + 0.75 * maxAncillary * r.nextDouble();
    double amenity = Math.min(ancillary, 0.8 * maxAmenity * r.nextDouble());
    double cap = r.nextDouble() < 0.4 ? Math.ceil((plotRatio + 0.3 + r.nextDouble()) * 10) / 10 : 0;
    switch (s) {
      case LOW_PLOT_RATIO -> plotRatio = min * (0.35 + 0.5 * r.nextDouble());
      case OVER_CAP -> {
        cap = Math.round((min + 0.2 + 0.6 * r.nextDouble()) * 10) / 10.0;
        plotRatio = cap * (1.12 + 0.25 * r.nextDouble());
      }
      case AMENITY_HEAVY -> {
        amenity = maxAmenity * (1.2 + 0.6 * r.nextDouble());
        ancillary = Math.min(maxAncillary * 0.95, amenity + 0.05 * r.nextDouble());
        ancillary = Math.max(ancillary, amenity);
      }
      case ANCILLARY_HEAVY -> {
        ancillary = maxAncillary * (1.15 + 0.5 * r.nextDouble());
        amenity = maxAmenity * (0.2 + 0.6 * r.nextDouble());
      }
      case NOT_SINGLE_USE -> {
        ancillary = 0.4 + 0.2 * r.nextDouble();
        amenity = 0.1 + 0.1 * r.nextDouble();
      }
      default -> { }
    }
    return new Targets(plotRatio, ancillary, amenity, cap);
  }

  private Parcel facts(Random r, String id, int index, Scenario s, LandUse landUse, Targets t) {
    boolean dropLease = s == Scenario.FACTS_MISSING && r.nextBoolean();
    boolean dropSingleUse = s == Scenario.FACTS_MISSING && !dropLease;
    Parcel.Builder b = Parcel.builder(id)
        .landUse(landUse)
        .districtId(districtId(index))
        .parkId("P" + parkNumber(index))
        .applicationDate(FIRST_APPLICATION.plusDays(r.nextInt(300)));
    boolean existing = s == Scenario.INTENSIFIED || s == Scenario.INTENSIFIED_PENDING || s == Scenario.GREEN_EXTENSION
        || (s == Scenario.COMPLIANT && r.nextDouble() < 0.3);
    b.tenure(existing ? LandTenure.EXISTING : LandTenure.NEW);
    LocalDate grant = existing
        ? LocalDate.of(2004 + r.nextInt(17), 1 + r.nextInt(12), 1 + r.nextInt(28))
        : LocalDate.of(2021, 10, 1).plusDays(r.nextInt(1500));
    int general = limits.generalTermCapYears();
    int longest = limits.maxTermYears();
    ImmutableList<ProjectCategory> qualifying = limits.qualifyingCategories();
    switch (s) {
      case LONG_LEASE_QUALIFIED -> b.project(qualifying.get(r.nextInt(qualifying.size())),
          r.nextBoolean() ? limits.minimumRecognitionLevel() : RecognitionLevel.NATIONAL);
      case LONG_LEASE_UNQUALIFIED -> {
        if (r.nextBoolean()) {
          b.projectCategory(ProjectCategory.NONE);
        } else {
          b.project(qualifying.get(r.nextInt(qualifying.size())), RecognitionLevel.DISTRICT);
        }
      }
      default -> {
        double u = r.nextDouble();
        if (u < 0.3) {
          RecognitionLevel[] levels = RecognitionLevel.values();
          b.project(qualifying.get(r.nextInt(qualifying.size())), levels[r.nextInt(levels.length)]);
        } else if (u < 0.35) {
          b.project(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE, RecognitionLevel.DISTRICT);
        }
      }
    }
    int term = switch (s) {
      case LONG_LEASE_QUALIFIED, LONG_LEASE_UNQUALIFIED -> longest;
      default -> landUse.equals(LandUse.GENERAL_RD) ? longest : (existing && grant.getYear() < 2021 ? longest : general);
    };
    if (!dropLease) {
      b.lease(grant, term);
    }
    if (!dropSingleUse) {
      b.singleUse(s != Scenario.NOT_SINGLE_USE);
    }
    if (t.plotRatioCap() > 0) {
      b.approvedPlotRatioCap(t.plotRatioCap());
    }
    if (s == Scenario.INTENSIFIED || s == Scenario.INTENSIFIED_PENDING) {
      double before = Math.round(t.plotRatio() * (0.5 + 0.3 * r.nextDouble()) * 100) / 100.0;
      double after = Math.round(t.plotRatio() * 100) / 100.0;
      double ugBefore = Math.round(500 + 1500 * r.nextDouble());
      double ugAfter = ugBefore + Math.round(500 + 3000 * r.nextDouble());
      b.intensification(before, after, ugBefore, ugAfter, s == Scenario.INTENSIFIED);
    }
    if (s == Scenario.GREEN_EXTENSION) {
      double cut = Math.round(200 + 1300 * r.nextDouble());
      double added = r.nextDouble() < 0.5 ? cut : Math.round(cut * r.nextDouble());
      b.greenSpace(cut, added);
    }
    if (r.nextDouble() < 0.2) {
      b.rooftopGreenAreaM2(Math.round(100 + 700 * r.nextDouble()));
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------- pack limits

  /** The pack's numbers the generator aims at, read once. */
  private record Limits(
      Parameters measurement,
      Parameters plotRatioMinimum,
      Parameters ancillary,
      Parameters amenity,
      Parameters lease) {

    static Limits of(PolicyPack pack, LocalDate date) {
      return new Limits(pack.measurement(date), latest(pack, Rules.PLOT_RATIO_MINIMUM),
          latest(pack, Rules.MIXED_USE_ANCILLARY), latest(pack, Rules.MIXED_USE_AMENITY), latest(pack, Rules.LEASE_TERM));
    }

    private static Parameters latest(PolicyPack pack, io.landcheck.engine.RuleId rule) {
      List<Parameters> versions = pack.versions(rule);
      if (versions.isEmpty()) {
        throw new IllegalStateException("pack " + pack.id() + " has no rule " + rule);
      }
      return versions.get(versions.size() - 1);
    }

    double fullHeightStoreyM() {
      return measurement.number("fullHeightStoreyM");
    }

    double lowStoreyFactor() {
      return measurement.number("lowStoreyFactor");
    }

    double tallStoreyM() {
      return measurement.number("tallStoreyM");
    }

    double tallStoreyFactor() {
      return measurement.number("tallStoreyFactor");
    }

    double minimumPlotRatio(LandUse landUse) {
      return plotRatioMinimum.numberFor("minimumByLandUse", landUse.code()).orElse(1.0);
    }

    double maxAncillaryShare() {
      return ancillary.number("maxShare");
    }

    double maxAmenityShare() {
      return amenity.number("maxShare");
    }

    int generalTermCapYears() {
      return lease.integer("generalTermCapYears");
    }

    int maxTermYears() {
      return lease.integer("maxTermYears");
    }

    ImmutableList<ProjectCategory> qualifyingCategories() {
      return lease.texts("qualifyingCategories").stream().map(ProjectCategory::valueOf)
          .collect(ImmutableList.toImmutableList());
    }

    RecognitionLevel minimumRecognitionLevel() {
      return RecognitionLevel.valueOf(lease.text("minimumRecognitionLevel"));
    }
  }
}
