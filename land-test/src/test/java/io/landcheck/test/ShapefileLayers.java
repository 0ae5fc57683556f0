package io.landcheck.test;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A minimal Shapefile writer for tests (landcheck writes no Shapefiles): rectangles as one-ring Polygon shapes (.shp,
 * .shx), attributes as UTF-8 character fields (.dbf, .cpg, as GDAL writes a layer whose fields are all strings) and
 * the CGCS2000 3° Gauss-Krüger CM 120°E system (.prj, EPSG:4549, as ArcGIS writes it).
 */
final class ShapefileLayers {

  /** The .prj of EPSG:4549 as land-geo's fixtures have it (land-geo/src/test/resources/fixtures/shp-utf8). */
  static final String PRJ_4549 = "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
      + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
      + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
      + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],"
      + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

  private static final int POLYGON = 5;
  /** A one-part, five-point polygon record's content: type, box, part and point counts, one part index, points. */
  private static final int CONTENT_BYTES = 4 + 32 + 4 + 4 + 4 + 5 * 16;

  private ShapefileLayers() {}

  /**
   * Writes layer {@code name} in {@code dir}: {@code rows} as a .dbf of character fields named {@code columns} (each
   * cut to the .dbf's 10 bytes, as GDAL cuts them; a null cell is blank), and, if {@code boxes} is not null, one
   * rectangle per row ({@code {minX, minY, maxX, maxY}}) as .shp, .shx and .prj.
   */
  static void write(Path dir, String name, List<String> columns, List<List<String>> rows, List<double[]> boxes)
      throws IOException {
    Files.writeString(dir.resolve(name + ".cpg"), "UTF-8");
    try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".dbf"))) {
      DBFWriter dbf = new DBFWriter(out, StandardCharsets.UTF_8);
      DBFField[] fields = new DBFField[columns.size()];
      for (int i = 0; i < fields.length; i++) {
        String column = columns.get(i);
        fields[i] = new DBFField(column.length() > 10 ? column.substring(0, 10) : column, DBFDataType.CHARACTER, 254);
      }
      dbf.setFields(fields);
      for (List<String> row : rows) {
        dbf.addRecord(row.toArray());
      }
      dbf.close();
    }
    if (boxes == null) {
      return;
    }
    Files.writeString(dir.resolve(name + ".prj"), PRJ_4549);
    double[] all = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (double[] b : boxes) {
      all[0] = Math.min(all[0], b[0]);
      all[1] = Math.min(all[1], b[1]);
      all[2] = Math.max(all[2], b[2]);
      all[3] = Math.max(all[3], b[3]);
    }
    int record = 8 + CONTENT_BYTES;
    ByteBuffer shp = header(100 + record * boxes.size(), all);
    ByteBuffer shx = header(100 + 8 * boxes.size(), all);
    for (int i = 0; i < boxes.size(); i++) {
      double[] b = boxes.get(i);
      shx.order(ByteOrder.BIG_ENDIAN).putInt((100 + record * i) / 2).putInt(CONTENT_BYTES / 2);
      shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(CONTENT_BYTES / 2);
      shp.order(ByteOrder.LITTLE_ENDIAN).putInt(POLYGON).putDouble(b[0]).putDouble(b[1]).putDouble(b[2])
          .putDouble(b[3]).putInt(1).putInt(5).putInt(0);
      // an outer ring runs clockwise in a Shapefile
      double[][] ring = {{b[0], b[1]}, {b[0], b[3]}, {b[2], b[3]}, {b[2], b[1]}, {b[0], b[1]}};
      for (double[] p : ring) {
        shp.putDouble(p[0]).putDouble(p[1]);
      }
    }
    Files.write(dir.resolve(name + ".shp"), shp.array());
    Files.write(dir.resolve(name + ".shx"), shx.array());
  }

  /** A .shp or .shx header for a file of {@code bytes} bytes of Polygon shapes within {@code box}. */
  private static ByteBuffer header(int bytes, double[] box) {
    ByteBuffer h = ByteBuffer.allocate(bytes);
    h.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
    h.putInt(bytes / 2);
    h.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(POLYGON).putDouble(box[0]).putDouble(box[1])
        .putDouble(box[2]).putDouble(box[3]).putDouble(0).putDouble(0).putDouble(0).putDouble(0);
    return h;
  }
}
