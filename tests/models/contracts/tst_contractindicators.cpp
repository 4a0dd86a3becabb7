// Contract indicators against values computed by hand on a small township, with the
// denominators docs/domain/contracts.md 6 asks to make explicit; and the work lists on the same
// data.
#include "contractfixture.h"
#include "contractindicators.h"
#include "contracttasks.h"
#include "contractworklists.h"
#include "keypopulation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Models;
using namespace ContractFixture;

class TestContractIndicators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeTownship();
    void oneVillage();
    void oneTeam();
    void badPeriodRefused();
    void expiringList();
    void unsignedKeyList();
    void partlySignedHouseholds();
    void idsThatAreNotUuids(); // last: it rewrites ids

private:
    QString sign(const TeamIds &t, const QString &resident, const QDate &on,
                 const QStringList &packages = {QStringLiteral("basic")});
    QString m_conn = QStringLiteral("indicators");
    Scope m_admin = Scope::administrator();
    TeamIds m_a, m_b;
    QHash<QString, QString> m_id; // A1..B4 -> resident id
};

QString TestContractIndicators::sign(const TeamIds &t, const QString &resident, const QDate &on,
                                     const QStringList &packages)
{
    SignRequest r;
    r.residentId = resident;
    r.teamId = t.team;
    r.doctorId = t.doctor;
    for (const QString &p : packages)
        r.packageIds << packageId(m_conn, p);
    r.suggestTags = true;
    r.signedOn = on;
    auto c = ContractRepository(m_conn).sign(m_admin, r);
    if (!c)
        qWarning() << why(c);
    return c ? c->id : QString();
}

