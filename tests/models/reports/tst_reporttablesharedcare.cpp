// Report tables 08 (severe mental disorders) and 09 (tuberculosis) on a hand-built township
// where every number is known. The records are written as the programmes' repositories store
// them (the columns the tables read), so each count below can be worked out by hand.
#include "reporttablefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <tuple>

using namespace Models;
using namespace ReportFixture;

class TestReportTableSharedCare : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { closeDatabase(m_conn); }
    void mental08();
    void mental08Year();
    void tuberculosis09();
    void permissions();

private:
    bool exec(const QString &sql);
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("sharedcare");
    const ReportPeriod m_q2 = ReportPeriod::quarter(2025, 2);
};

bool TestReportTableSharedCare::exec(const QString &sql)
{
    QSqlQuery q(db(m_conn));
    if (!q.exec(sql)) {
        qWarning() << q.lastError().text() << sql;
        return false;
    }
    return true;
}

// Village A, severe mental disorders:
//  p1 registered 2024-05-01, seen 2025-05-10 (稳定): standard for Q2, stable.
//  p2 registered 2025-04-20, not found on 2025-05-02, seen 2025-06-30 (不稳定): standard for Q2
//     (one seen visit), not stable.
//  p3 registered 2025-07-01 (after Q2): not on the Q2 register.
//  p4 registered 2024-01-01, closed 2025-04-30: not on the register at the end of Q2.
// Village B:
//  p5 registered 2024-03-01, seen only 2025-03-01 (稳定, before Q2): on the register, not
//     standard for Q2, stable (the latest visit up to the period end).
// Tuberculosis, village A:
//  t1 notified 2025-04-02, found at the first visit on 04-03, still treated: notified, managed.
//  t2 notified 2025-05-05, not found at the first visit: notified, not managed.
//  t3 notified 2024-10-01, treatment 2024-10-02..2025-03-31 (181 days), closed 2025-04-10 with
//     170 doses taken (>= 90%): completed, regular.
//  t4 notified 2024-11-01, treatment 2024-11-02..2025-04-30 (180 days), closed 2025-05-20 with
//     161 doses (161*100 < 90*180): completed, not regular.
// Suspects referred from the screen (source tb_screen):
//  s1 (A) two slips in Q2, the first returned: referred once, arrived.
//  s2 (B) one slip in Q2, still only sent: referred, not arrived.
//  s3 (A) one slip on 2025-03-20 (before Q2), returned: not counted in Q2.
//  t1 also has an encounter's referral in Q2: not a suspect referral.
void TestReportTableSharedCare::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(open(m_conn, m_dir));
    const QString stamp = QStringLiteral("'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'test'");
    QHash<QString, QString> r;
    // Names have no digits: one Chinese given name per key.
    for (const auto &[key, name, village] :
         {std::tuple{"p1", "赵甲", VillageA}, std::tuple{"p2", "钱乙", VillageA},
          std::tuple{"p3", "孙丙", VillageA}, std::tuple{"p4", "李丁", VillageA},
          std::tuple{"p5", "周戊", VillageB}, std::tuple{"t1", "吴己", VillageA},
          std::tuple{"t2", "郑庚", VillageA}, std::tuple{"t3", "王辛", VillageA},
          std::tuple{"t4", "冯壬", VillageA}, std::tuple{"s1", "陈癸", VillageA},
          std::tuple{"s2", "褚子", VillageB}, std::tuple{"s3", "卫丑", VillageA}})
        r.insert(QLatin1String(key), resident(m_conn, QString::fromUtf8(name), QDate(1980, 1, 1),
                                              QLatin1Char('M'), village));
    const auto patient = [&](const char *id, const char *registered, const char *closed) {
        return exec(QStringLiteral("INSERT INTO mental_patient (id, resident_id, disease, "
                                   "registered_on, closed_on, created_at, updated_at, updated_by) "
                                   "VALUES ('%1', '%2', '精神分裂症', '%3', %4, %5)")
                        .arg(QLatin1String(id), r.value(QLatin1String(id)),
                             QLatin1String(registered),
                             closed ? QStringLiteral("'%1'").arg(QLatin1String(closed))
                                    : QStringLiteral("NULL"),
                             stamp));
    };
    const auto visit = [&](const char *id, const char *patientId, const char *on, int seen,
                           const char *cls) {
        return exec(QStringLiteral("INSERT INTO mental_followup (id, patient_id, resident_id, "
                                   "visit_date, seen, class, created_at, updated_at, updated_by) "
                                   "VALUES ('%1', '%2', '%3', '%4', %5, '%6', %7)")
                        .arg(QLatin1String(id), QLatin1String(patientId),
                             r.value(QLatin1String(patientId)), QLatin1String(on))
                        .arg(seen)
                        .arg(QString::fromUtf8(cls), stamp));
    };
    QVERIFY(patient("p1", "2024-05-01", nullptr));
    QVERIFY(visit("f1", "p1", "2025-05-10", 1, "稳定"));
    QVERIFY(patient("p2", "2025-04-20", nullptr));
    QVERIFY(visit("f2", "p2", "2025-05-02", 0, ""));
    QVERIFY(visit("f3", "p2", "2025-06-30", 1, "不稳定"));
    QVERIFY(patient("p3", "2025-07-01", nullptr));
    QVERIFY(patient("p4", "2024-01-01", "2025-04-30"));
    QVERIFY(visit("f4", "p4", "2025-04-15", 1, "稳定"));
    QVERIFY(patient("p5", "2024-03-01", nullptr));
    QVERIFY(visit("f5", "p5", "2025-03-01", 1, "稳定"));

    const auto tb = [&](const char *id, const char *notified, const char *start, const char *end,
                        const char *closed) {
        return exec(QStringLiteral("INSERT INTO tb_patient (id, resident_id, notified_at, "
                                   "intensive_start, intensive_end, continuation_end, closed_on, "
                                   "created_at, updated_at, updated_by) VALUES ('%1', '%2', "
                                   "'%3T08:00:00Z', '%4', '%4', '%5', %6, %7)")
                        .arg(QLatin1String(id), r.value(QLatin1String(id)), QLatin1String(notified),
                             QLatin1String(start), QLatin1String(end),
                             closed ? QStringLiteral("'%1'").arg(QLatin1String(closed))
                                    : QStringLiteral("NULL"),
                             stamp));
    };
    const auto firstVisit = [&](const char *id, const char *patientId, const char *on, int found) {
        return exec(QStringLiteral("INSERT INTO tb_visit (id, patient_id, kind, visited_at, found, "
                                   "created_at, updated_at, updated_by) VALUES ('%1', '%2', "
                                   "'first', '%3T09:00:00Z', %4, %5)")
                        .arg(QLatin1String(id), QLatin1String(patientId), QLatin1String(on))
                        .arg(found)
                        .arg(stamp));
    };
    const auto doses = [&](const char *patientId, const QDate &from, int taken) {
        for (int i = 0; i < taken; ++i)
            if (!exec(QStringLiteral("INSERT INTO tb_dose (id, patient_id, dose_date, taken, "
                                     "created_at, updated_at, updated_by) VALUES "
                                     "('%1-%2', '%1', '%3', 1, %4)")
                          .arg(QLatin1String(patientId))
                          .arg(i)
                          .arg(from.addDays(i).toString(Qt::ISODate), stamp)))
                return false;
        return true;
    };
    const auto referral = [&](const char *id, const char *who, const char *kind, const char *sent,
                              const char *status) {
        return exec(QStringLiteral("INSERT INTO referral (id, resident_id, source_kind, "
                                   "to_institution, reason, sent_on, outcome_due, status, "
                                   "created_at, updated_at, updated_by) VALUES ('%1', '%2', '%3', "
                                   "'县结核病定点医院', '咳嗽、咳痰 20 天', '%4', date('%4', "
                                   "'+14 days'), '%5', %6)")
                        .arg(QLatin1String(id), r.value(QLatin1String(who)), QLatin1String(kind),
                             QLatin1String(sent), QLatin1String(status), stamp));
    };
    QVERIFY(referral("r1", "s1", "tb_screen", "2025-04-10", "returned"));
    QVERIFY(referral("r2", "s1", "tb_screen", "2025-06-01", "sent"));
    QVERIFY(referral("r3", "s2", "tb_screen", "2025-05-01", "sent"));
    QVERIFY(referral("r4", "s3", "tb_screen", "2025-03-20", "returned"));
    QVERIFY(referral("r5", "t1", "encounter", "2025-05-01", "accepted"));
    QVERIFY(tb("t1", "2025-04-02", "2025-04-03", "2025-10-02", nullptr));
    QVERIFY(firstVisit("v1", "t1", "2025-04-03", 1));
    QVERIFY(tb("t2", "2025-05-05", "2025-05-06", "2025-11-05", nullptr));
    QVERIFY(firstVisit("v2", "t2", "2025-05-06", 0));
    QVERIFY(tb("t3", "2024-10-01", "2024-10-02", "2025-03-31", "2025-04-10"));
    QVERIFY(doses("t3", QDate(2024, 10, 2), 170));
    QVERIFY(tb("t4", "2024-11-01", "2024-11-02", "2025-04-30", "2025-05-20"));
    QVERIFY(doses("t4", QDate(2024, 11, 2), 161));
}

