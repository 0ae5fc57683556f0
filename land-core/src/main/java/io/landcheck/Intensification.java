package io.landcheck;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A change that makes more intensive use of existing land: a raised plot ratio (提高容积率) and/or added underground
 * space (增加地下空间), with whether the planning authority approved it (经批准).
 *
 * @param plotRatioBefore the plot ratio before the change
 * @param plotRatioAfter the plot ratio after the change
 * @param undergroundBeforeM2 underground floor area before the change, m²
 * @param undergroundAfterM2 underground floor area after the change, m²
 * @param approved whether the change was approved
 */
public record Intensification(
    double plotRatioBefore,
    double plotRatioAfter,
    double undergroundBeforeM2,
    double undergroundAfterM2,
    boolean approved) {

  public Intensification {
    checkArgument(Double.isFinite(plotRatioBefore) && plotRatioBefore >= 0, "plotRatioBefore must be >= 0, was %s", plotRatioBefore);
    checkArgument(Double.isFinite(plotRatioAfter) && plotRatioAfter >= 0, "plotRatioAfter must be >= 0, was %s", plotRatioAfter);
    checkArgument(Double.isFinite(undergroundBeforeM2) && undergroundBeforeM2 >= 0, "undergroundBeforeM2 must be >= 0, was %s", undergroundBeforeM2);
    checkArgument(Double.isFinite(undergroundAfterM2) && undergroundAfterM2 >= 0, "undergroundAfterM2 must be >= 0, was %s", undergroundAfterM2);
  }

  /** An approved change of plot ratio and underground floor area. */
  public static Intensification approved(
      double plotRatioBefore, double plotRatioAfter, double undergroundBeforeM2, double undergroundAfterM2) {
    return new Intensification(plotRatioBefore, plotRatioAfter, undergroundBeforeM2, undergroundAfterM2, true);
  }

  /** Whether the plot ratio goes up. */
  public boolean raisesPlotRatio() {
    return plotRatioAfter > plotRatioBefore;
  }

  /** Whether underground floor area is added. */
  public boolean addsUnderground() {
    return undergroundAfterM2 > undergroundBeforeM2;
  }
}
