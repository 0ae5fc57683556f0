package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.model.UseClass;

/**
 * One condition a rule sets on changes to a parcel's above-ground floor area, in m², for the parcel to comply with it:
 * a linear condition on the floor area added (positive) or cut (negative) in each {@link UseClass},
 *
 * <pre>
 *   principal × ΔPRINCIPAL_INDUSTRIAL + otherIndustrial × ΔOTHER_INDUSTRIAL + livingAmenity × ΔLIVING_AMENITY
 *       ≥ boundM2   (AT_LEAST)   or   ≤ boundM2   (AT_MOST)
 * </pre>
 *
 * <p>For example, a plot-ratio floor of 2.0 on 10,000 m² with 19,300 m² counted in the plot ratio asks for
 * {@code 1·ΔP + 1·ΔO + 1·ΔA ≥ 700}; living amenities of 3,800 m² held to 15 % of 20,700 m² ask for
 * {@code −0.15·ΔP − 0.15·ΔO + 0.85·ΔA ≤ −695}. The bound is the limit itself, without the pack's tolerance, so a change
 * that meets it complies however the rule rounds.
 *
 * @param principal the coefficient of the change in principal industrial floor area (主导产业用途)
 * @param otherIndustrial the coefficient of the change in other industrial floor area (其他产业用途)
 * @param livingAmenity the coefficient of the change in living-amenity floor area (生活配套)
 * @param relation whether the sum must be at least or at most the bound
 * @param boundM2 the bound, m²
 * @since 0.1
 */
public record FloorAreaConstraint(
    double principal, double otherIndustrial, double livingAmenity, Relation relation, double boundM2) {

  /** Which side of its bound the sum must lie on; bounds are inclusive. */
  public enum Relation {
    /** The sum must be at least the bound. */
    AT_LEAST,
    /** The sum must be at most the bound. */
    AT_MOST
  }

  /**
   * Checks the components: a null {@code relation} throws a {@code NullPointerException}, and a coefficient or bound
   * that is not finite an {@code IllegalArgumentException} naming the record.
   *
   * @param principal the coefficient of the change in principal industrial floor area (主导产业用途); finite
   * @param otherIndustrial the coefficient of the change in other industrial floor area (其他产业用途); finite
   * @param livingAmenity the coefficient of the change in living-amenity floor area (生活配套); finite
   * @param relation whether the sum must be at least or at most the bound; not null
   * @param boundM2 the bound, m²; finite
   */
  public FloorAreaConstraint {
    checkNotNull(relation, "FloorAreaConstraint.relation");
    checkArgument(Double.isFinite(principal) && Double.isFinite(otherIndustrial) && Double.isFinite(livingAmenity)
            && Double.isFinite(boundM2),
        "FloorAreaConstraint: coefficients and bound must be finite, were %s, %s, %s and %s", principal,
        otherIndustrial, livingAmenity, boundM2);
  }

  /**
   * The sum of the changes in {@code classes}' floor areas must be at least {@code boundM2}: a floor, such as the
   * plot-ratio (容积率) floor on all above-ground floor area.
   *
   * @param classes the use classes whose changes are summed, each with coefficient 1; the others get 0
   * @param boundM2 the least the sum may be, m²; negative when the parcel may lose that much and still comply
   * @return the condition {@code Σ Δclass ≥ boundM2}
   */
  public static FloorAreaConstraint sumAtLeast(java.util.Set<UseClass> classes, double boundM2) {
    return sum(classes, Relation.AT_LEAST, boundM2);
  }

  /**
   * The sum of the changes in {@code classes}' floor areas must be at most {@code boundM2}: a cap, such as the
   * plot-ratio (容积率) cap on all above-ground floor area.
   *
   * @param classes the use classes whose changes are summed, each with coefficient 1; the others get 0
   * @param boundM2 the most the sum may be, m²; negative when the parcel must lose at least that much to comply
   * @return the condition {@code Σ Δclass ≤ boundM2}
   */
  public static FloorAreaConstraint sumAtMost(java.util.Set<UseClass> classes, double boundM2) {
    return sum(classes, Relation.AT_MOST, boundM2);
  }

  private static FloorAreaConstraint sum(java.util.Set<UseClass> classes, Relation relation, double boundM2) {
    checkNotNull(classes, "FloorAreaConstraint.classes");
    return new FloorAreaConstraint(classes.contains(UseClass.PRINCIPAL_INDUSTRIAL) ? 1 : 0,
        classes.contains(UseClass.OTHER_INDUSTRIAL) ? 1 : 0, classes.contains(UseClass.LIVING_AMENITY) ? 1 : 0,
        relation, boundM2);
  }

  /**
   * The coefficient of the change in {@code useClass}'s floor area.
   *
   * @param useClass the use class
   * @return its coefficient in the condition's sum; 0 when the condition does not involve that class
   */
  public double coefficient(UseClass useClass) {
    return switch (checkNotNull(useClass, "FloorAreaConstraint.coefficient(useClass)")) {
      case PRINCIPAL_INDUSTRIAL -> principal;
      case OTHER_INDUSTRIAL -> otherIndustrial;
      case LIVING_AMENITY -> livingAmenity;
    };
  }

  /**
   * Whether changes of {@code principalM2}, {@code otherIndustrialM2} and {@code livingAmenityM2} meet it exactly,
   * without the pack's tolerance.
   *
   * @param principalM2 the change in principal industrial floor area (主导产业用途), m²: negative to cut, positive to add
   * @param otherIndustrialM2 the change in other industrial floor area (其他产业用途), m²: negative to cut, positive to add
   * @param livingAmenityM2 the change in living-amenity floor area (生活配套), m²: negative to cut, positive to add
   * @return true when the weighted sum lies on the required side of the bound, the bound itself included
   */
  public boolean holdsFor(double principalM2, double otherIndustrialM2, double livingAmenityM2) {
    double sum = principal * principalM2 + otherIndustrial * otherIndustrialM2 + livingAmenity * livingAmenityM2;
    return relation == Relation.AT_LEAST ? sum >= boundM2 : sum <= boundM2;
  }
}
