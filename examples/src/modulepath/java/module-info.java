/**
 * An application on the module path, as a bureau's build would embed landcheck: it requires the engine
 * ({@code io.landcheck.core}), the Shanghai pack ({@code io.landcheck.pack.shanghai}), measurement ({@code io.landcheck.geo}) and GIS files ({@code io.landcheck.gis}) by their
 * module names and nothing else. {@code ModulePathIT} compiles and runs it.
 */
module io.landcheck.examples.modulepath {
  requires io.landcheck.core;
  requires io.landcheck.pack.shanghai;
  requires io.landcheck.geo;
  requires io.landcheck.gis;
}
