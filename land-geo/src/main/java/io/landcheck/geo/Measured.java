package io.landcheck.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.model.Parcel;
import io.landcheck.model.RecordError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A parcel (宗地) measured from its geometry: the facts with the site area (用地面积), the above-ground floor area
 * (地上建筑面积) by use code, the floor area counted in the plot ratio (计容建筑面积) and the underground floor area
 * filled in, ready for {@link io.landcheck.engine.Checker#check(Parcel)}; or, when the geometry is bad, the errors saying
 * what and where.
 *
 * @param parcelId the parcel's id
 * @param locator where the record came from, as the reader named it
 * @param facts the parcel's facts with the measured areas; empty if and only if there are errors
 * @param errors what makes the geometry unmeasurable: an invalid polygon (with the JTS reason and location),
 *     buildings overlapping on one level, a storey outside its building …
 * @param warnings what was measured but deserves a look: a building crossing the parcel boundary (and the area left
 *     out), a declared site area that differs from the measured one, a polygon repaired on request …
 * @param trace how each number was made
 * @param repaired the invalid polygons of the record that were repaired on request (e.g. {@code the parcel
 *     boundary}), whether the repair was trusted (a warning) or not (an error); empty when none was
 * @since 0.1
 */
public record Measured(
    String parcelId,
    String locator,
    Optional<Parcel> facts,
    List<RecordError> errors,
    List<RecordError> warnings,
    MeasurementTrace trace,
    List<String> repaired) {

  /**
   * Checks the components.
   *
   * @param parcelId the parcel's id; not null
   * @param locator where the record came from, as the reader named it; not null
   * @param facts the parcel's facts with the measured areas; empty if and only if there are errors; not null
   * @param errors what makes the geometry unmeasurable: an invalid polygon (with the JTS reason and location),
   *     buildings overlapping on one level, a storey outside its building …; not null
   * @param warnings what was measured but deserves a look: a building crossing the parcel boundary (and the area left
   *     out), a declared site area that differs from the measured one, a polygon repaired on request …; not null
   * @param trace how each number was made; not null
   * @param repaired the invalid polygons that were repaired on request; empty when none was; not null
   */
  public Measured {
    checkNotNull(parcelId, "Measured.parcelId");
    checkNotNull(locator, "Measured.locator");
    checkNotNull(facts, "Measured.facts");
    checkNotNull(errors, "Measured.errors");
    checkNotNull(warnings, "Measured.warnings");
    checkNotNull(trace, "Measured.trace");
    checkNotNull(repaired, "Measured.repaired");
    errors = ImmutableList.copyOf(errors);
    warnings = ImmutableList.copyOf(warnings);
    repaired = ImmutableList.copyOf(repaired);
    checkArgument(facts.isPresent() == errors.isEmpty(),
        "Measured %s: facts must be present if and only if there are no errors", parcelId);
  }

  /** This measurement with {@code polygons} repaired (itself when none was). */
  Measured withRepaired(List<String> polygons) {
    return polygons.isEmpty() ? this
        : new Measured(parcelId, locator, facts, errors, warnings, trace, polygons);
  }

  /**
   * The invalid polygons that were repaired on request, named in {@code language}: in Chinese for {@code zh} (such as
   * {@code 地块边界}, as the repair's error or warning names it), else in English as {@link #repaired()}.
   *
   * @param language a language tag such as {@code zh} or {@code en}
   * @return the polygons' names in that language; empty when none was repaired
   */
  public List<String> repaired(String language) {
    if (!"zh".equals(language)) {
      return repaired;
    }
    List<String> named = new ArrayList<>(repaired.size());
    for (String polygon : repaired) {
      named.add(Stream.concat(errors.stream(), warnings.stream())
          .filter(e -> REPAIRS.contains(e.messageKey()) && e.arguments().get(0).equals(polygon))
          .map(e -> e.arguments().get(1)).findFirst().orElse(polygon));
    }
    return named;
  }

  /** The templates of a repair's error or warning, whose arguments are the polygon's English and Chinese names. */
  private static final Set<String> REPAIRS = Set.of("INVALID_GEOMETRY.unrepairable",
      "INVALID_GEOMETRY.repairChangesArea", "GEOMETRY_REPAIRED.repaired");

  /**
   * Whether an invalid polygon of the record was repaired (or its repair refused as untrustworthy).
   *
   * @return true when {@link #repaired()} is not empty
   */
  public boolean isRepaired() {
    return !repaired.isEmpty();
  }

  /**
   * Whether the parcel was measured without errors.
   *
   * @return true when {@link #errors()} is empty, and then {@link #facts()} holds the measured parcel
   */
  public boolean ok() {
    return errors.isEmpty();
  }
}
