package io.landcheck.model;

import static io.landcheck.model.Checks.checkNonNegative;

/**
 * What an extension does to green space (沪府规〔2021〕9号 五(四)): the attached green space (附属绿地) it removes, and
 * the new planned green space (规划绿地) the project adds in the same park.
 *
 * @param attachedGreenCutM2 attached green space lost to the extension, m²
 * @param greenAddedInParkM2 new planned green space added in the same park, m²
 * @since 0.1
 */
public record GreenSpaceChange(double attachedGreenCutM2, double greenAddedInParkM2) {

  /**
   * Checks the components: one out of range an {@code InvalidFieldException} naming the record and the component.
   *
   * @param attachedGreenCutM2 attached green space lost to the extension, m²; finite and at least 0
   * @param greenAddedInParkM2 new planned green space added in the same park, m²; finite and at least 0
   */
  public GreenSpaceChange {
    checkNonNegative(attachedGreenCutM2, "GreenSpaceChange", "attachedGreenCutM2");
    checkNonNegative(greenAddedInParkM2, "GreenSpaceChange", "greenAddedInParkM2");
  }
}
