package io.landcheck.model;

import static com.google.common.collect.ImmutableMap.toImmutableMap;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * The level of government that recognised a project's category (认定级别). Declared from lowest to highest, so
 * {@code level.compareTo(MUNICIPAL) >= 0} reads "municipal level or above" (市级及以上).
 *
 * @since 0.1
 */
public enum RecognitionLevel {
  /** 区级: recognised by a district. */
  DISTRICT("区级"),
  /** 市级: recognised by the municipality. */
  MUNICIPAL("市级"),
  /** 国家级: recognised by the State. */
  NATIONAL("国家级");

  private static final ImmutableMap<String, RecognitionLevel> BY_CHINESE_NAME =
      Arrays.stream(values()).collect(toImmutableMap(RecognitionLevel::zh, Function.identity()));

  private final String zh;

  RecognitionLevel(String zh) {
    this.zh = zh;
  }

  /**
   * Whether this level is the given one or higher.
   *
   * @param minimum the lowest level a rule accepts
   * @return true when this level is {@code minimum} or above it
   */
  public boolean isAtLeast(RecognitionLevel minimum) {
    return compareTo(minimum) >= 0;
  }

  /**
   * The level's Chinese name, such as 市级.
   *
   * @return the Chinese name
   */
  public String zh() {
    return zh;
  }

  /**
   * The levels by their Chinese names ({@link #zh()}), which readers of GIS files, facts files and scenario files
   * accept beside the constants' names.
   *
   * @return each level by its Chinese name; an immutable map
   */
  public static Map<String, RecognitionLevel> byChineseName() {
    return BY_CHINESE_NAME;
  }
}
