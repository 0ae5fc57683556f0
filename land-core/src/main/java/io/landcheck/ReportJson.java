package io.landcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.OptionalDouble;

/**
 * Writes reports in the JSON schema of docs/report-format.md. The schema is written out field by field here, not
 * derived from the records, so that refactoring a record cannot change it by accident.
 */
final class ReportJson {

  /** The version of the report schema; bumped only for incompatible changes. */
  static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  static String toJson(Report report) {
    try {
      return MAPPER.writeValueAsString(toNode(report));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode toNode(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("parcelId", report.parcelId());
    root.put("pack", report.packId());
    root.put("checkDate", report.checkDate().toString());
    root.put("packInForce", report.packInForce());
    root.put("verdict", report.verdict().name());
    report.floorAreas().ifPresent(f -> {
      ObjectNode areas = root.putObject("floorAreas");
      put(areas, "siteAreaM2", f.siteAreaM2());
      put(areas, "aboveGroundM2", f.aboveGroundM2());
      put(areas, "plotRatioFloorAreaM2", f.plotRatioFloorAreaM2());
      areas.put("principalIndustrialM2", f.principalIndustrialM2());
      areas.put("otherIndustrialM2", f.otherIndustrialM2());
      areas.put("livingAmenityM2", f.livingAmenityM2());
      areas.put("undergroundM2", f.undergroundM2());
      put(areas, "plotRatio", f.plotRatio());
      put(areas, "ancillaryShare", f.ancillaryShare());
      put(areas, "amenityShare", f.amenityShare());
    });
    ArrayNode results = root.putArray("results");
    for (RuleResult r : report.results()) {
      ObjectNode n = results.addObject();
      n.put("rule", r.ruleId().value());
      n.put("verdict", r.verdict().name());
      ObjectNode citation = n.putObject("citation");
      citation.put("document", r.citation().document());
      citation.put("clause", r.citation().clause());
      citation.put("textZh", r.citation().text().zh());
      citation.put("textEn", r.citation().text().en());
      put(n, "measured", r.measured());
      put(n, "limit", r.limit());
      if (!r.unit().isEmpty()) {
        n.put("unit", r.unit());
      }
      n.put("messageZh", r.message().zh());
      n.put("messageEn", r.message().en());
      r.remedy().ifPresent(m -> {
        n.put("remedyZh", m.zh());
        n.put("remedyEn", m.en());
      });
      if (!r.remedyOptions().isEmpty()) {
        ArrayNode options = n.putArray("remedyOptions");
        for (RemedyOption o : r.remedyOptions()) {
          ObjectNode on = options.addObject();
          on.put("kind", o.kind().name());
          ArrayNode classes = on.putArray("useClasses");
          o.useClasses().forEach(c -> classes.add(c.name()));
          on.put("amount", o.amount());
          on.put("unit", o.unit());
        }
      }
      r.determination().ifPresent(d -> n.put("determination", d));
      r.parametersFrom().ifPresent(d -> n.put("parametersFrom", d.toString()));
    }
    ArrayNode errors = root.putArray("errors");
    for (RecordError e : report.errors()) {
      ObjectNode n = errors.addObject();
      n.put("record", e.recordId());
      n.put("field", e.field());
      n.put("message", e.message());
    }
    return root;
  }

  private static void put(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, value.getAsDouble());
    }
  }
}
