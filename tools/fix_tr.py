#!/usr/bin/env python3
"""Replaces a file-local `QString tr(const char *)` helper (whose lupdate context would depend on
the enclosing function) by a Q_DECLARE_TR_FUNCTIONS struct, so lupdate and the runtime agree on
the context. Usage: tools/fix_tr.py FILE [CONTEXT]   (CONTEXT defaults to the one the helper used)
       tools/fix_tr.py --all            (every such helper under models/ ui/ sync/ app/)"""
import re, subprocess, sys

import glob

helper = re.compile(r"QString tr\(const char \*\w+\)\n\{\n\s*return QCoreApplication::translate\(\"([^\"]+)\"[^;]*\);\n\}\n", re.M)

if sys.argv[1] == "--all":
    files = [f for d in ("models", "ui", "sync", "app") for f in glob.glob(d + "/**/*.cpp", recursive=True)]
    files = [f for f in files if helper.search(open(f, encoding="utf-8").read())]
    for f in files:
        subprocess.run([sys.argv[0], f], check=True)
        print("fixed", f)
    # CLI command files translate through Cli::Text (app/cli/cli.h).
    for f in glob.glob("app/cli/*.cpp"):
        t = open(f, encoding="utf-8").read()
        n = re.sub(r"(?<![\w:.>])tr\(", "Text::tr(", t).replace("Cli::tr(", "Cli::Text::tr(")
        if n != t:
            open(f, "w", encoding="utf-8").write(n)
            print("fixed", f)
    sys.exit(0)

path = sys.argv[1]
s = open(path, encoding="utf-8").read()
m = helper.search(s)
if not m:
    sys.exit(f"{path}: no tr helper found")
context = sys.argv[2] if len(sys.argv) > 2 else m.group(1)
s = helper.sub(f"struct Text\n{{\n    Q_DECLARE_TR_FUNCTIONS({context})\n}};\n", s, count=1)
s = re.sub(r"(?<![\w:.>])tr\(", "Text::tr(", s)
if "#include <QCoreApplication>" not in s:
    s = s.replace("\n#include <", "\n#include <QCoreApplication>\n#include <", 1)
open(path, "w", encoding="utf-8").write(s)
