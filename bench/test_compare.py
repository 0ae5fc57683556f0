#!/usr/bin/env python3
"""Tests of compare.py, the check that makes bench/run-vs-postgis fail loudly when landcheck and PostGIS disagree.

Run: python3 bench/test_compare.py   (run-vs-postgis runs it before it starts a cluster; exit 0 when all pass)

Each test writes a PostGIS CSV and a landcheck output (CSV or JSON report) into a temporary folder, runs compare.py
on them as run-vs-postgis does, and looks at its exit code and what it printed.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare  # noqa: E402  (the module under test, for scan_json's chunked reading)

FIELDS = compare.FIELDS


def parcel(i):
    """Six figures for parcel P-i, as PostGIS's CSV has them."""
    site = 10000.0 + 37.25 * i
    above = 21000.0 + 101.5 * i
    counted = above + 400.0 * (i % 3)
    return {"site_area_m2": site, "above_ground_m2": above, "plot_ratio_floor_area_m2": counted,
            "plot_ratio": counted / site, "ancillary_share": (i % 7) / 23.0, "amenity_share": (i % 5) / 41.0}


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["parcel_id"] + FIELDS)
        for pid, figures in rows.items():
            w.writerow([pid] + ["" if figures[k] is None else repr(figures[k]) for k in FIELDS])


def write_report(path, rows):
    """A landcheck JSON report in the documented order: each parcel's parcelId comes before its floorAreas."""
    parcels = []
    for pid, figures in rows.items():
        areas = {json_name: figures[k] for k, json_name in compare.JSON_FIELDS.items() if figures[k] is not None}
        parcels.append({"parcelId": pid, "verdict": "COMPLIANT", "floorAreas": areas,
                        "results": [{"rule": "plot-ratio-minimum", "verdict": "COMPLIANT"}]})
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"policy": "shanghai-2021", "parcels": parcels}, f, ensure_ascii=False, indent=2)


class CompareTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.postgis = {"P-%d" % i: parcel(i) for i in range(1, 21)}

    def tearDown(self):
        self.dir.cleanup()

    def run_compare(self, landcheck, as_json=False, peer=None):
        pg = os.path.join(self.dir.name, "postgis.csv")
        lc = os.path.join(self.dir.name, "landcheck.json" if as_json else "landcheck.csv")
        write_csv(pg, self.postgis)
        (write_report if as_json else write_csv)(lc, landcheck)
        return subprocess.run([sys.executable, os.path.join(HERE, "compare.py"), pg, lc, "1e-9"]
                              + ([peer] if peer else []), capture_output=True, text=True)

    def copy(self):
        return {pid: dict(figures) for pid, figures in self.postgis.items()}

    def test_the_same_figures_agree(self):
        done = self.run_compare(self.copy())
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("agree: 20 parcels", done.stdout)

    def test_a_difference_below_the_tolerance_agrees(self):
        landcheck = self.copy()
        landcheck["P-3"]["site_area_m2"] *= 1 + 1e-12
        done = self.run_compare(landcheck)
        self.assertEqual(done.returncode, 0, done.stderr)

    def test_one_figure_off_on_one_parcel_fails_naming_the_parcel_and_the_figure(self):
        landcheck = self.copy()
        landcheck["P-7"]["amenity_share"] += 1e-6
        done = self.run_compare(landcheck)
        self.assertEqual(done.returncode, 1)
        self.assertIn("DISAGREE: 1 problem(s)", done.stderr)
        self.assertIn("P-7: amenity_share", done.stderr)

    def test_a_parcel_missing_from_landcheck_fails(self):
        landcheck = self.copy()
        del landcheck["P-12"]
        done = self.run_compare(landcheck)
        self.assertEqual(done.returncode, 1)
        self.assertIn("P-12: missing from landcheck's output", done.stderr)

    def test_a_parcel_missing_from_postgis_fails(self):
        landcheck = self.copy()
        landcheck["P-99"] = parcel(99)
        done = self.run_compare(landcheck)
        self.assertEqual(done.returncode, 1)
        self.assertIn("P-99: missing from PostGIS's output", done.stderr)

    def test_a_disagreement_names_the_peer_it_was_compared_with(self):
        landcheck = self.copy()
        landcheck["P-5"]["plot_ratio"] *= 1 + 1e-6
        del landcheck["P-6"]
        landcheck["P-98"] = parcel(98)
        done = self.run_compare(landcheck, peer="GeoPandas")
        self.assertEqual(done.returncode, 1)
        self.assertIn("P-5: plot_ratio GeoPandas", done.stderr)
        self.assertIn("P-98: missing from GeoPandas's output", done.stderr)
        self.assertIn("P-6: missing from landcheck's output", done.stderr)

    def test_a_figure_only_one_side_has_fails(self):
        self.postgis["P-4"]["plot_ratio"] = None
        done = self.run_compare(self.copy() | {"P-4": parcel(4)})
        self.assertEqual(done.returncode, 1)
        self.assertIn("P-4: plot_ratio", done.stderr)

    def test_a_figure_neither_side_has_agrees(self):
        self.postgis["P-4"]["plot_ratio"] = None
        done = self.run_compare(self.copy())
        self.assertEqual(done.returncode, 0, done.stderr)

    def test_a_json_report_with_the_same_figures_agrees(self):
        done = self.run_compare(self.copy(), as_json=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("agree: 20 parcels", done.stdout)

    def test_a_json_report_with_one_figure_off_fails(self):
        landcheck = self.copy()
        landcheck["P-20"]["above_ground_m2"] += 1.0
        done = self.run_compare(landcheck, as_json=True)
        self.assertEqual(done.returncode, 1)
        self.assertIn("P-20: above_ground_m2", done.stderr)

    def test_a_json_report_read_in_small_chunks_gives_every_parcel(self):
        many = {"P-%d" % i: parcel(i) for i in range(1, 2001)}
        path = os.path.join(self.dir.name, "big.json")
        write_report(path, many)
        for chunk in (1000, 4096, 5000, 65536):
            with self.subTest(chunk=chunk), open(path, encoding="utf-8") as f:
                read = compare.scan_json(f, chunk)
                self.assertEqual(sorted(read), sorted(many))
                self.assertEqual(read["P-1999"]["site_area_m2"], many["P-1999"]["site_area_m2"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
