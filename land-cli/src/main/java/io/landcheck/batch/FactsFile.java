package io.landcheck.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.landcheck.InvalidParcelException;
import io.landcheck.LandTenure;
import io.landcheck.LandUse;
import io.landcheck.LocalizedText;
import io.landcheck.Parcel;
import io.landcheck.PolicyPack;
import io.landcheck.ProjectCategory;
import io.landcheck.RecognitionLevel;
import io.landcheck.RecordError;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a facts-only parcel file: a JSON array of objects, one per parcel, with the attribute names of the GIS file
 * schema (English or Chinese) plus the floor areas a bureau already knows, for batches without geometry:
 *
 * <pre>{@code
 * [ { "parcel_id": "P-001", "land_use": "industrial", "single_use": true, "site_area_m2": 10000,
 *     "floor_areas_m2": { "生产": 18000, "宿舍": 1200 }, "underground_m2": 3000,
 *     "lease_grant_date": "2023-05-01", "lease_term_years": 20, "park_id": "P1", "district_id": "浦东新区" } ]
 * }</pre>
 *
 * <p>The file is read one object at a time, so its size does not matter. A record with a bad field becomes an
 * error item naming the record and the field; the next record is read as usual.
 */
final class FactsFile implements Iterator<Item>, Closeable {

  /** The fields, each with its Chinese alias. */
  private static final ImmutableMap<String, String> FIELDS = ImmutableMap.<String, String>builder()
      .put("parcel_id", "宗地编号")
      .put("land_use", "用地性质")
      .put("single_use", "单一用途")
      .put("project_category", "项目类别")
      .put("recognition_level", "认定级别")
      .put("lease_grant_date", "出让日期")
      .put("lease_term_years", "出让年限")
      .put("tenure", "土地类型")
      .put("site_area_m2", "用地面积")
      .put("plot_ratio_cap", "容积率上限")
      .put("pr_before", "原容积率")
      .put("pr_after", "新容积率")
      .put("ug_before_m2", "原地下面积")
      .put("ug_after_m2", "新地下面积")
      .put("intensification_approved", "已批准")
      .put("green_cut_m2", "附属绿地减少")
      .put("green_added_m2", "新增绿地")
      .put("rooftop_green_m2", "屋顶绿化")
      .put("district_id", "区")
      .put("park_id", "园区")
      .put("application_date", "申请日期")
      .put("floor_areas_m2", "地上建筑面积")
      .put("plot_ratio_floor_area_m2", "计容建筑面积")
      .put("underground_m2", "地下建筑面积")
      .buildOrThrow();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String name;
  private final PolicyPack pack;
  private final boolean ignoreUnknownFields;
  private final InputStream in;
  private final JsonParser parser;
  private long record;
  private Item next;
  private boolean done;