// Period 2025. Nine residents:
//  A1 born 1950 (65+), signed A 2025-02-01          signed, key
//  A2 born 1980, hypertension since 2020            key, not signed
//  A3 born 1990, signed A 2024-03-01 (ends 2025-02-28, not renewed)   signed
//  A4 born 2023 (child), signed A 2024-06-01, renewed from 2025-06-01 signed, key
//  A5 born 1985, signed 2024-01-01, terminated 2024-06-01             not signed
//  B1 born 1940 (65+), never signed                 key, not signed
//  B2 born 1995, pregnant flag from 2025-03-01, signed B 2025-04-01 with the maternal package
//  B3 born 1975, signed B 2023-01-01 (ended 2023-12-31)               not signed
//  B4 born 1961-01-01 (64 on 2025-12-31), diabetes closed 2024-06-01  not key
void TestContractIndicators::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    QVERIFY(addAreas(m_conn));
    m_a = team(m_conn, QStringLiteral("东村团队"), {VillageA});
    m_b = team(m_conn, QStringLiteral("西村团队"), {VillageB});
    const QString a1 = resident(m_conn, QStringLiteral("甲一"), QDate(1950, 5, 5), QLatin1Char('M'),
                                VillageA, {}, true);
    const QString hh = householdOf(m_conn, a1);
    m_id[QStringLiteral("A1")] = a1;
    m_id[QStringLiteral("A2")] =
        resident(m_conn, QStringLiteral("甲二"), QDate(1980, 1, 1), QLatin1Char('F'), VillageA, hh);
    m_id[QStringLiteral("A3")] =
        resident(m_conn, QStringLiteral("甲三"), QDate(1990, 1, 1), QLatin1Char('M'), VillageA, hh);
    m_id[QStringLiteral("A4")] =
        resident(m_conn, QStringLiteral("甲四"), QDate(2023, 1, 1), QLatin1Char('M'), VillageA, hh);
    m_id[QStringLiteral("A5")] =
        resident(m_conn, QStringLiteral("甲五"), QDate(1985, 1, 1), QLatin1Char('M'), VillageA);
    m_id[QStringLiteral("B1")] = resident(m_conn, QStringLiteral("乙一"), QDate(1940, 1, 1),
                                          QLatin1Char('M'), VillageB, {}, true);
    m_id[QStringLiteral("B2")] =
        resident(m_conn, QStringLiteral("乙二"), QDate(1995, 1, 1), QLatin1Char('F'), VillageB);
    m_id[QStringLiteral("B3")] =
        resident(m_conn, QStringLiteral("乙三"), QDate(1975, 1, 1), QLatin1Char('M'), VillageB);
    m_id[QStringLiteral("B4")] =
        resident(m_conn, QStringLiteral("乙四"), QDate(1961, 1, 1), QLatin1Char('M'), VillageB);
    chronic(m_conn, m_id[QStringLiteral("A2")], QStringLiteral("hypertension"), QDate(2020, 1, 1));
    chronic(m_conn, m_id[QStringLiteral("B4")], QStringLiteral("diabetes"), QDate(2020, 1, 1),
            QDate(2024, 6, 1));
    QVERIFY(KeyPopulation(m_conn)
                .setFlag(m_admin, m_id[QStringLiteral("B2")], QStringLiteral("pregnant"),
                         QDate(2025, 3, 1))
                .ok());

    QVERIFY(!sign(m_a, m_id[QStringLiteral("A1")], QDate(2025, 2, 1)).isEmpty());
    QVERIFY(!sign(m_a, m_id[QStringLiteral("A3")], QDate(2024, 3, 1)).isEmpty());
    const QString a4 = sign(m_a, m_id[QStringLiteral("A4")], QDate(2024, 6, 1));
    QVERIFY(ContractRepository(m_conn).renew(m_admin, a4, QDate(2025, 5, 20)).ok());
    const QString a5 = sign(m_a, m_id[QStringLiteral("A5")], QDate(2024, 1, 1));
    QVERIFY(ContractRepository(m_conn)
                .terminate(m_admin, a5, QDate(2024, 6, 1), QStringLiteral("moved"))
                .ok());
    QVERIFY(!sign(m_b, m_id[QStringLiteral("B2")], QDate(2025, 4, 1),
                  {QStringLiteral("basic"), QStringLiteral("maternal_child")})
                 .isEmpty());
    QVERIFY(!sign(m_b, m_id[QStringLiteral("B3")], QDate(2023, 1, 1)).isEmpty());

    // Done: A3's health education (due 2025-02-28), A4's first child check (due 2024-11-30,
    // outside the period), B2's first two prenatal visits (due 2025-06-12, 2025-08-24).
    const Scope &s = m_admin;
    QVERIFY(*ContractTasks::markDone(m_conn, s, m_id[QStringLiteral("A3")],
                                     QStringLiteral("health_education"), QDate(2025, 2, 10), {}));
    QVERIFY(*ContractTasks::markDone(m_conn, s, m_id[QStringLiteral("A4")],
                                     QStringLiteral("child_check"), QDate(2025, 4, 1), {}));
    QVERIFY(*ContractTasks::markDone(m_conn, s, m_id[QStringLiteral("B2")],
                                     QStringLiteral("prenatal_visit"), QDate(2025, 6, 1), {}));
    QVERIFY(*ContractTasks::markDone(m_conn, s, m_id[QStringLiteral("B2")],
                                     QStringLiteral("prenatal_visit"), QDate(2025, 8, 1), {}));
}

void TestContractIndicators::cleanupTestCase()
{
    closeDatabase(m_conn);
}

void TestContractIndicators::wholeTownship()
{
    auto v = ContractIndicators(m_conn).compute(m_admin,
                                                {QDate(2025, 1, 1), QDate(2025, 12, 31), {}, {}});
    QVERIFY2(v.ok(), why(v));
    QCOMPARE(v->population, 9);
    QCOMPARE(v->signedResidents, 4);  // A1, A3, A4, B2
    QCOMPARE(v->keyPopulation, 5);    // A1, A2, A4, B1, B2
    QCOMPARE(v->keySigned, 3);        // A1, A4, B2
    QCOMPARE(v->keySignRate(), 60.0); // not 3 / 4 signed = 75 %
    QCOMPARE(v->contractsEnded, 2);   // A3's and A4's first
    QCOMPARE(v->contractsRenewed, 1); // A4's
    QCOMPARE(v->tasksDue, 7);         // A3 1, A4 first 2, A4 renewal 1, B2 prenatal 3
    QCOMPARE(v->tasksDone, 3);
    QCOMPARE(v->contractsWithTasks, 4);
    QCOMPARE(v->contractsAllTasksDone, 1); // A3's
    QHash<QString, CategoryCount> cats;
    for (const CategoryCount &c : v->categories)
        cats.insert(c.code, c);
    QCOMPARE(cats.value(QStringLiteral("elderly")).total, 2);
    QCOMPARE(cats.value(QStringLiteral("elderly")).signedCount, 1);
    QCOMPARE(cats.value(QStringLiteral("hypertension")).total, 1);
    QCOMPARE(cats.value(QStringLiteral("diabetes")).total, 0);
    QCOMPARE(cats.value(QStringLiteral("pregnant")).signedCount, 1);
    const QJsonObject j = v->toJson();
    QCOMPARE(j.value(QStringLiteral("key_population_sign_rate"))
                 .toObject()
                 .value(QStringLiteral("denominator"))
                 .toInt(),
             5);
    QVERIFY(j.value(QStringLiteral("key_population_sign_rate"))
                .toObject()
                .value(QStringLiteral("denominator_definition"))
                .toString()
                .contains(QStringLiteral("NOT all signed")));
    // The first half-year: A3 ended in February without renewal, A4 ended in May, renewed.
    auto h1 = ContractIndicators(m_conn).compute(m_admin,
                                                 {QDate(2025, 1, 1), QDate(2025, 3, 31), {}, {}});
    QCOMPARE(h1->signedResidents, 3); // A1, A3, A4 (B2 signs in April)
    QCOMPARE(h1->keyPopulation, 5);   // B2 pregnant from March
    QCOMPARE(h1->keySigned, 2);
    QCOMPARE(h1->contractsEnded, 1);
    QCOMPARE(h1->contractsRenewed, 0);
}

