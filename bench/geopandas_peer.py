#!/usr/bin/python3
"""The GeoPandas peer of bench/run-vs-geopandas: the six figures per parcel that bench/floor-areas.sql computes in
PostGIS, computed the way a GIS analyst would in GeoPandas with shapely, vectorised over whole layers.

Usage: geopandas_peer.py PARK.gpkg PACK.json OUT.csv

Reads the GeoPackage's layers parcels, buildings and storeys (see read()), then:
  * site area: parcels.area;
  * each building's footprint clipped to its own parcel once: buildings merged with their parcel on parcel_id, then
    GeoSeries.intersection element by element (a footprint the parcel covers keeps its own area, as in the SQL);
  * storeys above ground (level > 0): a storey with a footprint of its own is clipped to its parcel the same way,
    the others take their building's clipped area (a merge on parcel_id, building_id);
  * use codes and aliases (lower-cased, trimmed) to the pack's use classes, with classByLandUse by the parcel's land use;
  * below fullHeightStoreyM a storey counts lowStoreyFactor in both areas, above tallStoreyM tallStoreyFactor in the
    plot ratio's floor area only (the pack's measurement version in force on the parcel's application date);
  * groupby parcel_id sums: above-ground floor area (地上总建筑面积), plot-ratio floor area (计容建筑面积), and the two
    mixed-use shares' numerators (the pack's mixed-use rules' use classes, latest version).
Writes a CSV with the columns of PostGIS's (parcel_id, site_area_m2, above_ground_m2, plot_ratio_floor_area_m2,
plot_ratio, ancillary_share, amenity_share), in the parcels layer's order; every number comes from the pack.
Prints on stderr one line `timing read=S compute=S write=S` (seconds) so the caller can time the compute alone.
"""
import datetime
import json
import sqlite3
import sys
import time

import geopandas as gpd
import numpy as np
import pandas as pd


def pack_tables(pack):
    """The pack's measurement versions, use-name → code, (code, land_use) → class and the mixed-use classes."""
    measurement = pd.DataFrame(
        [dict(effective_from=pd.Timestamp(v["effectiveFrom"]), **{k: float(v["values"][k]) for k in (
            "fullHeightStoreyM", "lowStoreyFactor", "tallStoreyM", "tallStoreyFactor")})
         for v in pack["measurement"]["versions"]]).sort_values("effective_from")
    names = pd.DataFrame([(name.strip().lower(), u["code"]) for u in pack["useCodes"]
                          for name in [u["code"]] + u.get("aliases", [])], columns=["use_name", "code"])
    classes = pd.DataFrame([(u["code"], "", u["class"]) for u in pack["useCodes"]]
                           + [(u["code"], land_use, cls) for u in pack["useCodes"]
                              for land_use, cls in u.get("classByLandUse", {}).items()],
                           columns=["code", "land_use", "use_class"])
    mixed = {}
    for rule in pack["rules"]:
        if rule["kind"] == "mixed-use-share":
            latest = sorted(rule["versions"], key=lambda v: v["effectiveFrom"])[-1]
            mixed[rule["id"]] = list(latest["values"]["useClasses"])
    return measurement, names, classes, mixed


def read(path):
    """The three layers. Storeys with a footprint of their own come with their geometry (geopandas.read_file with an
    attribute filter); the rest, nearly all of them, have no geometry, and fiona's feature-by-feature reading of
    them would cost more than all the computing, so they are read as the SQLite table a GeoPackage is (pandas)."""
    parcels = gpd.read_file(path, layer="parcels")[["parcel_id", "land_use", "application_date", "geometry"]]
    buildings = gpd.read_file(path, layer="buildings")[["parcel_id", "building_id", "geometry"]]
    columns = ["parcel_id", "building_id", "level", "storey_height_m", "use_code"]
    own = gpd.read_file(path, layer="storeys", where="geom IS NOT NULL")[columns + ["geometry"]]
    with sqlite3.connect(path) as db:
        plain = pd.read_sql("SELECT %s FROM storeys WHERE geom IS NULL" % ", ".join(columns), db)
    plain = gpd.GeoDataFrame(plain, geometry=gpd.GeoSeries([None] * len(plain), crs=own.crs))
    storeys = gpd.GeoDataFrame(pd.concat([own, plain], ignore_index=True), geometry="geometry", crs=own.crs)
    return parcels, buildings, storeys


def clipped_area(shapes, parcel_shapes):
    """Area of each shape inside the parcel beside it (aligned GeoSeries): its own area when the parcel covers it."""
    covered = parcel_shapes.covers(shapes)  # covered_by needs pygeos, which Debian does not package
    inside = shapes.area.where(covered)
    crossing = ~covered
    inside[crossing] = shapes[crossing].intersection(parcel_shapes[crossing]).area
    return inside


