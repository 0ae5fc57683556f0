package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.model.RecordError;
import io.landcheck.engine.Report;
import io.landcheck.model.SplitRequest;
import io.landcheck.engine.Verdict;
import java.util.List;
import io.landcheck.engine.Report;
import io.landcheck.engine.Verdict;
import io.landcheck.model.RecordError;
import io.landcheck.model.SplitRequest;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A parcel split into the part its holder keeps and the surplus land (富余工业用地) split off and transferred under
 * 沪府规〔2021〕9号 五(二), as {@link Measurement#split} makes it.
 *
 * <p>The retained part is measured like any parcel and checked against the pack: its plot ratio (容积率) and mixed-use
 * shares must still comply after the split, and the split-transfer rule judges the request with the surplus part's
 * measured area and width.
 *
 * <p>The geometry is kept as given, not copied: JTS geometries are mutable, and like JTS's own classes landcheck shares
 * them instead of copying them. Do not change one after handing it over; landcheck never changes one.
 *
 * @param parcelId the id of the parcel that was split
 * @param retainedBoundary the retained part's boundary, unless the split failed
 * @param surplusBoundary the surplus part's boundary (one or more polygons), unless the split failed
 * @param request the split request with the surplus part's area and narrowest width filled in, unless the split
 *     failed
 * @param retained the retained part measured (its facts carry {@code request}), unless the split failed before
 * @param report the retained part checked; verdict {@link Verdict#ERROR} with the errors if the split or the
 *     measurement failed
 * @param warnings warnings of the split and of the retained part's measurement
 * @since 0.1
 */
public record SplitResult(
    String parcelId,
    Optional<Geometry> retainedBoundary,
    Optional<Geometry> surplusBoundary,
    Optional<SplitRequest> request,
    Optional<Measured> retained,
    Report report,
    List<RecordError> warnings) {

  /**
   * Checks the components.
   *
   * @param parcelId the id of the parcel that was split; not null
   * @param retainedBoundary the retained part's boundary, unless the split failed; not null
   * @param surplusBoundary the surplus part's boundary (one or more polygons), unless the split failed; not null
   * @param request the split request with the surplus part's area and narrowest width filled in, unless the split
   *     failed; not null
   * @param retained the retained part measured (its facts carry {@code request}), unless the split failed before; not
   *     null
   * @param report the retained part checked; verdict {@link Verdict#ERROR} with the errors if the split or the
   *     measurement failed; not null
   * @param warnings warnings of the split and of the retained part's measurement; not null
   */
  public SplitResult {
    checkNotNull(parcelId, "SplitResult.parcelId");
    checkNotNull(retainedBoundary, "SplitResult.retainedBoundary");
    checkNotNull(surplusBoundary, "SplitResult.surplusBoundary");
    checkNotNull(request, "SplitResult.request");
    checkNotNull(retained, "SplitResult.retained");
    checkNotNull(report, "SplitResult.report");
    checkNotNull(warnings, "SplitResult.warnings");
    warnings = ImmutableList.copyOf(warnings);
    checkArgument(retainedBoundary.isPresent() == surplusBoundary.isPresent(),
        "SplitResult %s: retainedBoundary and surplusBoundary are both present or both empty", parcelId);
  }

  /**
   * The errors of the split and of the retained part's measurement, if any (the report's errors).
   *
   * @return the errors; an empty list when the split and the measurement succeeded
   */
  public List<RecordError> errors() {
    return report.errors();
  }
}
