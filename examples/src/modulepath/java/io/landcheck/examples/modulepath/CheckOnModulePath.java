package io.landcheck.examples.modulepath;

import io.landcheck.engine.Checker;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.engine.Report;
import io.landcheck.geo.Measured;
import io.landcheck.geo.Measurement;
import io.landcheck.geo.io.ParcelSource;
import io.landcheck.geo.io.ParcelSources;
import io.landcheck.geo.io.ReadOptions;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads a GeoPackage, measures and checks every parcel under the bundled Shanghai pack on the given date, and prints
 * one line per record: its id and verdict. Usage: {@code CheckOnModulePath PARK.gpkg YYYY-MM-DD}.
 */
public final class CheckOnModulePath {
  private CheckOnModulePath() {}

  public static void main(String[] args) throws IOException {
    Path park = Path.of(args[0]);
    LocalDate date = LocalDate.parse(args[1]);
    PolicyPack pack = ShanghaiPacks.shanghai2021();
    Measurement measurement = Measurement.of(pack).onDate(date);
    Checker checker = Checker.of(pack).onDate(date);
    try (ParcelSource source = ParcelSources.open(park, ReadOptions.defaults())) {
      source.records().forEach(record -> {
        Report report = record.parcel()
            .map(measurement::measure)
            .map(measured -> check(measured, checker, pack, date))
            .orElseGet(() -> Report.error(record.id(), pack.id(), date, record.errors()));
        System.out.println(report.parcelId() + " " + report.verdict());
      });
    }
  }

  private static Report check(Measured measured, Checker checker, PolicyPack pack, LocalDate date) {
    return measured.facts().map(checker::check)
        .orElseGet(() -> Report.error(measured.parcelId(), pack.id(), date, measured.errors()));
  }
}
