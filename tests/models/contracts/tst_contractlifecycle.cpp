// Contract lifecycle: the status on a date, one contract at a time (refused by the repository and
// by the database itself), renewal and termination.
#include "contractbadges.h"
#include "contractcase.h"
#include "contractfixture.h"
#include "contractrules.h"
#include "contracttasks.h"
#include "keypopulation.h"

#include <QFile>
#include <QStandardPaths>

using namespace Models;
using namespace ContractFixture;
using namespace ContractCase;

class TestContractLifecycle : public QObject, public ContractCase::ContractsTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void statusOnDate_data();
    void statusOnDate();
    void terminatedStatusFromItsDate();
    void overlapRefusedWithClearMessage();
    void overlapRefusedByDatabaseItself();
    void signAgainAfterTermination();
    void renewLinksToPrevious();
    void renewAfterLapseStartsOnSignDay();
    void terminateValidatesAndCancelsTasks();
};

void TestContractLifecycle::statusOnDate_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("status");
    // Signed 2025-01-01, ends 2025-12-31; reminder 30 days, renewal grace 90 days.
    QTest::newRow("before start") << QDate(2024, 12, 31) << "pending";
    QTest::newRow("first day") << QDate(2025, 1, 1) << "valid";
    QTest::newRow("31 days left") << QDate(2025, 11, 30) << "valid";
    QTest::newRow("30 days left") << QDate(2025, 12, 1) << "valid";
    QTest::newRow("29 days left") << QDate(2025, 12, 2) << "expiring";
    QTest::newRow("last day") << QDate(2025, 12, 31) << "expiring";
    QTest::newRow("day after") << QDate(2026, 1, 1) << "awaiting_renewal";
    QTest::newRow("90 days after") << QDate(2026, 3, 31) << "awaiting_renewal";
    QTest::newRow("91 days after") << QDate(2026, 4, 1) << "expired";
}

void TestContractLifecycle::statusOnDate()
{
    QFETCH(QDate, day);
    QFETCH(QString, status);
    const QString id = resident(m_conn, QStringLiteral("王五"), QDate(1980, 1, 1));
    auto c = ContractRepository(m_conn).sign(m_admin, request(id, QDate(2025, 1, 1)));
    QVERIFY2(c.ok(), why(c));
    QCOMPARE(statusCode(ContractRepository::status(*c, day)), status);
}

void TestContractLifecycle::terminatedStatusFromItsDate()
{
    const QString id = resident(m_conn, QStringLiteral("王五"), QDate(1980, 1, 1));
    ContractRepository repo(m_conn);
    auto c = repo.sign(m_admin, request(id, QDate(2025, 1, 1)));
    auto t = repo.terminate(m_admin, c->id, QDate(2025, 6, 1), QStringLiteral("moved"));
    QVERIFY2(t.ok(), why(t));
    QCOMPARE(statusCode(ContractRepository::status(*t, QDate(2025, 5, 31))),
             QStringLiteral("valid"));
    QCOMPARE(statusCode(ContractRepository::status(*t, QDate(2025, 6, 1))),
             QStringLiteral("terminated"));
    QCOMPARE(t->coverEnd(), QDate(2025, 5, 31));
    QCOMPARE(repo.findById(m_admin, c->id)->terminateReason, QStringLiteral("moved"));
    // An expired-then-renewed contract is simply expired: its successor carries on.
    const QString id2 = resident(m_conn, QStringLiteral("赵六"), QDate(1980, 1, 1));
    auto old = repo.sign(m_admin, request(id2, QDate(2025, 1, 1)));
    QVERIFY(repo.renew(m_admin, old->id, QDate(2025, 12, 20)).ok());
    QCOMPARE(statusCode(
                 ContractRepository::status(*repo.findById(m_admin, old->id), QDate(2026, 1, 15))),
             QStringLiteral("expired"));
    QCOMPARE(statusCode(
                 ContractRepository::status(*repo.findById(m_admin, old->id), QDate(2025, 12, 25))),
             QStringLiteral("valid"));
}

