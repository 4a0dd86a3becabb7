// Contracts: rules pinned, packages imported and versioned, the lifecycle (sign, renew,
// terminate, expire on a date), one contract at a time enforced by the database, household
// signing, key-population suggestions, and the task hook for other capabilities.
#include "contractbadges.h"
#include "contractfixture.h"
#include "contractrules.h"
#include "contracttasks.h"
#include "keypopulation.h"

#include <QFile>
#include <QStandardPaths>

using namespace Models;
using namespace ContractFixture;

class TestContracts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void rulesArePinned();
    void rulesRejectBadData();
    void packagesImportedOnceAndVersioned();
    void signCreatesContractAndTasks();
    void statusOnDate_data();
    void statusOnDate();
    void terminatedStatusFromItsDate();
    void overlapRefusedWithClearMessage();
    void overlapRefusedByDatabaseItself();
    void signAgainAfterTermination();
    void renewLinksToPrevious();
    void renewAfterLapseStartsOnSignDay();
    void terminateValidatesAndCancelsTasks();
    void householdSigning();
    void doctorAndPackageChecks();
    void suggestions_data();
    void suggestions();
    void markDoneHook();
    void restrictedScopeRefused();
    void residentHeaderBadges();

private:
    SignRequest request(const QString &residentId, const QDate &signedOn,
                        const QStringList &packages = {QStringLiteral("basic")}) const;
    QString m_conn;
    TeamIds m_team;
    Scope m_admin = Scope::administrator();
};

void TestContracts::init()
{
    m_conn = QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    QVERIFY(addAreas(m_conn));
    m_team = team(m_conn, QStringLiteral("东村团队"), {VillageA});
    QVERIFY(!m_team.doctor.isEmpty());
}

void TestContracts::cleanup()
{
    closeDatabase(m_conn);
}

SignRequest TestContracts::request(const QString &residentId, const QDate &signedOn,
                                   const QStringList &packages) const
{
    SignRequest r;
    r.residentId = residentId;
    r.teamId = m_team.team;
    r.doctorId = m_team.doctor;
    for (const QString &p : packages)
        r.packageIds << packageId(m_conn, p);
    r.suggestTags = true;
    r.signedOn = signedOn;
    return r;
}

void TestContracts::rulesArePinned()
{
    const ContractRules &r = ContractRules::get();
    QCOMPARE(r.termYears, 1);
    QCOMPARE(r.reminderDays, 30);
    QCOMPARE(r.renewalGraceDays, 90);
    QStringList kp;
    for (const auto &k : r.keyPopulations)
        kp << k.code;
    QCOMPARE(kp, (QStringList{"elderly", "child", "pregnant", "hypertension", "diabetes", "smd",
                              "tb", "disabled", "poverty", "fp_special"}));
    QCOMPARE(r.keyPopulation(QStringLiteral("elderly"))->minAge, 65);
    QCOMPARE(r.keyPopulation(QStringLiteral("child"))->maxAge, 6);
    QStringList reasons;
    for (const auto &c : r.terminateReasons)
        reasons << c.code + QLatin1Char('=') + c.zh;
    QCOMPARE(reasons,
             (QStringList{"moved=迁出本辖区", "no_contact=连续一年无法联系",
                          "refused=连续一年拒绝服务", "voluntary=主动解约", "other=其他"}));
    QCOMPARE(r.packages.size(), 4);
    for (const Package &p : r.packages)
        QCOMPARE(p.insuranceFen + p.publicHealthFen + p.residentFen, p.feeFen);
    QCOMPARE(r.packages.first().code, QStringLiteral("basic"));
    QCOMPARE(r.packages.first().feeFen, 12000);
}

void TestContracts::rulesRejectBadData()
{
    QFile rf(QStringLiteral(":/rules/contract_rules.json")),
        pf(QStringLiteral(":/rules/contract_packages.json"));
    QVERIFY(rf.open(QIODevice::ReadOnly) && pf.open(QIODevice::ReadOnly));
    const QByteArray rules = rf.readAll(), packages = pf.readAll();
    QVERIFY(ContractRules::parse(rules, packages).ok());
    QByteArray badTerm = rules;
    badTerm.replace("\"term_years\": 1", "\"term_years\": 0");
    QVERIFY(!ContractRules::parse(badTerm, packages).ok());
    QByteArray badSplit = packages;
    badSplit.replace("\"resident\": 10.00", "\"resident\": 11.00");
    auto r = ContractRules::parse(rules, badSplit);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("basic")));
    QByteArray badTag = packages;
    badTag.replace("\"applies_to\": \"elderly\"", "\"applies_to\": \"astronaut\"");
    QVERIFY(!ContractRules::parse(rules, badTag).ok());
}

