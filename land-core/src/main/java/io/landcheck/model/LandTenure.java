package io.landcheck.model;

import static com.google.common.collect.ImmutableMap.toImmutableMap;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * Whether the parcel is newly granted land (新增) or existing industrial land already in use (存量).
 *
 * @since 0.1
 */
public enum LandTenure {
  /** 新增工业用地: land granted now. */
  NEW("新增"),
  /** 存量工业用地: land already granted and in use, e.g. being redeveloped or extended. */
  EXISTING("存量");

  private static final ImmutableMap<String, LandTenure> BY_CHINESE_NAME =
      Arrays.stream(values()).collect(toImmutableMap(LandTenure::zh, Function.identity()));

  private final String zh;

  LandTenure(String zh) {
    this.zh = zh;
  }

  /**
   * The tenure's short Chinese name, 新增 or 存量, as data files and the policy write it.
   *
   * @return 新增 (new land) or 存量 (existing land)
   */
  public String zh() {
    return zh;
  }

  /**
   * The tenures by their Chinese names ({@link #zh()}), which readers of GIS files, facts files and scenario files
   * accept beside the constants' names.
   *
   * @return each tenure by its Chinese name; an immutable map
   */
  public static Map<String, LandTenure> byChineseName() {
    return BY_CHINESE_NAME;
  }
}
