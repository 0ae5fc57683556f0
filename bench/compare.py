#!/usr/bin/env python3
"""Compares per-parcel figures from a peer (PostGIS's CSV from floor-areas.sql, or GeoPandas's from geopandas_peer.py)
with landcheck's.

Usage: compare.py PEER.csv LANDCHECK_OUTPUT [TOLERANCE [PEER_NAME]]     (PEER_NAME, default PostGIS, names the peer in
what it prints)

LANDCHECK_OUTPUT is either landcheck's JSON report (streamed, so gigabytes are fine: each parcel's "floorAreas"
object is taken with the "parcelId" before it) or a CSV with the same columns as the PostGIS CSV. Figures compared: site_area_m2,
above_ground_m2 (地上总建筑面积, a storey over tallStoreyM once: JSON floorAreas.aboveGroundM2), plot_ratio_floor_area_m2
(计容建筑面积, such a storey twice: JSON floorAreas.plotRatioFloorAreaM2), plot_ratio (of the latter), ancillary_share and
amenity_share (of the former), with relative difference |a-b|/max(|a|,|b|) below
TOLERANCE (default 1e-9; both zero or both empty agree). Every parcel must be on both sides. Exits 1 listing the
disagreeing parcels (the first 50) when any disagree.
"""
import csv
import json
import re
import sys

FIELDS = ["site_area_m2", "above_ground_m2", "plot_ratio_floor_area_m2", "plot_ratio", "ancillary_share",
          "amenity_share"]
JSON_FIELDS = {"site_area_m2": "siteAreaM2", "above_ground_m2": "aboveGroundM2",
               "plot_ratio_floor_area_m2": "plotRatioFloorAreaM2", "plot_ratio": "plotRatio",
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


TOKEN = re.compile(r'"parcelId"\s*:\s*"((?:[^"\\]|\\.)*)"|"floorAreas"\s*:\s*(\{[^{}]*\})')


def scan_json(f, chunk_chars=1 << 23):
    """Streams a landcheck JSON report of any size, chunk_chars characters at a time: each "floorAreas" object (flat)
    belongs to the "parcelId" last seen before it, which is how the report schema orders a parcel's fields."""
    out = {}
    current = None
    tail = ""
    while True:
        chunk = f.read(chunk_chars)
        text = tail + chunk
        end = 0
        for m in TOKEN.finditer(text):
            # a token cut by the chunk's end is matched again with the next chunk
            if chunk and m.end() > len(text) - 4096:
                break
            if m.group(1) is not None:
                current = json.loads('"' + m.group(1) + '"')
            elif current is not None:
                fa = json.loads(m.group(2))
                out[current] = {k: num(fa.get(j)) for k, j in JSON_FIELDS.items()}
            end = m.end()
        if not chunk:
            return out
        tail = text[max(end, len(text) - 8192):]


def read_landcheck(path):
    with open(path, encoding="utf-8-sig") as f:
        head = f.read(1)
        f.seek(0)
        if head in "{[":
            return scan_json(f)
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
    peer = sys.argv[4] if len(sys.argv) > 4 else "PostGIS"
    problems = []
    for pid in sorted(set(postgis) | set(landcheck)):
        if pid not in landcheck:
            problems.append("%s: missing from landcheck's output" % pid)
            continue
        if pid not in postgis:
            problems.append("%s: missing from %s's output" % (pid, peer))
            continue
        for k in FIELDS:
            a, b = postgis[pid][k], landcheck[pid][k]
            if not agree(a, b, tol):
                rel = "" if a is None or b is None else " (relative difference %.3g)" % (
                    abs(a - b) / max(abs(a), abs(b)))
                problems.append("%s: %s %s %r, landcheck %r%s" % (pid, k, peer, a, b, rel))
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
    print("agree: %d parcels, %d figures each, largest relative difference %.3g (tolerance %g), %s and landcheck" % (
        len(postgis), len(FIELDS), worst, tol, peer))


if __name__ == "__main__":
    main()
