package io.landcheck;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.landcheck.Checks.checkField;

/**
 * The planned land use of a parcel (用地性质), as a code that a {@link PolicyPack} knows.
 *
 * <p>Land uses are data, not an enum: a pack lists the codes it judges, so another city can add its own. The
 * Shanghai 2021 pack knows {@link #INDUSTRIAL} (产业项目类工业用地, industrial land for an industrial project) and
 * {@link #GENERAL_RD} (通用类研发用地, general research-and-development land).
 */
public record LandUse(String code) {

  /** 产业项目类工业用地: industrial land granted for a named industrial project. */
  public static final LandUse INDUSTRIAL = new LandUse("industrial");

  /** 通用类研发用地: general R&amp;D land, not tied to one project. */
  public static final LandUse GENERAL_RD = new LandUse("general-rd");

  public LandUse {
    checkField(code != null && !code.isBlank(), "LandUse", "code", "must not be blank");
  }

  /** The land use with this code, such as {@code "industrial"}. */
  public static LandUse of(String code) {
    return new LandUse(checkNotNull(code, "LandUse.code").strip());
  }

  @Override
  public String toString() {
    return code;
  }
}
