// The contracts part of the demo township: realistic shares (about 40 % of residents and 70 % of
// key populations covered today, some lapsed, some terminated), renewals linked, tasks planned,
// every record in the outbox with the unsent count kept, indexes and triggers back, deterministic.
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
    auto v = ContractIndicators(QStringLiteral("a")).compute(Scope::administrator(), {day, day, {}, {}});
    QVERIFY(v.ok());
    // Covered today: ~40 % of residents, ~70 % of key populations.
    QVERIFY2(v->signRate() > 34 && v->signRate() < 46, qPrintable(QString::number(v->signRate())));
    QVERIFY2(v->keySignRate() > 62 && v->keySignRate() < 80, qPrintable(QString::number(v->keySignRate())));
    const QString d = day.toString(Qt::ISODate);
    const qint64 contracts = scalar(QStringLiteral("a"), QStringLiteral("SELECT count(*) FROM contract"));
    const qint64 terminated = scalar(QStringLiteral("a"), QStringLiteral("SELECT count(*) FROM contract WHERE terminated_on IS NOT NULL"));
    const qint64 lapsed = scalar(QStringLiteral("a"),
                                 QStringLiteral("SELECT count(*) FROM contract c WHERE c.end_date < '%1' AND c.terminated_on IS NULL"
                                                " AND NOT EXISTS (SELECT 1 FROM contract n WHERE n.previous_id = c.id)").arg(d));
    const qint64 renewals = scalar(QStringLiteral("a"), QStringLiteral("SELECT count(*) FROM contract WHERE previous_id IS NOT NULL"));
    QVERIFY(contracts > 1000);
    QVERIFY2(terminated > 0 && terminated < contracts / 10, qPrintable(QString::number(terminated)));
    QVERIFY2(lapsed > 0 && lapsed < contracts / 5, qPrintable(QString::number(lapsed)));
    QVERIFY2(renewals > contracts / 5, qPrintable(QString::number(renewals)));
    // Some of each task state.
    for (const char *status : {"open", "done", "cancelled"})
        QVERIFY2(scalar(QStringLiteral("a"), QStringLiteral("SELECT count(*) FROM contract_task WHERE status = '%1'")
                                                 .arg(QLatin1String(status))) > 0, status);
}

void TestContractDemo::recordsAreComplete()
{
    const QString a = QStringLiteral("a");
    // Every contract, task, team, staff member and flag has its outbox entry, and the unsent count
    // (kept by the 0010 triggers) equals what is really unsent.
    for (const char *table : {"contract", "contract_task", "contract_team", "contract_staff", "resident_flag"})
        QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM outbox o"
                                          " WHERE o.entity = '%1' AND o.entity_id = t.id)").arg(QLatin1String(table))),
                 0);
    QCOMPARE(scalar(a, QStringLiteral("SELECT records FROM outbox_pending_count")),
             scalar(a, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT entity, entity_id FROM outbox WHERE acked_at IS NULL)")));
    // Dropped for the load, back afterwards.
    QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('contract_no_overlap_insert',"
                                      " 'contract_no_overlap_update', 'contract_period', 'contract_task_due', 'outbox_pending_insert')")),
             5);
    // Renewals link to a contract of the same resident that ends the day before.
    QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM contract n JOIN contract p ON p.id = n.previous_id"
                                      " WHERE p.resident_id <> n.resident_id OR date(p.end_date, '+1 day') <> n.start_date")),
             0);
    QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM contract WHERE id NOT GLOB "
                                      "'[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*-4*'")),
             0);
}

void TestContractDemo::deterministic()
{
    const QString e = generate(QStringLiteral("b"), QStringLiteral("b.db"));
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString digest = QStringLiteral(
        "SELECT count(*), sum(length(id)), group_concat(substr(id, 1, 4), '') FROM (SELECT id FROM %1 ORDER BY id)");
    for (const char *table : {"contract", "contract_task", "resident_flag"}) {
        QSqlQuery qa(QSqlDatabase::database(QStringLiteral("a"))), qb(QSqlDatabase::database(QStringLiteral("b")));
        QVERIFY(qa.exec(digest.arg(QLatin1String(table))) && qa.next());
        QVERIFY(qb.exec(digest.arg(QLatin1String(table))) && qb.next());
        QCOMPARE(qa.value(2).toString(), qb.value(2).toString());
    }
    const QString sample = QStringLiteral("SELECT group_concat(c.start_date || t.status || t.due_on, '') FROM contract c"
                                          " JOIN contract_task t ON t.contract_id = c.id");
    QSqlQuery qa(QSqlDatabase::database(QStringLiteral("a"))), qb(QSqlDatabase::database(QStringLiteral("b")));
    QVERIFY(qa.exec(sample) && qa.next() && qb.exec(sample) && qb.next());
    QCOMPARE(qa.value(0).toString(), qb.value(0).toString());
}

QTEST_GUILESS_MAIN(TestContractDemo)
#include "tst_contractdemo.moc"
