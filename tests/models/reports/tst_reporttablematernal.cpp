// Report tables 04 (children 0-6) and 05 (maternal) on a hand-built township where every number
// is known, written through the maternal and child repositories.
#include "reporttablefixture.h"

#include "childcheckrepository.h"
#include "pregnancyrepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace ReportFixture;

class TestReportTableMaternal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { closeDatabase(m_conn); }
    void children04();
    void maternal05();
    void windowsOnTheirBoundaries();

private:
    QString deliver(const QString &mother, const QDate &lmp, const QDate &booked,
                    const QDate &delivered, const QString &outcome, const QDate &visit);
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("maternal");
    Scope m_admin = Scope::administrator();
    const ReportPeriod m_q2 = ReportPeriod::quarter(2025, 2);
};

// A pregnancy booked, delivered (one baby for a live birth) and, when `visit` is valid, visited
// after the birth. Returns the newborn's id (empty when none).
QString TestReportTableMaternal::deliver(const QString &mother, const QDate &lmp,
                                         const QDate &booked, const QDate &delivered,
                                         const QString &outcome, const QDate &visit)
{
    PregnancyRepository repo(m_conn);
    Pregnancy p;
    p.residentId = mother;
    p.lmp = lmp;
    p.bookedOn = booked;
    auto b = repo.book(m_admin, p);
    if (!b) {
        qWarning() << why(b);
        return {};
    }
    BirthRecord birth;
    birth.deliveredOn = delivered;
    birth.dischargedOn = delivered.addDays(2);
    birth.outcome = outcome;
    if (outcome == QLatin1String("live_birth"))
        birth.babies << Newborn{QString(), QLatin1Char('F'), 3100, 50};
    auto ids = repo.registerBirth(m_admin, b->id, birth);
    if (!ids) {
        qWarning() << why(ids);
        return {};
    }
    if (visit.isValid()) {
        MaternalVisit v;
        v.pregnancyId = b->id;
        v.kind = QStringLiteral("postpartum");
        v.visitDate = visit;
        v.classification = QStringLiteral("normal");
        if (auto r = repo.recordVisit(m_admin, v); !r)
            qWarning() << why(r);
    }
    return ids->isEmpty() ? QString() : ids->first();
}

// Q2 2025, village A:
//  m1: LMP 2024-10-01, booked 2024-12-20 (day 80: early), live birth 2025-05-10, discharged
//      05-12, postpartum visit 05-20 (within 28 days); her baby visited at home on 05-15.
//  m2: LMP 2024-09-01, booked 2024-12-10 (day 100: late), live birth 2025-06-01, discharged
//      06-03, postpartum visit 07-15 (after 28 days); her baby not visited.
//  c1 born 2022-03-01, checked 2025-04-10; c2 born 2020-02-01, no check; c3 born 2017-01-01
//  (7 by the period end: not a child of 0-6).
// Village B: m3, stillbirth 2025-04-15 (no live birth).
void TestReportTableMaternal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(open(m_conn, m_dir));
    const QString m1 = resident(m_conn, QStringLiteral("孙丽"), QDate(1994, 3, 1), QLatin1Char('F'),
                                VillageA, {}, true);
    const QString m2 = resident(m_conn, QStringLiteral("周敏"), QDate(1990, 7, 1), QLatin1Char('F'),
                                VillageA, {}, true);
    const QString m3 = resident(m_conn, QStringLiteral("吴芳"), QDate(1992, 1, 1), QLatin1Char('F'),
                                VillageB, {}, true);
    const QString b1 = deliver(m1, QDate(2024, 10, 1), QDate(2024, 12, 20), QDate(2025, 5, 10),
                               QStringLiteral("live_birth"), QDate(2025, 5, 20));
    const QString b2 = deliver(m2, QDate(2024, 9, 1), QDate(2024, 12, 10), QDate(2025, 6, 1),
                               QStringLiteral("live_birth"), QDate(2025, 7, 15));
    deliver(m3, QDate(2024, 8, 1), QDate(2024, 10, 1), QDate(2025, 4, 15),
            QStringLiteral("stillbirth"), {});
    QVERIFY(!b1.isEmpty() && !b2.isEmpty());
    ChildCheck newborn;
    newborn.residentId = b1;
    newborn.kind = QStringLiteral("newborn");
    newborn.checkDate = QDate(2025, 5, 15);
    newborn.weightKg = 3.3;
    QVERIFY(ChildCheckRepository(m_conn).record(m_admin, newborn));
    const QString c1 = resident(m_conn, QStringLiteral("孙小明"), QDate(2022, 3, 1));
    resident(m_conn, QStringLiteral("孙小红"), QDate(2020, 2, 1), QLatin1Char('F'));
    resident(m_conn, QStringLiteral("孙大宝"), QDate(2017, 1, 1));
    ChildCheck check;
    check.residentId = c1;
    check.checkDate = QDate(2025, 4, 10);
    check.weightKg = 14.0;
    check.lengthCm = 95.0;
    check.standing = true;
    QVERIFY(ChildCheckRepository(m_conn).record(m_admin, check));
}

