// Planner statistics are taken in full, for the tables that need them, and again when a table's
// size moves by more than a fifth; the background refresh does the same on its own connection.
#include "plannerstatistics.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TestPlannerStatistics : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void staleUntilAnalysedThenWhenSizeMoves();
    void smallTablesAreLeftToDefaults();
    void fullNotSampled();
    void cancelStopsBetweenTables();
    void backgroundRefreshOnItsOwnConnection();

private:
    void exec(const char *sql);
    void fill(const char *table, int from, int to);
    QString stat(const char *index);
    QTemporaryDir m_dir;
    QString m_path;
    sqlite3 *m_h = nullptr;
};

void TestPlannerStatistics::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("stats-%1.db").arg(QTest::currentTestFunction()));
    QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &m_h), SQLITE_OK);
    exec("PRAGMA journal_mode=WAL");
    exec("CREATE TABLE big(id INTEGER PRIMARY KEY, village TEXT, born TEXT)");
    exec("CREATE INDEX big_village ON big(village)");
    exec("CREATE TABLE small(id INTEGER PRIMARY KEY, v TEXT)");
    exec("CREATE INDEX small_v ON small(v)");
    fill("big", 0, 2000);
    fill("small", 0, 50);
}

void TestPlannerStatistics::cleanup()
{
    sqlite3_close(m_h);
    m_h = nullptr;
}

void TestPlannerStatistics::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_h, sql, nullptr, nullptr, &message);
    QVERIFY2(rc == SQLITE_OK, message ? message : sql);
}

void TestPlannerStatistics::fill(const char *table, int from, int to)
{
    const bool big = qstrcmp(table, "big") == 0;
    exec("BEGIN");
    for (int i = from; i < to; ++i) {
        const QString sql =
            big ? QStringLiteral("INSERT INTO big VALUES (%1, 'v%2', '2000-01-01')")
                      .arg(i)
                      .arg(i % 20)
                : QStringLiteral("INSERT INTO small VALUES (%1, 'v%2')").arg(i).arg(i % 20);
        exec(sql.toUtf8().constData());
    }
    exec("COMMIT");
}

QString TestPlannerStatistics::stat(const char *index)
{
    sqlite3_stmt *st = nullptr;
    QString out;
    if (sqlite3_prepare_v2(m_h, "SELECT stat FROM sqlite_stat1 WHERE idx = ?", -1, &st, nullptr) ==
        SQLITE_OK) {
        sqlite3_bind_text(st, 1, index, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    return out;
}

void TestPlannerStatistics::staleUntilAnalysedThenWhenSizeMoves()
{
    QCOMPARE(Models::PlannerStatistics::staleTables(m_h), QStringList{QStringLiteral("big")});
    auto n = Models::PlannerStatistics::refresh(m_h, {QStringLiteral("big")});
    QVERIFY(n);
    QCOMPARE(*n, 1);
    QCOMPARE(stat("big_village"), QStringLiteral("2000 100"));
    QVERIFY(Models::PlannerStatistics::staleTables(m_h).isEmpty());
    fill("big", 2000, 2300); // +15%: the statistics still describe it well enough
    QVERIFY(Models::PlannerStatistics::staleTables(m_h).isEmpty());
    fill("big", 2300, 2500); // +25% of the analysed 2,000
    QCOMPARE(Models::PlannerStatistics::staleTables(m_h), QStringList{QStringLiteral("big")});
    QVERIFY(Models::PlannerStatistics::refresh(m_h, {QStringLiteral("big")}));
    QCOMPARE(stat("big_village"), QStringLiteral("2500 125"));
    exec("DELETE FROM big WHERE id >= 1500"); // shrinking counts too
    QCOMPARE(Models::PlannerStatistics::staleTables(m_h), QStringList{QStringLiteral("big")});
}

void TestPlannerStatistics::smallTablesAreLeftToDefaults()
{
    QVERIFY(!Models::PlannerStatistics::staleTables(m_h).contains(QStringLiteral("small")));
    fill("small", 50, 600); // now big enough to matter
    QVERIFY(Models::PlannerStatistics::staleTables(m_h).contains(QStringLiteral("small")));
}

void TestPlannerStatistics::fullNotSampled()
{
    // A sampling limit left on the connection by someone else must not make a sampled analysis.
    exec("PRAGMA analysis_limit=100");
    QVERIFY(Models::PlannerStatistics::refresh(m_h, {QStringLiteral("big")}));
    QCOMPARE(stat("big_village"), QStringLiteral("2000 100"));
}

void TestPlannerStatistics::cancelStopsBetweenTables()
{
    const std::atomic_bool cancel{true};
    auto n = Models::PlannerStatistics::refresh(m_h, {QStringLiteral("big")}, &cancel);
    QVERIFY(n);
    QCOMPARE(*n, 0);
    QVERIFY(stat("big_village").isEmpty());
    auto bad = Models::PlannerStatistics::refresh(m_h, {QStringLiteral("no_such_table")});
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, QStringLiteral("no_such_table"));
}

void TestPlannerStatistics::backgroundRefreshOnItsOwnConnection()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bg"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM big")));
        Models::PlannerStatistics::refreshInBackground(QStringLiteral("bg"));
        QCOMPARE(Models::PlannerStatistics::wait(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bg"));
    QCOMPARE(stat("big_village"), QStringLiteral("2000 100"));
    // An in-memory database has no file for a second connection: nothing runs.
    Models::PlannerStatistics::refreshInBackground(QStringLiteral("no connection"));
    QCOMPARE(Models::PlannerStatistics::wait(), 0);
}

QTEST_GUILESS_MAIN(TestPlannerStatistics)
#include "tst_plannerstatistics.moc"
