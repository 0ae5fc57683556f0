package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.input.FieldType;
import io.landcheck.input.ParcelField;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/input-format.md's table of the parcel record equal to the one schema, {@link ParcelField}, so the doc
 * cannot drift from what the readers accept. {@code -Dlandcheck.updateDocs=true} rewrites the blocks.
 */
@DisplayName("docs/input-format.md")
class ParcelFieldsDocTest {

  private static final Path DOC = RepoFiles.root().resolve("docs/input-format.md");

  static String fieldTable() {
    StringBuilder out = new StringBuilder("| field | alias | type | inputs | notes |\n|---|---|---|---|---|\n");
    for (ParcelField f : ParcelField.values()) {
      out.append("| `").append(f.fieldName()).append("` | ").append(f.alias()).append(" | ")
          .append(typeName(f.type())).append(" | ").append(f.inputs().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(f.notes()).append(" |\n");
    }
    return out.toString();
  }

  static String typeList() {
    StringBuilder out = new StringBuilder();
    for (FieldType t : FieldType.values()) {
      out.append("* ").append(typeName(t)).append(": ").append(t.accepted()).append('\n');
    }
    return out.toString();
  }

  private static String typeName(FieldType t) {
    return t == FieldType.YES_NO ? "yes/no" : t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Test
  @DisplayName("lists every parcel field with its alias, type, inputs and notes, as the schema declares them")
  void fieldTableMatchesSchema() {
    if (RepoFiles.UPDATE) {
      RepoFiles.writeBlock(DOC, "parcel-fields", fieldTable());
    }
    assertThat(RepoFiles.block(DOC, "parcel-fields")).contains(fieldTable());
  }

  @Test
  @DisplayName("lists the written forms of every type of value, as the one parser accepts them")
  void typeListMatchesParser() {
    if (RepoFiles.UPDATE) {
      RepoFiles.writeBlock(DOC, "field-types", typeList());
    }
    assertThat(RepoFiles.block(DOC, "field-types")).contains(typeList());
  }
}
