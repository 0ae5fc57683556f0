/**
 * landcheck's engine and model: parcels (地块) with their floor areas by use class, the rules that judge them, the
 * policy packs that hold every number with its effective date and source, and the reports a bureau signs. No
 * geometry: areas come in as numbers (module {@code io.landcheck.geo} measures them from polygons).
 *
 * <p>Packages: {@code io.landcheck} (model, engine, packs, reports), {@code io.landcheck.rules} (the rule kinds a
 * pack configures) and {@code io.landcheck.input} (the one schema and value parser of a parcel record, which every
 * reader uses).
 *
 * @since 0.1
 */
// Guava is an automatic module (no module-info) with a stable Automatic-Module-Name. Guava and Jackson's databind are
// used inside only: no public signature names their types (PublicApiTest in land-test), so an application does not
// read them. Jackson's streaming core is still named by io.landcheck.input.JsonStream and JsonValues.readObject, the
// JSON readers' shared parser, and stays transitive until those are behind a type of the project's own.
@SuppressWarnings("requires-automatic")
module io.landcheck.core {
  requires com.google.common;
  requires transitive com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires java.sql; // java.sql.Date values from JDBC readers (GeoPackage)

  exports io.landcheck;
  exports io.landcheck.input;
  exports io.landcheck.rules;
}
