package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.pack.PackException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A pack file's mistakes carry a stable code, the file and the place, not only a message")
class PackErrorCodesTest {

  @TempDir Path dir;

  private static ArrayNode rules(ObjectNode pack) {
    return (ArrayNode) pack.get("rules");
  }

  @Test
  @DisplayName("a rule listed twice is DUPLICATE at the second rule's id")
  void duplicateRule() {
    ObjectNode pack = PackFiles.shanghai();
    rules(pack).add(rules(pack).get(0).deepCopy());
    int second = rules(pack).size() - 1;

    assertThatThrownBy(() -> PackFiles.load(pack, dir, "twice.json"))
        .isInstanceOfSatisfying(PackException.class, e -> {
          assertThat(e.code()).isEqualTo(PackException.Code.DUPLICATE);
          assertThat(e.field()).isEqualTo("rules[" + second + "].id");
          assertThat(e.source()).endsWith("twice.json");
        });
  }

  @Test
  @DisplayName("a rule kind landcheck does not have is UNKNOWN_NAME at the rule's kind")
  void unknownKind() {
    ObjectNode pack = PackFiles.shanghai();
    ((ObjectNode) rules(pack).get(0)).put("kind", "no-such-kind");

    assertThatThrownBy(() -> PackFiles.load(pack, dir, "kind.json"))
        .isInstanceOfSatisfying(PackException.class, e -> {
          assertThat(e.code()).isEqualTo(PackException.Code.UNKNOWN_NAME);
          assertThat(e.field()).isEqualTo("rules[0].kind");
        });
  }

  @Test
  @DisplayName("a schema version this landcheck does not read is SCHEMA_VERSION")
  void schemaVersion() {
    ObjectNode pack = PackFiles.shanghai();
    pack.put("schemaVersion", 99);

    assertThatThrownBy(() -> PackFiles.load(pack, dir, "schema.json"))
        .isInstanceOfSatisfying(PackException.class, e -> {
          assertThat(e.code()).isEqualTo(PackException.Code.SCHEMA_VERSION);
          assertThat(e.field()).isEqualTo("schemaVersion");
        });
  }

  @Test
  @DisplayName("a negative storey height is OUT_OF_RANGE, and the message keeps the form 'pack file F: field: problem'")
  void outOfRange() {
    ObjectNode pack = PackFiles.shanghai();
    ((ObjectNode) pack.get("measurement").get("versions").get(0).get("values")).put("fullHeightStoreyM", -2.2);

    assertThatThrownBy(() -> PackFiles.load(pack, dir, "negative.json"))
        .isInstanceOfSatisfying(PackException.class, e -> {
          assertThat(e.code()).isEqualTo(PackException.Code.OUT_OF_RANGE);
          assertThat(e.getMessage()).isEqualTo("pack file " + e.source() + ": "
              + "measurement.versions[0].values.fullHeightStoreyM: " + e.problem());
        });
  }

  @Test
  @DisplayName("text that is not JSON is NOT_JSON for the file as a whole (empty field)")
  void notJson() {
    byte[] text = "{ not json".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PolicyPacks.read(new ByteArrayInputStream(text), "broken.json", Map.of()))
        .isInstanceOfSatisfying(PackException.class, e -> {
          assertThat(e.code()).isEqualTo(PackException.Code.NOT_JSON);
          assertThat(e.field()).isEmpty();
          assertThat(e.source()).isEqualTo("broken.json");
        });
  }

  @Test
  @DisplayName("a JSON list instead of an object is NOT_A_PACK")
  void notAPack() {
    byte[] text = "[1, 2]".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PolicyPacks.read(new ByteArrayInputStream(text), "list.json", Map.of()))
        .isInstanceOfSatisfying(PackException.class,
            e -> assertThat(e.code()).isEqualTo(PackException.Code.NOT_A_PACK));
  }

  @Test
  @DisplayName("every code is in docs/policy-packs.md's table of codes")
  void everyCodeDocumented() throws Exception {
    String doc = java.nio.file.Files.readString(RepoFiles.root().resolve("docs/policy-packs.md"));

    for (PackException.Code code : PackException.Code.values()) {
      assertThat(doc).as("docs/policy-packs.md").contains("| `" + code + "` |");
    }
  }
}
