#!/usr/bin/env python3
"""Holds every #include "..." line to the folder table in docs/architecture.md.

The table (columns: folder | what it holds | target | may use) is the only place the allowed
edges are written down; this script parses it, so the drawing and the check cannot drift.
"may use" is read transitively: a folder may include its own headers, the folders it lists, and
whatever those may use. The table must be acyclic.

Also checked:
  - every header name under models/ sync/ ui/ app/ tests/ is unique (includes are by bare name);
  - every source folder has a row in the table and every row names an existing folder;
  - models/ and sync/ include no QtWidgets or QtPrintSupport header;
  - ui/ includes no Qt SQL header or sqlite3.h and calls no sqlite3_*() function;
  - tests/<layer>/ includes only headers of its own layer or of the layers below it
    (tests/app/ and tests/benchmarks/ are on top).

Exit 0 when all holds; otherwise exit 1 and print one line per finding (file:line: ...).
Usage: tools/check_includes.py [--root DIR] [--qt-headers DIR]
"""

import argparse
import collections
import os
import re
import subprocess
import sys

SOURCE_ROOTS = ("models", "sync", "ui", "app")
LAYER_ORDER = ("models", "sync", "ui", "app")

# TEMPORARY exceptions: edges that break the table and are being removed on another branch.
# Each entry is (including file, included header, why). The check fails when an entry no longer
# matches any include, so the list cannot outlive its reason. The lead empties it after merging.
TEMPORARY_EXCEPTIONS = [
    # ("ui/folder/file.cpp", "header.h", "why, and which branch removes it"),

]

INCLUDE_RE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
SQLITE_CALL_RE = re.compile(r"\bsqlite3_\w+\s*\(")
QSQL_RE = re.compile(r"\bQSql\w*")


def fail_loudly(message):
    print("check_includes: " + message, file=sys.stderr)
    sys.exit(2)