void TestContracts::packagesImportedOnceAndVersioned()
{
    PackageRepository repo(m_conn);
    QCOMPARE(*repo.importRules(m_admin), 4);
    QCOMPARE(*repo.importRules(m_admin), 0); // once per catalogue version
    QCOMPARE(scalar(m_conn, QStringLiteral("SELECT count(*) FROM contract_package")), 4);
    const QString oldBasic = packageId(m_conn, QStringLiteral("basic"));
    const QString hw = resident(m_conn, QStringLiteral("张三"), QDate(1950, 3, 1));
    auto c = ContractRepository(m_conn).sign(m_admin, request(hw, QDate(2025, 1, 10)));
    QVERIFY2(c.ok(), why(c));

    auto basic = repo.findById(m_admin, oldBasic);
    Package edited = *basic;
    edited.feeFen = 15000;
    edited.residentFen += 3000;
    auto v2 = repo.saveNewVersion(m_admin, edited);
    QVERIFY2(v2.ok(), why(v2));
    QCOMPARE(v2->version, 2);
    QVERIFY(!repo.findById(m_admin, oldBasic)->active);
    QCOMPARE(packageId(m_conn, QStringLiteral("basic")), v2->id);
    // The old contract keeps the version it was signed with.
    QCOMPARE(ContractRepository(m_conn).findById(m_admin, c->id)->packageIds,
             QStringList{oldBasic});
    // A payer split that does not add up is refused at the field.
    edited.residentFen += 1;
    auto bad = repo.saveNewVersion(m_admin, edited);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("fee"));
    // Only an administrator-level permission edits packages.
    Scope doctor;
    doctor.allPermissions = false;
    doctor.permissions = {QStringLiteral("contract.read"), QStringLiteral("contract.write")};
    QVERIFY(!repo.saveNewVersion(doctor, *v2).ok());
}

void TestContracts::signCreatesContractAndTasks()
{
    const QString id = resident(m_conn, QStringLiteral("李老汉"), QDate(1955, 5, 20));
    chronic(m_conn, id, QStringLiteral("hypertension"), QDate(2020, 1, 1));
    const SignRequest req =
        request(id, QDate(2025, 3, 1), {QStringLiteral("basic"), QStringLiteral("chronic")});
    const qint64 outboxBefore = scalar(m_conn, QStringLiteral("SELECT count(*) FROM outbox"));
    auto c = ContractRepository(m_conn).sign(m_admin, req);
    QVERIFY2(c.ok(), why(c));
    QCOMPARE(c->startDate, QDate(2025, 3, 1));
    QCOMPARE(c->endDate, QDate(2026, 2, 28));
    QCOMPARE(c->tags, (QStringList{"elderly", "hypertension"}));
    QCOMPARE(c->feeFen, 27000);
    QCOMPARE(c->insuranceFen + c->publicHealthFen + c->residentFen, c->feeFen);
    QVERIFY(c->contractNo.startsWith(QStringLiteral("QY20250301")));
    auto tasks = ContractRepository(m_conn).tasks(m_admin, c->id);
    QVERIFY(tasks.ok());
    QMap<QString, QList<QDate>> byKind;
    for (const ContractTask &t : *tasks)
        byKind[t.kind] << t.dueOn;
    QCOMPARE(byKind.keys(),
             (QStringList{"annual_check", "health_education", "hypertension_followup"}));
    QCOMPARE(byKind.value(QStringLiteral("annual_check")).size(),
             1); // one, though two packages promise it
    QCOMPARE(byKind.value(QStringLiteral("hypertension_followup")),
             (QList<QDate>{QDate(2025, 5, 30), QDate(2025, 8, 30), QDate(2025, 11, 29),
                           QDate(2026, 2, 28)}));
    // contract + 6 tasks, each with an outbox entry; items ride with the contract.
    QCOMPARE(scalar(m_conn, QStringLiteral("SELECT count(*) FROM outbox")) - outboxBefore, 7);
    QCOMPARE(scalar(m_conn,
                    QStringLiteral("SELECT count(*) FROM contract_item WHERE contract_id = ?"),
                    {c->id}),
             2);
    QCOMPARE(
        scalar(m_conn,
               QStringLiteral(
                   "SELECT count(*) FROM audit_log WHERE entity = 'contract' AND entity_id = ?"),
               {c->id}),
        1);
}

