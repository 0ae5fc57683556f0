package io.landcheck.batch;

import io.landcheck.engine.PolicyPack;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@link PolicyDiff}'s results go as they come: {@link #begin} once, {@link #changed} once per parcel that
 * changes, in input order, then {@link #end} with the totals, all from one thread. A writer of {@link DiffFormat}, or
 * a sink of your own.
 *
 * @since 0.1
 */
public interface DiffSink {

  /**
   * One side of the comparison, as the report names it.
   *
   * @param label how the report names the side: the pack's id, a file name or a date
   * @param pack the pack applied
   * @param asOf the date every parcel was judged as of, if the side sets one
   */
  record Side(String label, PolicyPack pack, Optional<LocalDate> asOf) {}

  /**
   * The comparison starts: its two sides and the inputs. Does nothing by default.
   *
   * @param before the side compared from: the old pack, or the earlier date
   * @param after the side compared to: the new pack, or the later date
   * @param inputs a description of each input, in input order, such as {@code park.gpkg}
   * @throws IOException if the sink cannot write
   */
  default void begin(Side before, Side after, List<String> inputs) throws IOException {}

  /**
   * A parcel that changes, in input order; parcels that do not change are not given.
   *
   * @param change the parcel's verdicts and rule results before and after
   * @throws IOException if the sink cannot write
   */
  void changed(ParcelChange change) throws IOException;

  /**
   * Every record has been compared. Does nothing by default.
   *
   * @param summary the totals: records read, parcels changed, per rule and per park
   * @throws IOException if the sink cannot write
   */
  default void end(DiffSummary summary) throws IOException {}
}
