package io.landcheck.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IndexedCopiesTest {

  @Test
  @DisplayName("a copied table is read through its attached copy, indexed on parcel_id, and closing deletes the file")
  void copyAttachDelete() throws Exception {
    Path park = Fixtures.path("park.gpkg");
    IndexedCopies copies = new IndexedCopies(park);
    String name = copies.copy("storeys", "lc_storeys", "parcel_id", "fid");
    Path file = copies.file().orElseThrow();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + park.toAbsolutePath())) {
      copies.attach(c);
      try (Statement s = c.createStatement();
          ResultSet copied = s.executeQuery("SELECT (SELECT COUNT(*) FROM " + name + "), (SELECT COUNT(*) FROM storeys),"
              + " (SELECT COUNT(*) FROM lc.sqlite_master WHERE type = 'index' AND tbl_name = 'lc_storeys')")) {
        copied.next();
        assertThat(copied.getLong(1)).isPositive().isEqualTo(copied.getLong(2));
        assertThat(copied.getLong(3)).isEqualTo(1);
      }
    }
    assertThat(file).exists();

    copies.close();

    assertThat(file).doesNotExist();
  }
}
