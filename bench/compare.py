#!/usr/bin/env python3
"""Compares per-parcel figures from PostGIS (CSV from floor-areas.sql) with landcheck's.

Usage: compare.py POSTGIS.csv LANDCHECK_OUTPUT [TOLERANCE]

LANDCHECK_OUTPUT is either landcheck's JSON report (any layout: every object with "parcelId" and "floorAreas" is
taken; JSON Lines too) or a CSV with the same columns as the PostGIS CSV. Figures compared: site_area_m2,
above_ground_m2, plot_ratio, ancillary_share, amenity_share, with relative difference |a-b|/max(|a|,|b|) below
TOLERANCE (default 1e-9; both zero or both empty agree). Every parcel must be on both sides. Exits 1 listing the
disagreeing parcels (the first 50) when any disagree.
"""
import csv
import json
import math
import sys

FIELDS = ["site_area_m2", "above_ground_m2", "plot_ratio", "ancillary_share", "amenity_share"]
JSON_FIELDS = {"site_area_m2": "siteAreaM2", "above_ground_m2": "aboveGroundM2", "plot_ratio": "plotRatio",
               "ancillary_share": "ancillaryShare", "amenity_share": "amenityShare"}


def num(v):
    if v is None or v == "":
        return None
    return float(v)


def read_csv(path):
    out = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            out[row["parcel_id"]] = {k: num(row.get(k)) for k in FIELDS}
    return out


def walk(node, out):
    if isinstance(node, dict):
        if "parcelId" in node and "floorAreas" in node and isinstance(node["floorAreas"], dict):
            fa = node["floorAreas"]
            out[node["parcelId"]] = {k: num(fa.get(j)) for k, j in JSON_FIELDS.items()}
        else:
            for v in node.values():
                walk(v, out)
    elif isinstance(node, list):
        for v in node:
            walk(v, out)


def read_landcheck(path):
    with open(path, encoding="utf-8-sig") as f:
        head = f.read(1)
        f.seek(0)
        if head in "{[":
            out = {}
            text = f.read()
            try:
                walk(json.loads(text), out)
            except json.JSONDecodeError:
                for line in text.splitlines():
                    if line.strip():
                        walk(json.loads(line), out)
            return out
    return read_csv(path)


def agree(a, b, tol):
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    scale = max(abs(a), abs(b))
    return abs(a - b) / scale < tol


def main():
    postgis = read_csv(sys.argv[1])
    landcheck = read_landcheck(sys.argv[2])
    tol = float(sys.argv[3]) if len(sys.argv) > 3 else 1e-9
    problems = []
    for pid in sorted(set(postgis) | set(landcheck)):
        if pid not in landcheck:
            problems.append("%s: missing from landcheck's output" % pid)
            continue
        if pid not in postgis:
            problems.append("%s: missing from PostGIS's output" % pid)
            continue
        for k in FIELDS:
            a, b = postgis[pid][k], landcheck[pid][k]
            if not agree(a, b, tol):
                rel = "" if a is None or b is None else " (relative difference %.3g)" % (
                    abs(a - b) / max(abs(a), abs(b)))
                problems.append("%s: %s PostGIS %r, landcheck %r%s" % (pid, k, a, b, rel))
    worst = 0.0
    for pid in set(postgis) & set(landcheck):
        for k in FIELDS:
            a, b = postgis[pid][k], landcheck[pid][k]
            if a is not None and b is not None and a != b:
                worst = max(worst, abs(a - b) / max(abs(a), abs(b)))
    if problems:
        print("DISAGREE: %d problem(s) over %d parcels (tolerance %g):" % (
            len(problems), len(set(postgis) | set(landcheck)), tol), file=sys.stderr)
        for p in problems[:50]:
            print("  " + p, file=sys.stderr)
        if len(problems) > 50:
            print("  ... and %d more" % (len(problems) - 50), file=sys.stderr)
        sys.exit(1)
    print("agree: %d parcels, 5 figures each, largest relative difference %.3g (tolerance %g)" % (
        len(postgis), worst, tol))


if __name__ == "__main__":
    main()
