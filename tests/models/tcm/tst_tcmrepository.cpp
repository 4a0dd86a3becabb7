// TCM records stored: scored on save, one transaction with outbox and audit, corrections as new
// versions, village scope and read-only roles; children's services with their checks.
#include "elderlytcmfixture.h"
#include "tcmrepository.h"
#include "tcmworklist.h"

using namespace ElderlyTcmFixture;

class TestTcmRepository : public QObject, public Case
{
    Q_OBJECT

private slots:
    void init() { openFixture(); }
    void cleanup() { closeFixture(); }
    void assessmentScoredAndLogged();
    void blankAnswerRefusedNothingWritten();
    void correctionIsANewVersion();
    void scopeAndRoles();
    void childService();
    void dueLists();

private:
    static TcmAnswers ones()
    {
        TcmAnswers a;
        a.fill(1);
        return a;
    }
};

void TestTcmRepository::assessmentScoredAndLogged()
{
    const QString id = make(QDate(1950, 3, 2), 1);
    TcmRecord r;
    r.residentId = id;
    r.date = QDate::currentDate();
    r.doctor = QStringLiteral("doc-1");
    r.answers = ones();
    r.answers[8] = 0; // item 9 from the BMI
    r.bmi = 28.0;
    r.answers[15] = 4; // 16 -> 痰湿 5 + 4 + 1 + 1 = 11
    r.guidance.insert(QStringLiteral("tanshi"),
                      {QStringLiteral("diet"), QStringLiteral("exercise")});
    const qint64 outboxBefore = scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox"));
    auto saved = TcmRepository(conn()).addAssessment(Scope::administrator(), r);
    QVERIFY2(saved, why(saved));
    QCOMPARE(saved->answers[8], 5);
    QCOMPARE(saved->assessment.primary, QStringLiteral("tanshi"));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    QCOMPARE(scalar(conn(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                   "'tcm_assessment' AND entity_id = ?"),
                    {saved->id}),
             1);
    auto list = TcmRepository(conn()).assessments(Scope::administrator(), id);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().guidance.value(QStringLiteral("tanshi")),
             (QStringList{QStringLiteral("diet"), QStringLiteral("exercise")}));
    QCOMPARE(list->first().assessment.type(QStringLiteral("tanshi"))->score, 11);
}

void TestTcmRepository::blankAnswerRefusedNothingWritten()
{
    const QString id = make(QDate(1950, 3, 2), 1);
    TcmRecord r;
    r.residentId = id;
    r.date = QDate::currentDate();
    r.answers = ones();
    r.answers[20] = 0;
    auto saved = TcmRepository(conn()).addAssessment(Scope::administrator(), r);
    QVERIFY(!saved);
    QCOMPARE(saved.error().field, QStringLiteral("item_21"));
    r.answers = ones();
    r.guidance.insert(QStringLiteral("nosuch"), {QStringLiteral("diet")});
    QVERIFY(!TcmRepository(conn()).addAssessment(Scope::administrator(), r));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM tcm_assessment")), 0);
}

void TestTcmRepository::correctionIsANewVersion()
{
    const QString id = make(QDate(1950, 3, 2), 1);
    TcmRecord r;
    r.residentId = id;
    r.date = QDate::currentDate();
    r.answers = ones();
    auto first = TcmRepository(conn()).addAssessment(Scope::administrator(), r);
    QVERIFY(first);
    TcmRecord fix = *first;
    fix.supersedes = first->id;
    fix.answers[9] = 5; // 阴虚 5+1+1+1 = 8
    auto second = TcmRepository(conn()).addAssessment(Scope::administrator(), fix);
    QVERIFY2(second, why(second));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM tcm_assessment")), 2);
    auto list = TcmRepository(conn()).assessments(Scope::administrator(), id);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().id, second->id);
    QCOMPARE(scalar(conn(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'correct' AND "
                                   "entity_id = ?"),
                    {first->id}),
             1);
    // Correcting the old version again is refused (someone already corrected it).
    auto stale = TcmRepository(conn()).addAssessment(Scope::administrator(), fix);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, QStringLiteral("correction.stale"));
}