void TestContractIndicators::oneVillage()
{
    auto v = ContractIndicators(m_conn).compute(
        m_admin, {QDate(2025, 1, 1), QDate(2025, 12, 31), VillageA, {}});
    QVERIFY(v.ok());
    QCOMPARE(v->population, 5);
    QCOMPARE(v->signedResidents, 3);
    QCOMPARE(v->keyPopulation, 3);
    QCOMPARE(v->keySigned, 2);
    QCOMPARE(v->contractsEnded, 2);
    QCOMPARE(v->tasksDue, 4);
    QCOMPARE(v->tasksDone, 1);
}

void TestContractIndicators::oneTeam()
{
    auto v = ContractIndicators(m_conn).compute(
        m_admin, {QDate(2025, 1, 1), QDate(2025, 12, 31), {}, m_b.team});
    QVERIFY(v.ok());
    QCOMPARE(v->population, 4);
    QCOMPARE(v->signedResidents, 1);
    QCOMPARE(v->keyPopulation, 2);
    QCOMPARE(v->keySigned, 1);
    QCOMPARE(v->contractsEnded, 0);
    QCOMPARE(v->renewalRate(), 0.0);
    QCOMPARE(v->tasksDue, 3);
    QCOMPARE(v->tasksDone, 2);
}

void TestContractIndicators::badPeriodRefused()
{
    auto v = ContractIndicators(m_conn).compute(m_admin,
                                                {QDate(2025, 12, 31), QDate(2025, 1, 1), {}, {}});
    QVERIFY(!v.ok());
    QCOMPARE(v.error().field, QStringLiteral("period"));
}

void TestContractIndicators::expiringList()
{
    ContractWorkLists lists(m_conn);
    auto rows = lists.expiring(m_admin, QDate(2025, 2, 1), QDate(2025, 2, 28));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().residentName, QStringLiteral("甲三"));
    QCOMPARE(rows->first().teamName, QStringLiteral("东村团队"));
    // A4's first contract ends in May but is renewed: not on the list.
    QCOMPARE(lists.expiring(m_admin, QDate(2025, 5, 1), QDate(2025, 5, 31))->size(), 0);
    // A5's ended early by termination: not on the list either.
    QCOMPARE(lists.expiring(m_admin, QDate(2024, 12, 1), QDate(2024, 12, 31))->size(), 0);
    QCOMPARE(lists.expiring(m_admin, QDate(2025, 2, 1), QDate(2025, 2, 28), VillageB)->size(), 0);
    QCOMPARE(lists.expiring(m_admin, QDate(2025, 2, 1), QDate(2025, 2, 28), {}, m_b.team)->size(),
             0);
}

