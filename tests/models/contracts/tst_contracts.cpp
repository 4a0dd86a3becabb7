// Contracts: rules pinned, packages imported and versioned, signing (one resident or a household),
// key-population suggestions, and the task hook for other capabilities. The lifecycle (status on a
// date, overlaps, renew, terminate) is in tst_contractlifecycle.
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

class TestContracts : public QObject, public ContractCase::ContractsTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void rulesArePinned();
    void rulesRejectBadData();
    void packagesImportedOnceAndVersioned();
    void signCreatesContractAndTasks();
    void householdSigning();
    void doctorAndPackageChecks();
    void suggestions_data();
    void suggestions();
    void markDoneHook();
    void restrictedScopeRefused();
    void residentHeaderBadges();
};

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
    QCOMPARE(reasons, (QStringList{"moved=迁出本辖区", "no_contact=连续一年无法联系",
                                   "refused=连续一年拒绝服务", "voluntary=主动解约", "other=其他",
                                   "deceased=死亡", "record_closed=档案注销"}));
    // Death and a closed record end contracts through the resident's lifecycle only.
    QCOMPARE(r.lifecycleReasons, (QStringList{"deceased", "record_closed"}));
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
