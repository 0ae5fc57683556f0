package io.landcheck;

/**
 * The level of government that recognised a project's category (认定级别). Declared from lowest to highest, so
 * {@code level.compareTo(MUNICIPAL) >= 0} reads "municipal level or above" (市级及以上).
 */
public enum RecognitionLevel {
  /** 区级: recognised by a district. */
  DISTRICT,
  /** 市级: recognised by the municipality. */
  MUNICIPAL,
  /** 国家级: recognised by the State. */
  NATIONAL;

  /** Whether this level is the given one or higher. */
  public boolean isAtLeast(RecognitionLevel minimum) {
    return compareTo(minimum) >= 0;
  }
}
