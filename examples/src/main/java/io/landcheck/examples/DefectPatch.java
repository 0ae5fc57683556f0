package io.landcheck.examples;

import java.util.Optional;

/**
 * One field of one written record to overwrite after the valid records are written, for a broken record the model
 * cannot hold. Parcels are found by {@code parcel_id}; storeys by {@code parcel_id}, {@code building_id} and
 * {@code level}.
 *
 * @param layer {@code parcels} or {@code storeys}
 * @param parcelId the record's parcel
 * @param buildingId the storey's building, empty for a parcel
 * @param level the storey's level, 0 for a parcel
 * @param field the field to overwrite
 * @param value the new value (an Integer, a Double or a String), or empty to leave the field without a value
 */
record DefectPatch(String layer, String parcelId, Optional<String> buildingId, int level, String field,
    Optional<Object> value) {

  static DefectPatch parcel(String parcelId, String field, Object value) {
    return new DefectPatch("parcels", parcelId, Optional.empty(), 0, field, Optional.ofNullable(value));
  }

  static DefectPatch storey(String parcelId, String buildingId, int level, String field, Object value) {
    return new DefectPatch("storeys", parcelId, Optional.of(buildingId), level, field, Optional.ofNullable(value));
  }
}