  private FactsFile(Path file, PolicyPack pack, boolean ignoreUnknownFields) throws IOException {
    this.name = file.getFileName().toString();
    this.pack = pack;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.in = Files.newInputStream(file);
    JsonParser p = null;
    try {
      p = new JsonFactory(MAPPER).createParser(in);
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException(name + ": a facts file must be a JSON array of parcel objects");
      }
    } catch (IOException e) {
      in.close();
      throw e;
    }
    this.parser = p;
  }

  /**
   * Opens a facts file for reading its records in order. A field the file format does not know is an error on its
   * record (a misspelt name would drop a fact), unless {@code ignoreUnknownFields}.
   */
  static FactsFile open(Path file, PolicyPack pack, boolean ignoreUnknownFields) throws IOException {
    return new FactsFile(file, pack, ignoreUnknownFields);
  }

  /** Whether the file is a facts file: JSON whose first token opens an array (GeoJSON is an object). */
  static boolean looksLikeFacts(Path file) throws IOException {
    if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
      return c == '[';
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readNext();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  private Item readNext() {
    try {
      JsonToken token = parser.nextToken();
      if (token == null || token == JsonToken.END_ARRAY) {
        return null;
      }
      record++;
      String locator = name + "#" + record;
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return Item.ofErrors(record - 1, locator, locator,
            ImmutableList.of(RecordError.of(locator, "(record)", "must be a JSON object, was " + token)));
      }
      ObjectNode node = parser.readValueAsTree();
      return item(node, locator);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot be read after record " + record + ": " + e.getMessage(), e);
    }
  }

  private Item item(ObjectNode node, String locator) {
    Fields f = new Fields(node, locator);
    String id = f.text("parcel_id").orElse(null);
    Parcel.Builder b = Parcel.builder(id);
    f.text("land_use").ifPresent(v -> b.landUse(landUse(v)));
    f.bool("single_use").ifPresent(b::singleUse);
    Optional<ProjectCategory> category =
        f.enumOf("project_category", ProjectCategory.class, ProjectCategory.byChineseName());
    Optional<RecognitionLevel> level =
        f.enumOf("recognition_level", RecognitionLevel.class, RecognitionLevel.byChineseName());
    if (level.isPresent()) {
      b.project(category.orElse(ProjectCategory.NONE), level.get());
    } else {
      category.ifPresent(b::projectCategory);
    }
    Optional<LocalDate> grant = f.date("lease_grant_date");
    Optional<Integer> term = f.integer("lease_term_years");
    if (grant.isPresent() && term.isPresent()) {
      b.lease(grant.get(), term.get());
    } else if (grant.isPresent() != term.isPresent()) {
      f.error(grant.isPresent() ? "lease_term_years" : "lease_grant_date",
          "is missing; a lease needs both lease_grant_date and lease_term_years");
    }
    f.enumOf("tenure", LandTenure.class, LandTenure.byChineseName()).ifPresent(b::tenure);
    f.number("site_area_m2").ifPresent(b::siteAreaM2);
    f.number("plot_ratio_cap").ifPresent(b::approvedPlotRatioCap);
    Optional<Double> prBefore = f.number("pr_before");
    Optional<Double> prAfter = f.number("pr_after");
    Optional<Double> ugBefore = f.number("ug_before_m2");
    Optional<Double> ugAfter = f.number("ug_after_m2");
    Optional<Boolean> approved = f.bool("intensification_approved");
    if (prBefore.isPresent() || prAfter.isPresent() || ugBefore.isPresent() || ugAfter.isPresent()) {
      double before = prBefore.orElse(prAfter.orElse(0.0));
      b.intensification(before, prAfter.orElse(before), ugBefore.orElse(0.0), ugAfter.orElse(ugBefore.orElse(0.0)),
          approved.orElse(false));
    }
    Optional<Double> cut = f.number("green_cut_m2");
    Optional<Double> added = f.number("green_added_m2");
    if (cut.isPresent() || added.isPresent()) {
      b.greenSpace(cut.orElse(0.0), added.orElse(0.0));
    }
    f.number("rooftop_green_m2").ifPresent(b::rooftopGreenAreaM2);
    Optional<String> district = f.text("district_id").filter(t -> !t.isEmpty());
    Optional<String> park = f.text("park_id").filter(t -> !t.isEmpty());
    district.ifPresent(b::districtId);
    park.ifPresent(b::parkId);
    f.date("application_date").ifPresent(b::applicationDate);
    f.get("floor_areas_m2").ifPresent(areas -> {
      if (!areas.isObject()) {
        f.error("floor_areas_m2", "must be an object of use code to m², such as {\"生产\": 12000}");
        return;
      }
      areas.fields().forEachRemaining(e -> {
        if (e.getValue().isNumber()) {
          b.floorAreaM2(e.getKey(), e.getValue().asDouble());
        } else {
          f.error("floor_areas_m2." + e.getKey(), "must be a number of m², was " + e.getValue());
        }
      });
    });
    f.number("underground_m2").ifPresent(b::undergroundFloorAreaM2);
    f.number("plot_ratio_floor_area_m2").ifPresent(b::plotRatioFloorAreaM2);
    if (!ignoreUnknownFields) {
      f.rejectUnknown();
    }
    String name = id == null || id.isBlank() ? locator : id.strip();
    if (id == null || id.isBlank()) {
      f.error("parcel_id", "is missing");
    }
    if (!f.errors.isEmpty()) {
      return Item.ofErrors(record - 1, name, locator, ImmutableList.copyOf(f.errors)).withPlace(park, district);
    }
    try {
      return Item.ofFacts(record - 1, locator, b.build());
    } catch (InvalidParcelException e) {
      RecordError error = RecordError.of(e.parcelId(), e.inputField(), e.problem());
      return Item.ofErrors(record - 1, name, locator, ImmutableList.of(error)).withPlace(park, district);
    }
  }

  /** A land use by pack code or by its name in the pack (产业项目类工业用地). Unknown ones go to the checker, which names them. */
  private LandUse landUse(String value) {
    for (Map.Entry<String, LocalizedText> e : pack.landUses().entrySet()) {
      if (e.getKey().equalsIgnoreCase(value) || e.getValue().zh().equals(value)) {
        return LandUse.of(e.getKey());
      }
    }
    return LandUse.of(value);
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      in.close();
    }
  }

  /** One record's fields, read by English name or Chinese alias, collecting errors instead of throwing. */
  private static final class Fields {
    private final ObjectNode node;
    private final String locator;
    final List<RecordError> errors = new ArrayList<>();

    Fields(ObjectNode node, String locator) {
      this.node = node;
      this.locator = locator;
    }

    private String id() {
      JsonNode id = node.has("parcel_id") ? node.get("parcel_id") : node.get("宗地编号");
      return id != null && id.isTextual() && !id.asText().isBlank() ? id.asText().strip() : locator;
    }

    void error(String field, String message) {
      errors.add(RecordError.of(id(), field, message));
    }

    Optional<JsonNode> get(String field) {
      JsonNode v = node.get(field);
      if (v == null) {
        v = node.get(FIELDS.get(field));
      }
      return v == null || v.isNull() || (v.isTextual() && v.asText().isBlank()) ? Optional.empty() : Optional.of(v);
    }

    Optional<String> text(String field) {
      Optional<JsonNode> v = get(field);
      if (v.isPresent() && !v.get().isValueNode()) {
        error(field, "must be a text, was " + v.get());
        return Optional.empty();
      }
      return v.map(n -> n.asText().strip());
    }

    Optional<Double> number(String field) {
      Optional<JsonNode> v = get(field);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      if (v.get().isNumber()) {
        return Optional.of(v.get().asDouble());
      }
      if (v.get().isTextual()) {
        try {
          return Optional.of(Double.parseDouble(v.get().asText().strip()));
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      error(field, "must be a number, was " + v.get());
      return Optional.empty();
    }

    Optional<Integer> integer(String field) {
      Optional<Double> v = number(field);
      if (v.isPresent() && (v.get() != Math.rint(v.get()) || Math.abs(v.get()) > Integer.MAX_VALUE)) {
        error(field, "must be a whole number, was " + v.get());
        return Optional.empty();
      }
      return v.map(d -> (int) Math.rint(d));
    }

    Optional<Boolean> bool(String field) {
      Optional<JsonNode> v = get(field);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      String s = v.get().asText().strip().toLowerCase(Locale.ROOT);
      switch (s) {
        case "true", "1", "是", "yes" -> {
          return Optional.of(true);
        }
        case "false", "0", "否", "no" -> {
          return Optional.of(false);
        }
        default -> {
          error(field, "must be true/false, 1/0 or 是/否, was " + v.get());
          return Optional.empty();
        }
      }
    }

    Optional<LocalDate> date(String field) {
      Optional<String> v = text(field);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(v.get()));
      } catch (DateTimeParseException e) {
        error(field, "must be a date YYYY-MM-DD, was '" + v.get() + "'");
        return Optional.empty();
      }
    }

    <E extends Enum<E>> Optional<E> enumOf(String field, Class<E> type, Map<String, E> aliases) {
      Optional<String> v = text(field);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      if (aliases.containsKey(v.get())) {
        return Optional.of(aliases.get(v.get()));
      }
      try {
        return Optional.of(Enum.valueOf(type, v.get().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
          names.add(c.name());
        }
        error(field, "unknown value '" + v.get() + "'; use one of " + names);
        return Optional.empty();
      }
    }

    void rejectUnknown() {
      node.fieldNames().forEachRemaining(name -> {
        if (!FIELDS.containsKey(name) && !FIELDS.containsValue(name)) {
          error(name, "unknown field; known fields are " + FIELDS.keySet());
        }
      });
    }
  }
}
