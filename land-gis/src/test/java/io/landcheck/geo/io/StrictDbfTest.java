package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landcheck.geo.GeoParcel;
import io.landcheck.model.RecordError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .dbf is read strictly: a number that is not one, a date that is not YYYYMMDD on the calendar, text not valid in
 * its charset, a header that does not add up, are errors naming the field or the file, never read as something else.
 */
class StrictDbfTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final DbfFile.Field ID = new DbfFile.Field("parcel_id", 'C', 10, 0);

  @TempDir Path dir;

  /** The park with a parcels.dbf of parcel_id and one more field, whose values for P-001 to P-004 are given. */
  private Path parkWith(Charset charset, DbfFile.Field field, String... values) {
    List<String[]> rows = List.of(new String[] {"P-001", values[0]}, new String[] {"P-002", values[1]},
        new String[] {"P-003", values[2]}, new String[] {"P-004", values[3]});
    return DbfFile.park(dir, charset, List.of(ID, field), rows, 0);
  }

  @Test
  @DisplayName("N/A in a numeric field is an error on its record naming the field, and the batch goes on")
  void notANumber() {
    List<SourceRecord> records = Fixtures.read(parkWith(StandardCharsets.UTF_8,
        new DbfFile.Field("site_area_", 'N', 24, 15), "9602.5", "N/A", null, "*****"), ReadOptions.defaults());

    assertThat(records).extracting(r -> r.parcel().isPresent()).containsExactly(true, false, true, true);
    assertThat(records.get(1).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("site_area_m2");
      assertThat(e.message()).contains("parcels.shp#2", "must be a number", "'N/A'");
    });
  }

  @Test
  @DisplayName("a .dbf date that is not YYYYMMDD on the calendar is an error naming the field; 00000000 and blanks are no date")
  void strictDates() {
    List<SourceRecord> records = Fixtures.read(parkWith(StandardCharsets.UTF_8,
        new DbfFile.Field("applicatio", 'D', 8, 0), "20240301", "99999999", "2024-3-1", "00000000"),
        ReadOptions.defaults());

    assertThat(records.get(0).parcel().orElseThrow().facts().applicationDate())
        .contains(java.time.LocalDate.of(2024, 3, 1));
    assertThat(records.get(3).parcel().orElseThrow().facts().applicationDate()).isEmpty();
    assertThat(records.subList(1, 3)).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("application_date");
      assertThat(e.message()).contains("must be a .dbf date written YYYYMMDD, a real calendar day");
    }));
    assertThat(records.get(1).errors().get(0).message()).contains("'99999999'");
    assertThat(records.get(2).errors().get(0).message()).contains("'2024-3-1'");
  }

  @Test
  @DisplayName("GBK park names in a .dbf without .cpg are an error on every record naming --charset GBK, never garbled")
  void gbkWithoutCpg() {
    List<SourceRecord> records = Fixtures.read(parkWith(GBK, new DbfFile.Field("park_id", 'C', 20, 0),
        "园区甲", "园区乙", "园区甲", "园区乙"), ReadOptions.defaults());

    assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("charset");
      assertThat(e.message()).contains("parcels.dbf has text that is not valid UTF-8", "record 1", "park_id",
          "read as GBK say '园区甲'", "--charset GBK");
    }));
  }

  @Test
  @DisplayName("the same GBK .dbf read with --charset GBK keeps the two parks apart")
  void gbkNamed() {
    List<SourceRecord> records = Fixtures.read(parkWith(GBK, new DbfFile.Field("park_id", 'C', 20, 0),
        "园区甲", "园区乙", "园区甲", "园区乙"), ReadOptions.defaults().withCharset(GBK));

    assertThat(records).extracting(r -> r.parcel().map(GeoParcel::facts).flatMap(f -> f.parkId()).orElse("?"))
        .containsExactly("园区甲", "园区乙", "园区甲", "园区乙");
  }

  @Test
  @DisplayName("text GBK cannot read, in a .dbf read with --charset GBK, is an error suggesting GB18030")
  void beyondGbk() {
    List<SourceRecord> records = Fixtures.read(parkWith(Charset.forName("GB18030"),
        new DbfFile.Field("park_id", 'C', 20, 0), "园区𠀀", "P1", "P1", "P1"), ReadOptions.defaults().withCharset(GBK));

    assertThat(records).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("charset");
      assertThat(e.message()).contains("not valid GBK", "read as GB18030 say '园区𠀀'", "--charset GB18030");
    }));
  }

  @Test
  @DisplayName("GBK text under a .cpg naming UTF-8 is an error on its field naming the .cpg")
  void cpgSaysOtherwise() throws IOException {
    Path park = parkWith(GBK, new DbfFile.Field("park_id", 'C', 20, 0), "园区甲", "P1", "园区甲", "P1");
    Files.writeString(park.resolve("parcels.cpg"), "UTF-8");

    List<SourceRecord> records = Fixtures.read(park, ReadOptions.defaults());

    assertThat(records).extracting(r -> r.parcel().isPresent()).containsExactly(false, true, false, true);
    assertThat(records.get(0).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("park_id");
      assertThat(e.message()).contains("is not valid UTF-8 text (bytes D4 B0 C7 F8 BC D7)", "parcels.cpg");
    });
  }

  @Test
  @DisplayName("GBK field names without .cpg are a charset error naming --charset GBK, not unknown fields")
  void gbkFieldNames() {
    List<SourceRecord> records = Fixtures.read("shp-gbk-nocpg");

    // one error for each layer's .dbf: parcels, buildings and storeys
    assertThat(records).filteredOn(r -> r.locator().contains("/parcels.shp#")).hasSize(4)
        .allSatisfy(r -> assertThat(r.errors()).hasSize(3).allSatisfy(e -> {
          assertThat(e.field()).isEqualTo("charset");
          assertThat(e.message()).contains("field names that are not valid UTF-8", "宗地编号", "--charset GBK")
              .doesNotContain("unknown field");
        }));
  }

  @Test
  @DisplayName("a header record length of 65535 on a 4-row file stops the file from opening, naming both lengths")
  void recordLengthDoesNotAddUp() {
    List<String[]> rows = List.of(new String[] {"P-001"}, new String[] {"P-002"}, new String[] {"P-003"},
        new String[] {"P-004"});
    Path park = DbfFile.park(dir, StandardCharsets.UTF_8, List.of(ID), rows, 65535);

    assertThatThrownBy(() -> ParcelSources.open(park, ReadOptions.defaults())).isInstanceOf(IOException.class)
        .hasMessage("parcels.dbf is damaged: its header gives rows of 65,535 bytes, but its 1 fields take 11 "
            + "(with the deletion flag)");
  }

  @Test
  @DisplayName("a header counting more rows than the file holds gives the rows it holds, then stops naming the count")
  void countPastTheFile() throws IOException {
    List<String[]> rows = List.of(new String[] {"P-001"}, new String[] {"P-002"}, new String[] {"P-003"},
        new String[] {"P-004"});
    Path park = DbfFile.park(dir, StandardCharsets.UTF_8, List.of(ID), rows, 0);
    byte[] dbf = Files.readAllBytes(park.resolve("parcels.dbf"));
    java.nio.ByteBuffer.wrap(dbf).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, 1_000_000_000);
    Files.write(park.resolve("parcels.dbf"), dbf);
    List<String> read = new java.util.ArrayList<>();

    try (ParcelSource source = ParcelSources.open(park, ReadOptions.defaults())) {
      assertThatThrownBy(() -> source.records().forEach(r -> read.add(r.id())))
          .hasMessage("parcels.dbf is truncated: it cannot be read past record 4 (its header counts 1000000000 "
              + "records)");
    }
    assertThat(read).containsExactly("P-001", "P-002", "P-003", "P-004");
  }

  @Test
  @DisplayName("a storey's text not valid in the charset its .cpg names is an error on its parcel naming the field")
  void storeyText() throws IOException {
    Path park = parkWith(StandardCharsets.UTF_8, new DbfFile.Field("park_id", 'C', 20, 0), "P1", "P1", "P1", "P1");
    Path storeys = park.resolve("storeys.dbf");
    byte[] dbf = Files.readAllBytes(storeys);
    byte[] utf8 = "生产".getBytes(StandardCharsets.UTF_8);
    byte[] gbk = "生产  ".getBytes(GBK); // as long as the UTF-8 bytes
    int at = indexOf(dbf, utf8); // the first storey's use_code: P-001's
    System.arraycopy(gbk, 0, dbf, at, gbk.length);
    Files.write(storeys, dbf);

    List<SourceRecord> records = Fixtures.read(park, ReadOptions.defaults());

    assertThat(records).extracting(r -> r.parcel().isPresent()).containsExactly(false, true, true, true);
    assertThat(records.get(0).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("storeys.use_code");
      assertThat(e.message()).contains("storeys.shp#1", "is not valid UTF-8 text (bytes C9 FA B2 FA)", "storeys.cpg");
    });
  }

  private static int indexOf(byte[] in, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= in.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (in[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
