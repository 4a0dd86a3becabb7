#!/usr/bin/env python3
"""Fills translations/jiayi_en.ts from tools/en.tsv (source<TAB>translation; \\n for newlines)
and marks the zh_CN catalogue as identity. Run after `ninja -C build jiayi_i18n_lupdate`.
Prints the sources that still have no English, so nothing is left unnoticed."""
import pathlib, sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
table = {}
for line in (root / "tools/en.tsv").read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    src, _, dst = line.partition("\t")
    table[src.replace("\\n", "\n").replace("\\t", "\t")] = dst.replace("\\n", "\n").replace("\\t", "\t")

def fill(path, english):
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        plural = msg.get("numerus") == "yes"
        text = table.get(src) if english else src
        if text is None:
            if tr.get("type") == "unfinished":
                missing.append(src)
            continue
        if plural:
            for f in list(tr):
                tr.remove(f)
            forms = text.split("|") if english else [text]
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
            tr.text = None
        else:
            tr.text = text
        tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing

missing = fill(root / "translations/jiayi_en.ts", True)
fill(root / "translations/jiayi_zh_CN.ts", False)
for m in missing:
    print("no English:", m.replace("\n", "\\n"))
sys.exit(1 if missing and "--strict" in sys.argv else 0)
