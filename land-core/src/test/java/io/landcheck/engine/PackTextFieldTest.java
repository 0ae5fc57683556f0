package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A pack's text (a clause's citation) is written into a report exactly as Jackson's {@code writeStringField} writes
 * it, though it is quoted and encoded once: by byte and by character generators, compact and indented, and by a
 * generator that escapes every character beyond ASCII.
 */
@Label("A pack's text in a JSON report")
class PackTextFieldTest {

  private static final JsonFactory PLAIN = new JsonFactory();
  private static final JsonFactory ASCII = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  @Example
  @Label("a clause's Chinese text is written as its characters in UTF-8, not escaped")
  void chineseAsItIs() throws IOException {
    String text = "单一用途产业用地内，可以建其他产业用途和生活配套设施的比例提高到地上建筑总量的30%";

    assertThat(bytes(PLAIN, text, true)).isEqualTo("{\"f\":\"" + text + "\"}");
  }

  @Example
  @Label("a quote, a backslash, a line break and an emoji are escaped as Jackson escapes them as it goes")
  void escapes() throws IOException {
    assertThat(bytes(PLAIN, "\"a\\b\nc😀", true)).isEqualTo("{\"f\":\"\\\"a\\\\b\\nc\\uD83D\\uDE00\"}");
  }

  @Property(tries = 3_000)
  @Label("any text is written as writeStringField writes it, the first time and again, by every generator")
  void asJacksonWritesIt(@ForAll("texts") String text) throws IOException {
    for (JsonFactory f : new JsonFactory[] {PLAIN, ASCII}) {
      for (boolean pretty : new boolean[] {false, true}) {
        String expected = bytes(f, text, false, pretty);
        assertThat(bytes(f, text, true, pretty)).isEqualTo(expected).isEqualTo(bytes(f, text, true, pretty));
        assertThat(chars(f, text, true, pretty)).isEqualTo(chars(f, text, false, pretty));
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withChars("容积率，。“”/\\\"\n\t\u0000\u2028😀aZ ").ofMaxLength(60),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMinLength(1000).ofMaxLength(9000));
  }

  private static String bytes(JsonFactory f, String text, boolean packText) throws IOException {
    return bytes(f, text, packText, false);
  }

  private static String bytes(JsonFactory f, String text, boolean packText, boolean pretty) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = f.createGenerator(out, JsonEncoding.UTF8)) {
      write(g, text, packText, pretty);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String chars(JsonFactory f, String text, boolean packText, boolean pretty) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = f.createGenerator(out)) {
      write(g, text, packText, pretty);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, String text, boolean packText, boolean pretty) throws IOException {
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    g.writeStartObject();
    if (packText) {
      ReportJson.packTextField(g, "f", text);
    } else {
      g.writeStringField("f", text);
    }
    g.writeEndObject();
  }
}