void TestContractLifecycle::overlapRefusedWithClearMessage()
{
    const QString id = resident(m_conn, QStringLiteral("钱七"), QDate(1970, 1, 1));
    ContractRepository repo(m_conn);
    QVERIFY(repo.sign(m_admin, request(id, QDate(2025, 1, 1))).ok());
    const TeamIds other = team(m_conn, QStringLiteral("西村团队"), {VillageB});
    SignRequest r = request(id, QDate(2025, 7, 1));
    r.teamId = other.team;
    r.doctorId = other.doctor;
    auto again = repo.sign(m_admin, r);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("contract.overlap"));
    QVERIFY(again.error().message.contains(QStringLiteral("东村团队")));
    QVERIFY(again.error().message.contains(QStringLiteral("2025-12-31")));
    QCOMPARE(scalar(m_conn, QStringLiteral("SELECT count(*) FROM contract")), 1);
    // Starting the day after the first one ends is fine.
    r.signedOn = QDate(2025, 12, 20);
    r.startDate = QDate(2026, 1, 1);
    QVERIFY2(repo.sign(m_admin, r).ok(), why(repo.sign(m_admin, r)));
}

void TestContractLifecycle::overlapRefusedByDatabaseItself()
{
    const QString id = resident(m_conn, QStringLiteral("孙八"), QDate(1970, 1, 1));
    auto c = ContractRepository(m_conn).sign(m_admin, request(id, QDate(2025, 1, 1)));
    QVERIFY(c.ok());
    // A row written past the repository (an import, a sync bug) is refused by the trigger.
    QSqlQuery q(db(m_conn));
    const QString sql =
        QStringLiteral("INSERT INTO contract(id, contract_no, resident_id, team_id, doctor_id, "
                       "signed_on, start_date, end_date,"
                       " cover_end, term_years, channel, created_at, updated_at, updated_by) "
                       "VALUES('x', 'QYX', ?, ?, ?,"
                       " '2025-06-01', '%1', '%2', '%2', 1, 'doctor', 'n', 'n', 't')");
    q.prepare(sql.arg(QStringLiteral("2025-06-01"), QStringLiteral("2026-05-31")));
    q.addBindValue(id);
    q.addBindValue(m_team.team);
    q.addBindValue(m_team.doctor);
    QVERIFY(!q.exec());
    QVERIFY(q.lastError().text().contains(QStringLiteral("contract.overlap")));
    // Un-terminating or moving dates into an overlap is refused too.
    q.prepare(sql.arg(QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31")));
    q.addBindValue(id);
    q.addBindValue(m_team.team);
    q.addBindValue(m_team.doctor);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QSqlQuery u(db(m_conn));
    QVERIFY(
        !u.exec(QStringLiteral("UPDATE contract SET start_date = '2025-12-01' WHERE id = 'x'")));
    QVERIFY(u.lastError().text().contains(QStringLiteral("contract.overlap")));
    // The last covered day cannot disagree with the dates.
    QVERIFY(!u.exec(QStringLiteral("UPDATE contract SET cover_end = '2026-06-30' WHERE id = 'x'")));
    QVERIFY(u.lastError().text().contains(QStringLiteral("CHECK")));
}

void TestContractLifecycle::signAgainAfterTermination()
{
    const QString id = resident(m_conn, QStringLiteral("周九"), QDate(1970, 1, 1));
    ContractRepository repo(m_conn);
    auto c = repo.sign(m_admin, request(id, QDate(2025, 1, 1)));
    QVERIFY(repo.terminate(m_admin, c->id, QDate(2025, 4, 1), QStringLiteral("voluntary")).ok());
    const TeamIds other = team(m_conn, QStringLiteral("西村团队"), {VillageB});
    SignRequest r = request(id, QDate(2025, 4, 1));
    r.teamId = other.team;
    r.doctorId = other.doctor;
    auto again = repo.sign(m_admin, r);
    QVERIFY2(again.ok(), why(again));
    r.signedOn = QDate(2025, 3, 31);
    QCOMPARE(repo.sign(m_admin, r).error().code, QStringLiteral("contract.overlap"));
}

void TestContractLifecycle::renewLinksToPrevious()
{
    const QString id = resident(m_conn, QStringLiteral("吴十"), QDate(1958, 6, 1));
    chronic(m_conn, id, QStringLiteral("diabetes"), QDate(2021, 1, 1));
    ContractRepository repo(m_conn);
    auto c = repo.sign(m_admin, request(id, QDate(2025, 2, 1),
                                        {QStringLiteral("basic"), QStringLiteral("chronic")}));
    QVERIFY2(c.ok(), why(c));
    QCOMPARE(c->tags, (QStringList{"elderly", "diabetes"}));
    auto n = repo.renew(m_admin, c->id, QDate(2026, 1, 10));
    QVERIFY2(n.ok(), why(n));
    QCOMPARE(n->previousId, c->id);
    QCOMPARE(n->startDate, QDate(2026, 2, 1));
    QCOMPARE(n->endDate, QDate(2027, 1, 31));
    QCOMPARE(n->packageIds.size(), 2);
    QVERIFY(n->tags.contains(QStringLiteral("diabetes")));
    QCOMPARE(repo.findById(m_admin, c->id)->renewedById, n->id);
    auto twice = repo.renew(m_admin, c->id, QDate(2026, 1, 11));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, QStringLiteral("contract.renewed"));
    QVERIFY(scalar(m_conn,
                   QStringLiteral("SELECT count(*) FROM contract_task WHERE contract_id = ?"),
                   {n->id}) > 0);
}

void TestContractLifecycle::renewAfterLapseStartsOnSignDay()
{
    const QString id = resident(m_conn, QStringLiteral("郑一"), QDate(1990, 1, 1));
    ContractRepository repo(m_conn);
    auto c = repo.sign(m_admin, request(id, QDate(2024, 3, 1)));
    auto n = repo.renew(m_admin, c->id, QDate(2025, 5, 10));
    QVERIFY2(n.ok(), why(n));
    QCOMPARE(n->startDate, QDate(2025, 5, 10));
    QCOMPARE(n->endDate, QDate(2026, 5, 9));
}

void TestContractLifecycle::terminateValidatesAndCancelsTasks()
{
    const QString id = resident(m_conn, QStringLiteral("冯二"), QDate(1950, 1, 1));
    chronic(m_conn, id, QStringLiteral("hypertension"), QDate(2020, 1, 1));
    ContractRepository repo(m_conn);
    auto c = repo.sign(m_admin, request(id, QDate(2025, 1, 1),
                                        {QStringLiteral("basic"), QStringLiteral("chronic")}));
    QVERIFY(c.ok());
    QCOMPARE(
        repo.terminate(m_admin, c->id, QDate(2025, 6, 1), QStringLiteral("bored")).error().field,
        QStringLiteral("reason"));
    QCOMPARE(
        repo.terminate(m_admin, c->id, QDate(2025, 6, 1), QStringLiteral("other")).error().field,
        QStringLiteral("note"));
    QCOMPARE(
        repo.terminate(m_admin, c->id, QDate(2026, 6, 1), QStringLiteral("moved")).error().field,
        QStringLiteral("terminated_on"));
    QVERIFY(ContractTasks::markDone(m_conn, m_admin, id, QStringLiteral("hypertension_followup"),
                                    QDate(2025, 3, 20), QStringLiteral("fu-1"))
                .value());
    auto t = repo.terminate(m_admin, c->id, QDate(2025, 6, 1), QStringLiteral("no_contact"));
    QVERIFY2(t.ok(), why(t));
    // Tasks due from the termination date on are cancelled; done and earlier ones stay.
    QCOMPARE(
        scalar(m_conn,
               QStringLiteral(
                   "SELECT count(*) FROM contract_task WHERE contract_id = ? AND status = 'done'"),
               {c->id}),
        1);
    QCOMPARE(
        scalar(m_conn,
               QStringLiteral(
                   "SELECT count(*) FROM contract_task WHERE contract_id = ? AND status = 'open'"),
               {c->id}),
        0); // the first follow-up was due 2025-04-01 (done); the rest fall after 2025-06-01
    QVERIFY(scalar(m_conn,
                   QStringLiteral("SELECT count(*) FROM contract_task WHERE contract_id = ? AND "
                                  "status = 'cancelled'"),
                   {c->id}) > 0);
    QCOMPARE(
        repo.terminate(m_admin, c->id, QDate(2025, 7, 1), QStringLiteral("moved")).error().code,
        QStringLiteral("contract.terminated"));
}

QTEST_GUILESS_MAIN(TestContractLifecycle)
#include "tst_contractlifecycle.moc"