void TestContracts::statusOnDate_data()
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

void TestContracts::statusOnDate()
{
    QFETCH(QDate, day);
    QFETCH(QString, status);
    const QString id = resident(m_conn, QStringLiteral("王五"), QDate(1980, 1, 1));
    auto c = ContractRepository(m_conn).sign(m_admin, request(id, QDate(2025, 1, 1)));
    QVERIFY2(c.ok(), why(c));
    QCOMPARE(statusCode(ContractRepository::status(*c, day)), status);
}

void TestContracts::terminatedStatusFromItsDate()
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

void TestContracts::overlapRefusedWithClearMessage()
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

void TestContracts::overlapRefusedByDatabaseItself()
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

void TestContracts::signAgainAfterTermination()
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

void TestContracts::renewLinksToPrevious()
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

void TestContracts::renewAfterLapseStartsOnSignDay()
{
    const QString id = resident(m_conn, QStringLiteral("郑一"), QDate(1990, 1, 1));
    ContractRepository repo(m_conn);
    auto c = repo.sign(m_admin, request(id, QDate(2024, 3, 1)));
    auto n = repo.renew(m_admin, c->id, QDate(2025, 5, 10));
    QVERIFY2(n.ok(), why(n));
    QCOMPARE(n->startDate, QDate(2025, 5, 10));
    QCOMPARE(n->endDate, QDate(2026, 5, 9));
}

void TestContracts::terminateValidatesAndCancelsTasks()
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

void TestContracts::householdSigning()
{
    const QString head = resident(m_conn, QStringLiteral("陈大"), QDate(1955, 1, 1),
                                  QLatin1Char('M'), VillageA, {}, true);
    const QString hh = householdOf(m_conn, head);
    const QString wife =
        resident(m_conn, QStringLiteral("林二"), QDate(1985, 1, 1), QLatin1Char('F'), VillageA, hh);
    const QString kid =
        resident(m_conn, QStringLiteral("陈小"), QDate(2022, 1, 1), QLatin1Char('M'), VillageA, hh);
    chronic(m_conn, head, QStringLiteral("hypertension"), QDate(2019, 1, 1));
    SignRequest base =
        request({}, QDate(2025, 5, 1), {QStringLiteral("basic"), QStringLiteral("chronic")});
    auto all = ContractRepository(m_conn).signHousehold(m_admin, hh, head, base);
    QVERIFY2(all.ok(), why(all));
    QCOMPARE(all->size(), 3);
    QHash<QString, Contract> by;
    for (const Contract &c : *all)
        by.insert(c.residentId, c);
    QCOMPARE(by.value(head).tags, (QStringList{"elderly", "hypertension"}));
    QCOMPARE(by.value(head).packageIds.size(), 2);
    QCOMPARE(by.value(wife).tags, QStringList());
    QCOMPARE(by.value(wife).packageIds.size(), 1); // the chronic package does not apply to her
    QCOMPARE(by.value(kid).tags, QStringList{QStringLiteral("child")});
    for (const Contract &c : *all) {
        QCOMPARE(c.householdId, hh);
        QCOMPARE(c.representativeId, head);
    }
    QCOMPARE(scalar(m_conn,
                    QStringLiteral("SELECT count(*) FROM contract_task WHERE resident_id = ? AND "
                                   "kind = 'child_check'"),
                    {kid}),
             2);
    // Signing the household again fails as a whole and names the member.
    auto again = ContractRepository(m_conn).signHousehold(m_admin, hh, head, base);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("陈大")));
    QCOMPARE(scalar(m_conn, QStringLiteral("SELECT count(*) FROM contract")), 3);
}

void TestContracts::doctorAndPackageChecks()
{
    const QString id = resident(m_conn, QStringLiteral("褚三"), QDate(1990, 1, 1));
    ContractRepository repo(m_conn);
    SignRequest r = request(id, QDate(2025, 1, 1));
    r.doctorId = m_team.nurse;
    QCOMPARE(repo.sign(m_admin, r).error().field, QStringLiteral("doctor"));
    r = request(id, QDate(2025, 1, 1), {QStringLiteral("chronic")});
    auto e = repo.sign(m_admin, r);
    QCOMPARE(e.error().code, QStringLiteral("contract.eligible"));
    QVERIFY(e.error().message.contains(QStringLiteral("高血压")));
    r = request(id, QDate(2025, 1, 1), {});
    QCOMPARE(repo.sign(m_admin, r).error().field, QStringLiteral("packages"));
    r = request(id, QDate(2025, 1, 1));
    r.channel = QStringLiteral("carrier pigeon");
    QCOMPARE(repo.sign(m_admin, r).error().field, QStringLiteral("channel"));
    QCOMPARE(scalar(m_conn, QStringLiteral("SELECT count(*) FROM contract")), 0);
}

