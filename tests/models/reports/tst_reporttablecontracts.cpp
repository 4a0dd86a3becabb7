// The family-doctor signing reports (fd, fd-key) on a hand-built township where every number is
// known, and the same counts as the contract indicators of 家庭医生签约 (one definition).
#include "reporttablefixture.h"

#include "contractindicators.h"
#include "keypopulation.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace ReportFixture;

class TestReportTableContracts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void signingQuarter();
    void keyPopulations();
    void agreesWithContractIndicators();

private:
    QString sign(const QString &resident, const QDate &on);
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("contracts");
    Scope m_admin = Scope::administrator();
    TeamIds m_team;
    const ReportPeriod m_q2 = ReportPeriod::quarter(2025, 2);
};

QString TestReportTableContracts::sign(const QString &resident, const QDate &on)
{
    SignRequest r;
    r.residentId = resident;
    r.teamId = m_team.team;
    r.doctorId = m_team.doctor;
    r.packageIds = {packageId(m_conn, QStringLiteral("basic"))};
    r.suggestTags = true;
    r.signedOn = on;
    auto c = ContractRepository(m_conn).sign(m_admin, r);
    if (!c)
        qWarning() << why(c);
    return c ? c->id : QString();
}

// Q2 2025.
//  A: p1 born 1950, signed 2025-01-15                      signed, key (65+)
//     p2 born 1990, hypertension since 2020                key, not signed
//     p3 born 2022, signed 2024-05-01 (ends 2025-04-30), renewed on 2025-04-25
//                                                          signed, key (child); ended + renewed
//     p4 born 1985, signed 2025-04-10, terminated 2025-06-01 signed; new; terminated
//  B: q1 born 1995, pregnant since 2025-03-01             key, not signed
//     q2 born 1975, signed 2024-04-01 (ended 2025-03-31)   not signed
//     q3 born 1962, diabetes since 2024, signed 2025-06-30 signed, key; new
void TestReportTableContracts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(open(m_conn, m_dir));
    m_team = team(m_conn, QStringLiteral("团队"), {VillageA, VillageB});
    auto person = [&](const QString &name, int born, const QString &village) {
        return resident(m_conn, name, QDate(born, 1, 1), QLatin1Char('F'), village);
    };
    const QString p1 = person(QStringLiteral("签一"), 1950, VillageA);
    const QString p2 = person(QStringLiteral("签二"), 1990, VillageA);
    const QString p3 = person(QStringLiteral("签三"), 2022, VillageA);
    const QString p4 = person(QStringLiteral("签四"), 1985, VillageA);
    const QString q1 = person(QStringLiteral("签五"), 1995, VillageB);
    const QString q2 = person(QStringLiteral("签六"), 1975, VillageB);
    const QString q3 = person(QStringLiteral("签七"), 1962, VillageB);
    QVERIFY(
        !registerChronic(m_conn, p2, QStringLiteral("hypertension"), QDate(2020, 1, 1)).isEmpty());
    QVERIFY(!registerChronic(m_conn, q3, QStringLiteral("diabetes"), QDate(2024, 1, 1)).isEmpty());
    QVERIFY(
        KeyPopulation(m_conn).setFlag(m_admin, q1, QStringLiteral("pregnant"), QDate(2025, 3, 1)));
    QVERIFY(!sign(p1, QDate(2025, 1, 15)).isEmpty());
    const QString c3 = sign(p3, QDate(2024, 5, 1));
    QVERIFY(ContractRepository(m_conn).renew(m_admin, c3, QDate(2025, 4, 25)));
    const QString c4 = sign(p4, QDate(2025, 4, 10));
    QVERIFY(ContractRepository(m_conn).terminate(m_admin, c4, QDate(2025, 6, 1),
                                                 QStringLiteral("voluntary")));
    QVERIFY(!sign(q2, QDate(2024, 4, 1)).isEmpty());
    QVERIFY(!sign(q3, QDate(2025, 6, 30)).isEmpty());
}

void TestReportTableContracts::cleanupTestCase()
{
    closeDatabase(m_conn);
}

