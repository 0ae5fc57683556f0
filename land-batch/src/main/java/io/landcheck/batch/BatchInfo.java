package io.landcheck.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.engine.PolicyPack;
import io.landcheck.geo.Georeference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a batch is about, known before its first row: the policy pack, the inputs and the date.
 *
 * @param pack the policy pack the parcels are checked against
 * @param inputs a description of each input, e.g. {@code sample-park.gpkg (GeoPackage, EPSG:4549)}
 * @param date the date parcels without an application date are judged (and their green space balanced) on, if the
 *     batch has one; without it such parcels are errors
 * @param expectedRecords the number of records, if the inputs know it cheaply (for progress)
 * @param systems the coordinate system of each GIS input and what was done with it, in the order of {@code inputs}
 *     (an input without one, such as a facts file, has none)
 * @since 0.1
 */
public record BatchInfo(
    PolicyPack pack, List<String> inputs, Optional<LocalDate> date, OptionalLong expectedRecords,
    List<InputSystem> systems) {

  /**
   * Checks the components: a null component throws a {@code NullPointerException} naming it.
   *
   * @param pack the policy pack the parcels are checked against; not null
   * @param inputs a description of each input, e.g. {@code sample-park.gpkg (GeoPackage, EPSG:4549)}; not null
   * @param date the date parcels without an application date are judged (and their green space balanced) on, if the
   *     batch has one; without it such parcels are errors; not null
   * @param expectedRecords the number of records, if the inputs know it cheaply (for progress); not null
   * @param systems the coordinate system of each GIS input and what was done with it; an empty list for none; not null
   */
  public BatchInfo {
    checkNotNull(pack, "BatchInfo.pack");
    checkNotNull(inputs, "BatchInfo.inputs");
    checkNotNull(date, "BatchInfo.date");
    checkNotNull(expectedRecords, "BatchInfo.expectedRecords");
    checkNotNull(systems, "BatchInfo.systems");
    inputs = ImmutableList.copyOf(inputs);
    systems = ImmutableList.copyOf(systems);
  }

  /**
   * The coordinate system one input's parcels were read in (坐标系) and what was done with it; each parcel's own
   * record ({@link io.landcheck.geo.Georeference}) adds the Gauss-Krüger zone it was measured in.
   *
   * @param input the input's description, as in {@link BatchInfo#inputs()}
   * @param crs the coordinate system read, e.g. {@code EPSG:3857}; empty if the input has none landcheck can use
   * @param handling what was done with it, with it
   */
  public record InputSystem(String input, Optional<String> crs, Optional<Georeference.Handling> handling) {

    /**
     * Checks the components.
     *
     * @param input the input's description
     * @param crs the coordinate system read; empty if none landcheck can use
     * @param handling what was done with it; empty with it
     */
    public InputSystem {
      checkNotNull(input, "InputSystem.input");
      checkNotNull(crs, "InputSystem.crs (input %s)", input);
      checkNotNull(handling, "InputSystem.handling (input %s)", input);
    }
  }
}
