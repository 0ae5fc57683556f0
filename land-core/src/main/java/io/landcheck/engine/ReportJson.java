package io.landcheck.engine;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.FilterOutputStream;
import io.landcheck.model.FloorAreaSummary;
import io.landcheck.model.RecordError;
import io.landcheck.model.UseClass;
import io.landcheck.model.LocalizedText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes reports in the JSON schema of docs/report-format.md. The schema is written out field by field here, not
 * derived from the records, so that refactoring a record cannot change it by accident; it is written straight to a
 * streaming generator, with no tree in between, since batch reports write one for every parcel.
 */
final class ReportJson {

  /**
   * The version of the report schema; bumped only for incompatible changes. 2: a rule's remedy options promise
   * compliance with that rule only ({@code compliesAlone} says whether one alone leaves the parcel compliant), and a
   * non-compliant parcel has a {@code remedyPlan}.
   */
  static final int SCHEMA_VERSION = 2;

  /** The version of the {@code remedyPlan} object, which may change on its own while the report's stays. */
  static final int REMEDY_PLAN_VERSION = 1;

  private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

  /** The generators of {@link #writeFields(Report, OutputStream)}: compact, and leaving the stream open. */
  private static final JsonFactory COMPACT = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
      .build();

  private ReportJson() {}

  /** The report as one indented JSON object (Jackson's default pretty printer). */
  static String toJson(Report report) {
    try {
      return PRETTY.writeValueAsString(new JsonSerializable.Base() {
        @Override
        public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
          g.writeStartObject();
          writeFields(report, g);
          g.writeEndObject();
        }

        @Override
        public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer type)
            throws IOException {
          serialize(g, provider);
        }
      });
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The report's fields, in schema order, compact, as the members of an object without its braces: the generator
   * writes the object's opening brace, which does not reach {@code out}, and is closed before it would write the
   * closing one.
   */
  static void writeFields(Report report, OutputStream out) throws IOException {
    OutputStream afterBrace = new FilterOutputStream(out) {
      private boolean braceSkipped;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (!braceSkipped && len > 0) {
          braceSkipped = true;
          off++;
          len--;
        }
        out.write(b, off, len);
      }

      @Override
      public void close() {
        // the caller's stream stays open
      }
    };
    try (JsonGenerator g = COMPACT.createGenerator(afterBrace, JsonEncoding.UTF8)) {
      g.writeStartObject();
      writeFields(report, g);
      g.flush();
    }
  }

  /** The report's fields, in schema order, into the object the generator is in. */
  static void writeFields(Report report, JsonGenerator g) throws IOException {
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("parcelId", report.parcelId());
    g.writeStringField("pack", report.packId());
    if (report.checkDate().isPresent()) {
      g.writeStringField("checkDate", report.checkDate().get().toString());
    }
    g.writeBooleanField("packInForce", report.packInForce());
    g.writeStringField("verdict", report.verdict().name());
    if (report.floorAreas().isPresent()) {
      FloorAreaSummary f = report.floorAreas().get();
      g.writeObjectFieldStart("floorAreas");
      number(g, "siteAreaM2", f.siteAreaM2());
      number(g, "aboveGroundM2", f.aboveGroundM2());
      number(g, "plotRatioFloorAreaM2", f.plotRatioFloorAreaM2());
      g.writeNumberField("principalIndustrialM2", f.principalIndustrialM2());
      g.writeNumberField("otherIndustrialM2", f.otherIndustrialM2());
      g.writeNumberField("livingAmenityM2", f.livingAmenityM2());
      g.writeNumberField("undergroundM2", f.undergroundM2());
      number(g, "plotRatio", f.plotRatio());
      number(g, "ancillaryShare", f.ancillaryShare());
      number(g, "amenityShare", f.amenityShare());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("results");
    for (RuleResult r : report.results()) {
      result(g, r);
    }
    g.writeEndArray();
    if (report.remedyPlan().isPresent()) {
      plan(g, report.remedyPlan().get());
    }
    g.writeArrayFieldStart("errors");
    for (RecordError e : report.errors()) {
      g.writeStartObject();
      g.writeStringField("code", e.code().name());
      g.writeStringField("record", e.recordId());
      g.writeStringField("field", e.field());
      g.writeStringField("message", e.message());
      g.writeStringField("messageZh", e.message("zh"));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The pack's texts quoted and encoded, each once; empty for a text Jackson quotes ahead otherwise than as it goes. */
  private static final Map<String, Optional<SerializedString>> QUOTED = new ConcurrentHashMap<>();

  /** How many texts {@link #QUOTED} keeps: more than any pack has; past that, texts are quoted each time. */
  private static final int QUOTED_LIMIT = 4096;

  /**
   * A field whose value is a text of the pack, the same in every report (a clause's citation): written quoted as
   * {@code writeStringField} quotes it, from UTF-8 bytes encoded once rather than for every rule of every parcel.
   * Jackson quotes ahead differently only a character outside the Basic Multilingual Plane (four UTF-8 bytes ahead, an
   * escaped surrogate pair as it goes) and for generators with escapes of their own: those are written as usual.
   */
  static void packTextField(JsonGenerator g, String name, String text) throws IOException {
    Optional<SerializedString> quoted = QUOTED.get(text);
    if (quoted == null) {
      boolean plain = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
      quoted = plain ? Optional.of(new SerializedString(text)) : Optional.empty();
      if (QUOTED.size() < QUOTED_LIMIT) {
        QUOTED.putIfAbsent(text, quoted);
      }
    }
    g.writeFieldName(name);
    if (quoted.isPresent() && g.getCharacterEscapes() == null && g.getHighestEscapedChar() == 0) {
      g.writeString(quoted.get());
    } else {
      g.writeString(text);
    }
  }

  private static void result(JsonGenerator g, RuleResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", r.ruleId().value());
    g.writeStringField("verdict", r.verdict().name());
    g.writeObjectFieldStart("citation");
    packTextField(g, "document", r.citation().document());
    packTextField(g, "clause", r.citation().clause());
    packTextField(g, "textZh", r.citation().text().zh());
    packTextField(g, "textEn", r.citation().text().en());
    g.writeEndObject();
    number(g, "measured", r.measured());
    number(g, "limit", r.limit());
    if (r.unit().isPresent()) {
      g.writeStringField("unit", r.unit().get());
    }
    g.writeStringField("messageZh", r.message().zh());
    g.writeStringField("messageEn", r.message().en());
    if (r.remedy().isPresent()) {
      g.writeStringField("remedyZh", r.remedy().get().zh());
      g.writeStringField("remedyEn", r.remedy().get().en());
    }
    if (!r.remedyOptions().isEmpty()) {
      g.writeArrayFieldStart("remedyOptions");
      for (RemedyOption o : r.remedyOptions()) {
        g.writeStartObject();
        g.writeStringField("kind", o.kind().name());
        g.writeArrayFieldStart("useClasses");
        for (UseClass c : o.useClasses()) {
          g.writeString(c.name());
        }
        g.writeEndArray();
        g.writeNumberField("amount", o.amount());
        g.writeStringField("unit", o.unit());
        if (o.compliesAlone().isPresent()) {
          g.writeBooleanField("compliesAlone", o.compliesAlone().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (r.determination().isPresent()) {
      g.writeStringField("determination", r.determination().get());
    }
    if (r.parametersFrom().isPresent()) {
      g.writeStringField("parametersFrom", r.parametersFrom().get().toString());
    }
    g.writeEndObject();
  }

  private static void plan(JsonGenerator g, RemedyPlan plan) throws IOException {
    g.writeObjectFieldStart("remedyPlan");
    g.writeNumberField("version", REMEDY_PLAN_VERSION);
    g.writeStringField("status", plan.status().name());
    g.writeArrayFieldStart("changes");
    for (var change : plan.changesM2().entrySet()) {
      g.writeStartObject();
      g.writeStringField("useClass", change.getKey().name());
      g.writeNumberField("changeM2", change.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (plan.found()) {
      g.writeNumberField("totalChangeM2", plan.totalChangeM2());
    }
    if (plan.leaseTermYears().isPresent()) {
      g.writeNumberField("leaseTermYears", plan.leaseTermYears().getAsInt());
    }
    g.writeArrayFieldStart("rules");
    for (RemedyPlan.Blocker b : plan.rules()) {
      g.writeStartObject();
      g.writeStringField("rule", b.rule().value());
      g.writeStringField("reason", b.reason().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    LocalizedText text = plan.text();
    g.writeStringField("textZh", text.zh());
    g.writeStringField("textEn", text.en());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsDouble());
    }
  }
}
