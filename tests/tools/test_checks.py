#!/usr/bin/env python3
"""Self-test of tools/check_includes.py and tools/check_translations.py on small trees made here:
each check passes on a sound tree and fails, naming the place, on each kind of fault.

Usage: test_checks.py TOOLS_DIR LUPDATE
"""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

TOOLS = None
LUPDATE = None

TABLE = """\
# Architecture

| folder | what it holds | target | may use |
|---|---|---|---|
| `models/core` | basics | jiayi_floor | — |
| `models/residents` | residents | jiayi_models | `models/core` |
| `ui/common` | shared | jiayi_ui | `models/residents` |
| `ui/residents` | list | jiayi_ui | `ui/common` |
| `ui/healthrecord` | resident screen | jiayi_ui | `ui/residents` |
| `app` | main | jiayi | `ui/healthrecord` |
"""

SOUND = {
    "models/core/result.h": "#pragma once\n#include <QString>\n",
    "models/residents/resident.h": '#pragma once\n#include "result.h"\n',
    "models/residents/resident.cpp": '#include "resident.h"\n#include <QSqlQuery>\n',
    "ui/common/context.h": '#pragma once\n#include "resident.h"\n#include <QWidget>\n',
    "ui/residents/residenteditor.h": '#pragma once\n#include "context.h"\n',
    # a temporary exception (--exception): residents -> healthrecord
    "ui/residents/residentspage.cpp": '#include "residenteditor.h"\n#include "residentview.h"\n',
    "ui/healthrecord/residentview.h": '#pragma once\n#include "residenteditor.h"\n',
    "app/main.cpp": '#include "residentview.h"\n#include "result.h"\n',
    "tests/models/residents/tst_resident.cpp": '#include "resident.h"\n',
    "tests/ui/residents/tst_editor.cpp": '#include "residenteditor.h"\n#include "resident.h"\n',
}


def make_tree(root, files, table=TABLE):
    os.makedirs(os.path.join(root, "docs"))
    with open(os.path.join(root, "docs", "architecture.md"), "w", encoding="utf-8") as f:
        f.write(table)
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)


class CheckIncludes(unittest.TestCase):
    def run_check(self, files, table=TABLE):
        with tempfile.TemporaryDirectory() as root:
            make_tree(root, files, table)
            run = subprocess.run(
                [
                    sys.executable,
                    os.path.join(TOOLS, "check_includes.py"),
                    "--root",
                    root,
                    "--exception",
                    "ui/residents/residentspage.cpp:residentview.h",
                ],
                capture_output=True,
                text=True,
            )
        return run.returncode, run.stdout + run.stderr

    def expect(self, extra, code, *fragments, table=TABLE):
        """Runs the check on the sound tree with `extra` files added or replaced."""
        got, out = self.run_check({**SOUND, **extra}, table)
        self.assertEqual(got, code, out)
        for fragment in fragments:
            self.assertIn(fragment, out)

    def test_sound_tree_passes(self):
        self.expect({}, 0)

    def test_forbidden_edge_names_file_line_and_folders(self):
        self.expect(
            {"models/core/crypto.cpp": '#include "result.h"\n#include "context.h"\n'},
            1,
            "models/core/crypto.cpp:2: models/core/ may not use ui/common/",
        )

    def test_reverse_of_an_allowed_edge_is_forbidden(self):
        self.expect(
            {"ui/residents/residentlist.cpp": '#include "residentview.h"\n'},
            1,
            "ui/residents/residentlist.cpp:1: ui/residents/ may not use ui/healthrecord/",
        )

    def test_widgets_in_models_and_sql_in_ui(self):
        extra = {
            "models/residents/residentmodel.cpp": "#include <QtWidgets/QMessageBox>\n",
            "ui/common/table.cpp": "void f() { sqlite3_exec(db, sql, 0, 0, 0); }\n#include <QtSql/QSqlDatabase>\n",
        }
        self.expect(
            extra,
            1,
            "models/residents/residentmodel.cpp:1: models/residents/ includes <QtWidgets/QMessageBox>",
            "ui/common/table.cpp:1: ui/common/ runs SQL",
            "ui/common/table.cpp:2: ui/common/ includes <QtSql/QSqlDatabase>",
        )

    def test_test_of_a_lower_layer_may_not_include_a_higher_one(self):
        self.expect({"tests/models/residents/tst_resident.cpp": '#include "context.h"\n'}, 1, "tst_resident.cpp:1:")

    def test_duplicate_header_name_fails_loudly(self):
        self.expect({"ui/common/resident.h": "#pragma once\n"}, 2, "two headers named resident.h")

    def test_folder_without_a_row(self):
        self.expect({"models/chronic/chronic.h": '#include "result.h"\n'}, 1, "models/chronic/: no row")

    def test_cycle_in_the_table(self):
        row = "| `models/core` | basics | jiayi_floor | — |"
        cyclic = TABLE.replace(row, row.replace("—", "`ui/residents`"))
        self.expect({}, 2, "cycle", table=cyclic)

    def test_stale_temporary_exception(self):
        self.expect({"ui/residents/residentspage.cpp": '#include "residenteditor.h"\n'}, 1, "no longer occurs")


TS_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n'


def ts(messages):
    body = "".join(
        f"<context>\n    <name>{ctx}</name>\n    <message>\n        <source>{src}</source>\n"
        f"        <translation{attr}>{tr}</translation>\n    </message>\n</context>\n"
        for ctx, src, tr, attr in messages
    )
    return TS_HEAD + body + "</TS>\n"


class CheckTranslations(unittest.TestCase):
    def run_check(self, en_messages):
        with tempfile.TemporaryDirectory() as root:
            source = os.path.join(root, "page.cpp")
            with open(source, "w", encoding="utf-8") as f:
                f.write(
                    textwrap.dedent(
                        """\
                        #include <QCoreApplication>
                        QString a() { return QCoreApplication::translate("main", "家医"); }
                        QString b() { return QCoreApplication::translate("Gui::Page", "保存"); }
                        """
                    )
                )
            listing = os.path.join(root, "sources.txt")
            with open(listing, "w", encoding="utf-8") as f:
                f.write(source + "\n")
            en = os.path.join(root, "en.ts")
            with open(en, "w", encoding="utf-8") as f:
                f.write(ts(en_messages))
            run = subprocess.run(
                [sys.executable, os.path.join(TOOLS, "check_translations.py"), "--lupdate", LUPDATE, "--sources", listing, en],
                capture_output=True,
                text=True,
            )
        return run.returncode, run.stdout + run.stderr

    def test_complete_catalogue_passes(self):
        code, out = self.run_check([("main", "家医", "Jiayi", ""), ("Gui::Page", "保存", "Save", "")])
        self.assertEqual(code, 0, out)

    def test_missing_and_unfinished_are_named(self):
        code, out = self.run_check([("Gui::Page", "保存", "", ' type="unfinished"')])
        self.assertEqual(code, 1, out)
        self.assertIn("missing context 'main', source '家医'", out)
        self.assertIn("no finished translation for context 'Gui::Page', source '保存'", out)


if __name__ == "__main__":
    TOOLS, LUPDATE = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=1)
