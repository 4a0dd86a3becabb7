// ReportRidSets on a small hand-made database: which SELECTs are split into the union of their
// parts, that a compound's set answers exactly what SQLite answers for the statement as written,
// and that the map of resident ids is exact for ids that are not canonical UUIDs (upper case,
// imported) and for rows that do not come in order.
#include "reporttablesets.h"
#include "reporttablesql.h"
#include "residentidmap.h"

#include <QTest>

#include <sqlite3.h>

using namespace Models;

namespace {
const char *const Lower1 = "0b9a4c1e-1111-4a00-8000-000000000001";
const char *const Lower2 = "7f00aa00-2222-4b00-8000-000000000002";
const char *const Lower3 = "ffee0000-3333-4c00-8000-000000000003";
const char *const Upper = "AB000000-4444-4D00-8000-000000000004";
const char *const UpperAsLower = "ab000000-4444-4d00-8000-000000000004";
const char *const Imported = "HIS-000123";

qint64 scalar(sqlite3 *h, const QString &sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
        qWarning() << sqlite3_errmsg(h) << sql;
        return -1;
    }
    const qint64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}
} // namespace

class TstReportRidSets : public QObject
{
    Q_OBJECT

private slots:
    void unionParts_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("parts");
        QTest::newRow("one select") << "SELECT a FROM t" << 0;
        QTest::newRow("union all") << "SELECT a FROM t UNION ALL SELECT b FROM u" << 2;
        QTest::newRow("mixed case, three")
            << "SELECT a FROM t union select b FROM u UNION ALL\n  SELECT c FROM v" << 3;
        QTest::newRow("order by the compound")
            << "SELECT a FROM t UNION SELECT b FROM u ORDER BY 1" << 0;
        QTest::newRow("limit on the compound")
            << "SELECT a FROM t UNION SELECT b FROM u LIMIT 3" << 0;
        QTest::newRow("union inside parentheses")
            << "SELECT a FROM t WHERE a IN (SELECT 1 UNION SELECT 2)" << 0;
        QTest::newRow("limit inside a part")
            << "SELECT a FROM (SELECT a FROM t ORDER BY a LIMIT 2) UNION ALL SELECT b FROM u" << 2;
        QTest::newRow("in a literal") << "SELECT 'x UNION SELECT y' FROM t" << 0;
        QTest::newRow("in a comment") << "SELECT a FROM t -- UNION ALL SELECT b\n" << 0;
        QTest::newRow("in a name") << "SELECT x_union FROM t" << 0;
        QTest::newRow("intersect")
            << "SELECT a FROM t UNION SELECT b FROM u INTERSECT SELECT c" << 0;
        QTest::newRow("except") << "SELECT a FROM t EXCEPT SELECT b FROM u" << 0;
        QTest::newRow("with") << "WITH w AS (SELECT 1) SELECT * FROM w UNION SELECT 2" << 0;
    }

    void unionParts()
    {
        QFETCH(QString, sql);
        QFETCH(int, parts);
        const QStringList got = ReportRidSets::unionParts(sql);
        QCOMPARE(got.size(), parts);
        for (const QString &p : got)
            QVERIFY2(p.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive), qPrintable(p));
    }

    void idMapIsExact()
    {
        ResidentIdMap m;
        // Out of order on purpose: finish() sorts.
        m.add(Lower3, 36, 3);
        m.add(Lower1, 36, 1);
        m.add(Upper, 36, 4);
        m.add(Imported, int(qstrlen(Imported)), 5);
        m.add(Lower2, 36, 2);
        m.finish();
        QCOMPARE(m.size(), size_t(5));
        QCOMPARE(m.find(Lower1, 36), 1);
        QCOMPARE(m.find(Lower2, 36), 2);
        QCOMPARE(m.find(Lower3, 36), 3);
        QCOMPARE(m.find(Upper, 36), 4);
        QCOMPARE(m.find(Imported, int(qstrlen(Imported))), 5);
        QCOMPARE(m.find(UpperAsLower, 36), -1); // another id to SQLite
        QCOMPARE(m.find("0b9a4c1e-1111-4a00-8000-000000000009", 36), -1);
        QCOMPARE(m.find("", 0), -1);
        ResidentIdMap empty;
        empty.finish();
        QCOMPARE(empty.find(Lower1, 36), -1);
    }

    void compoundSetCountsAsSqlite()
    {
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &h), SQLITE_OK);
        const QString setup =
            QStringLiteral("CREATE TABLE resident(rid INTEGER PRIMARY KEY, id TEXT UNIQUE);"
                           "CREATE TABLE a(resident_id TEXT); CREATE TABLE b(resident_id TEXT);"
                           "INSERT INTO resident(rid, id) VALUES (1, '%1'), (2, '%2'),"
                           " (3, '%3'), (4, '%4'), (5, '%5');"
                           "INSERT INTO a VALUES ('%1'), ('%6'), ('nobody');"
                           "INSERT INTO b VALUES ('%5'), ('%1'), (NULL);")
                .arg(QLatin1String(Lower1), QLatin1String(Lower2), QLatin1String(Lower3),
                     QLatin1String(Upper), QLatin1String(Imported), QLatin1String(UpperAsLower));
        QCOMPARE(sqlite3_exec(h, setup.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        const QString sql =
            QStringLiteral("SELECT count(*) FILTER (WHERE r.id IN (SELECT resident_id FROM a"
                           " UNION ALL SELECT resident_id FROM b WHERE resident_id IS NOT NULL))"
                           " * 10 + count(*) FILTER (WHERE r.id IN (SELECT resident_id FROM a))"
                           " FROM resident r");
        const qint64 whole = scalar(h, sql);
        QCOMPARE(whole, 2 * 10 + 1); // Lower1 and Imported; Lower1 alone; not the upper-case one
        {
            ReportRidSets sets(h);
            auto rewritten = sets.rewrite(sql, ReportSqlParams{});
            QVERIFY(rewritten);
            QVERIFY2(rewritten->count(QLatin1String("jiayi_in_set")) == 2, qPrintable(*rewritten));
            QVERIFY2(!rewritten->contains(QLatin1String("UNION")), qPrintable(*rewritten));
            QCOMPARE(scalar(h, *rewritten), whole);
        }
        // A comment inside the SELECT may hold a parenthesis: the set ends at the real one.
        {
            const QString commented = QStringLiteral(
                "SELECT count(*) FILTER (WHERE r.id IN (SELECT resident_id FROM a -- a) b (\n"
                ")) FROM resident r");
            ReportRidSets sets(h);
            auto rewritten = sets.rewrite(commented, ReportSqlParams{});
            QVERIFY(rewritten);
            QVERIFY2(rewritten->contains(QLatin1String("jiayi_in_set")), qPrintable(*rewritten));
            QCOMPARE(scalar(h, *rewritten), 1);
        }
        // A part that is not a set (NULL ids: SQLite's IN rules): the compound as written.
        {
            const QString nulls =
                QStringLiteral("SELECT count(*) FILTER (WHERE r.id IN (SELECT resident_id FROM a"
                               " UNION ALL SELECT resident_id FROM b)) FROM resident r");
            ReportRidSets sets(h);
            auto rewritten = sets.rewrite(nulls, ReportSqlParams{});
            QVERIFY(rewritten);
            QCOMPARE(scalar(h, *rewritten), scalar(h, nulls));
        }
        sqlite3_close(h);
    }
};

QTEST_GUILESS_MAIN(TstReportRidSets)
#include "tst_reportridsets.moc"
