// Tuberculosis storage: registration from the notice, the first visit, doses (corrections replace
// the day), adherence over the course and at the end, closing; one transaction with its outbox.
#include "securitytestutil.h"

#include "dbaccess.h"
#include "roletable.h"
#include "tbrepository.h"
#include "timeline.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace SecurityTest;

class TestTbRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void registerValidates();
    void dosesAndAdherence();
    void firstVisitAndTimeline();
    void closeTheCourse();
    void villageScope();

private:
    QTemporaryDir m_dir;
    QString m_conn = QStringLiteral("tbrepo");
    QString m_resident, m_other, m_patient;
    QDate m_start;
};

void TestTbRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, m_dir.filePath(QStringLiteral("t.db"))).ok());
    QVERIFY(addAreas(m_conn));
    ResidentRepository residents(m_conn);
    auto a =
        residents.create(Scope::administrator(), person(QStringLiteral("赵刚"), 3, VillageA), true);
    auto b =
        residents.create(Scope::administrator(), person(QStringLiteral("钱敏"), 4, VillageB), true);
    QVERIFY(a.ok() && b.ok());
    m_resident = a->id;
    m_other = b->id;
    m_start = QDate::currentDate().addDays(-19); // day 20 of treatment today
}

void TestTbRepository::cleanupTestCase()
{
    closeDatabase(m_conn);
}

