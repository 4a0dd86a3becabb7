#!/usr/bin/env python3
"""The English of a paper form's data file (resources/codes/<form>.json), as a table to review.

The JSON file is the source of truth: every Chinese text has its English beside it ("title_en",
"label_en", "unit_en", "note_en"; options as [code, zh, en]). This tool only moves that English
in and out of a spreadsheet-friendly table, for translators and reviewers:

  tools/form_english.py list resources/codes/health_check_form.json > hc.tsv
      one line per text: path<TAB>chinese<TAB>english (english empty where missing)
  tools/form_english.py fill resources/codes/health_check_form.json hc.tsv
      writes the english column of the table back into the file (same layout: indent 1)

A path names a text by the keys on the way to it, e.g. sections/general/fields/pulse/unit or
sections/exam/fields/rales/options/2 (the option with code 2). A section's "tab" line is the
optional short English of its tab ("tab_en", for a title too long for a tab); empty = the title. The loader (FormSchema) refuses a
form whose Chinese text has no English, and tests/models/healthrecord/tst_formschema checks the
shipped forms, so a new field cannot forget it.
"""
import json
import re
import sys

HAN = re.compile(r"[\u3400-\u9fff]")
TEXTS = ("title", "label", "unit", "note")


def walk(node, path):
    """Yields (path, object, attribute) for every text of a form, options as (path, pair, None)."""
    for attr in TEXTS:
        if isinstance(node.get(attr), str) and node[attr]:
            yield f"{path}{attr}", node, attr
    if "fields" in node:
        yield f"{path}tab", node, "tab"
    opts = node.get("options")
    if isinstance(opts, list):
        for pair in opts:
            yield f"{path}options/{pair[0]}", pair, None
    for child in ("sections", "fields", "columns"):
        for item in node.get(child, []):
            yield from walk(item, f"{path}{child}/{item['key']}/")


def zh_en(obj, attr):
    if attr is None:
        return obj[1], obj[2] if len(obj) > 2 else ""
    if attr == "tab":
        return obj["title"], obj.get("tab_en", "")
    return obj[attr], obj.get(attr + "_en", "")


def set_after(obj, attr, key, value):
    """obj[key] = value, placed right after obj[attr] so the pair reads together."""
    items = [(k, v) for k, v in obj.items() if k != key]
    obj.clear()
    for k, v in items:
        obj[k] = v
        if k == attr:
            obj[key] = value


def needs_english(zh):
    return bool(HAN.search(zh))


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("list", "fill"):
        sys.exit(__doc__)
    path = sys.argv[2]
    with open(path, encoding="utf-8") as f:
        form = json.load(f)
    if sys.argv[1] == "list":
        for p, obj, attr in walk(form, ""):
            zh, en = zh_en(obj, attr)
            if (needs_english(zh) and attr != "tab") or en:
                print(f"{p}\t{zh}\t{en}")
        return
    english = {}
    with open(sys.argv[3], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 3:
                sys.exit(f"{sys.argv[3]}:{n}: expected path<TAB>chinese<TAB>english")
            english[cols[0]] = (cols[1], cols[2].strip())
    missing = []
    for p, obj, attr in walk(form, ""):
        zh, _ = zh_en(obj, attr)
        if p not in english:
            continue
        want_zh, en = english.pop(p)
        if want_zh != zh:
            sys.exit(f"{p}: the table says {want_zh!r}, the form says {zh!r}")
        if attr == "tab":
            if en:
                set_after(obj, "title_en", "tab_en", en)
            else:
                obj.pop("tab_en", None)
        elif not en:
            missing.append(p)
        elif attr is None:
            del obj[2:]
            obj.append(en)
        else:
            set_after(obj, attr, attr + "_en", en)
    if english:
        sys.exit("not in the form: " + ", ".join(english))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(form, f, ensure_ascii=False, indent=1)
    for p in missing:
        print(f"still without English: {p}", file=sys.stderr)


if __name__ == "__main__":
    main()
