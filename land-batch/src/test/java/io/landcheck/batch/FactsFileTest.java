package io.landcheck.batch;

import static io.landcheck.batch.FactsText.array;
import static io.landcheck.batch.FactsText.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A facts file loses no record, and a record past a limit or with a key given twice is an error row of its own. */
class FactsFileTest {

  @TempDir Path dir;

  private List<Item> read(String text) throws IOException {
    return FactsText.read(dir, text);
  }

  /** Asserts that the items are A, B and C, A and C good, and returns B's errors. */
  private static List<RecordError> onlyBInError(List<Item> items) {
    assertThat(items).extracting(Item::id).containsExactly("A", "B", "C");
    assertThat(items.get(0).facts()).isPresent();
    assertThat(items.get(2).facts()).isPresent();
    return items.get(1).errors();
  }

  @Test
  @DisplayName("two facts files joined with cat give every record of both as rows, each an error naming the file")
  void joinedWithCat() throws IOException {
    List<Item> items = read(array(record("A", ""), record("B", "")) + array(record("C", "")));

    assertThat(items).extracting(Item::id).containsExactly("A", "B", "C");
    assertThat(items).allSatisfy(i -> assertThat(i.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("file");
      assertThat(e.message()).startsWith("facts.json holds more than one JSON value: another begins on line 5");
    }));
  }

  @Test
  @DisplayName("a record after the array's end, '[…] , {…}]', is read as a row too, and every record names the file")
  void recordAfterTheArray() throws IOException {
    List<Item> items = read("[\n" + record("A", "") + "\n] , " + record("B", "") + "]\n");

    assertThat(items).extracting(Item::id).containsExactly("A", "B");
    assertThat(items).allSatisfy(i -> assertThat(i.errors()).extracting(RecordError::message)
        .anySatisfy(m -> assertThat(m).startsWith("facts.json has content after its array that is not JSON, on line 3")));
  }

  @Test
  @DisplayName("a key given twice is an error on its record naming the field and both values")
  void keyGivenTwice() throws IOException {
    List<Item> items = read(array(record("A", ""), record("B", "\"park_id\": \"PARK-D\", "), record("C", "")));

    assertThat(onlyBInError(items)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("park_id");
      assertThat(e.message()).contains("facts.json#2", "is given twice", "'PARK-D'", "'PARK-C'");
    });
  }

  @Test
  @DisplayName("a record with a 25,000,000-character text is an error row naming the field and maxStringLength")
  void longText() throws IOException {
    List<Item> items = read(array(record("A", ""), record("B", "\"district_id\": \"" + "区".repeat(25_000_000)
        + "\", "), record("C", "")));

    assertThat(onlyBInError(items)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("district_id");
      assertThat(e.message()).contains("facts.json#2", "a text is longer", "maxStringLength = 10,000");
    });
  }

  @Test
  @DisplayName("a record with a 100,000-character key is an error row naming maxStringLength")
  void longKey() throws IOException {
    List<Item> items = read(array(record("A", ""), record("B", "\"" + "k".repeat(100_000) + "\": 1, "),
        record("C", "")));

    assertThat(onlyBInError(items)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("(record)");
      assertThat(e.message()).contains("a member name is longer", "maxStringLength = 10,000");
    });
  }

  @Test
  @DisplayName("a record nested deeper than 1,000 levels is an error row naming maxJsonDepth")
  void deepRecord() throws IOException {
    List<Item> items = read(array(record("A", ""), record("B", "\"rooftop_green_m2\": " + "[".repeat(1_001)
        + "]".repeat(1_001) + ", "), record("C", "")));

    assertThat(onlyBInError(items)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("rooftop_green_m2");
      assertThat(e.message()).contains("nest deeper", "maxJsonDepth = 100");
    });
  }

  @Test
  @DisplayName("a file that ends inside a record cannot be opened, the error naming the file and the record")
  void endsInsideARecord() {
    String whole = array(record("A", ""), record("B", ""), record("C", ""));

    assertThatThrownBy(() -> read(whole.substring(0, whole.indexOf("\"C\"") + 10))).isInstanceOf(IOException.class)
        .hasMessageStartingWith("facts.json cannot be read past record 3 (line 4)")
        .hasMessageContaining("the file ends inside it");
  }

  @Test
  @DisplayName("a facts file as written before, one array of good records, reads as before: no errors")
  void wellFormed() throws IOException {
    assertThat(read(array(record("A", ""), record("B", "")))).allSatisfy(i -> assertThat(i.facts()).isPresent());
  }
}
