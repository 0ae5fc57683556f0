package io.landcheck.cli;

import io.landcheck.engine.PolicyPack;
import io.landcheck.batch.BatchChecker;
import io.landcheck.geo.io.ReadOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of how to read the inputs, the same for {@code check} and {@code diff} (a picocli mixin): coordinate
 * system, charset, layers, unknown fields, repair, threads and how buildings are given to parcels. It builds the
 * {@link ReadOptions} both commands read with, and sets repair and threads on their checkers.
 */
final class InputOptions {

  @Option(names = "--crs", paramLabel = "EPSG:xxxx",
      description = "CRS of the inputs, overriding the one a file declares (and naming one for files without), "
          + "e.g. EPSG:4549.")
  String crs;

  @Option(names = "--layer", paramLabel = "ROLE=NAME",
      description = "The layer holding the parcels, buildings or storeys when it is not named so: a GeoPackage table, "
          + "or the base name of a Shapefile/GeoJSON in an input directory, e.g. --layer parcels=zd --layer "
          + "buildings=jz. Repeatable. Without it a layer is also found by its fields (the one table or file with "
          + "the layer's required fields).")
  Map<String, String> layers;

  @Option(names = "--charset", paramLabel = "CHARSET",
      description = "Charset of Shapefile attributes when there is no .cpg, e.g. GBK (default: UTF-8).")
  String charset;

  @Option(names = "--ignore-unknown-fields",
      description = "Ignore fields (columns) of the inputs that landcheck does not know, instead of making every "
          + "record of the layer or file an ERROR. Check first that none is a misspelt field name: its fact would be "
          + "dropped.")
  boolean ignoreUnknownFields;

  @Option(names = "--assign-buildings", paramLabel = "by-id|by-location|by-location-split",
      description = "How buildings are given to parcels: by-id (default) by their parcel_id only; by-location also "
          + "gives a building without parcel_id (and its storeys) to the parcel holding the largest part of its "
          + "footprint, reporting the share outside; by-location-split gives it to every parcel holding part of it, "
          + "each measuring its own part.")
  String assignBuildings;

  @Option(names = "--repair",
      description = "Repair invalid polygons with JTS GeometryFixer (each repair is reported as a warning).")
  boolean repair;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that check parcels, and that read GeoPackages ahead, from 1 to " + InputOptions.MAX_THREADS
          + " (default: all cores; 1: all on one thread).")
  Integer threads;

  /** The most threads --threads takes. */
  static final int MAX_THREADS = 256;

  /**
   * The read options these options give, with {@code pack}'s land uses and use codes: GeoPackages read ahead on as
   * many threads as check the parcels (with one, on no other).
   *
   * @throws CommandLine.ParameterException naming the option whose value cannot be used
   */
  ReadOptions readOptions(PolicyPack pack, CommandLine cl) {
    checkThreads(cl);
    ReadOptions options = ReadOptions.defaults().withPack(pack).withCharset(charset(cl))
        .withBuildingAssignment(buildingAssignment(cl));
    if (threads != null) {
      options = options.withReaderThreads(threads == 1 ? 0 : threads);
    }
    if (ignoreUnknownFields) {
      options = options.ignoringUnknownFields();
    }
    if (layers != null) {
      for (Map.Entry<String, String> layer : layers.entrySet()) {
        try {
          options = options.withLayer(layer.getKey(), layer.getValue());
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(cl, "--layer: " + e.getMessage());
        }
      }
    }
    if (crs != null) {
      try {
        options = options.withCrs(crs);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cl, "--crs: " + e.getMessage());
      }
    }
    return options;
  }

  /** {@code checker} with these options' threads and repair. */
  BatchChecker configured(BatchChecker checker, CommandLine cl) {
    checkThreads(cl);
    BatchChecker out = threads == null ? checker : checker.threads(threads);
    return repair ? out.repairingInvalidGeometry() : out;
  }

  private void checkThreads(CommandLine cl) {
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      throw new CommandLine.ParameterException(cl, "--threads: must be from 1 to " + MAX_THREADS + ", was " + threads);
    }
  }

  private ReadOptions.BuildingAssignment buildingAssignment(CommandLine cl) {
    if (assignBuildings == null) {
      return ReadOptions.BuildingAssignment.BY_ID;
    }
    return switch (assignBuildings.strip().toLowerCase(Locale.ROOT)) {
      case "by-id" -> ReadOptions.BuildingAssignment.BY_ID;
      case "by-location" -> ReadOptions.BuildingAssignment.BY_LOCATION;
      case "by-location-split" -> ReadOptions.BuildingAssignment.BY_LOCATION_SPLIT;
      default -> throw new CommandLine.ParameterException(cl, "--assign-buildings: must be by-id, by-location or "
          + "by-location-split, was '" + assignBuildings + "'");
    };
  }

  private Charset charset(CommandLine cl) {
    if (charset == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(charset);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new CommandLine.ParameterException(cl, "--charset: unknown charset '" + charset + "'");
    }
  }
}
