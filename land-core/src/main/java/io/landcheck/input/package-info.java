/**
 * Input records: the one schema of a parcel record ({@link io.landcheck.input.ParcelField}), the one value parser
 * ({@link io.landcheck.input.Values}) and the one mapping from a record to a {@link io.landcheck.model.Parcel}
 * ({@link io.landcheck.input.ParcelRecords}) that every reader (GeoPackage, Shapefile, GeoJSON, facts JSON, scenario
 * files) uses, so the same record gives the same verdict from every input.
 */
package io.landcheck.input;