void TestContractIndicators::unsignedKeyList()
{
    auto rows = ContractWorkLists(m_conn).unsignedKey(m_admin, QDate(2025, 12, 31));
    QVERIFY(rows.ok());
    QStringList names;
    for (const WorkRow &w : *rows)
        names << w.residentName + QLatin1Char(':') + w.tags.join(QLatin1Char('+'));
    QCOMPARE(names,
             (QStringList{QStringLiteral("甲二:hypertension"), QStringLiteral("乙一:elderly")}));
    QCOMPARE(
        ContractWorkLists(m_conn).unsignedKey(m_admin, QDate(2025, 12, 31), {}, m_a.team)->size(),
        1);
}

void TestContractIndicators::partlySignedHouseholds()
{
    // A1's household: A1, A2, A3, A4. On 2025-12-31 A1 and A4 are covered, A2 and A3 not.
    auto rows = ContractWorkLists(m_conn).partlySigned(m_admin, QDate(2025, 12, 31));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().residentName, QStringLiteral("甲一"));
    QCOMPARE(rows->first().members, 4);
    QCOMPARE(rows->first().signedMembers, 2);
}

// The indicators keep ids in memory, packed when they are canonical lower-case UUIDs: ids from
// elsewhere (an import, an upper-case UUID) must count exactly the same.
void TestContractIndicators::idsThatAreNotUuids()
{
    QSqlQuery q(QSqlDatabase::database(m_conn));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    auto rename = [&](const QString &table, const QString &column, const QString &from,
                      const QString &to) {
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, column));
        q.addBindValue(to);
        q.addBindValue(from);
        // The primary keys must really change (the others may have no rows to rename).
        return q.exec() && (q.numRowsAffected() > 0 || column != QLatin1String("id"));
    };
    const QStringList residentRefs{QStringLiteral("resident.id"),
                                   QStringLiteral("contract.resident_id"),
                                   QStringLiteral("contract_task.resident_id"),
                                   QStringLiteral("chronic_registration.resident_id"),
                                   QStringLiteral("resident_flag.resident_id")};
    const QHash<QString, QString> newIds{
        {QStringLiteral("A1"), QStringLiteral("EXT-0001")},
        {QStringLiteral("A2"), m_id.value(QStringLiteral("A2")).toUpper()},
        {QStringLiteral("B2"), QStringLiteral("外部-B2")}};
    for (auto it = newIds.cbegin(); it != newIds.cend(); ++it)
        for (const QString &ref : residentRefs)
            QVERIFY2(rename(ref.section(QLatin1Char('.'), 0, 0), ref.section(QLatin1Char('.'), 1),
                            m_id.value(it.key()), it.value()),
                     qPrintable(q.lastError().text()));
    // A4's first contract (renewed) gets an imported id too.
    QVERIFY(
        q.exec(QStringLiteral("SELECT previous_id FROM contract WHERE previous_id IS NOT NULL")) &&
        q.next());
    const QString renewedId = q.value(0).toString();
    for (const QString &ref :
         {QStringLiteral("contract.id"), QStringLiteral("contract.previous_id"),
          QStringLiteral("contract_task.contract_id"), QStringLiteral("contract_item.contract_id")})
        QVERIFY(rename(ref.section(QLatin1Char('.'), 0, 0), ref.section(QLatin1Char('.'), 1),
                       renewedId, QStringLiteral("OLD-A4")));
    auto v = ContractIndicators(m_conn).compute(m_admin,
                                                {QDate(2025, 1, 1), QDate(2025, 12, 31), {}, {}});
    QVERIFY2(v.ok(), why(v));
    QCOMPARE(v->population, 9);
    QCOMPARE(v->signedResidents, 4);
    QCOMPARE(v->keyPopulation, 5);
    QCOMPARE(v->keySigned, 3);
    QCOMPARE(v->contractsEnded, 2);
    QCOMPARE(v->contractsRenewed, 1);
    QCOMPARE(v->tasksDue, 7);
    QCOMPARE(v->tasksDone, 3);
    QCOMPARE(v->contractsWithTasks, 4);
    QCOMPARE(v->contractsAllTasksDone, 1);
    auto b = ContractIndicators(m_conn).compute(
        m_admin, {QDate(2025, 1, 1), QDate(2025, 12, 31), {}, m_b.team});
    QCOMPARE(b->signedResidents, 1);
    QCOMPARE(b->keySigned, 1);
    QCOMPARE(b->tasksDue, 3);
    QCOMPARE(b->tasksDone, 2);
}

QTEST_GUILESS_MAIN(TestContractIndicators)
#include "tst_contractindicators.moc"
