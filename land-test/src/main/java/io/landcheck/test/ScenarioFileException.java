package io.landcheck.test;

/**
 * A scenario file is not valid: the message names the file, the case (by its position and parcel id) and the field,
 * for example {@code zoning/amenity.yaml, cases[2] (parcel AM-03), field site_area_m2: must be a number > 0, was
 * "ten thousand"}. Thrown by the test of a bad file, so the build fails and says where to look.
 */
public final class ScenarioFileException extends IllegalArgumentException {

  private final String file;
  private final String field;

  ScenarioFileException(String file, String where, String field, String problem) {
    super(file + (where.isEmpty() ? "" : ", " + where) + (field.isEmpty() ? "" : ", field " + field) + ": " + problem);
    this.file = file;
    this.field = field;
  }

  /** The file, as a classpath resource name such as {@code zoning/amenity.yaml}. */
  public String file() {
    return file;
  }

  /** The field at fault, such as {@code site_area_m2} or {@code expect.rules.lease-term}; empty for the whole file. */
  public String field() {
    return field;
  }
}