void TestContracts::suggestions_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("expected");
    const QDate day(2025, 6, 15);
    QTest::newRow("65 today") << QDate(1960, 6, 15) << "" << QStringList{"elderly"};
    QTest::newRow("65 tomorrow") << QDate(1960, 6, 16) << "" << QStringList{};
    QTest::newRow("newborn") << QDate(2025, 6, 1) << "" << QStringList{"child"};
    QTest::newRow("6, turning 7 tomorrow") << QDate(2018, 6, 16) << "" << QStringList{"child"};
    QTest::newRow("7 today") << QDate(2018, 6, 15) << "" << QStringList{};
    QTest::newRow("hypertension open") << QDate(1980, 1, 1) << "htn" << QStringList{"hypertension"};
    QTest::newRow("hypertension closed") << QDate(1980, 1, 1) << "htn-closed" << QStringList{};
    QTest::newRow("diabetes registered later") << QDate(1980, 1, 1) << "dm-later" << QStringList{};
    QTest::newRow("70, diabetes, disabled")
        << QDate(1955, 1, 1) << "dm,disabled" << QStringList{"elderly", "diabetes", "disabled"};
    QTest::newRow("pregnant flag cleared")
        << QDate(1995, 1, 1) << "pregnant-cleared" << QStringList{};
    QTest::newRow("tb, poverty, fp") << QDate(1970, 1, 1) << "tb,poverty,fp_special"
                                     << QStringList{"tb", "poverty", "fp_special"};
    Q_UNUSED(day);
}

void TestContracts::suggestions()
{
    QFETCH(QDate, birth);
    QFETCH(QString, setup);
    QFETCH(QStringList, expected);
    const QDate day(2025, 6, 15);
    const QString id = resident(m_conn, QStringLiteral("测试"), birth);
    KeyPopulation kp(m_conn);
    for (const QString &s : setup.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (s == QLatin1String("htn"))
            chronic(m_conn, id, QStringLiteral("hypertension"), QDate(2020, 1, 1));
        else if (s == QLatin1String("htn-closed"))
            chronic(m_conn, id, QStringLiteral("hypertension"), QDate(2020, 1, 1),
                    QDate(2024, 1, 1));
        else if (s == QLatin1String("dm"))
            chronic(m_conn, id, QStringLiteral("diabetes"), QDate(2020, 1, 1));
        else if (s == QLatin1String("dm-later"))
            chronic(m_conn, id, QStringLiteral("diabetes"), QDate(2025, 7, 1));
        else if (s == QLatin1String("pregnant-cleared")) {
            QVERIFY(kp.setFlag(m_admin, id, QStringLiteral("pregnant"), QDate(2024, 1, 1)).ok());
            QVERIFY(kp.clearFlag(m_admin, id, QStringLiteral("pregnant"), QDate(2024, 12, 1)).ok());
        } else {
            auto f = kp.setFlag(m_admin, id, s, QDate(2024, 1, 1));
            QVERIFY2(f.ok(), why(f));
        }
    }
    auto got = kp.suggest(m_admin, id, day);
    QVERIFY2(got.ok(), why(got));
    QCOMPARE(*got, expected);
}

