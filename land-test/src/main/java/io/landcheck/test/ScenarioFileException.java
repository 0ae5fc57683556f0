package io.landcheck.test;

/**
 * A scenario file is not valid: the message names the file, the case (by its position and parcel id) and the field,
 * for example {@code zoning/amenity.yaml, cases[2] (parcel AM-03), field site_area_m2: must be a number > 0, was
 * "ten thousand"}. Thrown by the test of a bad file, so the build fails and says where to look.
 *
 * @since 0.1
 */
public final class ScenarioFileException extends IllegalArgumentException {

  /**
   * The scenario file, kept for {@link #file()} (and serialised with the exception).
   */
  private final String file;
  /**
   * The field at fault, kept for {@link #field()} (and serialised with the exception).
   */
  private final String field;

  ScenarioFileException(String file, String where, String field, String problem) {
    super(file + (where.isEmpty() ? "" : ", " + where) + (field.isEmpty() ? "" : ", field " + field) + ": " + problem);
    this.file = file;
    this.field = field;
  }

  /**
   * The file, as a classpath resource name such as {@code zoning/amenity.yaml}.
   *
   * @return the resource name of the scenario file
   */
  public String file() {
    return file;
  }

  /**
   * The field at fault, such as {@code site_area_m2} or {@code expect.rules.lease-term}; empty for the whole file.
   *
   * @return the field's path in the file; an empty string when the problem is the whole file's
   */
  public String field() {
    return field;
  }
}
