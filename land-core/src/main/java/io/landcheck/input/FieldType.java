package io.landcheck.input;

/**
 * The kind of value a {@link ParcelField} holds, and the written forms every input accepts for it: a GeoPackage or
 * .dbf cell, a GeoJSON property, a facts-file or scenario-file value, all read by the one parser, {@link Values}.
 *
 * @since 0.1
 */
public enum FieldType {
  /** Text; a number given where text is expected is written out in full ({@code 1001}, never {@code 1001.0}). */
  TEXT("text"),
  /** Yes or no. */
  YES_NO("`true`/`false`, `yes`/`no`, `y`/`n`, `t`/`f`, `1`/`0`, `是`/`否`, `真`/`假` (any case), or a boolean cell"),
  /** A calendar date; a time after it is ignored. */
  DATE("`YYYY-MM-DD`, `YYYY/M/D` or `YYYYMMDD`, a real calendar day (`2024-02-30` is refused), alone or followed by"
      + " a time after a `T` or a space (`2024-05-20T10:00:00`, `2024/05/20 10:00:00`); a number of the eight digits"
      + " `YYYYMMDD` (unquoted `20240520`, or a GeoPackage date column, which stores such text as a number); or a date"
      + " cell"),
  /** A whole number from -2,147,483,647 to 2,147,483,647 (beyond either is refused, never wrapped). */
  WHOLE_NUMBER("a whole number (`20`, `20.0`, `\"20\"`), no fraction, no unit"),
  /** A finite number. */
  NUMBER("a finite number, or text written plainly in decimal: optional sign, digits, optional decimal point and"
      + " exponent (`2.5`, `-1`, `.5`, `1e3`); no unit or type suffix (`3.6m`, `1F`), hexadecimal, `NaN` or infinity"),
  /** A mapping of use code to floor area, m² (only where the input can nest values: facts and scenario files). */
  AREAS_BY_USE("a mapping of use code (or alias) to floor area in m², such as `{\"生产\": 18000, \"宿舍\": 1200}`");

  private final String accepted;

  FieldType(String accepted) {
    this.accepted = accepted;
  }

  /**
   * The written forms accepted, in Markdown, as docs/input-format.md lists them.
   *
   * @return a Markdown fragment listing the accepted forms, as the type's row of docs/input-format.md shows it
   */
  public String accepted() {
    return accepted;
  }
}