void TestContracts::markDoneHook()
{
    const QString id = resident(m_conn, QStringLiteral("卫四"), QDate(1950, 1, 1));
    chronic(m_conn, id, QStringLiteral("hypertension"), QDate(2020, 1, 1));
    auto c = ContractRepository(m_conn).sign(
        m_admin,
        request(id, QDate(2025, 1, 1), {QStringLiteral("basic"), QStringLiteral("chronic")}));
    QVERIFY(c.ok());
    const QString kind = QStringLiteral("hypertension_followup");
    // No contract on that day: nothing to mark.
    QCOMPARE(
        ContractTasks::markDone(m_conn, m_admin, id, kind, QDate(2024, 12, 1), QStringLiteral("a"))
            .value(),
        false);
    QCOMPARE(
        ContractTasks::markDone(m_conn, m_admin, id, kind, QDate(2025, 2, 1), QStringLiteral("a"))
            .value(),
        true);
    // The same follow-up saved twice marks one task.
    QCOMPARE(
        ContractTasks::markDone(m_conn, m_admin, id, kind, QDate(2025, 2, 1), QStringLiteral("a"))
            .value(),
        true);
    QCOMPARE(
        scalar(m_conn, QStringLiteral("SELECT count(*) FROM contract_task WHERE status = 'done'")),
        1);
    QCOMPARE(ContractTasks::markDone(m_conn, m_admin, id, QStringLiteral("annual_check"),
                                     QDate(2025, 5, 1), QStringLiteral("chk"))
                 .value(),
             true);
    QCOMPARE(ContractTasks::markDone(m_conn, m_admin, id, QStringLiteral("annual_check"),
                                     QDate(2025, 6, 1), QStringLiteral("chk2"))
                 .value(),
             false); // only one a year
    auto tasks = ContractTasks::forResident(m_conn, m_admin, id);
    QVERIFY(tasks.ok());
    const ContractTask first = *std::find_if(tasks->begin(), tasks->end(),
                                             [&](const ContractTask &t) { return t.kind == kind; });
    QCOMPARE(first.status, QStringLiteral("done"));
    QCOMPARE(first.doneOn, QDate(2025, 2, 1));
    QCOMPARE(first.sourceId, QStringLiteral("a"));
    QCOMPARE(first.seq, 1);
    // Works inside a caller's transaction, and rolls back with it.
    {
        Transaction tx(m_conn);
        QVERIFY(ContractTasks::markDone(m_conn, m_admin, id, kind, QDate(2025, 5, 1),
                                        QStringLiteral("b"))
                    .value());
    }
    QCOMPARE(
        scalar(m_conn, QStringLiteral("SELECT count(*) FROM contract_task WHERE source_id = 'b'")),
        0);
}

void TestContracts::restrictedScopeRefused()
{
    const QString id = resident(m_conn, QStringLiteral("蒋五"), QDate(1950, 1, 1));
    Scope villageB;
    villageB.allVillages = false;
    villageB.villages = {VillageB};
    QCOMPARE(ContractRepository(m_conn).sign(villageB, request(id, QDate(2025, 1, 1))).error().code,
             QStringLiteral("scope.denied"));
    Scope readOnly;
    readOnly.allPermissions = false;
    readOnly.permissions = {QStringLiteral("contract.read")};
    QCOMPARE(ContractRepository(m_conn).sign(readOnly, request(id, QDate(2025, 1, 1))).error().code,
             QStringLiteral("scope.forbidden"));
}

// The resident header shows the contract's state and how its tasks stand on the day.
void TestContracts::residentHeaderBadges()
{
    const QString id = resident(m_conn, QStringLiteral("李老汉"), QDate(1955, 5, 20));
    chronic(m_conn, id, QStringLiteral("hypertension"), QDate(2020, 1, 1));
    QVERIFY(ContractRepository(m_conn)
                .sign(m_admin, request(id, QDate(2025, 3, 1),
                                       {QStringLiteral("basic"), QStringLiteral("chronic")}))
                .ok());
    auto marked = ContractTasks::markDone(
        m_conn, m_admin, id, QStringLiteral("hypertension_followup"), QDate(2025, 5, 20), {});
    QVERIFY2(marked.ok(), why(marked));
    QVERIFY(*marked);
    Resident r;
    r.id = id;
    auto texts = [&](const QDate &day) {
        QStringList t;
        auto got = ContractBadges::badges(m_conn, r, day);
        if (!got)
            return QStringList{got.error().detail};
        for (const Badge &b : *got)
            t << b.text;
        return t;
    };
    QCOMPARE(texts(QDate(2025, 2, 1)), QStringList());
    // 2025-09-10: the 2025-08-30 follow-up is overdue, nothing else is due within 30 days.
    QCOMPARE(texts(QDate(2025, 9, 10)),
             (QStringList{QStringLiteral("已签约（至 2026-02-28）"),
                          QStringLiteral("签约服务：已完成 1 · 逾期 1")}));
    const QStringList late = texts(QDate(2026, 2, 10));
    QCOMPARE(late.first(), QStringLiteral("签约即将到期（2026-02-28）"));
    QVERIFY2(late.last().contains(QStringLiteral("30天内到期")), qPrintable(late.last()));
    QCOMPARE(texts(QDate(2026, 3, 15)),
             QStringList{QStringLiteral("签约待续约（2026-02-28 到期）")});
    QCOMPARE(texts(QDate(2026, 9, 1)), QStringList());
}

QTEST_GUILESS_MAIN(TestContracts)
#include "tst_contracts.moc"
