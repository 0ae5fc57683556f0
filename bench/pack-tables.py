#!/usr/bin/env python3
"""Writes SQL that loads a landcheck policy pack's measurement parameters and use-code table into PostGIS.

Usage: pack-tables.py PACK.json > pack.sql

Tables:
  pack_measurement(effective_from date, full_height_storey_m, low_storey_factor, tall_storey_m, tall_storey_factor)
  pack_use_names(name text primary key, code text)       -- every code and alias, lower-cased and trimmed
  pack_use_classes(code text, land_use text, class text) -- land_use '' is the default class of the code
  pack_mixed_use(rule text, use_class text)              -- the use classes in each mixed-use share's numerator
Every number comes from the pack; nothing is hard-coded here.
"""
import json
import sys


def q(s):
    return "'" + str(s).replace("'", "''") + "'"


def main():
    pack = json.load(open(sys.argv[1], encoding="utf-8"))
    out = ["BEGIN;",
           "DROP TABLE IF EXISTS pack_measurement, pack_use_names, pack_use_classes, pack_mixed_use;",
           "CREATE TABLE pack_measurement (effective_from date PRIMARY KEY, full_height_storey_m float8,"
           " low_storey_factor float8, tall_storey_m float8, tall_storey_factor float8);",
           "CREATE TABLE pack_use_names (name text PRIMARY KEY, code text NOT NULL);",
           "CREATE TABLE pack_use_classes (code text, land_use text, class text NOT NULL, PRIMARY KEY (code, land_use));",
           "CREATE TABLE pack_mixed_use (rule text, use_class text);"]
    for v in pack["measurement"]["versions"]:
        m = v["values"]
        out.append("INSERT INTO pack_measurement VALUES (%s, %r, %r, %r, %r);" % (
            q(v["effectiveFrom"]), float(m["fullHeightStoreyM"]), float(m["lowStoreyFactor"]),
            float(m["tallStoreyM"]), float(m["tallStoreyFactor"])))
    for u in pack["useCodes"]:
        for name in [u["code"]] + u.get("aliases", []):
            out.append("INSERT INTO pack_use_names VALUES (%s, %s);" % (q(name.strip().lower()), q(u["code"])))
        out.append("INSERT INTO pack_use_classes VALUES (%s, '', %s);" % (q(u["code"]), q(u["class"])))
        for land_use, cls in u.get("classByLandUse", {}).items():
            out.append("INSERT INTO pack_use_classes VALUES (%s, %s, %s);" % (q(u["code"]), q(land_use), q(cls)))
    for rule in pack["rules"]:
        if rule["kind"] == "mixed-use-share":
            latest = sorted(rule["versions"], key=lambda v: v["effectiveFrom"])[-1]
            for c in latest["values"]["useClasses"]:
                out.append("INSERT INTO pack_mixed_use VALUES (%s, %s);" % (q(rule["id"]), q(c)))
    out.append("COMMIT;")
    print("\n".join(out))


if __name__ == "__main__":
    main()
