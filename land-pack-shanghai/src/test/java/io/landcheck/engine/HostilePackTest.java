package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.pack.shanghai.Rules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Pack files with numbers out of range, dates out of order, fields given twice, or no pack at all")
class HostilePackTest {

  @TempDir Path dir;

  private static ObjectNode measurement(ObjectNode pack) {
    return (ObjectNode) pack.with("measurement").withArray("versions").get(0).get("values");
  }

  /** Writes the pack, with {@code from} replaced by {@code to} in its text, and loads it. */
  private PolicyPack loadEdited(ObjectNode pack, String from, String to) throws Exception {
    String text = PackFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(pack);
    assertThat(text).contains(from);
    Path file = Files.writeString(dir.resolve("edited.json"), text.replace(from, to), StandardCharsets.UTF_8);
    return PolicyPacks.load(file);
  }

  @Test
  @DisplayName("a negative storey height fails to load, naming the file, the section and the field")
  void negativeMeasurementNumber() {
    ObjectNode tree = PackFiles.shanghai();
    measurement(tree).put("fullHeightStoreyM", -2.2);

    assertThatThrownBy(() -> PackFiles.load(tree, dir, "negative.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative.json").hasMessageContaining("measurement.versions[0].values.fullHeightStoreyM")
        .hasMessageContaining("-2.2");
  }

  @Test
  @DisplayName("an infinite measurement number (1e999) fails to load, naming the field")
  void infiniteMeasurementNumber() {
    ObjectNode tree = PackFiles.shanghai();
    measurement(tree).put("tallStoreyM", 12345.5);

    assertThatThrownBy(() -> loadEdited(tree, "12345.5", "1e999"))
        .hasMessageContaining("measurement.versions[0].values.tallStoreyM").hasMessageContaining("finite");
  }

  @Test
  @DisplayName("a low-storey factor above 1 fails to load, naming the field")
  void factorOutOfRange() {
    ObjectNode tree = PackFiles.shanghai();
    measurement(tree).put("lowStoreyFactor", 1.5);

    assertThatThrownBy(() -> PackFiles.load(tree, dir, "factor.json"))
        .hasMessageContaining("measurement.versions[0].values.lowStoreyFactor").hasMessageContaining("1.5");
  }

  @Test
  @DisplayName("a site-area tolerance of 1 or more fails to load, naming the field")
  void toleranceOutOfRange() {
    ObjectNode tree = PackFiles.shanghai();
    measurement(tree).put("siteAreaTolerance", 1.0);

    assertThatThrownBy(() -> PackFiles.load(tree, dir, "tolerance.json"))
        .hasMessageContaining("measurement.versions[0].values.siteAreaTolerance");
  }

  @Test
  @DisplayName("a negative green-space tolerance fails to load, naming the rule's version")
  void negativeGreenTolerance() {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.values(tree, Rules.GREEN_SPACE_BALANCE).put("toleranceM2", -1);

    assertThatThrownBy(() -> PackFiles.load(tree, dir, "green.json"))
        .hasMessageContaining("rules[7].versions[0].values").hasMessageContaining("toleranceM2");
  }

  @Test
  @DisplayName("an infinite rule parameter (maxShare 1e999) fails to load, naming the rule's place and the field")
  void infiniteRuleNumber() {
    ObjectNode tree = PackFiles.shanghai();
    PackFiles.values(tree, Rules.MIXED_USE_AMENITY).put("maxShare", 0.123456);

    assertThatThrownBy(() -> loadEdited(tree, "0.123456", "1e999"))
        .hasMessageContaining("rules[5].versions[0].values.maxShare").hasMessageContaining("finite");
  }

  @Test
  @DisplayName("an end date before the start date fails to load, naming effectiveUntil")
  void untilBeforeFrom() {
    ObjectNode tree = PackFiles.shanghai();
    tree.put("effectiveUntil", "2020-01-01");

    assertThatThrownBy(() -> PackFiles.load(tree, dir, "dates.json"))
        .hasMessageContaining("dates.json: effectiveUntil").hasMessageContaining("2021-09-01");
  }

  @Test
  @DisplayName("a field given twice (maxShare 0.15 then 0.99) fails to load, naming the field, not keeping the last")
  void duplicateKey() {
    ObjectNode tree = PackFiles.shanghai();

    assertThatThrownBy(() -> loadEdited(tree, "\"maxShare\" : 0.15", "\"maxShare\" : 0.15, \"maxShare\" : 0.99"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'maxShare' is given twice").hasMessageContaining("line");
  }

  @Test
  @DisplayName("anything after the pack's object fails to load")
  void trailingContent() throws Exception {
    String text = PackFiles.MAPPER.writeValueAsString(PackFiles.shanghai()) + " {\"id\": \"other\"}";
    Path file = Files.writeString(dir.resolve("trailing.json"), text, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PolicyPacks.load(file)).hasMessageContaining("trailing.json")
        .hasMessageContaining("more follows the pack's object");
  }

  @Test
  @DisplayName("a file that is not a pack (a password file) fails without quoting its content")
  void passwordFile() throws Exception {
    Path file = Files.writeString(dir.resolve("passwd"), "secret-user:x:0:0:secret-user:/root:/bin/bash\n");

    assertThatThrownBy(() -> PolicyPacks.load(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("passwd").hasMessageContaining("not valid JSON at line 1")
        .hasMessageNotContaining("secret");
  }

  @Test
  @DisplayName("an unknown field with a 40,000-character name is quoted cut to 40 characters")
  void longFieldName() {
    ObjectNode tree = PackFiles.shanghai();
    tree.put("x".repeat(40_000), 1);

    assertThatThrownBy(() -> PackFiles.load(tree, dir, "long.json"))
        .hasMessageContaining("x".repeat(40) + "…").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
  }
}
