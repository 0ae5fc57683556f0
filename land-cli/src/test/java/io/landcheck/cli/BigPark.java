package io.landcheck.cli;

import io.landcheck.geo.Building;
import io.landcheck.geo.GeoParcel;
import io.landcheck.geo.Storey;
import io.landcheck.geo.io.ParcelWriters;
import io.landcheck.model.LandTenure;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Generated parks of many parcels, for tests that need a check to run for a while (signals) or to hold many records:
 * {@code n} parcels of 100 m × 100 m in rows of 100 (EPSG:4549), each with two buildings of four storeys, written as a
 * GeoPackage whose buildings and storeys have no index on parcel_id, as GDAL writes them (so landcheck makes its
 * indexed temporary copy).
 */
final class BigPark {

  private static final GeometryFactory GF = new GeometryFactory();

  private BigPark() {}

  static Polygon square(double x, double y, double side) {
    return GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
        new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)});
  }

  static GeoParcel parcel(int i) {
    double x = 500_000 + 120.0 * (i % 100);
    double y = 3_450_000 + 120.0 * (i / 100);
    Parcel facts = Parcel.builder(String.format("BIG-%07d", i)).landUse(LandUse.INDUSTRIAL).singleUse(true)
        .tenure(LandTenure.NEW).lease(LocalDate.of(2023, 1, 1), 20).parkId("PARK-" + (i % 7)).districtId("嘉定区")
        .applicationDate(LocalDate.of(2024, 3, 1)).build();
    List<Storey> storeys = IntStream.rangeClosed(1, 4).mapToObj(l -> Storey.above(l, 4.5, "生产")).toList();
    return GeoParcel.of(facts, square(x, y, 100), List.of(Building.of("B1", square(x + 5, y + 5, 40), storeys),
        Building.of("B2", square(x + 55, y + 5, 40), storeys)), "big#" + i);
  }

  /** Writes the park of {@code n} parcels to {@code file}. */
  static Path geoPackage(Path file, int n) throws IOException {
    ParcelWriters.writeGeoPackage(file, () -> IntStream.range(0, n).mapToObj(BigPark::parcel).iterator(),
        "EPSG:4549");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("DROP INDEX buildings_parcel_id");
      s.execute("DROP INDEX storeys_parcel_id");
    } catch (SQLException e) {
      throw new IOException(e);
    }
    return file;
  }
}
