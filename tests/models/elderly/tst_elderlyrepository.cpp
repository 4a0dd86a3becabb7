// The 65+ annual service stored: what the year still lacks, the link to the health check,
// corrections as new versions, scope, and the check's elderly rows filled from the service.
#include "elderlyrepository.h"
#include "elderlytcmfixture.h"
#include "elderlyworklist.h"
#include "healthrecordrepository.h"

using namespace ElderlyTcmFixture;

class TestElderlyRepository : public QObject, public Case
{
    Q_OBJECT

private slots:
    void init() { openFixture(); }
    void cleanup() { closeFixture(); }
    void missingPartsNamed();
    void completeServiceCounts();
    void refusesUnder65AndBadValues();
    void correctionAndScope();
    void checkFormRowsFromService();
    void worklist();

private:
    static QMap<QString, int> selfCare()
    {
        return {{QStringLiteral("eating"), 0},
                {QStringLiteral("grooming"), 1},
                {QStringLiteral("dressing"), 0},
                {QStringLiteral("toilet"), 1},
                {QStringLiteral("activity"), 2}};
    }
    QString addCheck(const QString &residentId)
    {
        HealthCheck h;
        h.residentId = residentId;
        h.checkDate = QDate::currentDate();
        h.doctor = QStringLiteral("doc-1");
        auto c = HealthRecordRepository(conn()).addHealthCheck(Scope::administrator(), h, true);
        if (!c)
            qWarning() << why(c);
        return c ? c->id : QString();
    }
};

void TestElderlyRepository::missingPartsNamed()
{
    const QString id = make(QDate(1950, 1, 1), 1);
    ElderlyRepository repo(conn());
    auto none = repo.yearStatus(Scope::administrator(), id, QDate::currentDate().year());
    QVERIFY(none);
    QCOMPARE(none->missing, QStringList{QStringLiteral("service")});
    ElderlyService s;
    s.residentId = id;
    s.date = QDate::currentDate();
    s.selfCare = selfCare();
    s.selfCare.remove(QStringLiteral("toilet"));
    s.cognitivePositive = true; // positive without an MMSE total
    s.moodPositive = false;
    QVERIFY(repo.addService(Scope::administrator(), s));
    auto st = repo.yearStatus(Scope::administrator(), id, QDate::currentDate().year());
    QVERIFY(st);
    QCOMPARE(st->missing, (QStringList{QStringLiteral("selfcare"), QStringLiteral("self_rating"),
                                       QStringLiteral("mmse"), QStringLiteral("health_check"),
                                       QStringLiteral("guidance"), QStringLiteral("next_visit")}));
    QVERIFY(!st->complete());
    QCOMPARE(elderlyPartLabel(QStringLiteral("mmse")), QStringLiteral("简易智力状态检查总分"));
    // Last year's status is untouched by this year's visit.
    auto last = repo.yearStatus(Scope::administrator(), id, QDate::currentDate().year() - 1);
    QCOMPARE(last->missing, QStringList{QStringLiteral("service")});
}

void TestElderlyRepository::completeServiceCounts()
{
    const QString id = make(QDate(1950, 1, 1), 1);
    ElderlyService s;
    s.residentId = id;
    s.date = QDate::currentDate();
    s.selfCare = selfCare(); // 0 + 1 + 0 + 1 + 5 = 7 -> 轻度依赖 (2)
    s.selfRating = 2;
    s.cognitivePositive = false;
    s.moodPositive = true;
    s.gds = 12;
    s.healthCheckId = addCheck(id);
    s.guidance = {QStringLiteral("lifestyle"), QStringLiteral("falls")};
    s.nextVisit = QDate::currentDate().addYears(1);
    ElderlyRepository repo(conn());
    auto saved = repo.addService(Scope::administrator(), s);
    QVERIFY2(saved, why(saved));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT selfcare_score FROM elderly_service")), 7);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT selfcare_band FROM elderly_service")), 2);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'elderly_service'")),
             1);
    auto st = repo.yearStatus(Scope::administrator(), id, QDate::currentDate().year());
    QVERIFY(st);
    QVERIFY2(st->complete(), qPrintable(st->missing.join(QLatin1Char(','))));
}

void TestElderlyRepository::refusesUnder65AndBadValues()
{
    const QDate young = QDate::currentDate().addYears(-64);
    const QString id64 = make(young, 1);
    ElderlyRepository repo(conn());
    ElderlyService s;
    s.residentId = id64;
    s.date = QDate::currentDate();
    auto r = repo.addService(Scope::administrator(), s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("elderly.age"));
    const QString id = make(QDate(1950, 1, 1), 2);
    s.residentId = id;
    s.mmse = 31;
    QCOMPARE(repo.addService(Scope::administrator(), s).error().field, QStringLiteral("mmse"));
    s.mmse.reset();
    s.selfCare.insert(QStringLiteral("eating"), 4);
    QCOMPARE(repo.addService(Scope::administrator(), s).error().field, QStringLiteral("eating"));
    s.selfCare.clear();
    s.healthCheckId = addCheck(id64); // someone else's check
    QCOMPARE(repo.addService(Scope::administrator(), s).error().field,
             QStringLiteral("health_check"));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM elderly_service")), 0);
}

