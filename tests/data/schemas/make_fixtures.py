#!/usr/bin/env python3
"""Makes the fixture databases of every released schema: schema_vN.db for N = 1..latest.

For each N, the migration prefix 0001..N is checked out of git (the committed files of HEAD, or
of the commit given with --rev) into a temporary folder, applied in order in one transaction each
with PRAGMA user_version = N, as the program does, and every table that exists at that version
gets ROWS rows that satisfy its constraints (foreign keys point at rows of the parent tables).
No version has been tagged as a release yet; 0004, 0005, 0006 and 0009 were edited while their
branches were open (before any release), so the committed text is what a database carries.
tests/models/storage/tst_migrations.cpp upgrades each to the current schema and checks every row.

    python3 tests/data/schemas/make_fixtures.py        # rewrites tests/data/schemas/schema_v*.db
"""
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = subprocess.check_output(["git", "-C", HERE, "rev-parse", "--show-toplevel"], text=True).strip()
MIGRATIONS = "resources/migrations"
ROWS = 3


def git(*args):
    return subprocess.check_output(["git", "-C", REPO, *args], text=True)


def checkout_prefix(commit, upto, folder):
    """Writes the committed migrations 0001..upto into folder; {N: path}"""
    files = {}
    for path in git("ls-tree", "--name-only", commit, MIGRATIONS + "/").split():
        m = re.match(r".*/(\d{4})_.*\.sql$", path)
        if m and int(m.group(1)) <= upto:
            target = os.path.join(folder, os.path.basename(path))
            with open(target, "w", encoding="utf-8") as f:
                f.write(git("show", f"{commit}:{path}"))
            files[int(m.group(1))] = target
    return dict(sorted(files.items()))


def check_choices(create_sql):
    """{column: [allowed values]} from CHECK (col IN (...))"""
    out = {}
    for col, values in re.findall(r"CHECK\s*\(\s*(\w+)\s+IN\s*\(([^)]*)\)\s*\)", create_sql):
        vals = []
        for v in values.split(","):
            v = v.strip()
            vals.append(v.strip("'") if v.startswith("'") else int(v))
        out[col] = vals
    return out


# Columns whose constraints are not a plain IN list: written by hand, per row i (0-based).
SPECIAL = {
    ("area", "code"): lambda i, row: ["430121", "430121101", "430121101001"][i % 3],
    ("area", "level"): lambda i, row: ["county", "township", "village"][i % 3],
    ("area", "parent_code"): lambda i, row: [None, "430121", "430121101"][i % 3],
    ("contract_package", "fee_fen"): lambda i, row: 1200,
    ("contract_package", "insurance_fen"): lambda i, row: 600,
    ("contract_package", "public_health_fen"): lambda i, row: 400,
    ("contract_package", "resident_fen"): lambda i, row: 200,
    ("contract", "fee_fen"): lambda i, row: 1200,
    ("contract", "insurance_fen"): lambda i, row: 600,
    ("contract", "public_health_fen"): lambda i, row: 400,
    ("contract", "resident_fen"): lambda i, row: 200,
    ("contract", "start_date"): lambda i, row: "2024-01-01",
    ("contract", "end_date"): lambda i, row: "2024-12-31",
    ("contract", "terminated_on"): lambda i, row: None,
    ("contract", "terminate_reason"): lambda i, row: None,
    ("contract", "previous_id"): lambda i, row: None,
    ("contract", "cover_end"): lambda i, row: "2024-12-31",
    ("outbox_pending_count", "one"): lambda i, row: 1 if i == 0 else None,
    ("tb_patient", "intensive_start"): lambda i, row: "2024-01-01",
    ("tb_patient", "intensive_end"): lambda i, row: "2024-02-29",
    ("tb_patient", "continuation_end"): lambda i, row: "2024-06-28",
    ("mental_followup", "risk"): lambda i, row: i % 6,
}