void TestTcmRepository::scopeAndRoles()
{
    const QString inB = make(QDate(1950, 3, 2), 1, kVillageB);
    TcmRecord r;
    r.residentId = inB;
    r.date = QDate::currentDate();
    r.answers = ones();
    auto refused = TcmRepository(conn()).addAssessment(villageDoctor(kVillageA), r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("scope.denied"));
    QVERIFY(TcmRepository(conn()).addAssessment(villageDoctor(kVillageB), r));
    QVERIFY(!TcmRepository(conn()).assessments(villageDoctor(kVillageA), inB));
    QVERIFY(TcmRepository(conn()).assessments(publicHealth(), inB));
    QVERIFY(!TcmRepository(conn()).addAssessment(publicHealth(), r));
}

void TestTcmRepository::childService()
{
    const QDate birth = QDate::currentDate().addMonths(-13);
    const QString child = make(birth, 2);
    TcmChildRecord c;
    c.residentId = child;
    c.months = 12;
    c.date = QDate::currentDate();
    c.services = {QStringLiteral("diet"), QStringLiteral("technique")};
    c.nextDate = birth.addMonths(18);
    auto saved = TcmRepository(conn()).addChildService(Scope::administrator(), c);
    QVERIFY2(saved, why(saved));
    // 18 months is not reached yet.
    TcmChildRecord early = c;
    early.months = 18;
    early.nextDate = {};
    auto tooEarly = TcmRepository(conn()).addChildService(Scope::administrator(), early);
    QVERIFY(!tooEarly);
    QCOMPARE(tooEarly.error().field, QStringLiteral("date"));
    TcmChildRecord odd = c;
    odd.months = 9;
    QCOMPARE(TcmRepository(conn()).addChildService(Scope::administrator(), odd).error().field,
             QStringLiteral("months"));
    TcmChildRecord other = c;
    other.services = {QStringLiteral("other")};
    QCOMPARE(TcmRepository(conn()).addChildService(Scope::administrator(), other).error().field,
             QStringLiteral("other_text"));
    auto list = TcmRepository(conn()).childServices(Scope::administrator(), child);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().services, c.services);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'tcm_child_service'")),
             1);
}

void TestTcmRepository::dueLists()
{
    const QDate today = QDate::currentDate();
    const QString old = make(QDate(1950, 3, 2), 1);
    const QString assessed = make(QDate(1950, 3, 2), 2);
    const QString young = make(today.addYears(-64), 3);
    const QString child12 = make(today.addMonths(-12).addDays(-2), 4); // in the 12-month window
    const QString child13 = make(today.addMonths(-13).addDays(-2), 5); // between windows
    const QString child12done = make(today.addMonths(-12).addDays(-5), 6);
    QVERIFY(!young.isEmpty() && !child13.isEmpty());
    TcmRecord r;
    r.residentId = assessed;
    r.date = today;
    r.answers = ones();
    QVERIFY(TcmRepository(conn()).addAssessment(Scope::administrator(), r));
    TcmChildRecord c;
    c.residentId = child12done;
    c.months = 12;
    c.date = today;
    c.services = {QStringLiteral("diet")};
    QVERIFY(TcmRepository(conn()).addChildService(Scope::administrator(), c));
    auto due = tcmDue(conn(), Scope::administrator(), today);
    QVERIFY2(due, why(due));
    QStringList ids;
    for (const auto &d : *due)
        ids << d.residentId + QLatin1Char(':') + d.kind + QString::number(d.months);
    QCOMPARE(ids, (QStringList{old + QStringLiteral(":elderly0"),
                               child12 + QStringLiteral(":child12")}));
}

QTEST_GUILESS_MAIN(TestTcmRepository)
#include "tst_tcmrepository.moc"
