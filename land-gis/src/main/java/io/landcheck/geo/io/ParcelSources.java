package io.landcheck.geo.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens GIS files of parcels (宗地), buildings (建筑) and storeys (层) as a {@link ParcelSource}: a GeoPackage
 * ({@code .gpkg} with tables parcels, buildings, storeys), Shapefiles ({@code parcels.shp} or the directory holding
 * parcels.shp, buildings.shp, storeys.shp/.dbf) or GeoJSON ({@code parcels.geojson} or the directory holding
 * parcels.geojson, buildings.geojson, storeys.geojson). The schema, with its Chinese aliases, is in
 * docs/input-format.md.
 *
 * <p>CGCS2000 Gauss-Krüger coordinates are used as they are; geographic ones (EPSG:4490, 4326) are projected, and
 * other projected ones (Web Mercator EPSG:3857, UTM …) reprojected, to the CGCS2000 3° zone of each parcel's
 * longitude. Layers named otherwise than parcels, buildings and storeys are named with {@link ReadOptions#withLayer},
 * or found by their fields; buildings without a parcel_id are placed on parcels by location when {@link
 * ReadOptions#withBuildingAssignment} asks for it (docs/input-format.md, "Buildings by location").
 *
 * <p>A record without a parcel id is named by a locator: the file as {@code path} names it and the record's number,
 * such as {@code data/a/parcels.geojson#3} or {@code data/park.gpkg:parcels#3}. The path is taken as the caller gives
 * it, with {@code /} between its names: to have locators relative to a folder (the command line's working
 * directory), give the path relative to it.
 *
 * @since 0.1
 */
public final class ParcelSources {

  private ParcelSources() {}

  /** The file as a locator names it: the path as the caller gave it, with {@code /} between its names. */
  static String located(Path file) {
    String shown = file.normalize().toString();
    return java.io.File.separatorChar == '/' ? shown : shown.replace(java.io.File.separatorChar, '/');
  }

  /**
   * Opens the file or directory.
   *
   * @param path a GeoPackage (.gpkg), a Shapefile (.shp, with its .dbf), a GeoJSON file (.geojson, .json), or a
   *     directory holding parcels.shp or parcels.geojson (with the buildings and storeys files beside it)
   * @param options the coordinate system, charset, pack, threads and limits to read with
   * @return the source, to be closed by the caller (it may hold temporary files)
   * @throws IOException if it does not exist, its format is not known, or it cannot be opened at all (bad records and
   *     a missing coordinate system are reported per record instead)
   */
  public static ParcelSource open(Path path, ReadOptions options) throws IOException {
    checkNotNull(path, "path");
    checkNotNull(options, "options");
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file or directory");
    }
    if (Files.isDirectory(path)) {
      return openDirectory(path, options);
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gpkg")) {
      return GeoPackageSource.open(path, options);
    }
    if (name.endsWith(".shp")) {
      return ShapefileSource.open(path, options);
    }
    if (name.endsWith(".geojson") || name.endsWith(".json")) {
      return GeoJsonSource.open(path, options);
    }
    throw new IOException(path + ": unknown input format; use a .gpkg, a .shp, a .geojson or a directory of them");
  }

  /**
   * A directory of Shapefiles or GeoJSON files: its parcels layer is the one {@code --layer parcels=NAME} names, else
   * {@code parcels.shp}, {@code parcels.geojson} or {@code parcels.json}, else the one file whose fields are the parcels'
   * ({@link DirectoryLayers}); the buildings and storeys likewise.
   */
  private static ParcelSource openDirectory(Path dir, ReadOptions options) throws IOException {
    String parcels = options.layer("parcels").orElse("parcels");
    if (Files.exists(dir.resolve(parcels + ".shp"))) {
      ReadOptions found = DirectoryLayers.detected(dir, DirectoryLayers.Format.SHAPEFILE, options);
      return ShapefileSource.open(dir.resolve(parcels + ".shp"), found);
    }
    for (String name : new String[] {parcels + ".geojson", parcels + ".json"}) {
      if (Files.exists(dir.resolve(name))) {
        return GeoJsonSource.open(dir.resolve(name), DirectoryLayers.detected(dir, DirectoryLayers.Format.GEOJSON,
            options));
      }
    }
    if (options.layer("parcels").isEmpty()) {
      ReadOptions shp = DirectoryLayers.detected(dir, DirectoryLayers.Format.SHAPEFILE, options);
      if (shp.layer("parcels").isPresent()) {
        return ShapefileSource.open(dir.resolve(shp.layer("parcels").get() + ".shp"), shp);
      }
      ReadOptions geojson = DirectoryLayers.detected(dir, DirectoryLayers.Format.GEOJSON, options);
      if (geojson.layer("parcels").isPresent()) {
        String base = geojson.layer("parcels").get();
        Path file = Files.exists(dir.resolve(base + ".geojson")) ? dir.resolve(base + ".geojson")
            : dir.resolve(base + ".json");
        return GeoJsonSource.open(file, geojson);
      }
    }
    throw new IOException(dir + ": a directory of input needs " + parcels + ".shp or " + parcels + ".geojson"
        + (options.layer("parcels").isPresent() ? " (named with --layer parcels=" + parcels + ")"
            : ", or one Shapefile or GeoJSON file with the parcels' fields; name another parcels layer with --layer "
                + "parcels=NAME"));
  }
}
