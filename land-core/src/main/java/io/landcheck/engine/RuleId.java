package io.landcheck.engine;

import static io.landcheck.model.Checks.checkField;

/**
 * The stable id of a rule in a policy pack, such as {@code mixed-use-amenity}. Ids never change meaning between
 * versions of a pack, so reports and tests can refer to them. The Shanghai pack's ids are in {@code io.landcheck.pack.shanghai.Rules}.
 *
 * @since 0.1
 */
public record RuleId(String value) {

  /**
   * Checks the components: one out of range an {@code InvalidFieldException} naming the record and the component.
   *
   * @param value the id, lower-case words joined by {@code -}, such as {@code lease-term}; stable across pack versions,
   *     so reports and clients may key on it
   */
  public RuleId {
    checkField(value != null && value.matches("[a-z0-9]+(-[a-z0-9]+)*"), "RuleId", "value",
        "must be lower-case words joined by '-', was '%s'", value);
  }

  /**
   * The rule id with this value.
   *
   * @param value lower-case words joined by {@code -}, such as {@code lease-term}
   * @return the id
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
