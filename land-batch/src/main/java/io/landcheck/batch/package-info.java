/**
 * Batch validation (批量审查) of industrial land parcels: {@link io.landcheck.batch.BatchChecker} reads a
 * {@link io.landcheck.batch.BatchInput} (GIS files through land-geo, or facts-only JSON) one record at a time,
 * measures and checks the parcels on all cores, and hands the rows in input order to a
 * {@link io.landcheck.batch.BatchSink}, such as the JSON, CSV and HTML writers of
 * {@link io.landcheck.batch.ReportFormat}; memory stays flat whatever the batch size. After the last row it balances
 * green space over the batch (五(四)) and scores each park (园区评价, 六(二)) in the
 * {@link io.landcheck.batch.BatchSummary}.
 */
package io.landcheck.batch;
