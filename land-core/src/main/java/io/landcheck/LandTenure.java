package io.landcheck;

/** Whether the parcel is newly granted land (新增) or existing industrial land already in use (存量). */
public enum LandTenure {
  /** 新增工业用地: land granted now. */
  NEW,
  /** 存量工业用地: land already granted and in use, e.g. being redeveloped or extended. */
  EXISTING
}