void TestReportTableSharedCare::mental08()
{
    const ReportTable t = compute(m_conn, QStringLiteral("08"), m_q2);
    QCOMPARE(value(t, VillageA, QStringLiteral("registered")), 2.0); // p1, p2
    QCOMPARE(value(t, VillageA, QStringLiteral("standard")), 2.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("standard_rate")), 100.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("stable")), 1.0); // p1
    QCOMPARE(value(t, VillageA, QStringLiteral("stable_rate")), 50.0);
    QCOMPARE(value(t, VillageB, QStringLiteral("registered")), 1.0); // p5
    QCOMPARE(value(t, VillageB, QStringLiteral("standard")), 0.0);
    QCOMPARE(value(t, VillageB, QStringLiteral("stable")), 1.0);
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
}

void TestReportTableSharedCare::mental08Year()
{
    // A year asks for four seen visits: p1 and p2 have one each in 2025, p3 (registered in July)
    // none; nobody is managed to the standard.
    const ReportTable t = compute(m_conn, QStringLiteral("08"), ReportPeriod::year(2025));
    QCOMPARE(value(t, VillageA, QStringLiteral("registered")), 3.0); // p1, p2, p3
    QCOMPARE(value(t, VillageA, QStringLiteral("standard")), 0.0);
}

void TestReportTableSharedCare::tuberculosis09()
{
    const ReportTable t = compute(m_conn, QStringLiteral("09"), m_q2);
    QCOMPARE(value(t, VillageA, QStringLiteral("notified")), 2.0); // t1, t2
    QCOMPARE(value(t, VillageA, QStringLiteral("managed")), 1.0);  // t1
    QCOMPARE(value(t, VillageA, QStringLiteral("managed_rate")), 50.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("completed")), 2.0); // t3, t4
    QCOMPARE(value(t, VillageA, QStringLiteral("regular")), 1.0);   // t3
    QCOMPARE(value(t, VillageA, QStringLiteral("regular_rate")), 50.0);
    QCOMPARE(value(t, VillageB, QStringLiteral("notified")), 0.0);
    QCOMPARE(value(t, VillageA, QStringLiteral("referred")), 1.0); // s1, once
    QCOMPARE(value(t, VillageA, QStringLiteral("arrived")), 1.0);
    QCOMPARE(value(t, VillageB, QStringLiteral("referred")), 1.0); // s2
    QCOMPARE(value(t, VillageB, QStringLiteral("arrived")), 0.0);
    QCOMPARE(value(t, QString(), QStringLiteral("arrived_rate")), 50.0);
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
}

void TestReportTableSharedCare::permissions()
{
    // Table 08 needs mental.read: a village health worker's role does not have it.
    Scope worker;
    worker.allVillages = true;
    worker.allPermissions = false;
    worker.permissions = {QStringLiteral("report.read"), QStringLiteral("record.read")};
    ReportTableRequest req;
    req.tableId = QStringLiteral("08");
    req.period = m_q2;
    QVERIFY(!ReportTableEngine(m_conn).compute(worker, req));
    req.tableId = QStringLiteral("09");
    QVERIFY(ReportTableEngine(m_conn).compute(worker, req));
}

QTEST_GUILESS_MAIN(TestReportTableSharedCare)
#include "tst_reporttablesharedcare.moc"
