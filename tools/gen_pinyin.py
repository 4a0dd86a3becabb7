#!/usr/bin/env python3
"""Generate resources/pinyin/pinyin.txt, the Han-character reading table used by Models::Pinyin.

The output is checked in, so this runs only when the table should change (for example after a
Unihan update). Input is Debian's copy of the Unicode Unihan database (package unicode-data):

    apt-get install unicode-data
    python3 tools/gen_pinyin.py                 # writes resources/pinyin/pinyin.txt
    python3 tools/gen_pinyin.py --input X.bz2 --output out.txt

Output format, one line per code point that has at least one Mandarin reading:

    66FE zeng ceng

hex code point, then toneless lower-case ASCII readings ("ü" written as "v"), most likely first.
Order: kMandarin, then the other distinct readings of kHanyuPinlu (attested frequencies) and
kTGHZ2013 (the 2013 Table of General Standard Chinese Characters). The historical dictionaries
(kHanyuPinyin, kXHC1983) are used only for characters the first three do not cover: they list
rare readings (王 yu, 明 meng) that would make a search for "yxm" list every 王小明. Only the BMP CJK blocks (U+3400-4DBF, U+4E00-9FFF) are kept: names and
addresses practically never need the supplementary planes, and it keeps the table small.

SURNAME_FIRST moves the surname reading of common polyphonic surnames to the front, because the
table mostly serves resident names and kMandarin gives the everyday reading (曾 ceng, not zeng).
Every other reading is kept, so a search by either spelling still finds the person.
"""

import argparse
import bz2
import pathlib
import sys
import unicodedata

PRIMARY = ("kMandarin", "kHanyuPinlu", "kTGHZ2013")
FALLBACK = ("kXHC1983", "kHanyuPinyin")
FIELDS = PRIMARY + FALLBACK
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))

# Common single-character surnames whose surname reading is not kMandarin's first reading.
# Compound surnames (长孙, 尉迟, ...) are left out: a per-character table cannot express them.
SURNAME_FIRST = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "区": "ou",
    "查": "zha",
    "盖": "ge",
    "缪": "miao",
    "种": "chong",
    "召": "shao",
    "乐": "yue",
    "覃": "qin",
    "尉": "yu",
}

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_INPUT = "/usr/share/unicode/Unihan_Readings.txt.bz2"
DEFAULT_OUTPUT = ROOT / "resources" / "pinyin" / "pinyin.txt"


def toneless(syllable):
    """'lǚ' -> 'lv', 'zēng' -> 'zeng'; None when the result is not plain a-z."""
    decomposed = unicodedata.normalize("NFD", syllable.strip().lower())
    # ü decomposes to u + COMBINING DIAERESIS; keep it apart from u before marks are dropped.
    decomposed = decomposed.replace("u\u0308", "v")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain if plain.isascii() and plain.isalpha() else None


def syllables(field, value):
    """The raw syllables of one Unihan field value, in the order the field lists them."""
    out = []
    for entry in value.split():
        if field == "kHanyuPinlu":      # "lè(283)"
            entry = entry.split("(", 1)[0]
            out.append(entry)
        elif field == "kMandarin":      # "lè" (one or two space-separated values)
            out.append(entry)
        else:                           # "10508.050:wèi,yù,yùn"
            out.extend(entry.split(":", 1)[-1].split(","))
    return out


def in_ranges(cp):
    return any(lo <= cp <= hi for lo, hi in RANGES)


def read_unihan(path):
    fields = {}  # code point -> {field: value}
    with bz2.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field not in FIELDS:
                continue
            cp = int(code[2:], 16)
            if in_ranges(cp):
                fields.setdefault(cp, {})[field] = value
    return fields


def readings_of(cp, by_field):
    result = []
    fields = PRIMARY if any(by_field.get(f) for f in PRIMARY) else FALLBACK
    for field in fields:
        for raw in syllables(field, by_field.get(field, "")):
            r = toneless(raw)
            if r and r not in result:
                result.append(r)
    surname = SURNAME_FIRST.get(chr(cp))
    if surname:
        result = [surname] + [r for r in result if r != surname]
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", default=DEFAULT_INPUT)
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT))
    args = parser.parse_args()

    fields = read_unihan(args.input)
    lines = []
    for cp in sorted(fields):
        readings = readings_of(cp, fields[cp])
        if readings:
            lines.append("%04X %s\n" % (cp, " ".join(readings)))

    missing = [c for c in SURNAME_FIRST if ord(c) not in fields]
    if missing:
        sys.exit("surname override for characters without readings: " + "".join(missing))

    out = pathlib.Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="ascii", newline="\n") as f:
        f.writelines(lines)
    print("%s: %d characters, %d bytes" % (out, len(lines), out.stat().st_size))


if __name__ == "__main__":
    main()
