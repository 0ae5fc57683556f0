package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.RecordError;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad records become error records that name the record and the field, and never stop the stream. */
class RecordErrorsTest {

  private static final List<SourceRecord> BAD = Fixtures.read("bad");
  /** Where the records are located: the fixture folder as it was opened (its absolute path). */
  private static final String AT = ParcelSources.located(Fixtures.path("bad")) + "/";

  private static Map<String, SourceRecord> byLocator() {
    return BAD.stream().collect(Collectors.toMap(SourceRecord::locator, Function.identity()));
  }

  private static List<String> fields(String locator) {
    return byLocator().get(locator).errors().stream().map(RecordError::field).toList();
  }

  @Test
  @DisplayName("every parcel feature appears exactly once, in file order, before the orphan records")
  void everyRecordOnce() {
    List<String> parcelLocators = BAD.stream().map(SourceRecord::locator)
        .filter(l -> l.startsWith(AT + "parcels.geojson#")).toList();

    assertThat(parcelLocators).containsExactly(AT + "parcels.geojson#1", AT + "parcels.geojson#2", AT + "parcels.geojson#3",
        AT + "parcels.geojson#4", AT + "parcels.geojson#5", AT + "parcels.geojson#6", AT + "parcels.geojson#7", AT + "parcels.geojson#8",
        AT + "parcels.geojson#9", AT + "parcels.geojson#10");
    assertThat(BAD).extracting(SourceRecord::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
  }

  @Test
  @DisplayName("a good parcel among bad ones is read")
  void goodParcelRead() {
    SourceRecord first = byLocator().get(AT + "parcels.geojson#1");

    assertThat(first.parcel()).isPresent();
    assertThat(first.parcel().get().buildings()).hasSize(1);
  }

  @Test
  @DisplayName("a parcel without an id is named by its locator")
  void missingId() {
    SourceRecord r = byLocator().get(AT + "parcels.geojson#2");

    assertThat(r.id()).isEqualTo(AT + "parcels.geojson#2");
    assertThat(r.errors()).extracting(RecordError::field).containsExactly("parcel_id");
  }

  @Test
  @DisplayName("a bad date and a bad number are errors on their fields")
  void badDateAndNumber() {
    assertThat(fields(AT + "parcels.geojson#3")).containsExactly("lease_grant_date");
    assertThat(fields(AT + "parcels.geojson#4")).containsExactly("lease_term_years");
    assertThat(fields(AT + "parcels.geojson#10")).containsExactly("single_use", "site_area_m2");
  }

  @Test
  @DisplayName("a record with a bad field keeps the park and district it names")
  void errorKeepsPlace() {
    SourceRecord r = byLocator().get(AT + "parcels.geojson#3");

    assertThat(r.isParcel()).isFalse();
    assertThat(r.parkId()).contains("PARK-BAD");
    assertThat(r.districtId()).contains("310115");
  }

  @Test
  @DisplayName("a record in error that names no park has none")
  void errorWithoutPlace() {
    SourceRecord r = byLocator().get(AT + "parcels.geojson#4");

    assertThat(r.isParcel()).isFalse();
    assertThat(r.parkId()).isEmpty();
    assertThat(r.districtId()).isEmpty();
  }

  @Test
  @DisplayName("the records of buildings and storeys of a missing parcel name no park")
  void orphansHaveNoPlace() {
    assertThat(BAD.stream().filter(r -> !r.locator().startsWith(AT + "parcels.geojson#")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.parkId()).isEmpty());
  }

  @Test
  @DisplayName("a parcel id given twice is an error on the second record")
  void duplicateId() {
    assertThat(byLocator().get(AT + "parcels.geojson#5").errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("given twice"));
  }

  @Test
  @DisplayName("a storey at level 0 is an error on its parcel, naming the storey record")
  void storeyAtLevelZero() {
    assertThat(byLocator().get(AT + "parcels.geojson#6").errors()).singleElement().satisfies(e -> {
      assertThat(e.recordId()).isEqualTo("P-105");
      assertThat(e.field()).isEqualTo("storeys.level");
      assertThat(e.message()).startsWith(AT + "storeys.geojson#2");
    });
  }

  @Test
  @DisplayName("a storey of an unknown building is an error on its parcel, on the field storeys.building_id")
  void storeyOfUnknownBuilding() {
    assertThat(fields(AT + "parcels.geojson#7")).containsExactly("storeys.building_id");
  }

  @Test
  @DisplayName("an unknown land use lists the pack's land uses")
  void unknownLandUse() {
    assertThat(byLocator().get(AT + "parcels.geojson#8").errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("商业用地", "industrial", "产业项目类工业用地"));
  }

  @Test
  @DisplayName("a parcel without geometry is an error")
  void missingGeometry() {
    assertThat(fields(AT + "parcels.geojson#9")).containsExactly("geometry");
  }

  @Test
  @DisplayName("a building or storey of a parcel that does not exist is an error record named by that parcel id")
  void orphans() {
    List<SourceRecord> orphans = BAD.stream().filter(r -> !r.locator().startsWith(AT + "parcels.geojson#")).toList();

    assertThat(orphans).extracting(SourceRecord::id).containsExactly("P-998", "P-999");
    assertThat(orphans.get(0).locator()).isEqualTo(AT + "storeys.geojson");
    assertThat(orphans.get(0).errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("parcel_id");
      assertThat(e.message()).contains("1 storey names parcel P-998", AT + "storeys.geojson#4");
    });
    assertThat(orphans.get(1).locator()).isEqualTo(AT + "buildings.geojson");
    assertThat(orphans.get(1).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("1 building names parcel P-999", AT + "buildings.geojson#4"));
  }

  @Test
  @DisplayName("an unknown field is a layer error on every record, listing it beside the schema's fields")
  void unknownField() {
    List<SourceRecord> records = Fixtures.read("unknown-field");

    assertThat(records).singleElement().satisfies(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("fields");
      assertThat(e.message()).contains("lease_grant_dat", "lease_grant_date/出让日期");
    }));
  }

  @Test
  @DisplayName("unknown fields can be ignored on request")
  void unknownFieldIgnored() {
    List<SourceRecord> records =
        Fixtures.read(Fixtures.path("unknown-field"), ReadOptions.defaults().ignoringUnknownFields());

    assertThat(records).singleElement().satisfies(r -> assertThat(r.parcel()).isPresent());
  }
}