void TestReportTableMaternal::children04()
{
    const ReportTable t = compute(m_conn, QStringLiteral("04"), m_q2);
    QCOMPARE(value(t, VillageA, QStringLiteral("live_births")), 2.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("newborn_visited")), 1.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("newborn_rate")), 50.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("children")), 4.0); // b1, b2, c1, c2
    QCOMPARE(value(t, VillageA, QStringLiteral("followed")), 2.0); // b1 (newborn visit), c1
    QCOMPARE(value(t, VillageB, QStringLiteral("live_births")), 0.0);
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
}

void TestReportTableMaternal::maternal05()
{
    const ReportTable t = compute(m_conn, QStringLiteral("05"), m_q2);
    QCOMPARE(value(t, VillageA, QStringLiteral("live_births")), 2.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("early_booked")), 1.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("early_rate")), 50.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("postpartum_visited")), 1.0);
    QCOMPARE(value(t, VillageB, QStringLiteral("live_births")), 0.0); // a stillbirth
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
    // a role without maternal.read may not make the table
    Scope nurse;
    nurse.allPermissions = false;
    nurse.permissions = {QStringLiteral("report.read"), QStringLiteral("record.read")};
    ReportTableRequest req;
    req.tableId = QStringLiteral("05");
    req.period = m_q2;
    QVERIFY(!ReportTableEngine(m_conn).compute(nurse, req));
}

// Village B gets two live births: booked on day 90 (12+6, early) and visited on the 28th day
// after discharge (counts); booked on day 91 (13+0, not early) and visited on the 29th day (does
// not count).
void TestReportTableMaternal::windowsOnTheirBoundaries()
{
    const QString m4 = resident(m_conn, QStringLiteral("郑燕"), QDate(1993, 5, 1), QLatin1Char('F'),
                                VillageB, {}, true);
    const QString m5 = resident(m_conn, QStringLiteral("王娟"), QDate(1991, 6, 1), QLatin1Char('F'),
                                VillageB, {}, true);
    const QDate lmp(2024, 8, 5);
    // deliver() discharges two days after the birth: 05-03 and 05-04
    QVERIFY(!deliver(m4, lmp, lmp.addDays(90), QDate(2025, 5, 1), QStringLiteral("live_birth"),
                     QDate(2025, 5, 31))
                 .isEmpty());
    QVERIFY(!deliver(m5, lmp, lmp.addDays(91), QDate(2025, 5, 2), QStringLiteral("live_birth"),
                     QDate(2025, 6, 2))
                 .isEmpty());
    const ReportTable t = compute(m_conn, QStringLiteral("05"), m_q2);
    QCOMPARE(value(t, VillageB, QStringLiteral("live_births")), 2.0);
    QCOMPARE(value(t, VillageB, QStringLiteral("early_booked")), 1.0);
    QCOMPARE(value(t, VillageB, QStringLiteral("postpartum_visited")), 1.0);
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
}

QTEST_GUILESS_MAIN(TestReportTableMaternal)
#include "tst_reporttablematernal.moc"
