package io.landcheck.model;

import static com.google.common.collect.ImmutableMap.toImmutableMap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Map;

/**
 * The category of the industrial project a parcel is granted for, as 沪府规〔2021〕9号 五(二) names them when it
 * allows a longer lease term (出让年限). Whether a category qualifies, and from which {@link RecognitionLevel}, is a
 * pack parameter, as is the term.
 *
 * @since 0.1
 */
public enum ProjectCategory {
  /** 国家战略性项目: a national strategic project. */
  NATIONAL_STRATEGIC("国家战略性项目"),
  /** 市级战略性重点项目: a municipal strategic key project. */
  MUNICIPAL_STRATEGIC_KEY("市级战略性重点项目"),
  /** 制造业创新中心: a manufacturing innovation centre. */
  MANUFACTURING_INNOVATION_CENTRE("制造业创新中心"),
  /** 企业技术中心: an enterprise technology centre. */
  ENTERPRISE_TECHNOLOGY_CENTRE("企业技术中心"),
  /** None of the above: an ordinary industrial project (一般产业项目; 无 in a data file). */
  NONE("一般产业项目", "无");

  private static final ImmutableMap<String, ProjectCategory> BY_CHINESE_NAME = Arrays.stream(values())
      .flatMap(c -> c.chineseNames.stream().map(n -> Map.entry(n, c)))
      .collect(toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));

  private final ImmutableList<String> chineseNames;

  ProjectCategory(String... chineseNames) {
    this.chineseNames = ImmutableList.copyOf(chineseNames);
  }

  /**
   * The category's Chinese name, as the policy and landcheck's messages write it, such as 企业技术中心.
   *
   * @return the Chinese name
   */
  public String zh() {
    return chineseNames.get(0);
  }

  /**
   * The categories by the Chinese names a data file may give them: {@link #zh()} of each, and 无 for {@link #NONE}.
   * Readers of GIS files, facts files and scenario files accept these beside the constants' names.
   *
   * @return each category by its Chinese name; an immutable map
   */
  public static Map<String, ProjectCategory> byChineseName() {
    return BY_CHINESE_NAME;
  }
}
