// Report table 03 (immunization) on a hand-built township where every number is known; 建证
// agrees with the immunization coverage of 预防接种 (one definition).
#include "reporttablefixture.h"

#include "immunizationcoverage.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace ReportFixture;

class TestReportTableImmunization : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void immunizationQuarter();
    void certificatesAgreeWithCoverage();

private:
    void dose(const QString &child, const QString &vaccine, const QDate &on,
              const QString &source = QStringLiteral("here"));
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("immunization");
    Scope m_admin = Scope::administrator();
    QHash<QString, QString> m_lots;
    const ReportPeriod m_q2 = ReportPeriod::quarter(2025, 2);
};

void TestReportTableImmunization::dose(const QString &child, const QString &vaccine,
                                       const QDate &on, const QString &source)
{
    ImmunizationRepository repo(m_conn);
    if (!m_lots.contains(vaccine)) {
        VaccineLot l;
        l.vaccine = vaccine;
        l.lotNo = vaccine + QStringLiteral("-L1");
        l.manufacturer = QStringLiteral("测试生物");
        l.expiry = QDate(2030, 12, 31);
        l.dosesReceived = 100;
        auto lot = repo.addLot(m_admin, l, QDate(2025, 1, 1));
        QVERIFY2(lot, why(lot).constData());
        m_lots.insert(vaccine, lot->id);
    }
    VaccineDose d;
    d.residentId = child;
    d.vaccine = vaccine;
    d.givenOn = on;
    d.source = source;
    if (source == QLatin1String("here"))
        d.lotId = m_lots.value(vaccine);
    else
        d.clinic = QStringLiteral("外院");
    d.overrideReason = QStringLiteral("测试数据"); // the schedule is not what this test is about
    auto r = repo.recordDose(m_admin, d, QDate::currentDate());
    QVERIFY2(r, why(r).constData());
}

// Q2 2025.
//  A: c1 born 2025-04-10: HepB + BCG on the day (here); certificate 2025-04-20
//     c2 born 2024-10-01: pentavalent 2025-05-01 (here; polio and DTaP), HepB 2025-05-02
//        elsewhere (not counted); certificate 2024-10-15
//     c3 born 2018-05-01 (7 at the period end: not a child 0-6): influenza 2025-06-01 (other)
//  B: c4 born 2023-01-01, no certificate: MMR 2025-06-15
//     c5 born 2020-02-01, died 2025-05-01 (not counted as a child): JE-L 2025-04-15 (a dose given)
void TestReportTableImmunization::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(open(m_conn, m_dir));
    auto child = [&](const QString &name, const QDate &born, const QString &village) {
        return resident(m_conn, name, born, QLatin1Char('M'), village);
    };
    const QString c1 = child(QStringLiteral("小一"), QDate(2025, 4, 10), VillageA);
    const QString c2 = child(QStringLiteral("小二"), QDate(2024, 10, 1), VillageA);
    const QString c3 = child(QStringLiteral("小三"), QDate(2018, 5, 1), VillageA);
    const QString c4 = child(QStringLiteral("小四"), QDate(2023, 1, 1), VillageB);
    const QString c5 = child(QStringLiteral("小五"), QDate(2020, 2, 1), VillageB);
    dose(c1, QStringLiteral("HepB"), QDate(2025, 4, 10));
    dose(c1, QStringLiteral("BCG"), QDate(2025, 4, 10));
    dose(c2, QStringLiteral("DTaP-IPV/Hib"), QDate(2025, 5, 1));
    dose(c2, QStringLiteral("HepB"), QDate(2025, 5, 2), QStringLiteral("elsewhere"));
    dose(c3, QStringLiteral("Flu"), QDate(2025, 6, 1));
    dose(c4, QStringLiteral("MMR"), QDate(2025, 6, 15));
    dose(c5, QStringLiteral("JE-L"), QDate(2025, 4, 15));
    ImmunizationRepository repo(m_conn);
    QVERIFY(repo.issueCertificate(m_admin, c1, QStringLiteral("Z001"), QDate(2025, 4, 20)));
    QVERIFY(repo.issueCertificate(m_admin, c2, QStringLiteral("Z002"), QDate(2024, 10, 15)));
    QVERIFY(repo.issueCertificate(m_admin, c5, QStringLiteral("Z005"), QDate(2020, 3, 1)));
    leave(m_conn, c5, QStringLiteral("deceased"), QDate(2025, 5, 1));
}

void TestReportTableImmunization::cleanupTestCase()
{
    closeDatabase(m_conn);
}

void TestReportTableImmunization::immunizationQuarter()
{
    const ReportTable t = compute(m_conn, QStringLiteral("03"), m_q2);
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
    const QList<std::tuple<QString, QString, double>> expected = {
        {VillageA, QStringLiteral("children"), 2},
        {VillageA, QStringLiteral("certified"), 2},
        {VillageA, QStringLiteral("doses"), 4},
        {VillageA, QStringLiteral("hepb"), 1},
        {VillageA, QStringLiteral("bcg"), 1},
        {VillageA, QStringLiteral("polio"), 1},
        {VillageA, QStringLiteral("dtap"), 1},
        {VillageA, QStringLiteral("other"), 1},
        {VillageA, QStringLiteral("measles"), 0},
        {VillageB, QStringLiteral("children"), 1},
        {VillageB, QStringLiteral("certified"), 0},
        {VillageB, QStringLiteral("doses"), 2},
        {VillageB, QStringLiteral("measles"), 1},
        {VillageB, QStringLiteral("je"), 1},
        {QString(), QStringLiteral("children"), 3},
        {QString(), QStringLiteral("certified"), 2},
        {QString(), QStringLiteral("certified_rate"), 66.7},
        {QString(), QStringLiteral("doses"), 6},
        {VillageB, QStringLiteral("certified_rate"), 0},
    };
    for (const auto &[village, column, number] : expected)
        QVERIFY2(same(value(t, village, column), number),
                 qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                .arg(village, column)
                                .arg(value(t, village, column))
                                .arg(number)));
    // Before c1 was born: only c2 in A (certified), and no dose of April's first week.
    const ReportTable march = compute(m_conn, QStringLiteral("03"), ReportPeriod::month(2025, 3));
    QCOMPARE(value(march, VillageA, QStringLiteral("children")), 2.0); // c2 and c3 (6 then)
    QCOMPARE(value(march, {}, QStringLiteral("doses")), 0.0);
}

void TestReportTableImmunization::certificatesAgreeWithCoverage()
{
    // Village A only: B holds a child who died in the period, whom the population (0017) no
    // longer counts and the coverage screen still reads until the lifecycle work reaches it.
    const ReportTable t = compute(m_conn, QStringLiteral("03"), m_q2);
    for (const QString &village : {VillageA}) {
        CoverageQuery q;
        q.villageCode = village;
        q.from = m_q2.from;
        q.to = m_q2.to;
        auto c = ImmunizationCoverage(m_conn).compute(m_admin, q);
        QVERIFY(c);
        QCOMPARE(value(t, village, QStringLiteral("children")), double(c->childrenDue));
        QCOMPARE(value(t, village, QStringLiteral("certified")), double(c->certified));
    }
}

QTEST_GUILESS_MAIN(TestReportTableImmunization)
#include "tst_reporttableimmunization.moc"