void TestTbRepository::registerValidates()
{
    TbRepository repo(m_conn);
    TbPatient p;
    p.residentId = m_resident;
    p.notifiedAt = QDateTime::currentDateTimeUtc().addDays(-20);
    p.regimen = QStringLiteral("2HRZE/4HR");
    p.intensiveStart = m_start;
    p.intensiveEnd = m_start.addDays(59);
    p.continuationEnd = m_start.addDays(179);
    p.supervision = QStringLiteral("邻居");
    auto bad = repo.registerPatient(Scope::administrator(), p);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("supervision"));
    p.supervision = QStringLiteral("家属");
    p.continuationEnd = m_start.addDays(10);
    QCOMPARE(repo.registerPatient(Scope::administrator(), p).error().field,
             QStringLiteral("continuation_end"));
    p.continuationEnd = m_start.addDays(179);
    auto ok = repo.registerPatient(Scope::administrator(), p);
    QVERIFY2(ok.ok(), why(ok).constData());
    m_patient = ok->id;
    QCOMPARE(repo.registerPatient(Scope::administrator(), p).error().field,
             QStringLiteral("resident"));
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'tb_patient'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestTbRepository::dosesAndAdherence()
{
    TbRepository repo(m_conn);
    // 20 days prescribed so far; 18 taken, day 5 missed, day 12 not recorded.
    QVector<TbDose> doses;
    for (int d = 0; d < 20; ++d)
        if (d != 11)
            doses << TbDose{m_start.addDays(d), d != 4, QStringLiteral("card")};
    QVERIFY(repo.recordDoses(Scope::administrator(), m_patient, doses).ok());
    auto a = repo.adherence(Scope::administrator(), m_patient, QDate::currentDate());
    QVERIFY(a.ok());
    QCOMPARE(a->adherence.prescribed, 20);
    QCOMPARE(a->adherence.taken, 18);
    QCOMPARE(a->adherence.missed, 2);
    QCOMPARE(a->recordedMissed, 1);
    QCOMPARE(a->unrecorded, 1);
    QVERIFY(a->adherence.regular); // 18/20 = 90%
    // Every row recorded goes to the outbox (the card syncs, one MedicationAdministration a day).
    auto outbox = [&](const char *op) {
        QSqlQuery q(db(m_conn));
        q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'tb_dose' AND op = '%1'")
                   .arg(QLatin1String(op)));
        return q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(outbox("create"), 19);
    QCOMPARE(outbox("delete"), 0);
    // A day recorded again the same way changes nothing.
    QVERIFY(repo.recordDoses(Scope::administrator(), m_patient,
                             {TbDose{m_start.addDays(1), true, QStringLiteral("card")}})
                .ok());
    QCOMPARE(outbox("create"), 19);
    // Correcting day 12 to missed replaces nothing else: 18 taken of 20 → still 90%; then day 1
    // corrected to missed: 17/20 = 85%.
    QVERIFY(repo.recordDoses(Scope::administrator(), m_patient,
                             {TbDose{m_start, false, QStringLiteral("supervisor")}})
                .ok());
    a = repo.adherence(Scope::administrator(), m_patient, QDate::currentDate());
    QCOMPARE(a->adherence.taken, 17);
    QVERIFY(!a->adherence.regular);
    // The corrected day: its old row deleted (sent as a deletion), a new one added.
    QCOMPARE(outbox("create"), 20);
    QCOMPARE(outbox("delete"), 1);
    // A dose outside the course or in the future is refused, whole batch untouched.
    auto r =
        repo.recordDoses(Scope::administrator(), m_patient,
                         {TbDose{m_start.addDays(1), true, QStringLiteral("card")},
                          TbDose{QDate::currentDate().addDays(1), true, QStringLiteral("card")}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("dose_date"));
    QCOMPARE(repo.doses(Scope::administrator(), m_patient)->size(), 19);
}

void TestTbRepository::firstVisitAndTimeline()
{
    TbRepository repo(m_conn);
    auto p = repo.patient(Scope::administrator(), m_patient);
    QVERIFY(p.ok());
    TbVisit v;
    v.patientId = m_patient;
    v.kind = QStringLiteral("first");
    v.visitedAt = p->notifiedAt.addSecs(48 * 3600);
    v.nextVisit = v.visitedAt.date().addDays(10);
    auto made = repo.recordVisit(Scope::administrator(), v);
    QVERIFY2(made.ok(), why(made).constData());
    QVERIFY(TbRules::standard().firstVisitOnTime(p->notifiedAt, made->visitedAt));
    v.visitedAt = p->notifiedAt.addSecs(-10);
    QCOMPARE(repo.recordVisit(Scope::administrator(), v).error().field,
             QStringLiteral("visited_at"));
    auto tl = Timeline::load(m_conn, Scope::administrator(), m_resident, {QStringLiteral("tb")});
    QVERIFY(tl.ok());
    QCOMPARE(tl->size(), 2); // registration and first visit
}

void TestTbRepository::closeTheCourse()
{
    TbRepository repo(m_conn);
    const QDate today = QDate::currentDate();
    QCOMPARE(repo.close(Scope::administrator(), m_patient, today, QStringLiteral("好了"), {})
                 .error()
                 .field,
             QStringLiteral("close_reason"));
    QVERIFY(
        repo.close(Scope::administrator(), m_patient, today.addDays(-1), QStringLiteral("失访"), {})
            .ok());
    // Counted up to the closing day: 19 prescribed.
    auto a = repo.adherence(Scope::administrator(), m_patient, today.addDays(100));
    QVERIFY(a.ok());
    QCOMPARE(a->adherence.prescribed, 19);
    QVERIFY(!repo.close(Scope::administrator(), m_patient, today, QStringLiteral("失访"), {}).ok());
}

void TestTbRepository::villageScope()
{
    const Scope vhwB = RoleTable::instance().scopeFor(
        QStringLiteral("vb"), QStringLiteral("village_health_worker"), {VillageB});
    TbRepository repo(m_conn);
    QCOMPARE(repo.patient(vhwB, m_patient).error().code, QStringLiteral("scope.denied"));
    QVERIFY(!repo.adherence(vhwB, m_patient, QDate::currentDate()).ok());
    const Scope publicHealth =
        RoleTable::instance().scopeFor(QStringLiteral("ph"), QStringLiteral("public_health"), {});
    QVERIFY(repo.patient(publicHealth, m_patient).ok());
    QCOMPARE(repo.recordDoses(publicHealth, m_patient, {}).error().code,
             QStringLiteral("scope.forbidden"));
}

QTEST_GUILESS_MAIN(TestTbRepository)
#include "tst_tbrepository.moc"
