package io.landcheck.model;

/**
 * The three classes of above-ground floor area that the mixed-use clause of 沪府规〔2021〕9号 五(二) distinguishes.
 * A pack maps its use codes (生产, 研发, 宿舍 …) to these classes.
 *
 * @since 0.1
 */
public enum UseClass {
  /** 主导产业用途: the principal industrial use the land was granted for. */
  PRINCIPAL_INDUSTRIAL,
  /** 其他产业用途: other industrial uses, such as R&amp;D, offices or warehouses on industrial land. */
  OTHER_INDUSTRIAL,
  /** 生活配套: living amenities such as retail, catering and dormitories. */
  LIVING_AMENITY
}
