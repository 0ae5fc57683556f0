#!/usr/bin/env python3
"""Summarises paired benchmark runs: landcheck and its peers run in turn (A B A B ..., or A B C A B C ...).

Usage: pairs.py RUNS.tsv N

RUNS.tsv has one line per timed run, in the order run: `round <TAB> side <TAB> seconds <TAB> loadavg`, where side is
"landcheck" or a peer's name and loadavg is the 1-minute load average (/proc/loadavg) when the run started. For each
peer the ratio of a round is the peer's time divided by landcheck's time in that same round (= landcheck's parcels/s
over the peer's: above 1 means landcheck is faster); the median ratio is quoted with its min and max, so one noisy run
cannot move the figure. Prints one block per N; exits 1 if a round lacks a side.
"""
import statistics
import sys


def fmt_range(values, unit):
    return "median %s (min %s, max %s)" % tuple(unit(v) for v in (statistics.median(values), min(values), max(values)))


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    rounds = {}
    order = []
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        rnd, side, seconds, load = line.rstrip("\n").split("\t")
        rounds.setdefault(int(rnd), {})[side] = (float(seconds), float(load))
        if side not in order:
            order.append(side)
    if "landcheck" not in order:
        sys.exit("pairs.py: no landcheck runs in %s" % path)
    for rnd, sides in rounds.items():
        missing = [s for s in order if s not in sides]
        if missing:
            sys.exit("pairs.py: round %d has no %s run" % (rnd, ", ".join(missing)))
    loads = [load for sides in rounds.values() for _, load in sides.values()]
    print("N=%d: %d rounds, sides in turn (%s), 1-min load average at the runs' starts %.1f-%.1f" % (
        n, len(rounds), " ".join(order), min(loads), max(loads)))
    secs = lambda v: "%.2f s" % v  # noqa: E731
    for side in order:
        times = [sides[side][0] for sides in rounds.values()]
        print("  %-26s %s; parcels/s median %.0f; loads %s" % (
            side, fmt_range(times, secs), n / statistics.median(times),
            " ".join("%.1f" % sides[side][1] for sides in rounds.values())))
    for side in order:
        if side == "landcheck":
            continue
        ratios = [sides[side][0] / sides["landcheck"][0] for sides in rounds.values()]
        print("  ratio landcheck/%-16s %s   (its time / landcheck's, round by round)" % (
            side, fmt_range(ratios, lambda v: "%.2fx" % v)))


if __name__ == "__main__":
    main()
