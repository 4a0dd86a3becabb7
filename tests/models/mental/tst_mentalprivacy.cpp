// A village doctor without mental.read cannot read a severe-mental-disorder record by any path:
// the repository (what the screens ask), the timeline and badges, search, the de-identified export
// (the CLI path is tests/app/tst_clisharedcare.cpp). With the permission every read is audited.
#include "securitytestutil.h"

#include "dbaccess.h"
#include "deidentifiedexport.h"
#include "mentalrepository.h"
#include "referralrepository.h"
#include "residentsearch.h"
#include "roletable.h"
#include "timeline.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace SecurityTest;

class TestMentalPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rolesByDefault();
    void repositoryRefuses();
    void timelineLeavesItOut();
    void searchFindsNothingByDiagnosis();
    void exportNeverCarriesIt();
    void restrictedReferralHidden();
    void permittedReadsAreAudited();
    void followupIsClassifiedAndStored();

private:
    int auditCount(const QString &entity, const QString &id) const;
    QTemporaryDir m_dir;
    QString m_conn = QStringLiteral("mentalprivacy");
    QString m_resident, m_patient;
    Scope m_doctor, m_village, m_nurse;
};

void TestMentalPrivacy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, m_dir.filePath(QStringLiteral("p.db"))).ok());
    QVERIFY(addAreas(m_conn));
    ResidentRepository residents(m_conn);
    auto r = residents.create(Scope::administrator(), person(QStringLiteral("王秀英"), 7, VillageA),
                              true);
    QVERIFY2(r.ok(), why(r).constData());
    m_resident = r->id;
    const RoleTable &roles = RoleTable::instance();
    m_doctor = roles.scopeFor(QStringLiteral("doc"), QStringLiteral("family_doctor"), {});
    m_village =
        roles.scopeFor(QStringLiteral("vhw"), QStringLiteral("village_health_worker"), {VillageA});
    m_nurse = roles.scopeFor(QStringLiteral("nurse"), QStringLiteral("nurse"), {});
    MentalRepository repo(m_conn);
    MentalPatient p;
    p.residentId = m_resident;
    p.disease = QStringLiteral("偏执性精神病");
    p.diagnosisHospital = QStringLiteral("市第三人民医院");
    p.guardianName = QStringLiteral("李建国");
    auto reg = repo.registerPatient(m_doctor, p);
    QVERIFY2(reg.ok(), why(reg).constData());
    m_patient = reg->id;
}

void TestMentalPrivacy::cleanupTestCase()
{
    closeDatabase(m_conn);
}

int TestMentalPrivacy::auditCount(const QString &entity, const QString &id) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'read' AND entity = ?"
                             " AND entity_id = ?"));
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestMentalPrivacy::rolesByDefault()
{
    QVERIFY(m_doctor.can(QStringLiteral("mental.read")));
    QVERIFY(m_doctor.can(QStringLiteral("mental.write")));
    QVERIFY(!m_village.can(QStringLiteral("mental.read")));
    QVERIFY(!m_village.can(QStringLiteral("mental.write")));
    QVERIFY(!m_nurse.can(QStringLiteral("mental.read")));
    // The village doctor does see the resident (same village): only the mental record is closed.
    QVERIFY(m_village.allowsVillage(VillageA));
    QVERIFY(ResidentRepository(m_conn).openRecord(m_village, m_resident).ok());
}

void TestMentalPrivacy::repositoryRefuses()
{
    MentalRepository repo(m_conn);
    auto p = repo.patient(m_village, m_patient);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, QStringLiteral("scope.forbidden"));
    QVERIFY(p.error().message.contains(QStringLiteral("严重精神障碍")));
    QVERIFY(!repo.patientsOf(m_village, m_resident).ok());
    QVERIFY(!repo.followups(m_village, m_patient).ok());
    MentalFollowup f;
    f.patientId = m_patient;
    f.visitDate = QDate::currentDate();
    f.clinical.insight = QStringLiteral("完全");
    QVERIFY(!repo.recordFollowup(m_village, f).ok());
    MentalPatient again;
    again.residentId = m_resident;
    again.disease = QStringLiteral("精神分裂症");
    QCOMPARE(repo.registerPatient(m_village, again).error().code,
             QStringLiteral("scope.forbidden"));
}

void TestMentalPrivacy::timelineLeavesItOut()
{
    auto mine = Timeline::load(m_conn, m_village, m_resident);
    QVERIFY(mine.ok());
    for (const TimelineEntry &e : *mine) {
        QVERIFY(e.kind != QLatin1String("mental"));
        QVERIFY(!e.summary.contains(QStringLiteral("精神")));
        QVERIFY(!e.detail.contains(QStringLiteral("精神")));
    }
    // Asking for the kind by name does not help.
    auto asked = Timeline::load(m_conn, m_village, m_resident, {QStringLiteral("mental")});
    QVERIFY(asked.ok());
    QVERIFY(asked->isEmpty());
    auto badges = Timeline::badges(m_conn, m_village,
                                   *ResidentRepository(m_conn).openRecord(m_village, m_resident));
    QVERIFY(badges.ok());
    for (const Badge &b : *badges)
        QVERIFY(!b.text.contains(QStringLiteral("精神")));
    // The family doctor sees it.
    auto doc = Timeline::load(m_conn, m_doctor, m_resident, {QStringLiteral("mental")});
    QVERIFY(doc.ok());
    QCOMPARE(doc->size(), 1);
    QCOMPARE(doc->first().summary, QStringLiteral("偏执性精神病"));
}