def figures(parcels, buildings, storeys, pack):
    measurement, names, classes, mixed = pack_tables(pack)
    today = pd.Timestamp(datetime.date.today())

    parcels = parcels.reset_index(drop=True)
    parcels["site_area_m2"] = parcels.area
    parcels["land_use"] = parcels["land_use"].fillna("")
    # the pack's measurement version in force on each parcel's application date (today when there is none)
    applied = pd.to_datetime(parcels["application_date"], errors="coerce").fillna(today).astype("datetime64[ns]")
    params = pd.merge_asof(pd.DataFrame({"applied": applied, "row": parcels.index}).sort_values("applied"),
                           measurement.assign(effective_from=measurement["effective_from"].astype("datetime64[ns]")),
                           left_on="applied", right_on="effective_from", direction="backward").set_index("row")
    parcels = parcels.join(params[["fullHeightStoreyM", "lowStoreyFactor", "tallStoreyM", "tallStoreyFactor"]])
    parcel_geom = parcels.set_index("parcel_id").geometry

    # each building clipped to its own parcel, once
    b = buildings[buildings["parcel_id"].isin(parcel_geom.index)].reset_index(drop=True)
    b["inside_m2"] = clipped_area(b.geometry, gpd.GeoSeries(parcel_geom.loc[b["parcel_id"]].values, index=b.index))

    # storeys above ground, with their building's clipped area or their own footprint's
    s = storeys[storeys["level"] > 0]
    s = s.merge(pd.DataFrame(b[["parcel_id", "building_id", "inside_m2"]]), on=["parcel_id", "building_id"])
    s = s.merge(pd.DataFrame(parcels[["parcel_id", "land_use", "fullHeightStoreyM", "lowStoreyFactor",
                                      "tallStoreyM", "tallStoreyFactor"]]), on="parcel_id")
    own = s.geometry.notna() & ~s.geometry.is_empty
    if own.any():
        s.loc[own, "inside_m2"] = clipped_area(
            gpd.GeoSeries(s.geometry[own].values), gpd.GeoSeries(parcel_geom.loc[s.loc[own, "parcel_id"]].values)).values

    # use classes: code or alias → code → class (by land use, else the code's own)
    s = pd.DataFrame(s.drop(columns="geometry"))
    s["use_name"] = s["use_code"].str.strip().str.lower()
    s = s.merge(names, on="use_name")
    s = s.merge(classes[classes["land_use"] == ""][["code", "use_class"]], on="code")
    by_land_use = classes[classes["land_use"] != ""].rename(columns={"use_class": "land_use_class"})
    s = s.merge(by_land_use, on=["code", "land_use"], how="left")
    s["use_class"] = s["land_use_class"].fillna(s["use_class"])

    low = s["storey_height_m"] < s["fullHeightStoreyM"]
    tall = s["storey_height_m"] > s["tallStoreyM"]
    s["gross_m2"] = s["inside_m2"] * np.where(low, s["lowStoreyFactor"], 1.0)
    s["counted_m2"] = s["inside_m2"] * np.where(low, s["lowStoreyFactor"], np.where(tall, s["tallStoreyFactor"], 1.0))
    s["ancillary_m2"] = s["gross_m2"].where(s["use_class"].isin(mixed["mixed-use-ancillary"]), 0.0)
    s["amenity_m2"] = s["gross_m2"].where(s["use_class"].isin(mixed["mixed-use-amenity"]), 0.0)
    sums = s.groupby("parcel_id")[["gross_m2", "counted_m2", "ancillary_m2", "amenity_m2"]].sum()

    out = parcels[["parcel_id", "site_area_m2"]].join(sums, on="parcel_id")
    above = out["gross_m2"]
    out["above_ground_m2"] = above.fillna(0.0)
    out["plot_ratio_floor_area_m2"] = out["counted_m2"].fillna(0.0)
    out["plot_ratio"] = out["plot_ratio_floor_area_m2"] / out["site_area_m2"]
    nonzero = above.where(above != 0)
    out["ancillary_share"] = out["ancillary_m2"] / nonzero
    out["amenity_share"] = out["amenity_m2"] / nonzero
    return out[["parcel_id", "site_area_m2", "above_ground_m2", "plot_ratio_floor_area_m2", "plot_ratio",
                "ancillary_share", "amenity_share"]]


def main():
    park, pack_path, out_path = sys.argv[1:4]
    pack = json.load(open(pack_path, encoding="utf-8"))
    t0 = time.perf_counter()
    parcels, buildings, storeys = read(park)
    t1 = time.perf_counter()
    result = figures(parcels, buildings, storeys, pack)
    t2 = time.perf_counter()
    result.to_csv(out_path, index=False, float_format="%.17g")
    t3 = time.perf_counter()
    print("timing read=%.3f compute=%.3f write=%.3f" % (t1 - t0, t2 - t1, t3 - t2), file=sys.stderr)


if __name__ == "__main__":
    main()
