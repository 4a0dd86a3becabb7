// Two-way referral: the draft pre-filled from the source, required fields, the status flow, the
// return slip, the two-week reminder (only the living population), the timeline entry and badge.
#include "securitytestutil.h"

#include "dbaccess.h"
#include "referralrepository.h"
#include "residentlifecycle.h"
#include "timeline.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace SecurityTest;

class TestReferralRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void draftAndCreate();
    void statusFlow();
    void returnSlip();
    void twoWeekReminder();

private:
    Referral make(const QDate &sent);
    QTemporaryDir m_dir;
    QString m_conn = QStringLiteral("referral");
    QString m_resident;
};

void TestReferralRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, m_dir.filePath(QStringLiteral("r.db"))).ok());
    QVERIFY(addAreas(m_conn));
    auto a = ResidentRepository(m_conn).create(Scope::administrator(),
                                               person(QStringLiteral("孙丽"), 5, VillageA), true);
    QVERIFY(a.ok());
    m_resident = a->id;
}

void TestReferralRepository::cleanupTestCase()
{
    closeDatabase(m_conn);
}

Referral TestReferralRepository::make(const QDate &sent)
{
    ReferralRepository repo(m_conn);
    auto d = repo.draft(Scope::administrator(), m_resident, QStringLiteral("encounter"),
                        QStringLiteral("enc-1"), QStringLiteral("胸痛两天"));
    d.value().toInstitution = QStringLiteral("县人民医院");
    d.value().toDepartment = QStringLiteral("心内科");
    d.value().sentOn = sent;
    auto r = repo.create(Scope::administrator(), *d);
    return r.ok() ? *r : Referral();
}

void TestReferralRepository::draftAndCreate()
{
    ReferralRepository repo(m_conn);
    auto d = repo.draft(Scope::administrator(), m_resident, QStringLiteral("chronic_followup"),
                        QStringLiteral("f-9"), QStringLiteral("血压控制不满意"));
    QVERIFY(d.ok());
    QCOMPARE(d->residentName, QStringLiteral("孙丽"));
    QCOMPARE(d->reason, QStringLiteral("血压控制不满意"));
    QCOMPARE(d->outcomeDue, QDate::currentDate().addDays(14));
    QVERIFY(!d->restricted);
    auto noInst = repo.create(Scope::administrator(), *d);
    QCOMPARE(noInst.error().field, QStringLiteral("to_institution"));
    d.value().toInstitution = QStringLiteral("县人民医院");
    d.value().reason.clear();
    QCOMPARE(repo.create(Scope::administrator(), *d).error().field, QStringLiteral("reason"));
    const Referral r = make(QDate::currentDate());
    QVERIFY(!r.id.isEmpty());
    QCOMPARE(r.status, QStringLiteral("sent"));
    auto tl =
        Timeline::load(m_conn, Scope::administrator(), m_resident, {QStringLiteral("referral")});
    QVERIFY(tl.ok());
    QVERIFY(!tl->isEmpty());
    auto badges = Timeline::badges(
        m_conn, Scope::administrator(),
        *ResidentRepository(m_conn).openRecord(Scope::administrator(), m_resident));
    bool waiting = false;
    for (const Badge &b : *badges)
        waiting = waiting || b.text == QStringLiteral("转诊待回");
    QVERIFY(waiting);
}

void TestReferralRepository::statusFlow()
{
    ReferralRepository repo(m_conn);
    const Referral r = make(QDate::currentDate());
    QCOMPARE(
        repo.setStatus(Scope::administrator(), r.id, QStringLiteral("refused"), {}).error().field,
        QStringLiteral("status_note"));
    QVERIFY(repo.setStatus(Scope::administrator(), r.id, QStringLiteral("accepted"), {}).ok());
    auto closed = repo.setStatus(Scope::administrator(), r.id, QStringLiteral("closed"),
                                 QStringLiteral("患者未前往"));
    QVERIFY(closed.ok());
    QVERIFY(!repo.setStatus(Scope::administrator(), r.id, QStringLiteral("accepted"), {}).ok());
    QVERIFY(!repo.recordReturn(Scope::administrator(), r.id, QDate::currentDate(),
                               {QStringLiteral("x"), {}, {}, {}})
                 .ok());
}

void TestReferralRepository::returnSlip()
{
    ReferralRepository repo(m_conn);
    const Referral r = make(QDate::currentDate().addDays(-3));
    ReferralReturn back{QStringLiteral("不稳定型心绞痛"), QStringLiteral("ZY2026-0042"),
                        QStringLiteral("心电图 ST 段压低"), QStringLiteral("阿司匹林，社区随访")};
    QCOMPARE(repo.recordReturn(Scope::administrator(), r.id, QDate::currentDate().addDays(-4), back)
                 .error()
                 .field,
             QStringLiteral("returned_on"));
    auto done = repo.recordReturn(Scope::administrator(), r.id, QDate::currentDate(), back);
    QVERIFY(done.ok());
    auto again = repo.referral(Scope::administrator(), r.id);
    QCOMPARE(again->status, QStringLiteral("returned"));
    QCOMPARE(again->back.inpatientNo, QStringLiteral("ZY2026-0042"));
    QCOMPARE(again->back.plan, back.plan);
}

void TestReferralRepository::twoWeekReminder()
{
    ReferralRepository repo(m_conn);
    QSqlQuery wipe(db(m_conn));
    QVERIFY(wipe.exec(QStringLiteral("UPDATE referral SET status = 'closed'")));
    const QDate today = QDate::currentDate();
    const Referral due = make(today.addDays(-14));    // due today
    const Referral notYet = make(today.addDays(-13)); // due tomorrow
    auto list = repo.awaitingOutcome(Scope::administrator(), today);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().id, due.id);
    QCOMPARE(repo.awaitingOutcome(Scope::administrator(), today.addDays(1))->size(), 2);
    Q_UNUSED(notYet);
    // A resident who died leaves the list.
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("UPDATE resident SET life_status = 'deceased', life_date = '%1'"
                                  " WHERE id = '%2'")
                       .arg(today.addDays(-1).toString(Qt::ISODate), m_resident)));
    QCOMPARE(repo.awaitingOutcome(Scope::administrator(), today)->size(), 0);
}

QTEST_GUILESS_MAIN(TestReferralRepository)
#include "tst_referralrepository.moc"
