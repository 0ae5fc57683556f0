/**
 * landcheck's engine and model: parcels (地块) with their floor areas by use class, the contract of the rules that
 * judge them (their kinds found through the {@code RuleKindProvider} service: the engine knows no city), the policy
 * packs that hold every number with its effective date and source, and the reports a bureau signs. No
 * geometry: areas come in as numbers (module {@code io.landcheck.geo} measures them from polygons).
 *
 * <p>Packages: {@code io.landcheck.model} (a parcel's planning facts and the errors of a record),
 * {@code io.landcheck.pack} (a policy's numbers with their sources, citations and texts, and pack errors),
 * {@code io.landcheck.engine} (the rules' contract, policy packs and their loader, the checker, reports and remedies)
 * and {@code io.landcheck.input} (the one schema and value parser of a parcel record, which every reader uses). The
 * Shanghai pack and its rules are module {@code io.landcheck.pack.shanghai} (land-pack-shanghai).
 *
 * @since 0.1
 */
// Guava is an automatic module (no module-info) with a stable Automatic-Module-Name. Guava and Jackson (streaming core
// and databind) are used inside only: no public signature names their types (PublicApiTest in land-test), so none is
// required transitively and an application does not read them. The JSON readers walk files with
// io.landcheck.input.JsonStream, whose tokens and failures are the project's own types (JsonStream.Token,
// JsonStream.BadJsonException).
@SuppressWarnings("requires-automatic")
module io.landcheck.core {
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires java.sql; // java.sql.Date values from JDBC readers (GeoPackage)

  exports io.landcheck.model;
  exports io.landcheck.pack;
  exports io.landcheck.engine;
  exports io.landcheck.input;

  // the rule kinds and bundled packs of the pack modules, such as io.landcheck.pack.shanghai
  uses io.landcheck.engine.RuleKindProvider;
}
