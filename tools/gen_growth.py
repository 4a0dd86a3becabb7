#!/usr/bin/env python3
"""Generate resources/growth/who2006_lms.csv, the WHO 2006 child growth standards used by
Models::GrowthReference (models/child).

The output is checked in, so this runs only when the tables should change. Input is a checkout of
ewheeler/pygrowup (BSD-3-Clause, (c) UNICEF and contributors; its LICENSE is copied beside the
output as resources/growth/LICENSE-pygrowup.txt). PyPI is not reachable from project machines, so
take the source from GitHub:

    git clone https://github.com/ewheeler/pygrowup /tmp/pygrowup
    python3 tools/gen_growth.py --source /tmp/pygrowup

Output: one CSV, one row per table line:

    indicator,sex,axis,x,l,m,s,sd3neg,sd2neg,sd0,sd2,sd3

indicator  wfa (weight-for-age), lhfa (length/height-for-age), hcfa (head circumference-for-age),
           bmifa (BMI-for-age), wfl (weight-for-length), wfh (weight-for-height)
sex        M or F
axis       week (0-13 completed weeks), month (0-60 completed months), cm (length or height)
x          the axis value
l, m, s    the LMS parameters as WHO publishes them
sd*        WHO's published, rounded SD values (kept for tests and the chart's checks; the engine
           computes from L, M and S only)

Tables used: *_0_13 (by week), wfa/hcfa *_0_5, lhfa and bmifa *_0_2 (length, 0-24 months) and
*_2_5 (height, 24-60 months; the row at 24 months appears in both, one per axis: the axis column
says "month" for both, the indicator is lhfa/bmifa for length and lhfa_h/bmifa_h for height).
"""

import argparse
import csv
import json
import pathlib
import shutil
import sys

TABLES = [
    # (indicator written, source file stem, axis key, axis written)
    ("wfa", "wfa_{sex}_0_13", "Week", "week"),
    ("wfa", "wfa_{sex}_0_5", "Month", "month"),
    ("lhfa", "lhfa_{sex}_0_13", "Week", "week"),
    ("lhfa", "lhfa_{sex}_0_2", "Month", "month"),
    ("lhfa_h", "lhfa_{sex}_2_5", "Month", "month"),
    ("hcfa", "hcfa_{sex}_0_13", "Week", "week"),
    ("hcfa", "hcfa_{sex}_0_5", "Month", "month"),
    ("bmifa", "bmifa_{sex}_0_13", "Week", "week"),
    ("bmifa", "bmifa_{sex}_0_2", "Month", "month"),
    ("bmifa_h", "bmifa_{sex}_2_5", "Month", "month"),
    ("wfl", "wfl_{sex}_0_2", "Length", "cm"),
    ("wfh", "wfh_{sex}_2_5", "Height", "cm"),
]
SEXES = (("M", "boys"), ("F", "girls"))
SD_COLUMNS = ("SD3neg", "SD2neg", "SD0", "SD2", "SD3")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", required=True, help="a checkout of ewheeler/pygrowup")
    root = pathlib.Path(__file__).resolve().parent.parent
    ap.add_argument("--output", default=str(root / "resources/growth/who2006_lms.csv"))
    args = ap.parse_args()
    src = pathlib.Path(args.source)
    tables = src / "pygrowup" / "tables"
    if not tables.is_dir():
        sys.exit(f"{tables} not found: give --source a pygrowup checkout")
    rows = []
    for indicator, stem, key, axis in TABLES:
        for sex, word in SEXES:
            path = tables / (stem.format(sex=word) + "_zscores.json")
            data = json.loads(path.read_text(encoding="utf-8"))
            seen = set()
            for r in data:
                x = float(r[key])
                if x in seen:  # a repeated row (lhfa 0_5 style); keep the first
                    continue
                seen.add(x)
                rows.append([indicator, sex, axis, r[key], r["L"], r["M"], r["S"]]
                            + [r[c] for c in SD_COLUMNS])
    out = pathlib.Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["indicator", "sex", "axis", "x", "l", "m", "s",
                    "sd3neg", "sd2neg", "sd0", "sd2", "sd3"])
        w.writerows(rows)
    shutil.copyfile(src / "LICENSE", out.parent / "LICENSE-pygrowup.txt")
    print(f"{out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