def value_for(table, col, ctype, notnull, i, choices, fks, conn, row):
    if (table, col) in SPECIAL:
        return SPECIAL[(table, col)](i, row)
    if col in fks:
        ptable, pcol = fks[col]
        parents = [r[0] for r in conn.execute(f'SELECT "{pcol}" FROM "{ptable}" ORDER BY 1')]
        if ptable == table:
            return parents[0] if parents else None
        if not parents:
            return None
        return parents[i % len(parents)]
    if col in choices:
        return choices[col][i % len(choices[col])]
    t = ctype.upper()
    name = col.lower()
    if name.endswith("_date") or name.endswith("_on") or name in ("birth_date", "date"):
        return f"2020-0{1 + i}-1{i}"
    if name.endswith("_at") or name.endswith("_time"):
        return f"2024-01-0{1 + i}T08:00:00Z"
    if name == "cover_end":
        return row.get("end_date")
    if "INT" in t:
        return i + 1
    if "REAL" in t or "NUM" in t:
        return 1.5 + i
    if "BLOB" in t:
        return bytes([i + 1]) * 8
    if name in ("id",) or name.endswith("_id") or name.endswith("uuid"):
        return f"00000000-0000-4000-8000-{i + 1:012d}"
    return f"{col}-{i + 1}"


def table_order(conn):
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    deps = {t: {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{t}")') if r[2] != t} for t in tables}
    order, done = [], set()
    while len(order) < len(tables):
        progressed = False
        for t in tables:
            if t not in done and deps[t] <= done:
                order.append(t)
                done.add(t)
                progressed = True
        if not progressed:
            raise SystemExit(f"foreign-key cycle among {set(tables) - done}")
    return order


def primary_key(conn, table):
    pks = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")') if c[5]]
    return pks[0] if pks else "rowid"


def fill(conn):
    for table in table_order(conn):
        if conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] >= ROWS:
            continue
        create_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
        choices = check_choices(create_sql)
        fks = {r[3]: (r[2], r[4] or primary_key(conn, r[2]))
               for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
        cols = list(conn.execute(f'PRAGMA table_info("{table}")'))
        # An INTEGER PRIMARY KEY alone is the rowid: let SQLite number it.
        pks = [c for c in cols if c[5]]
        rowid_alias = len(pks) == 1 and pks[0][2].upper() == "INTEGER"
        have = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for i in range(have, ROWS):
            row = {}
            for cid, col, ctype, notnull, default, pk in cols:
                if rowid_alias and pk:
                    continue
                if (table, col) not in SPECIAL and col not in fks and default is not None and not notnull:
                    continue
                row[col] = value_for(table, col, ctype, notnull, i, choices, fks, conn, row)
            if table == "outbox_pending_count" and row.get("one") is None:
                break
            names = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            try:
                conn.execute(f'INSERT INTO "{table}"({names}) VALUES({marks})', list(row.values()))
            except sqlite3.Error as e:
                raise SystemExit(f"{table}: cannot insert {row}: {e}")


def main():
    commit = sys.argv[sys.argv.index("--rev") + 1] if "--rev" in sys.argv else "HEAD"
    commit = git("rev-parse", commit).strip()
    latest = max(int(re.match(r".*/(\d{4})_", p).group(1))
                 for p in git("ls-tree", "--name-only", commit, MIGRATIONS + "/").split())
    for n in range(1, latest + 1):
        target = os.path.join(HERE, f"schema_v{n}.db")
        if os.path.exists(target):
            os.remove(target)
        conn = sqlite3.connect(target, isolation_level=None)
        conn.execute("PRAGMA foreign_keys=ON")
        with tempfile.TemporaryDirectory() as folder:
            for version, path in checkout_prefix(commit, n, folder).items():
                with open(path, encoding="utf-8") as f:
                    sql = f.read()
                conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={version};\nCOMMIT;")
        conn.execute("BEGIN")
        fill(conn)
        conn.execute("COMMIT")
        problems = list(conn.execute("PRAGMA foreign_key_check"))
        if problems:
            raise SystemExit(f"v{n}: foreign-key problems {problems[:5]}")
        conn.execute("VACUUM")
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        conn.close()
        print(f"schema_v{n}.db: user_version {n}, {tables} tables, migrations from {commit[:10]}")


if __name__ == "__main__":
    sys.exit(main())
