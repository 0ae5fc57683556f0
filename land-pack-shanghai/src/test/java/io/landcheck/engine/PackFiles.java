package io.landcheck.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.pack.Citation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Copies of the bundled Shanghai pack file, to change and write to a temporary directory. */
final class PackFiles {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private PackFiles() {}

  /** The bundled pack file as an editable JSON tree. */
  static ObjectNode shanghai() {
    try (InputStream in = PolicyPacks.class.getResourceAsStream("/io/landcheck/pack/shanghai/shanghai-2021.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule with this id in a pack tree. */
  static ObjectNode rule(ObjectNode pack, RuleId id) {
    for (var rule : pack.withArray("rules")) {
      if (rule.get("id").asText().equals(id.value())) {
        return (ObjectNode) rule;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  /** The values of the rule's first (2021) version. */
  static ObjectNode values(ObjectNode pack, RuleId id) {
    return (ObjectNode) rule(pack, id).withArray("versions").get(0).get("values");
  }

  /** The sources of the rule's first (2021) version (made empty if it has none). */
  static ObjectNode sources(ObjectNode pack, RuleId id) {
    return ((ObjectNode) rule(pack, id).withArray("versions").get(0)).withObject("/sources");
  }

  /** Sets a number of the rule's first version as a bureau's own, with the source a pack needs for it. */
  static void bureauNumber(ObjectNode pack, RuleId id, String name, double value) {
    values(pack, id).put(name, value);
    ObjectNode note = sources(pack, id).putObject(name).put("kind", "BUREAU").putObject("note");
    note.put("zh", "本局自定（测试）。").put("en", "Set by the bureau (a test).");
  }

  /** Adds a version of the rule taking effect on {@code from}, a copy of the first with its values changed later. */
  static ObjectNode addVersion(ObjectNode pack, RuleId id, String from) {
    ArrayNode versions = rule(pack, id).withArray("versions");
    ObjectNode copy = versions.get(0).deepCopy();
    copy.put("effectiveFrom", from);
    versions.add(copy);
    return (ObjectNode) copy.get("values");
  }

  /**
   * The bundled pack with one more rule, of a kind of the caller's own named {@code id}, with no parameters (its one
   * version in force from the pack's first day), read from memory.
   */
  static PolicyPack withExtraRule(String id, java.util.function.BiFunction<RuleId, Citation, Rule> kind) {
    ObjectNode tree = shanghai();
    ObjectNode rule = tree.withArray("rules").addObject();
    rule.put("id", id);
    rule.put("kind", id);
    ObjectNode citation = rule.putObject("citation");
    citation.put("document", "某区规〔2024〕1号");
    citation.put("clause", "一");
    citation.putObject("text").put("zh", "测试条款。").put("en", "A clause for a test.");
    rule.putArray("versions").addObject().put("effectiveFrom", "2021-09-01").putObject("values");
    try {
      return PolicyPacks.read(new java.io.ByteArrayInputStream(MAPPER.writeValueAsBytes(tree)), id + ".json",
          java.util.Map.of(id, kind));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the tree to {@code dir/name} and loads it as a pack file. */
  static PolicyPack load(ObjectNode pack, Path dir, String name) {
    Path file = dir.resolve(name);
    try {
      MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), pack);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return PolicyPacks.load(file);
  }
}
