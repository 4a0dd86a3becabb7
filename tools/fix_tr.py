#!/usr/bin/env python3
"""Replaces a file-local `QString tr(const char *)` helper (whose lupdate context would depend on
the enclosing function) by a Q_DECLARE_TR_FUNCTIONS struct, so lupdate and the runtime agree on
the context. Usage: tools/fix_tr.py FILE CONTEXT"""
import re, sys

path, context = sys.argv[1], sys.argv[2]
s = open(path, encoding="utf-8").read()
helper = re.compile(r"QString tr\(const char \*\w+\)\n\{\n\s*return QCoreApplication::translate\([^;]*\);\n\}\n", re.M)
if not helper.search(s):
    sys.exit(f"{path}: no tr helper found")
s = helper.sub(f"struct Text\n{{\n    Q_DECLARE_TR_FUNCTIONS({context})\n}};\n", s, count=1)
s = re.sub(r"(?<![\w:.>])tr\(", "Text::tr(", s)
if "#include <QCoreApplication>" not in s:
    s = s.replace("\n#include <", "\n#include <QCoreApplication>\n#include <", 1)
open(path, "w", encoding="utf-8").write(s)
