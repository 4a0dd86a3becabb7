#!/usr/bin/env python3
"""Checks that the checked-in catalogues hold every tr() string of the sources, translated.

Runs lupdate over the sources CMake hands it (the global property JIAYI_TRANSLATABLE_SOURCES,
written one path a line at configure time) into a temporary .ts, then fails naming
  - every (context, source) of the sources that a checked-in .ts lacks, and
  - every entry of the English catalogue whose translation is empty or marked unfinished.
The checked-in files are never written: the lead regenerates them (see README "Development").

Usage: tools/check_translations.py --lupdate PATH --sources FILE TS_EN [TS_OTHER...]
Exit 0 when all holds, 1 when something is missing, 2 when lupdate cannot run.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def entries(path):
    """{(context, source, comment): (translation element, numerus)} of a .ts file, without obsolete ones."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            result[key] = (translation, message.get("numerus") == "yes")
    return result


def is_finished(translation, numerus):
    if translation is None or translation.get("type") == "unfinished":
        return False
    if numerus:
        forms = translation.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def show(key):
    context, source, comment = key
    text = source.replace("\n", "\\n")
    return f"context {context!r}, source {text!r}" + (f", comment {comment!r}" if comment else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="file with one source path a line")
    parser.add_argument("english", help="the English catalogue (translations/jiayi_en.ts)")
    parser.add_argument("others", nargs="*", help="other catalogues that must hold every string")
    args = parser.parse_args()

    with open(args.sources, encoding="utf-8") as f:
        sources = [line.strip() for line in f if line.strip()]
    if not sources:
        print(f"check_translations: {args.sources} lists no source", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="jiayi-ts-") as tmp:
        listing = os.path.join(tmp, "sources.lst")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(sources) + "\n")
        fresh_ts = os.path.join(tmp, "fresh.ts")
        run = subprocess.run(
            [args.lupdate, "-silent", "-no-obsolete", "-locations", "none", "@" + listing, "-ts", fresh_ts],
            capture_output=True,
            text=True,
        )
        if run.returncode != 0 or not os.path.exists(fresh_ts):
            print(f"check_translations: lupdate failed ({run.returncode}):\n{run.stderr}", file=sys.stderr)
            return 2
        fresh = entries(fresh_ts)

    problems = []
    for path in [args.english, *args.others]:
        catalogue = entries(path)
        for key in sorted(set(fresh) - set(catalogue)):
            problems.append(f"{os.path.basename(path)}: missing {show(key)}")
    for key, (translation, numerus) in sorted(entries(args.english).items()):
        if not is_finished(translation, numerus):
            problems.append(f"{os.path.basename(args.english)}: no finished translation for {show(key)}")

    for p in problems:
        print(p)
    if problems:
        print(
            f"check_translations: {len(problems)} problem(s); regenerate with "
            "`ninja -C build jiayi_i18n_lupdate && tools/fill_ts.py` and add the English to tools/en.tsv",
            file=sys.stderr,
        )
        return 1
    print(f"check_translations: {len(fresh)} strings from {len(sources)} files, all translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
