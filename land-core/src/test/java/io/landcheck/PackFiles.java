package io.landcheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    try (InputStream in = PolicyPacks.class.getResourceAsStream("packs/shanghai-2021.json")) {
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

  /** The sources of the rule's first (2021) version. */
  static ObjectNode sources(ObjectNode pack, RuleId id) {
    return (ObjectNode) rule(pack, id).withArray("versions").get(0).get("sources");
  }

  /** Adds a version of the rule taking effect on {@code from}, a copy of the first with its values changed later. */
  static ObjectNode addVersion(ObjectNode pack, RuleId id, String from) {
    ArrayNode versions = rule(pack, id).withArray("versions");
    ObjectNode copy = versions.get(0).deepCopy();
    copy.put("effectiveFrom", from);
    versions.add(copy);
    return (ObjectNode) copy.get("values");
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
