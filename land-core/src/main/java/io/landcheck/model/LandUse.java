package io.landcheck.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.model.Checks.checkField;

import io.landcheck.engine.PolicyPack;

/**
 * The planned land use of a parcel (用地性质), as a code that a {@link PolicyPack} knows.
 *
 * <p>Land uses are data, not an enum: a pack lists the codes it judges, so another city can add its own. The
 * Shanghai 2021 pack knows {@link #INDUSTRIAL} (产业项目类工业用地, industrial land for an industrial project) and
 * {@link #GENERAL_RD} (通用类研发用地, general research-and-development land).
 *
 * @since 0.1
 */
public record LandUse(String code) {

  /** 产业项目类工业用地: industrial land granted for a named industrial project. */
  public static final LandUse INDUSTRIAL = new LandUse("industrial");

  /** 通用类研发用地: general R&amp;D land, not tied to one project. */
  public static final LandUse GENERAL_RD = new LandUse("general-rd");

  /**
   * Checks the components: one out of range an {@code InvalidFieldException} naming the record and the component.
   *
   * @param code the land use's code as the pack names it, such as {@code industrial} (产业项目类工业用地) or {@code general-rd}
   *     (通用类研发用地); not blank
   */
  public LandUse {
    checkField(code != null && !code.isBlank(), "LandUse", "code", "must not be blank");
  }

  /**
   * The land use with this code, such as {@code "industrial"}.
   *
   * @param code the land use's code in the pack, not blank
   * @return the land use, its code stripped of surrounding blanks; it need not be one the pack judges
   */
  public static LandUse of(String code) {
    return new LandUse(checkNotNull(code, "LandUse.code").strip());
  }

  @Override
  public String toString() {
    return code;
  }
}