void TestMentalPrivacy::searchFindsNothingByDiagnosis()
{
    for (const QString &query : {QStringLiteral("偏执性精神病"), QStringLiteral("市第三人民医院"),
                                 QStringLiteral("李建国")}) {
        ResidentCursor cursor(m_conn, SearchPlan::forQuery(query), {}, m_village);
        QVERIFY2(cursor.next(50).isEmpty(), qPrintable(query));
    }
    // The resident's own name still finds her.
    ResidentCursor byName(m_conn, SearchPlan::forQuery(QStringLiteral("王秀英")), {}, m_village);
    QCOMPARE(byName.next(50).size(), 1);
}

void TestMentalPrivacy::exportNeverCarriesIt()
{
    const QString path = m_dir.filePath(QStringLiteral("deid.csv"));
    auto r = DeidentifiedExport::exportResidents(Scope::administrator(), m_conn, path);
    QVERIFY2(r.ok(), why(r).constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.toLower().contains("mental"));
    QVERIFY(!bytes.contains(QStringLiteral("精神").toUtf8()));
    QVERIFY(!bytes.contains(m_patient.toUtf8()));
    for (const QString &c : r->columns)
        QVERIFY2(!c.contains(QStringLiteral("mental")) && !c.contains(QStringLiteral("psych")),
                 qPrintable(c));
}

void TestMentalPrivacy::restrictedReferralHidden()
{
    ReferralRepository referrals(m_conn);
    // The village doctor cannot write a referral from a mental-health follow-up...
    auto d = referrals.draft(m_village, m_resident, QStringLiteral("mental_followup"), {},
                             QStringLiteral("复发"));
    QVERIFY(d.ok());
    d.value().toInstitution = QStringLiteral("市精神卫生中心");
    QCOMPARE(referrals.create(m_village, *d).error().code, QStringLiteral("scope.forbidden"));
    // ...the family doctor can, and the village doctor then neither lists nor opens it.
    auto made = referrals.create(m_doctor, *d);
    QVERIFY2(made.ok(), why(made).constData());
    QVERIFY(made->restricted);
    auto list = referrals.referralsOf(m_village, m_resident);
    QVERIFY(list.ok());
    for (const Referral &x : *list)
        QVERIFY(x.id != made->id);
    QVERIFY(!referrals.referral(m_village, made->id).ok());
    auto due = referrals.awaitingOutcome(m_village, QDate::currentDate().addDays(30));
    QVERIFY(due.ok());
    for (const Referral &x : *due)
        QVERIFY(x.id != made->id);
    auto docDue = referrals.awaitingOutcome(m_doctor, QDate::currentDate().addDays(30));
    QVERIFY(docDue.ok());
    QCOMPARE(docDue->size(), 1);
    auto tl = Timeline::load(m_conn, m_village, m_resident);
    for (const TimelineEntry &e : *tl)
        QVERIFY(e.id != made->id);
}

void TestMentalPrivacy::permittedReadsAreAudited()
{
    MentalRepository repo(m_conn);
    const int before = auditCount(QStringLiteral("mental_patient"), m_patient);
    QVERIFY(repo.patient(m_doctor, m_patient).ok());
    QCOMPARE(auditCount(QStringLiteral("mental_patient"), m_patient), before + 1);
    QVERIFY(repo.patientsOf(m_doctor, m_resident).ok());
    QCOMPARE(auditCount(QStringLiteral("mental_patient"), m_patient), before + 2);
    // A refused read is not a read.
    QVERIFY(!repo.patient(m_village, m_patient).ok());
    QCOMPARE(auditCount(QStringLiteral("mental_patient"), m_patient), before + 2);
    // The timeline's read of the restricted kind is audited under the resident.
    const int tl = auditCount(QStringLiteral("mental"), m_resident);
    QVERIFY(Timeline::load(m_conn, m_doctor, m_resident).ok());
    QCOMPARE(auditCount(QStringLiteral("mental"), m_resident), tl + 1);
}

void TestMentalPrivacy::followupIsClassifiedAndStored()
{
    MentalRepository repo(m_conn);
    MentalFollowup f;
    f.patientId = m_patient;
    f.visitDate = QDate::currentDate();
    f.visitForm = QStringLiteral("家庭访视");
    f.clinical.risk = 1;
    f.clinical.insight = QStringLiteral("完全");
    auto made = repo.recordFollowup(m_doctor, f);
    QVERIFY2(made.ok(), why(made).constData());
    QCOMPARE(made->cls, QStringLiteral("基本稳定"));
    QCOMPARE(made->nextVisit, f.visitDate.addDays(14));
    auto list = repo.followups(m_doctor, m_patient);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().clinical.risk, 1);
    QCOMPARE(list->first().visitForm, QStringLiteral("家庭访视"));
    // Not reached: no class, a reason is required.
    MentalFollowup lost = f;
    lost.seen = false;
    auto refused = repo.recordFollowup(m_doctor, lost);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("lost_reason"));
    lost.lostReason = QStringLiteral("外出务工");
    auto ok = repo.recordFollowup(m_doctor, lost);
    QVERIFY2(ok.ok(), why(ok).constData());
    QVERIFY(ok->cls.isEmpty());
    // The outbox carries each change.
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'mental_followup'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestMentalPrivacy)
#include "tst_mentalprivacy.moc"
