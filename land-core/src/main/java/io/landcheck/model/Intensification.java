package io.landcheck.model;

import static io.landcheck.model.Checks.checkNonNegative;

/**
 * A change that makes more intensive use of existing land: a raised plot ratio (提高容积率) and/or added underground
 * space (增加地下空间), with whether the planning authority approved it (经批准).
 *
 * @param plotRatioBefore the plot ratio before the change
 * @param plotRatioAfter the plot ratio after the change
 * @param undergroundBeforeM2 underground floor area before the change, m²
 * @param undergroundAfterM2 underground floor area after the change, m²
 * @param approved whether the change was approved
 * @since 0.1
 */
public record Intensification(
    double plotRatioBefore,
    double plotRatioAfter,
    double undergroundBeforeM2,
    double undergroundAfterM2,
    boolean approved) {

  /**
   * Checks the components: one out of range an {@code InvalidFieldException} naming the record and the component.
   *
   * @param plotRatioBefore the plot ratio before the change; finite and at least 0
   * @param plotRatioAfter the plot ratio after the change; finite and at least 0
   * @param undergroundBeforeM2 underground floor area before the change, m²; finite and at least 0
   * @param undergroundAfterM2 underground floor area after the change, m²; finite and at least 0
   * @param approved whether the change was approved
   */
  public Intensification {
    checkNonNegative(plotRatioBefore, "Intensification", "plotRatioBefore");
    checkNonNegative(plotRatioAfter, "Intensification", "plotRatioAfter");
    checkNonNegative(undergroundBeforeM2, "Intensification", "undergroundBeforeM2");
    checkNonNegative(undergroundAfterM2, "Intensification", "undergroundAfterM2");
  }

  /**
   * Whether the plot ratio goes up.
   *
   * @return true when {@code plotRatioAfter} is above {@code plotRatioBefore}
   */
  public boolean raisesPlotRatio() {
    return plotRatioAfter > plotRatioBefore;
  }

  /**
   * Whether underground floor area is added.
   *
   * @return true when {@code undergroundAfterM2} is above {@code undergroundBeforeM2}
   */
  public boolean addsUnderground() {
    return undergroundAfterM2 > undergroundBeforeM2;
  }
}
