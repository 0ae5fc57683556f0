package io.landcheck.batch;

import io.landcheck.geo.io.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Facts files written as text for the tests, to make hostile ones from, and read with the bundled pack. */
final class FactsText {
  private FactsText() {}

  /** A good record with this parcel id (and, after it, {@code more} members). */
  static String record(String id, String more) {
    return "{ \"parcel_id\": \"" + id + "\", " + more + "\"land_use\": \"industrial\", \"single_use\": true, "
        + "\"tenure\": \"NEW\", \"lease_grant_date\": \"2023-05-01\", \"lease_term_years\": 20, \"site_area_m2\": "
        + "10000, \"floor_areas_m2\": { \"生产\": 20000 }, \"park_id\": \"PARK-C\" }";
  }

  /** A facts file's text: an array of these records, one a line. */
  static String array(String... records) {
    return "[\n" + String.join(",\n", records) + "\n]\n";
  }

  /** Every item of {@code text} written to {@code dir}/facts.json and read with the default limits. */
  static List<Item> read(Path dir, String text) throws IOException {
    Path file = dir.resolve("facts.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<Item> out = new ArrayList<>();
    try (FactsFile facts = FactsFile.open(file, Fixtures.PACK, false, ReadLimits.defaults())) {
      facts.forEachRemaining(out::add);
    }
    return out;
  }
}
