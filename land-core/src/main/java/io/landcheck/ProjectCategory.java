package io.landcheck;

/**
 * The category of the industrial project a parcel is granted for, as 沪府规〔2021〕9号 五(二) names them when it
 * allows a longer lease term (出让年限). Whether a category qualifies, and from which {@link RecognitionLevel}, is a
 * pack parameter, as is the term.
 */
public enum ProjectCategory {
  /** 国家战略性项目: a national strategic project. */
  NATIONAL_STRATEGIC,
  /** 市级战略性重点项目: a municipal strategic key project. */
  MUNICIPAL_STRATEGIC_KEY,
  /** 制造业创新中心: a manufacturing innovation centre. */
  MANUFACTURING_INNOVATION_CENTRE,
  /** 企业技术中心: an enterprise technology centre. */
  ENTERPRISE_TECHNOLOGY_CENTRE,
  /** None of the above: an ordinary industrial project. */
  NONE
}
