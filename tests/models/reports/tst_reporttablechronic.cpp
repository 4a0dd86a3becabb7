// Report tables 07-1 (hypertension) and 07-2 (type 2 diabetes) on a hand-built township where
// every number is known; for a year, the same numbers as the chronic indicators of 慢病随访.
#include "reporttablefixture.h"

#include "chronicworklist.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace ReportFixture;

class TestReportTableChronic : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hypertensionQuarter();
    void diabetesQuarter();
    void yearAgreesWithChronicIndicators();

private:
    void expect(const ReportTable &t, const QList<std::tuple<QString, QString, double>> &list);
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("chronic");
    Scope m_admin = Scope::administrator();
};

void TestReportTableChronic::expect(const ReportTable &t,
                                    const QList<std::tuple<QString, QString, double>> &list)
{
    for (const auto &[village, column, number] : list)
        QVERIFY2(same(value(t, village, column), number),
                 qPrintable(QStringLiteral("%1 %2 %3: %4, expected %5")
                                .arg(t.def.id, village.isEmpty() ? QStringLiteral("合计") : village,
                                     column)
                                .arg(value(t, village, column))
                                .arg(number)));
}

// Hypertension, village A:
//  h1 registered 2024-01-10; 2025-01-10 门诊, 2025-04-10 门诊 150/95, 2025-06-10 家庭 130/80,
//     2025-09-10 门诊; signed 2025-02-01                        Q2: standard, controlled, signed
//  h2 registered 2025-05-01; 2025-05-20 电话 120/70              Q2: new, not standard, controlled
//  h3 registered 2023-01-01, closed 2025-03-31                  not managed in Q2
//  h4 registered 2023-01-01; 2025-03-01 门诊 120/70             Q2: managed, nothing else
//  h5 registered 2023-01-01; 2025-04-20 门诊 145/85; closed (died) 2025-05-15
//                                                               Q2: managed, standard, not
//                                                               controlled
// Village B:
//  h6 registered 2024-06-01; 2025-05-02 门诊 138/92              Q2: standard, not controlled
// Target population: A 10 for 2025, B not set.
// Diabetes: A d1 2024-02-01, 2025-04-15 门诊 6.5; d2 2024-02-01, 2025-05-15 家庭 7.0 and
// 2025-06-15 电话 7.4; B d3 registered 2025-06-30.
void TestReportTableChronic::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(open(m_conn, m_dir));
    const TeamIds t = team(m_conn, QStringLiteral("团队"), {VillageA, VillageB});
    auto person = [&](const QString &name, const QString &village) {
        return resident(m_conn, name, QDate(1955, 5, 5), QLatin1Char('M'), village);
    };
    const QString htn = QStringLiteral("hypertension"), dm = QStringLiteral("diabetes");
    const QString h1 =
        registerChronic(m_conn, person(QStringLiteral("高一"), VillageA), htn, QDate(2024, 1, 10));
    QVERIFY(followUp(m_conn, h1, QDate(2025, 1, 10), 1, 128, 80));
    QVERIFY(followUp(m_conn, h1, QDate(2025, 4, 10), 1, 150, 95));
    QVERIFY(followUp(m_conn, h1, QDate(2025, 6, 10), 2, 130, 80));
    QVERIFY(followUp(m_conn, h1, QDate(2025, 9, 10), 1, 132, 82));
    const QString h1Resident = ChronicRepository(m_conn).registration(m_admin, h1)->residentId;
    SignRequest s;
    s.residentId = h1Resident;
    s.teamId = t.team;
    s.doctorId = t.doctor;
    s.packageIds = {packageId(m_conn, QStringLiteral("basic"))};
    s.signedOn = QDate(2025, 2, 1);
    QVERIFY(ContractRepository(m_conn).sign(m_admin, s));
    const QString h2 =
        registerChronic(m_conn, person(QStringLiteral("高二"), VillageA), htn, QDate(2025, 5, 1));
    QVERIFY(followUp(m_conn, h2, QDate(2025, 5, 20), 3, 120, 70));
    const QString h3 =
        registerChronic(m_conn, person(QStringLiteral("高三"), VillageA), htn, QDate(2023, 1, 1));
    QVERIFY(ChronicRepository(m_conn).close(m_admin, h3, QDate(2025, 3, 31),
                                            QStringLiteral("moved"), {}));
    const QString h4 =
        registerChronic(m_conn, person(QStringLiteral("高四"), VillageA), htn, QDate(2023, 1, 1));
    QVERIFY(followUp(m_conn, h4, QDate(2025, 3, 1), 1, 120, 70));
    const QString h5 =
        registerChronic(m_conn, person(QStringLiteral("高五"), VillageA), htn, QDate(2023, 1, 1));
    QVERIFY(followUp(m_conn, h5, QDate(2025, 4, 20), 1, 145, 85));
    QVERIFY(ChronicRepository(m_conn).close(m_admin, h5, QDate(2025, 5, 15), QStringLiteral("died"),
                                            QStringLiteral("脑卒中")));
    const QString h6 =
        registerChronic(m_conn, person(QStringLiteral("高六"), VillageB), htn, QDate(2024, 6, 1));
    QVERIFY(followUp(m_conn, h6, QDate(2025, 5, 2), 1, 138, 92));
    QVERIFY(ChronicRepository(m_conn).setTargetPopulation(m_admin, htn, 2025, VillageA, 10));

    const QString d1 =
        registerChronic(m_conn, person(QStringLiteral("糖一"), VillageA), dm, QDate(2024, 2, 1));
    QVERIFY(followUp(m_conn, d1, QDate(2025, 4, 15), 1, 0, 0, 6.5));
    const QString d2 =
        registerChronic(m_conn, person(QStringLiteral("糖二"), VillageA), dm, QDate(2024, 2, 1));
    QVERIFY(followUp(m_conn, d2, QDate(2025, 5, 15), 2, 0, 0, 7.0));
    QVERIFY(followUp(m_conn, d2, QDate(2025, 6, 15), 3, 0, 0, 7.4));
    QVERIFY(
        !registerChronic(m_conn, person(QStringLiteral("糖三"), VillageB), dm, QDate(2025, 6, 30))
             .isEmpty());
}

