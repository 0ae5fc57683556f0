package io.landcheck.geo.io;

import java.io.IOException;
import java.nio.file.Path;

final class GeoJsonSource {
  private GeoJsonSource() {}

  static ParcelSource open(Path file, ReadOptions options) throws IOException {
    throw new IOException(file + ": not supported yet");
  }
}
