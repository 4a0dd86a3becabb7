// The contracts part of the demo township: realistic shares (about 40 % of residents and 70 % of
// key populations signed over the year, a little less on the day, some lapsed, some terminated),
// renewals linked, tasks planned and marked done by the demo's own follow-ups and health checks the
// way a live record marks them, every record in the outbox with the unsent count kept, indexes and
// triggers back, deterministic.
#include "contractindicators.h"
#include "database.h"
#include "demogenerator.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;

class TestContractDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void realisticShares();
    void recordsAreComplete();
    void serviceRecordsMarkTasks();
    void deterministic();

private:
    qint64 scalar(const QString &conn, const QString &sql);
    QString generate(const QString &conn, const QString &file);
    QTemporaryDir m_dir;
    const QDate m_today{2026, 6, 15};
};

qint64 TestContractDemo::scalar(const QString &conn, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(conn));
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql;
        return -1;
    }
    return q.value(0).toLongLong();
}

QString TestContractDemo::generate(const QString &conn, const QString &file)
{
    if (!openDatabase(conn, m_dir.filePath(file)).ok())
        return QStringLiteral("open");
    DemoOptions o;
    o.residents = 2500;
    o.seed = 11;
    o.today = m_today;
    auto r = DemoGenerator::generate(conn, Scope::administrator(), o);
    return r ? QString() : r.error().detail;
}

void TestContractDemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString e = generate(QStringLiteral("a"), QStringLiteral("a.db"));
    QVERIFY2(e.isEmpty(), qPrintable(e));
}

void TestContractDemo::cleanupTestCase()
{
    closeDatabase(QStringLiteral("a"));
    closeDatabase(QStringLiteral("b"));
}

void TestContractDemo::realisticShares()
{
    const QDate day = m_today;
    auto v =
        ContractIndicators(QStringLiteral("a")).compute(Scope::administrator(), {day, day, {}, {}});
    QVERIFY(v.ok());
    // Covered today: a little under the yearly shares (contracts that lapsed or ended earlier in
    // the year count for the year only).
    QVERIFY2(v->signRate() > 31 && v->signRate() < 41, qPrintable(QString::number(v->signRate())));
    QVERIFY2(v->keySignRate() > 60 && v->keySignRate() < 74,
             qPrintable(QString::number(v->keySignRate())));
    // Over the year so far (the indicators screen's default period): ~40 % and ~70 %.
    auto y = ContractIndicators(QStringLiteral("a"))
                 .compute(Scope::administrator(), {QDate(day.year(), 1, 1), day, {}, {}});
    QVERIFY(y.ok());
    QVERIFY2(y->signRate() > 35 && y->signRate() < 45, qPrintable(QString::number(y->signRate())));
    QVERIFY2(y->keySignRate() > 64 && y->keySignRate() < 76,
             qPrintable(QString::number(y->keySignRate())));
    const QString d = day.toString(Qt::ISODate);
    const qint64 contracts =
        scalar(QStringLiteral("a"), QStringLiteral("SELECT count(*) FROM contract"));
    const qint64 terminated =
        scalar(QStringLiteral("a"),
               QStringLiteral("SELECT count(*) FROM contract WHERE terminated_on IS NOT NULL"));
    const qint64 lapsed = scalar(
        QStringLiteral("a"),
        QStringLiteral(
            "SELECT count(*) FROM contract c WHERE c.end_date < '%1' AND c.terminated_on IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM contract n WHERE n.previous_id = c.id)")
            .arg(d));
    const qint64 renewals =
        scalar(QStringLiteral("a"),
               QStringLiteral("SELECT count(*) FROM contract WHERE previous_id IS NOT NULL"));
    QVERIFY(contracts > 1000);
    QVERIFY2(terminated > 0 && terminated < contracts / 10,
             qPrintable(QString::number(terminated)));
    QVERIFY2(lapsed > 0 && lapsed < contracts / 5, qPrintable(QString::number(lapsed)));
    QVERIFY2(renewals > contracts / 5, qPrintable(QString::number(renewals)));
    // Some of each task state.
    for (const char *status : {"open", "done", "cancelled"})
        QVERIFY2(scalar(QStringLiteral("a"),
                        QStringLiteral("SELECT count(*) FROM contract_task WHERE status = '%1'")
                            .arg(QLatin1String(status))) > 0,
                 status);
}