void TestElderlyRepository::correctionAndScope()
{
    const QString id = make(QDate(1950, 1, 1), 1, kVillageB);
    ElderlyRepository repo(conn());
    ElderlyService s;
    s.residentId = id;
    s.date = QDate::currentDate();
    QCOMPARE(repo.addService(villageDoctor(kVillageA), s).error().code,
             QStringLiteral("scope.denied"));
    QVERIFY(!repo.addService(publicHealth(), s));
    auto first = repo.addService(villageDoctor(kVillageB), s);
    QVERIFY(first);
    ElderlyService fix = *first;
    fix.supersedes = first->id;
    fix.selfRating = 1;
    auto second = repo.addService(villageDoctor(kVillageB), fix);
    QVERIFY2(second, why(second));
    auto list = repo.services(publicHealth(), id);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().selfRating, std::optional<int>(1));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM elderly_service")), 2);
}

void TestElderlyRepository::checkFormRowsFromService()
{
    ElderlyService s;
    s.selfCare = selfCare();
    s.selfRating = 3;
    s.cognitivePositive = true;
    s.mmse = 22;
    s.moodPositive = false;
    QJsonObject form;
    applyToHealthCheckForm(s, SelfCareRules::standard(), form);
    QCOMPARE(form.value(QStringLiteral("adl")).toString(), QStringLiteral("2"));
    QCOMPARE(form.value(QStringLiteral("adl_score")).toInt(), 7);
    QCOMPARE(form.value(QStringLiteral("self_rating")).toString(), QStringLiteral("3"));
    QCOMPARE(form.value(QStringLiteral("cognition")).toString(), QStringLiteral("2"));
    QCOMPARE(form.value(QStringLiteral("mmse")).toInt(), 22);
    QCOMPARE(form.value(QStringLiteral("emotion")).toString(), QStringLiteral("1"));
    QVERIFY(!form.contains(QStringLiteral("gds")));
}

void TestElderlyRepository::worklist()
{
    const QDate today = QDate::currentDate();
    const QString turns65Tomorrow = make(today.addYears(-65).addDays(1), 1);
    const QString turned65Today = make(today.addYears(-65), 2);
    const QString complete = make(QDate(1950, 1, 1), 3);
    const QString partial = make(QDate(1951, 1, 1), 4, kVillageB);
    const QString died = make(QDate(1940, 1, 1), 5);
    QVERIFY(!turns65Tomorrow.isEmpty() && !died.isEmpty());
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(QStringLiteral("UPDATE resident SET life_status = 'deceased', life_date = '%1' "
                                  "WHERE id = '%2'")
                       .arg(today.addDays(-1).toString(Qt::ISODate), died)));
    ElderlyRepository repo(conn());
    ElderlyService s;
    s.residentId = complete;
    s.date = today;
    s.selfCare = selfCare();
    s.selfRating = 1;
    s.cognitivePositive = false;
    s.moodPositive = false;
    s.healthCheckId = addCheck(complete);
    s.guidance = {QStringLiteral("lifestyle")};
    s.nextVisit = today.addYears(1);
    QVERIFY(repo.addService(Scope::administrator(), s));
    ElderlyService p = s;
    p.residentId = partial;
    p.healthCheckId.clear();
    p.guidance.clear();
    QVERIFY(repo.addService(Scope::administrator(), p));

    auto rows = elderlyWorklist(conn(), Scope::administrator(), {});
    QVERIFY2(rows, why(rows));
    QMap<QString, QStringList> got;
    for (const auto &r : *rows)
        got.insert(r.residentId, r.missing);
    // Not yet 65, complete, and dead are not on the list.
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.value(turned65Today), QStringList{QStringLiteral("service")});
    QCOMPARE(got.value(partial),
             (QStringList{QStringLiteral("health_check"), QStringLiteral("guidance")}));
    // A village doctor of village A sees only village A.
    auto mine = elderlyWorklist(conn(), villageDoctor(kVillageA), {});
    QVERIFY(mine);
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().residentId, turned65Today);
    ElderlyWorklistFilter other;
    other.villageCode = kVillageB;
    QCOMPARE(elderlyWorklist(conn(), villageDoctor(kVillageA), other).error().code,
             QStringLiteral("scope.denied"));
    ElderlyWorklistFilter all;
    all.includeComplete = true;
    QCOMPARE(elderlyWorklist(conn(), Scope::administrator(), all)->size(), 3);
}

QTEST_GUILESS_MAIN(TestElderlyRepository)
#include "tst_elderlyrepository.moc"