void TestReportTableContracts::signingQuarter()
{
    const ReportTable t = compute(m_conn, QStringLiteral("fd"), m_q2);
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
    const QList<std::tuple<QString, QString, double>> expected = {
        {VillageA, QStringLiteral("population"), 4},
        {VillageA, QStringLiteral("signed"), 3},
        {VillageA, QStringLiteral("key_population"), 3},
        {VillageA, QStringLiteral("key_signed"), 2},
        {VillageA, QStringLiteral("new_contracts"), 1},
        {VillageA, QStringLiteral("renewals"), 1},
        {VillageA, QStringLiteral("ended"), 1},
        {VillageA, QStringLiteral("ended_renewed"), 1},
        {VillageA, QStringLiteral("terminated"), 1},
        {VillageB, QStringLiteral("population"), 3},
        {VillageB, QStringLiteral("signed"), 1},
        {VillageB, QStringLiteral("key_population"), 2},
        {VillageB, QStringLiteral("key_signed"), 1},
        {VillageB, QStringLiteral("new_contracts"), 1},
        {VillageB, QStringLiteral("ended"), 0},
        {VillageB, QStringLiteral("renewal_rate"), -1}, // nothing ended
        {QString(), QStringLiteral("signed_rate"), 57.1},
        {QString(), QStringLiteral("key_rate"), 60.0},
        {QString(), QStringLiteral("renewal_rate"), 100.0},
    };
    for (const auto &[village, column, number] : expected)
        QVERIFY2(same(value(t, village, column), number),
                 qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                .arg(village, column)
                                .arg(value(t, village, column))
                                .arg(number)));
}

void TestReportTableContracts::keyPopulations()
{
    const ReportTable t = compute(m_conn, QStringLiteral("fd-key"), m_q2);
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
    const QList<std::tuple<QString, QString, double>> expected = {
        {VillageA, QStringLiteral("elderly"), 1},
        {VillageA, QStringLiteral("elderly_signed"), 1},
        {VillageA, QStringLiteral("child"), 1},
        {VillageA, QStringLiteral("child_signed"), 1},
        {VillageA, QStringLiteral("hypertension"), 1},
        {VillageA, QStringLiteral("hypertension_signed"), 0},
        {VillageB, QStringLiteral("pregnant"), 1},
        {VillageB, QStringLiteral("pregnant_signed"), 0},
        {VillageB, QStringLiteral("diabetes"), 1},
        {VillageB, QStringLiteral("diabetes_signed"), 1},
        {QString(), QStringLiteral("tb"), 0},
        {QString(), QStringLiteral("elderly"), 1},
    };
    for (const auto &[village, column, number] : expected)
        QVERIFY2(same(value(t, village, column), number),
                 qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                .arg(village, column)
                                .arg(value(t, village, column))
                                .arg(number)));
    // Grouped headings: 人数 / 签约 under each population.
    QCOMPARE(t.def.columns.at(0).group, QStringLiteral("65岁及以上"));
    QCOMPARE(t.def.columns.at(1).label, QStringLiteral("签约"));
}

void TestReportTableContracts::agreesWithContractIndicators()
{
    const ReportTable fd = compute(m_conn, QStringLiteral("fd"), m_q2);
    const ReportTable key = compute(m_conn, QStringLiteral("fd-key"), m_q2);
    for (const QString &village : {VillageA, VillageB}) {
        IndicatorFilter f;
        f.from = m_q2.from;
        f.to = m_q2.to;
        f.villageCode = village;
        auto v = ContractIndicators(m_conn).compute(m_admin, f);
        QVERIFY(v);
        QCOMPARE(value(fd, village, QStringLiteral("population")), double(v->population));
        QCOMPARE(value(fd, village, QStringLiteral("signed")), double(v->signedResidents));
        QCOMPARE(value(fd, village, QStringLiteral("key_population")), double(v->keyPopulation));
        QCOMPARE(value(fd, village, QStringLiteral("key_signed")), double(v->keySigned));
        QCOMPARE(value(fd, village, QStringLiteral("ended")), double(v->contractsEnded));
        QCOMPARE(value(fd, village, QStringLiteral("ended_renewed")), double(v->contractsRenewed));
        for (const CategoryCount &c : v->categories) {
            QCOMPARE(value(key, village, c.code), double(c.total));
            QCOMPARE(value(key, village, c.code + QStringLiteral("_signed")),
                     double(c.signedCount));
        }
    }
}

QTEST_GUILESS_MAIN(TestReportTableContracts)
#include "tst_reporttablecontracts.moc"