void TestContractDemo::recordsAreComplete()
{
    const QString a = QStringLiteral("a");
    // Every contract, task, team, staff member and flag has its outbox entry, and the unsent count
    // (kept by the 0010 triggers) equals what is really unsent.
    for (const char *table :
         {"contract", "contract_task", "contract_team", "contract_staff", "resident_flag"})
        QCOMPARE(scalar(a, QStringLiteral(
                               "SELECT count(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM outbox o"
                               " WHERE o.entity = '%1' AND o.entity_id = t.id)")
                               .arg(QLatin1String(table))),
                 0);
    QCOMPARE(scalar(a, QStringLiteral("SELECT records FROM outbox_pending_count")),
             scalar(a, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT entity, entity_id "
                                      "FROM outbox WHERE acked_at IS NULL)")));
    // Dropped for the load, back afterwards.
    QCOMPARE(
        scalar(a,
               QStringLiteral(
                   "SELECT count(*) FROM sqlite_master WHERE name IN ('contract_no_overlap_insert',"
                   " 'contract_no_overlap_update', 'contract_period', 'contract_task_due', "
                   "'outbox_pending_insert')")),
        5);
    // Renewals link to a contract of the same resident that ends the day before.
    QCOMPARE(scalar(a, QStringLiteral(
                           "SELECT count(*) FROM contract n JOIN contract p ON p.id = n.previous_id"
                           " WHERE p.resident_id <> n.resident_id OR date(p.end_date, '+1 day') <> "
                           "n.start_date")),
             0);
    QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    // The generator's bulk mode is undone: every index and trigger of a fresh file, WAL, foreign
    // keys.
    QVERIFY(openDatabase(QStringLiteral("fresh"), m_dir.filePath(QStringLiteral("fresh.db"))).ok());
    const QString schema = QStringLiteral(
        "SELECT group_concat(type || ':' || name || ':' || sql, '|') FROM"
        " (SELECT * FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name)");
    QSqlQuery qa(QSqlDatabase::database(a)), qf(QSqlDatabase::database(QStringLiteral("fresh")));
    QVERIFY(qa.exec(schema) && qa.next() && qf.exec(schema) && qf.next());
    QCOMPARE(qa.value(0).toString(), qf.value(0).toString());
    closeDatabase(QStringLiteral("fresh"));
    QVERIFY(qa.exec(QStringLiteral("PRAGMA journal_mode")) && qa.next());
    QCOMPARE(qa.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(a, QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(
        scalar(a, QStringLiteral(
                      "SELECT count(*) FROM contract WHERE id NOT GLOB "
                      "'[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*-4*'")),
        0);
}

void TestContractDemo::serviceRecordsMarkTasks()
{
    const QString a = QStringLiteral("a");
    // Follow-up and annual-check tasks are done only by a record, of the same resident, kind and
    // day.
    QCOMPARE(
        scalar(a,
               QStringLiteral(
                   "SELECT count(*) FROM contract_task WHERE status = 'done' AND source_id IS NULL"
                   " AND kind IN ('hypertension_followup', 'diabetes_followup', 'annual_check')")),
        0);
    QVERIFY(
        scalar(a, QStringLiteral("SELECT count(*) FROM contract_task WHERE source_id IS NOT NULL"
                                 " AND kind = 'hypertension_followup'")) > 100);
    QVERIFY(
        scalar(a, QStringLiteral("SELECT count(*) FROM contract_task WHERE source_id IS NOT NULL"
                                 " AND kind = 'annual_check'")) > 20);
    QCOMPARE(
        scalar(
            a,
            QStringLiteral(
                "SELECT count(*) FROM contract_task t JOIN contract c ON c.id = t.contract_id"
                " LEFT JOIN chronic_followup f ON f.id = t.source_id"
                " LEFT JOIN health_check h ON h.id = t.source_id WHERE t.source_id IS NOT NULL AND"
                " (coalesce(f.resident_id, h.resident_id) IS NOT t.resident_id"
                " OR coalesce(f.visit_date, h.check_date) IS NOT t.done_on"
                " OR t.done_on NOT BETWEEN c.start_date AND c.cover_end"
                " OR t.kind <> coalesce(f.programme || '_followup', 'annual_check'))")),
        0);
    // Each record marks one task at most, and a record inside a contract's cover was used unless
    // every task of its kind in that contract was already done (markDone takes the earliest open).
    QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM (SELECT source_id FROM contract_task "
                                      "WHERE source_id IS NOT NULL"
                                      " GROUP BY source_id HAVING count(*) > 1)")),
             0);
    QCOMPARE(
        scalar(a, QStringLiteral(
                      "SELECT count(*) FROM chronic_followup f JOIN contract c ON c.resident_id = "
                      "f.resident_id"
                      " AND f.visit_date BETWEEN c.start_date AND c.cover_end"
                      " WHERE NOT EXISTS (SELECT 1 FROM contract_task t WHERE t.source_id = f.id)"
                      " AND EXISTS (SELECT 1 FROM contract_task t WHERE t.contract_id = c.id"
                      " AND t.kind = f.programme || '_followup' AND t.status <> 'done')")),
        0);
    QCOMPARE(
        scalar(a, QStringLiteral(
                      "SELECT count(*) FROM health_check h JOIN contract c ON c.resident_id = "
                      "h.resident_id"
                      " AND h.check_date BETWEEN c.start_date AND c.cover_end"
                      " WHERE NOT EXISTS (SELECT 1 FROM contract_task t WHERE t.source_id = h.id)"
                      " AND EXISTS (SELECT 1 FROM contract_task t WHERE t.contract_id = c.id"
                      " AND t.kind = 'annual_check' AND t.status <> 'done')")),
        0);
}

void TestContractDemo::deterministic()
{
    const QString e = generate(QStringLiteral("b"), QStringLiteral("b.db"));
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString digest =
        QStringLiteral("SELECT count(*), sum(length(id)), group_concat(substr(id, 1, 4), '') FROM "
                       "(SELECT id FROM %1 ORDER BY id)");
    for (const char *table : {"contract", "contract_task", "resident_flag"}) {
        QSqlQuery qa(QSqlDatabase::database(QStringLiteral("a"))),
            qb(QSqlDatabase::database(QStringLiteral("b")));
        QVERIFY(qa.exec(digest.arg(QLatin1String(table))) && qa.next());
        QVERIFY(qb.exec(digest.arg(QLatin1String(table))) && qb.next());
        QCOMPARE(qa.value(2).toString(), qb.value(2).toString());
    }
    const QString sample = QStringLiteral(
        "SELECT group_concat(c.start_date || t.status || t.due_on, '') FROM contract c"
        " JOIN contract_task t ON t.contract_id = c.id");
    QSqlQuery qa(QSqlDatabase::database(QStringLiteral("a"))),
        qb(QSqlDatabase::database(QStringLiteral("b")));
    QVERIFY(qa.exec(sample) && qa.next() && qb.exec(sample) && qb.next());
    QCOMPARE(qa.value(0).toString(), qb.value(0).toString());
}

QTEST_GUILESS_MAIN(TestContractDemo)
#include "tst_contractdemo.moc"