void TestReportTableChronic::cleanupTestCase()
{
    closeDatabase(m_conn);
}

void TestReportTableChronic::hypertensionQuarter()
{
    const ReportTable t = compute(m_conn, QStringLiteral("07-1"), ReportPeriod::quarter(2025, 2));
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
    expect(t, {
                  {VillageA, QStringLiteral("target"), 10},
                  {VillageB, QStringLiteral("target"), -1}, // not set: unknown
                  {QString(), QStringLiteral("target"), -1},
                  {VillageA, QStringLiteral("managed"), 4},
                  {VillageB, QStringLiteral("managed"), 1},
                  {VillageA, QStringLiteral("management_rate"), 40.0},
                  {VillageB, QStringLiteral("management_rate"), -1},
                  {QString(), QStringLiteral("management_rate"), -1},
                  {VillageA, QStringLiteral("standard"), 2},
                  {VillageB, QStringLiteral("standard"), 1},
                  {VillageA, QStringLiteral("controlled"), 2},
                  {VillageB, QStringLiteral("controlled"), 0},
                  {VillageA, QStringLiteral("signed"), 1},
                  {VillageA, QStringLiteral("registered"), 1},
                  {VillageA, QStringLiteral("followups"), 4},
                  {VillageB, QStringLiteral("followups"), 1},
                  {QString(), QStringLiteral("managed"), 5},
                  {QString(), QStringLiteral("standard_rate"), 60.0},
                  {QString(), QStringLiteral("control_rate"), 40.0},
                  {QString(), QStringLiteral("signed_rate"), 20.0},
              });
    // A month asks for one face-to-face visit: in May only h6 (B) had one, and h5 was managed
    // until the 15th.
    const ReportTable may = compute(m_conn, QStringLiteral("07-1"), ReportPeriod::month(2025, 5));
    expect(may, {{VillageA, QStringLiteral("managed"), 4},
                 {VillageA, QStringLiteral("standard"), 0},
                 {VillageA, QStringLiteral("controlled"), 1}, // h2 by phone
                 {VillageB, QStringLiteral("standard"), 1}});
}

void TestReportTableChronic::diabetesQuarter()
{
    const ReportTable t = compute(m_conn, QStringLiteral("07-2"), ReportPeriod::quarter(2025, 2));
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
    expect(t, {
                  {VillageA, QStringLiteral("managed"), 2},
                  {VillageA, QStringLiteral("standard"), 2},
                  {VillageA, QStringLiteral("controlled"), 1}, // d1 6.5; d2 ends on 7.4
                  {VillageA, QStringLiteral("followups"), 3},
                  {VillageA, QStringLiteral("registered"), 0},
                  {VillageB, QStringLiteral("managed"), 1},
                  {VillageB, QStringLiteral("standard"), 0},
                  {VillageB, QStringLiteral("registered"), 1},
                  {QString(), QStringLiteral("target"), -1},
                  {QString(), QStringLiteral("standard_rate"), 66.7},
              });
    // d1's 6.5 is the latest of April alone.
    expect(compute(m_conn, QStringLiteral("07-2"), ReportPeriod::month(2025, 4)),
           {{VillageA, QStringLiteral("controlled"), 1}, {VillageA, QStringLiteral("managed"), 2}});
}

// A year asks for four face-to-face visits (h1 has them); the rule set is the same as the
// chronic indicators', and so must be every count.
void TestReportTableChronic::yearAgreesWithChronicIndicators()
{
    for (const QString &programme : {QStringLiteral("hypertension"), QStringLiteral("diabetes")}) {
        const ReportTable t =
            compute(m_conn,
                    programme == QLatin1String("diabetes") ? QStringLiteral("07-2")
                                                           : QStringLiteral("07-1"),
                    ReportPeriod::year(2025));
        for (const QString &village : {VillageA, VillageB}) {
            IndicatorFilter f;
            f.year = 2025;
            f.programme = programme;
            f.villageCode = village;
            auto list = chronicIndicators(m_conn, m_admin, f, ChronicRuleSet::active());
            QVERIFY(list);
            QCOMPARE(list->size(), 3);
            const Indicator &management = list->at(0), &standard = list->at(1),
                            &control = list->at(2);
            QCOMPARE(value(t, village, QStringLiteral("managed")), double(management.numerator));
            QCOMPARE(value(t, village, QStringLiteral("standard")), double(standard.numerator));
            QCOMPARE(value(t, village, QStringLiteral("controlled")), double(control.numerator));
            if (management.denominator > 0)
                QCOMPARE(value(t, village, QStringLiteral("target")),
                         double(management.denominator));
        }
    }
    expect(compute(m_conn, QStringLiteral("07-1"), ReportPeriod::year(2025)),
           {{VillageA, QStringLiteral("standard"), 1}, {VillageA, QStringLiteral("managed"), 5}});
}

QTEST_GUILESS_MAIN(TestReportTableChronic)
#include "tst_reporttablechronic.moc"
