package io.landcheck.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The park generator's command line: writes a seeded synthetic park as GeoPackage or a GeoJSON directory. */
@Command(name = "park-generator", mixinStandardHelpOptions = true,
    description = "Writes a seeded synthetic industrial park city (EPSG:4549) as GeoPackage or GeoJSON layers.")
final class GenerateCommand implements Callable<Integer> {

  enum Format { gpkg, geojson }

  @Option(names = "--parcels", paramLabel = "N", description = "number of parcels (default ${DEFAULT-VALUE})",
      defaultValue = "1000")
  int parcels;

  @Option(names = "--seed", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})",
      defaultValue = "20210901")
  long seed;

  @Option(names = "--sample", description = "the 60-parcel sample park with broken records (ignores --parcels)")
  boolean sample;

  @Option(names = "--out", paramLabel = "PATH", required = true,
      description = "a .gpkg file, or a directory for the GeoJSON layers")
  Path out;

  @Option(names = "--format", paramLabel = "gpkg|geojson",
      description = "output format (default: gpkg if PATH ends in .gpkg, else geojson)")
  Format format;

  static int run(String[] args) {
    return new CommandLine(new GenerateCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (!sample && parcels <= 0) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--parcels must be > 0, was " + parcels);
    }
    ParkGenerator generator = sample ? ParkGenerator.samplePark(seed) : ParkGenerator.of(seed, parcels);
    Format f = format != null ? format
        : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg") ? Format.gpkg : Format.geojson;
    long start = System.nanoTime();
    switch (f) {
      case gpkg -> ParkFiles.writeGeoPackage(generator, out);
      case geojson -> ParkFiles.writeGeoJson(generator, out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(Locale.ROOT, "wrote %d parcels (seed %d%s) to %s as %s in %.1f s%n", generator.parcelCount(),
        seed, sample ? ", sample park with " + generator.defects().size() + " broken records" : "", out, f, seconds);
    return 0;
  }
}