def tracked_files(root):
    try:
        out = subprocess.run(
            ["git", "ls-files", "--", *SOURCE_ROOTS, "tests"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        files = out.split()
    except (OSError, subprocess.CalledProcessError):
        files = []
        for top in (*SOURCE_ROOTS, "tests"):
            for dirpath, _, names in os.walk(os.path.join(root, top)):
                files += [os.path.relpath(os.path.join(dirpath, n), root) for n in names]
    return sorted(f for f in files if f.endswith((".cpp", ".h")) and os.path.isfile(os.path.join(root, f)))


def strip_cell(cell):
    return cell.strip().strip("`").strip().rstrip("/")


def parse_table(path):
    """Returns {folder: set(of folders it may use)} from the table headed 'folder | ... | may use'."""
    rules = {}
    header = None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line.startswith("|"):
                if header is not None and rules:
                    break  # the table ended
                header = None
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            if header is None:
                lowered = [c.lower() for c in cells]
                if lowered and lowered[0] == "folder" and "may use" in lowered:
                    header = lowered
                continue
            if set(line) <= set("|-: "):
                continue
            if len(cells) != len(header):
                fail_loudly(f"{path}:{number}: table row has {len(cells)} cells, expected {len(header)}")
            folder = strip_cell(cells[0])
            uses = cells[header.index("may use")]
            allowed = set()
            for item in re.split(r"[,\s]+", uses):
                item = strip_cell(item)
                if item and item not in ("-", "—", "nothing"):
                    allowed.add(item)
            if folder in rules:
                fail_loudly(f"{path}:{number}: folder {folder} has two rows")
            rules[folder] = allowed
    if not rules:
        fail_loudly(f"{path}: no table with the columns 'folder' and 'may use'")
    return rules


def find_cycle(rules):
    state = {}
    stack = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(rules.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(rules):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def closure(rules):
    reach = {}

    def walk(node):
        if node not in reach:
            reach[node] = set()
            for nxt in rules.get(node, ()):
                reach[node] |= {nxt} | walk(nxt)
        return reach[node]

    for node in rules:
        walk(node)
    return reach


def layer_of(folder):
    top = folder.split("/")[0]
    return top if top in LAYER_ORDER else None


def qt_module_headers(qt_dir, module):
    names = set()
    directory = os.path.join(qt_dir, module) if qt_dir else None
    if directory and os.path.isdir(directory):
        names = {n for n in os.listdir(directory) if n.startswith("Q") and not n.endswith(".h")}
    return names


def default_qt_headers():
    for candidate in ("/usr/include/x86_64-linux-gnu/qt6", "/usr/include/aarch64-linux-gnu/qt6", "/usr/include/qt6"):
        if os.path.isdir(os.path.join(candidate, "QtWidgets")):
            return candidate
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--root", default=os.path.dirname(here))
    parser.add_argument("--qt-headers", default=None, help="Qt's include directory (holds QtWidgets/)")
    parser.add_argument("--exception", action="append", default=[], metavar="FILE:HEADER", help="one more temporary exception")
    args = parser.parse_args()
    exceptions = TEMPORARY_EXCEPTIONS + [(*e.rsplit(":", 1), "--exception") for e in args.exception]
    root = args.root
    table_path = os.path.join(root, "docs", "architecture.md")
    rules = parse_table(table_path)
    problems = []

    cycle = find_cycle(rules)
    if cycle:
        fail_loudly(f"{table_path}: the 'may use' table has a cycle: {' -> '.join(cycle)}")
    for folder, allowed in sorted(rules.items()):
        for target in sorted(allowed - set(rules)):
            problems.append(f"{table_path}: {folder} may use {target}, which has no row")
        if not os.path.isdir(os.path.join(root, folder)):
            problems.append(f"{table_path}: row {folder} names no folder of the tree")
    reach = closure(rules)

    files = tracked_files(root)
    header_folder = {}
    for f in files:
        if f.endswith(".h"):
            name = os.path.basename(f)
            if name in header_folder:
                fail_loudly(f"two headers named {name}: {header_folder[name]}/ and {os.path.dirname(f)}/")
            header_folder[name] = os.path.dirname(f)

    source_folders = {os.path.dirname(f) for f in files if not f.startswith("tests/")}
    for folder in sorted(source_folders - set(rules)):
        problems.append(f"{folder}/: no row in docs/architecture.md (add it with what it may use)")

    # The layers a test layer may reach, derived from the table.
    layer_reach = collections.defaultdict(set)
    for folder, targets in reach.items():
        if layer_of(folder):
            layer_reach[layer_of(folder)] |= {layer_of(t) for t in targets if layer_of(t)}

    qt_dir = args.qt_headers or default_qt_headers()
    gui_only = qt_module_headers(qt_dir, "QtWidgets") | qt_module_headers(qt_dir, "QtPrintSupport")
    if not gui_only:
        print(f"check_includes: no Qt headers under {qt_dir}; checking module-qualified includes only")

    used_exceptions = set()
    for f in files:
        folder = os.path.dirname(f)
        top = f.split("/")[0]
        with open(os.path.join(root, f), encoding="utf-8", errors="replace") as src:
            lines = src.readlines()
        for number, line in enumerate(lines, 1):
            where = f"{f}:{number}"
            code = line.split("//")[0]
            m = INCLUDE_RE.match(line)
            if top == "ui" and (SQLITE_CALL_RE.search(code) or (not m and QSQL_RE.search(code))):
                problems.append(f"{where}: {folder}/ runs SQL (ui/ asks a repository or an item model)")
            if not m:
                continue
            bracket, name = m.groups()
            base = os.path.basename(name)
            module = name.split("/")[0] if "/" in name else None
            if bracket == "<":
                if top in ("models", "sync") and (
                    module in ("QtWidgets", "QtPrintSupport") or name in ("QtWidgets", "QtPrintSupport") or base in gui_only
                ):
                    problems.append(f"{where}: {folder}/ includes <{name}>, a QtWidgets/QtPrintSupport header")
                if top == "ui" and (base.startswith("QSql") or module == "QtSql" or name == "QtSql" or base == "sqlite3.h"):
                    problems.append(f"{where}: {folder}/ includes <{name}> (ui/ runs no SQL)")
                continue
            target = header_folder.get(base)
            if target is None or target == folder:
                continue  # generated (.moc, ui_*.h) or the folder's own header
            if (f, base) in {(e[0], e[1]) for e in exceptions}:
                used_exceptions.add((f, base))
                continue
            if top == "tests":
                parts = folder.split("/")
                test_layer = parts[1] if len(parts) > 1 and parts[1] in LAYER_ORDER else "app"
                target_parts = target.split("/")
                target_layer = target_parts[1] if target_parts[0] == "tests" else target_parts[0]
                if target_layer not in LAYER_ORDER:
                    target_layer = "app"
                if target_layer != test_layer and target_layer not in layer_reach[test_layer]:
                    problems.append(
                        f"{where}: {folder}/ (tests of {test_layer}/) may not use {target}/ ({base}): "
                        f"{target_layer}/ is above {test_layer}/"
                    )
                continue
            if folder not in rules:
                continue  # reported above
            if target not in reach[folder]:
                problems.append(
                    f"{where}: {folder}/ may not use {target}/ (includes {base}); "
                    f"docs/architecture.md allows {', '.join(sorted(reach[folder])) or 'nothing'}"
                )

    for f, base, why in exceptions:
        if (f, base) not in used_exceptions:
            problems.append(
                f"tools/check_includes.py: temporary exception {f} -> {base} ({why}) no longer occurs: "
                "remove it from TEMPORARY_EXCEPTIONS"
            )

    for p in problems:
        print(p)
    if problems:
        print(f"check_includes: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"check_includes: {len(files)} files, {len(rules)} folders, all includes follow docs/architecture.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
