#include "arearepository.h"
#include "clinicalranges.h"
#include "database.h"
#include "dbaccess.h"
#include "duplicates.h"
#include "formschema.h"
#include "healthrecordcase.h"
#include "healthrecordrepository.h"
#include "icd10.h"
#include "idnumber.h"
#include "residentrepository.h"
#include "timeline.h"

#include <QJsonArray>
#include <QTest>

using namespace Models;
using namespace HealthRecordCase;

class TstHealthRecord : public QObject, public HealthRecordCase::HealthRecordTestCase
{
    Q_OBJECT

private slots:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void rulesAndFormsLoad();
    void ranges_data();
    void ranges();
    void crossFieldRules();
    void bmi();
    void encounterValidation_data();
    void encounterValidation();
    void icdSearch();
    void healthCheckStored();
    void healthCheckConfirmation();
    void correctionsAreNewVersions();
    void basicInfoRoundTrip();
    void timelineAndBadges();
    void villageScope();
};

void TstHealthRecord::rulesAndFormsLoad()
{
    // The data files are pinned: a change to them is a change to these numbers.
    const ClinicalRanges &r = ClinicalRanges::get();
    QCOMPARE(r.version(), QStringLiteral("2024.1"));
    QCOMPARE(r.hardMin(QStringLiteral("sbp_left")), 50.0);
    QCOMPARE(r.hardMax(QStringLiteral("fbg")), 40.0);
    const FormSchema &hc = FormSchema::get(QStringLiteral("health_check_form"));
    QStringList sections;
    for (const FormSection &s : hc.sections())
        sections << s.titleZh;
    QCOMPARE(
        sections,
        (QStringList{QStringLiteral("症状"), QStringLiteral("一般状况"), QStringLiteral("生活方式"),
                     QStringLiteral("脏器功能"), QStringLiteral("查体"), QStringLiteral("辅助检查"),
                     QStringLiteral("现存主要健康问题"), QStringLiteral("住院治疗情况"),
                     QStringLiteral("主要用药情况"), QStringLiteral("非免疫规划预防接种史"),
                     QStringLiteral("健康评价"), QStringLiteral("健康指导")}));
    QCOMPARE(hc.field(QStringLiteral("symptoms"))->options.size(), 25);
    // Every numeric field of the form has its range in the rules, and the reverse.
    for (const FormSection &s : hc.sections())
        for (const FormField &f : s.fields)
            if (f.type == QLatin1String("int") || f.type == QLatin1String("decimal"))
                QVERIFY2(r.knows(f.key) || f.key == QLatin1String("occupation_years"),
                         qPrintable(f.key));
    const FormSchema &bi = FormSchema::get(QStringLiteral("basic_info_form"));
    QCOMPARE(bi.field(QStringLiteral("education"))->options.size(), 10);
    QCOMPARE(bi.field(QStringLiteral("occupation"))->options.size(), 9);
    QCOMPARE(bi.field(QStringLiteral("payment"))->options.size(), 8);
    QCOMPARE(bi.field(QStringLiteral("abo"))->optionLabel(QStringLiteral("4")),
             QStringLiteral("AB型"));
    QVERIFY(Icd10::get().codes().size() >= 300);
    QCOMPARE(Icd10::get().find(QStringLiteral("I10.x00x032"))->name,
             QStringLiteral("高血压病3级（极高危）"));
}

void TstHealthRecord::ranges_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<int>("age");
    QTest::addColumn<int>("severity"); // -1 = nothing
    QTest::addColumn<QString>("contains");
    QTest::newRow("sbp below hard")
        << "sbp_left" << 49.0 << "M" << 50 << int(FieldCheck::Refuse) << "50";
    QTest::newRow("sbp at hard min")
        << "sbp_left" << 50.0 << "M" << 50 << int(FieldCheck::Confirm) << "";
    QTest::newRow("sbp normal") << "sbp_left" << 120.0 << "M" << 50 << -1 << "";
    QTest::newRow("sbp 139") << "sbp_left" << 139.0 << "M" << 50 << -1 << "";
    QTest::newRow("sbp 140") << "sbp_left" << 140.0 << "M" << 50 << int(FieldCheck::Abnormal)
                             << "140";
    QTest::newRow("sbp 145 at 70") << "sbp_left" << 145.0 << "M" << 70 << -1 << "";
    QTest::newRow("sbp 150 at 70")
        << "sbp_left" << 150.0 << "M" << 70 << int(FieldCheck::Abnormal) << "150";
    QTest::newRow("sbp 180") << "sbp_left" << 180.0 << "F" << 50 << int(FieldCheck::Emergency)
                             << "180";
    QTest::newRow("sbp 300") << "sbp_left" << 300.0 << "F" << 50 << int(FieldCheck::Confirm) << "";
    QTest::newRow("sbp 301") << "sbp_left" << 301.0 << "F" << 50 << int(FieldCheck::Refuse) << "";
    QTest::newRow("dbp 89") << "dbp_left" << 89.0 << "F" << 50 << -1 << "";
    QTest::newRow("dbp 90") << "dbp_left" << 90.0 << "F" << 50 << int(FieldCheck::Abnormal) << "90";
    QTest::newRow("dbp 110") << "dbp_left" << 110.0 << "F" << 50 << int(FieldCheck::Emergency)
                             << "110";
    QTest::newRow("dbp 29") << "dbp_left" << 29.0 << "F" << 50 << int(FieldCheck::Refuse) << "";
    QTest::newRow("fbg 6.9") << "fbg" << 6.9 << "F" << 50 << -1 << "";
    QTest::newRow("fbg 7.0") << "fbg" << 7.0 << "F" << 50 << int(FieldCheck::Abnormal) << "7.0";
    QTest::newRow("fbg 16.7") << "fbg" << 16.7 << "F" << 50 << int(FieldCheck::Emergency) << "16.7";
    QTest::newRow("fbg 3.9") << "fbg" << 3.9 << "F" << 50 << int(FieldCheck::Emergency) << "3.9";
    QTest::newRow("fbg 0.4") << "fbg" << 0.4 << "F" << 50 << int(FieldCheck::Refuse) << "";
    QTest::newRow("fbg 41") << "fbg" << 41.0 << "F" << 50 << int(FieldCheck::Refuse) << "";
    QTest::newRow("waist 89 man") << "waist" << 89.0 << "M" << 50 << int(FieldCheck::Info)
                                  << "前期";
    QTest::newRow("waist 90 man") << "waist" << 90.0 << "M" << 50 << int(FieldCheck::Abnormal)
                                  << "中心型肥胖";
    QTest::newRow("waist 85 woman")
        << "waist" << 85.0 << "F" << 50 << int(FieldCheck::Abnormal) << "中心型肥胖";
    QTest::newRow("waist 84 woman")
        << "waist" << 84.0 << "F" << 50 << int(FieldCheck::Info) << "前期";
    QTest::newRow("waist 79 woman") << "waist" << 79.0 << "F" << 50 << -1 << "";
    QTest::newRow("height 99 adult")
        << "height" << 99.0 << "F" << 50 << int(FieldCheck::Confirm) << "";
    QTest::newRow("height 99 child") << "height" << 99.0 << "F" << 5 << -1 << "";
    QTest::newRow("height 39") << "height" << 39.0 << "F" << 5 << int(FieldCheck::Refuse) << "";
    QTest::newRow("temperature 43.1")
        << "temperature" << 43.1 << "F" << 50 << int(FieldCheck::Refuse) << "";
    QTest::newRow("temperature 39.1")
        << "temperature" << 39.1 << "F" << 50 << int(FieldCheck::Abnormal) << "39";
    QTest::newRow("vision 5.4") << "vision_left" << 5.4 << "F" << 50 << int(FieldCheck::Refuse)
                                << "";
    QTest::newRow("cigarettes 101")
        << "cigarettes_per_day" << 101.0 << "M" << 50 << int(FieldCheck::Refuse) << "";
    QTest::newRow("alcohol 40") << "alcohol_liang_per_day" << 40.0 << "M" << 50
                                << int(FieldCheck::Confirm) << "";
    QTest::newRow("exercise 22/wk")
        << "exercise_per_week" << 22.0 << "M" << 50 << int(FieldCheck::Refuse) << "";
    QTest::newRow("hba1c 7.0") << "hba1c" << 7.0 << "M" << 50 << int(FieldCheck::Abnormal) << "7%";
    QTest::newRow("bmi 28") << "bmi" << 28.0 << "M" << 50 << int(FieldCheck::Abnormal) << "肥胖";
    QTest::newRow("bmi 24") << "bmi" << 24.0 << "M" << 50 << int(FieldCheck::Info) << "超重";
    QTest::newRow("bmi 23.9") << "bmi" << 23.9 << "M" << 50 << -1 << "";
    QTest::newRow("bmi 18.4") << "bmi" << 18.4 << "M" << 50 << int(FieldCheck::Info) << "过低";
    QTest::newRow("bmi 9") << "bmi" << 9.0 << "M" << 50 << int(FieldCheck::Confirm) << "";
}

void TstHealthRecord::ranges()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(QString, sex);
    QFETCH(int, age);
    QFETCH(int, severity);
    QFETCH(QString, contains);
    const QList<FieldCheck> checks = ClinicalRanges::get().checkValue(field, value, sex.at(0), age);
    if (severity < 0) {
        QVERIFY2(checks.isEmpty(), qPrintable(checks.value(0).message));
        return;
    }
    QVERIFY(!checks.isEmpty());
    QCOMPARE(int(checks.first().severity), severity);
    QVERIFY2(checks.first().message.contains(contains), qPrintable(checks.first().message));
}

void TstHealthRecord::crossFieldRules()
{
    const auto checks = ClinicalRanges::get().checkForm(
        QJsonObject{{QStringLiteral("sbp_left"), 90}, {QStringLiteral("dbp_left"), 95}},
        QLatin1Char('M'), 50);
    bool refused = false;
    for (const FieldCheck &c : checks)
        refused |= c.field == QLatin1String("sbp_left") && c.severity == FieldCheck::Refuse;
    QVERIFY(refused);
}

void TstHealthRecord::bmi()
{
    QCOMPARE(ClinicalRanges::bmi(170, 65), 22.5);
    QCOMPARE(ClinicalRanges::bmi(160, 72), 28.1);
    QVERIFY(std::isnan(ClinicalRanges::bmi(0, 65)));
}

void TstHealthRecord::encounterValidation_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("subjective");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("referralTo");
    QTest::addColumn<QString>("field"); // empty = valid
    const QDate today = QDate::currentDate();
    QTest::newRow("valid") << today << "clinic"
                           << "咳嗽3天"
                           << "J06.9"
                           << ""
                           << "";
    QTest::newRow("diagnosis only") << today << "phone"
                                    << ""
                                    << "I10"
                                    << ""
                                    << "";
    QTest::newRow("future") << today.addDays(1) << "clinic"
                            << "咳嗽"
                            << ""
                            << ""
                            << "visit_date";
    QTest::newRow("before birth") << QDate(1949, 1, 1) << "clinic"
                                  << "咳嗽"
                                  << ""
                                  << ""
                                  << "visit_date";
    QTest::newRow("no date") << QDate() << "clinic"
                             << "咳嗽"
                             << ""
                             << ""
                             << "visit_date";
    QTest::newRow("bad type") << today << "video"
                              << "咳嗽"
                              << ""
                              << ""
                              << "visit_type";
    QTest::newRow("empty") << today << "clinic"
                           << ""
                           << ""
                           << ""
                           << "subjective";
    QTest::newRow("bad code") << today << "clinic"
                              << "咳嗽"
                              << "XYZ"
                              << ""
                              << "diagnoses";
    QTest::newRow("referral no reason") << today << "clinic"
                                        << "胸痛"
                                        << ""
                                        << "县医院"
                                        << "referral_reason";
}

void TstHealthRecord::encounterValidation()
{
    QFETCH(QDate, date);
    QFETCH(QString, type);
    QFETCH(QString, subjective);
    QFETCH(QString, code);
    QFETCH(QString, referralTo);
    QFETCH(QString, field);
    Encounter e;
    e.visitDate = date;
    e.visitType = type;
    e.subjective = subjective;
    e.referralTo = referralTo;
    if (!code.isEmpty())
        e.diagnoses << Diagnosis{code, QStringLiteral("x"), Icd10::get().version()};
    const QList<Error> errors = HealthRecordRepository::validateEncounter(e, QDate(1950, 1, 1));
    if (field.isEmpty())
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    else
        QCOMPARE(errors.value(0).field, field);
}

void TstHealthRecord::icdSearch()
{
    const Icd10 &icd = Icd10::get();
    QCOMPARE(icd.search(QStringLiteral("I10")).first().code, QStringLiteral("I10"));
    QVERIFY(icd.search(QStringLiteral("糖尿病")).size() >= 5);
    bool found = false;
    for (const IcdCode &c : icd.search(QStringLiteral("gxy"), 50))
        found |= c.code == QLatin1String("I10.x00");
    QVERIFY(found);
}

void TstHealthRecord::healthCheckStored()
{
    const Resident r = make(QStringLiteral("张老汉"), QDate(1950, 4, 1), 11);
    HealthRecordRepository repo(conn());
    HealthCheck h;
    h.residentId = r.id;
    h.checkDate = QDate::currentDate();
    h.form = QJsonObject{
        {QStringLiteral("sbp_left"), 152},
        {QStringLiteral("dbp_left"), 88},
        {QStringLiteral("height"), 170},
        {QStringLiteral("weight"), 65},
        {QStringLiteral("fbg"), 7.4},
        {QStringLiteral("evaluation"), QStringLiteral("2")},
        {QStringLiteral("symptoms"), QJsonArray{QStringLiteral("2"), QStringLiteral("3")}}};
    auto saved = repo.addHealthCheck(Scope::administrator(), h);
    QVERIFY2(saved, why(saved));
    QCOMPARE(saved->form.value(QStringLiteral("bmi")).toDouble(), 22.5);
    QCOMPARE(
        scalar(conn(), QStringLiteral("SELECT sbp FROM health_check WHERE id = ?"), {saved->id}),
        152);
    QCOMPARE(
        scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'health_check'")),
        1);
    QCOMPARE(scalar(conn(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'health_check'")),
             1);
    // Impossible values are refused at their field; bad codes too.
    h.form.insert(QStringLiteral("sbp_left"), 400);
    auto refused = repo.addHealthCheck(Scope::administrator(), h, true);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("sbp_left"));
    h.form.insert(QStringLiteral("sbp_left"), 130);
    h.form.insert(QStringLiteral("smoking"), QStringLiteral("9"));
    QCOMPARE(repo.addHealthCheck(Scope::administrator(), h, true).error().field,
             QStringLiteral("smoking"));
    h.form.remove(QStringLiteral("smoking"));
    h.checkDate = QDate::currentDate().addDays(1);
    QCOMPARE(repo.addHealthCheck(Scope::administrator(), h, true).error().field,
             QStringLiteral("check_date"));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM health_check")), 1);
}

void TstHealthRecord::healthCheckConfirmation()
{
    const Resident r = make(QStringLiteral("李婆婆"), QDate(1948, 2, 2), 12);
    HealthRecordRepository repo(conn());
    HealthCheck h;
    h.residentId = r.id;
    h.checkDate = QDate::currentDate();
    h.form = QJsonObject{{QStringLiteral("pulse"), 35}}; // implausible, not impossible
    auto first = repo.addHealthCheck(Scope::administrator(), h, false);
    QVERIFY(!first);
    QCOMPARE(first.error().code, QStringLiteral("check.confirm"));
    QCOMPARE(first.error().field, QStringLiteral("pulse"));
    QVERIFY(repo.addHealthCheck(Scope::administrator(), h, true));
}

void TstHealthRecord::correctionsAreNewVersions()
{
    const Resident r = make(QStringLiteral("更正甲"), QDate(1950, 4, 1), 11);
    const Resident other = make(QStringLiteral("更正乙"), QDate(1952, 4, 1), 13);
    HealthRecordRepository repo(conn());
    // Encounter: the correction is a new row; the first stays; the list shows the newest only.
    Encounter e;
    e.residentId = r.id;
    e.visitDate = QDate::currentDate().addDays(-3);
    e.subjective = QStringLiteral("头晕两天");
    auto first = repo.addEncounter(Scope::administrator(), e);
    QVERIFY2(first, why(first));
    Encounter fix = *first;
    fix.subjective = QStringLiteral("头晕三天");
    fix.supersedes = first->id;
    auto second = repo.correctEncounter(Scope::administrator(), fix);
    QVERIFY2(second, why(second));
    QVERIFY(second->id != first->id);
    QCOMPARE(second->supersedes, first->id);
    QCOMPARE(repo.encounter(Scope::administrator(), first->id)->subjective,
             QStringLiteral("头晕两天"));
    QCOMPARE(repo.encounters(Scope::administrator(), r.id)->size(), 1);
    QCOMPARE(repo.encounters(Scope::administrator(), r.id)->first().id, second->id);
    auto versions = repo.encounterVersions(Scope::administrator(), second->id);
    QVERIFY(versions);
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(1).subjective, QStringLiteral("头晕两天"));
    // Outbox entry for the new version, a "correct" audit entry naming the old one with both texts.
    QCOMPARE(scalar(conn(),
                    QStringLiteral(
                        "SELECT count(*) FROM outbox WHERE entity = 'encounter' AND entity_id = ?"),
                    {second->id}),
             1);
    QCOMPARE(
        scalar(
            conn(),
            QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE action = 'correct' AND entity = 'encounter'"
                " AND entity_id = ? AND before_json LIKE '%头晕两天%' AND after_json LIKE "
                "'%头晕三天%'"),
            {first->id}),
        1);
    // An old version cannot be corrected again (someone corrected it already), nor moved to
    // another resident; a refused correction writes nothing.
    const qint64 rows = scalar(conn(), QStringLiteral("SELECT count(*) FROM encounter"));
    const qint64 audits = scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log"));
    auto stale = repo.addEncounter(Scope::administrator(), fix);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, QStringLiteral("correction.stale"));
    Encounter moved = fix;
    moved.supersedes = second->id;
    moved.residentId = other.id;
    QCOMPARE(repo.addEncounter(Scope::administrator(), moved).error().code,
             QStringLiteral("correction.resident"));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM encounter")), rows);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log")), audits);

    // Health check: same, and the values are checked like a new one.
    HealthCheck h;
    h.residentId = r.id;
    h.checkDate = QDate::currentDate().addDays(-1);
    h.form = QJsonObject{{QStringLiteral("sbp_left"), 152},
                         {QStringLiteral("dbp_left"), 88},
                         {QStringLiteral("height"), 170},
                         {QStringLiteral("weight"), 65}};
    auto c1 = repo.addHealthCheck(Scope::administrator(), h);
    QVERIFY2(c1, why(c1));
    HealthCheck hfix = *c1;
    hfix.supersedes = c1->id;
    hfix.form.insert(QStringLiteral("sbp_left"), 400);
    QCOMPARE(repo.correctHealthCheck(Scope::administrator(), hfix, true).error().field,
             QStringLiteral("sbp_left"));
    hfix.form.insert(QStringLiteral("sbp_left"), 132);
    hfix.form.insert(QStringLiteral("weight"), 72.25);
    auto c2 = repo.correctHealthCheck(Scope::administrator(), hfix, true);
    QVERIFY2(c2, why(c2));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT sbp FROM health_check WHERE id = ?"), {c2->id}),
             132);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT sbp FROM health_check WHERE id = ?"), {c1->id}),
             152);
    QCOMPARE(c2->form.value(QStringLiteral("bmi")).toDouble(), 25.0); // recomputed
    QCOMPARE(repo.healthChecks(Scope::administrator(), r.id)->size(), 1);
    QCOMPARE(repo.healthCheckVersions(Scope::administrator(), c2->id)->size(), 2);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                           "'correct' AND entity = 'health_check'")),
             1);

    // The timeline shows the current versions, marked as corrected, with the earlier text readable.
    auto entries = Timeline::load(conn(), Scope::administrator(), r.id,
                                  {QStringLiteral("encounter"), QStringLiteral("health_check")});
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    for (const TimelineEntry &t : *entries) {
        QVERIFY2(t.title.contains(QStringLiteral("已更正")), qPrintable(t.title));
        QVERIFY(t.id == second->id || t.id == c2->id);
        if (t.kind == QLatin1String("encounter")) {
            QVERIFY(t.detail.contains(QStringLiteral("头晕三天")));
            QVERIFY(t.detail.contains(QStringLiteral("头晕两天")));
            QVERIFY(t.detail.indexOf(QStringLiteral("头晕三天")) <
                    t.detail.indexOf(QStringLiteral("头晕两天")));
        }
    }
}

void TstHealthRecord::basicInfoRoundTrip()
{
    const Resident r = make(QStringLiteral("王大"), QDate(1970, 1, 1), 13);
    HealthRecordRepository repo(conn());
    BasicInfo b{
        r.id, QStringLiteral("东山砖厂"), QStringLiteral("王二"), QStringLiteral("13900001111"),
        QJsonObject{
            {QStringLiteral("abo"), QStringLiteral("3")},
            {QStringLiteral("payment"), QJsonArray{QStringLiteral("3")}},
            {QStringLiteral("diseases"),
             QJsonArray{QJsonObject{{QStringLiteral("disease"), QStringLiteral("2")},
                                    {QStringLiteral("diagnosed"), QStringLiteral("2015-06")}}}}}};
    QVERIFY(repo.saveBasicInfo(Scope::administrator(), b));
    auto back = repo.basicInfo(Scope::administrator(), r.id);
    QVERIFY(back);
    QCOMPARE(back->workUnit, QStringLiteral("东山砖厂"));
    QCOMPARE(back->form, b.form);
    b.contactPhone = QStringLiteral("123");
    QCOMPARE(repo.saveBasicInfo(Scope::administrator(), b).error().field,
             QStringLiteral("contact_phone"));
    b.contactPhone.clear();
    b.form.insert(QStringLiteral("abo"), QStringLiteral("7"));
    QCOMPARE(repo.saveBasicInfo(Scope::administrator(), b).error().field, QStringLiteral("abo"));
    const QStringList lines =
        FormSchema::get(QStringLiteral("basic_info_form")).describe(back->form);
    QVERIFY(lines.join(QString()).contains(QStringLiteral("O型")));
    QVERIFY(lines.join(QString()).contains(QStringLiteral("高血压")));
}

void TstHealthRecord::timelineAndBadges()
{
    const Resident r = make(QStringLiteral("赵老"), QDate(1945, 5, 5), 15);
    HealthRecordRepository repo(conn());
    Encounter e;
    e.residentId = r.id;
    e.visitDate = QDate::currentDate().addDays(-10);
    e.subjective = QStringLiteral("头晕");
    e.diagnoses << Icd10::get().diagnosis(*Icd10::get().find(QStringLiteral("I10.x00")));
    auto saved = repo.addEncounter(Scope::administrator(), e);
    QVERIFY2(saved, why(saved));
    HealthCheck h;
    h.residentId = r.id;
    h.checkDate = QDate::currentDate().addDays(-3);
    h.form = QJsonObject{{QStringLiteral("sbp_left"), 150}, {QStringLiteral("dbp_left"), 80}};
    QVERIFY(repo.addHealthCheck(Scope::administrator(), h));
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(
        QStringLiteral(
            "INSERT INTO chronic_registration(id, resident_id, programme, icd10, icd_version,"
            " diagnosed_on, registered_on, created_at, updated_at, updated_by) VALUES('c1', '%1',"
            " 'hypertension', 'I10', 'x', '2020-01-01', '2020-02-01', 'now', 'now', 'admin')")
            .arg(r.id)));
    auto t = Timeline::load(conn(), Scope::administrator(), r.id);
    QVERIFY2(t, why(t));
    QStringList kinds;
    for (const TimelineEntry &x : *t)
        kinds << x.kind;
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("record"), QStringLiteral("health_check"),
                          QStringLiteral("encounter"), QStringLiteral("chronic_registration")}));
    QVERIFY(t->at(2).summary.contains(QStringLiteral("I10.x00")));
    auto only = Timeline::load(conn(), Scope::administrator(), r.id, {QStringLiteral("encounter")});
    QCOMPARE(only->size(), 1);
    // A correction supersedes the old version in the timeline.
    e.supersedes = saved->id;
    e.subjective = QStringLiteral("头晕、头痛");
    QVERIFY(repo.correctEncounter(Scope::administrator(), e));
    QCOMPARE(Timeline::load(conn(), Scope::administrator(), r.id, {QStringLiteral("encounter")})
                 ->first()
                 .detail.contains(QStringLiteral("头痛")),
             true);
    QCOMPARE(repo.encounters(Scope::administrator(), r.id)->size(), 1);
    auto badges = Timeline::badges(conn(), Scope::administrator(), r);
    QStringList texts;
    for (const Badge &b : *badges)
        texts << b.text;
    // The 65+ annual service of this year is not done yet (models/elderly).
    QCOMPARE(texts, (QStringList{QStringLiteral("高血压"), QStringLiteral("65岁以上"),
                                 QStringLiteral("今年未做老年人健康管理")}));
    Resident child = r;
    child.birthDate = QDate::currentDate().addYears(-3);
    QStringList childTexts;
    for (const Badge &b : *Timeline::badges(conn(), Scope::administrator(), child))
        childTexts << b.text;
    QVERIFY(childTexts.contains(QStringLiteral("0-6岁儿童")));
    // A child of exactly 3 is in the window of the 3-year check (models/child, maternal.read).
    QVERIFY2(childTexts.contains(QStringLiteral("3岁检查到期")), qPrintable(childTexts.join(' ')));
}

void TstHealthRecord::villageScope()
{
    const Resident r = make(QStringLiteral("钱村长"), QDate(1960, 1, 1), 17, kVillageB);
    Scope worker;
    worker.allVillages = false;
    worker.villages = {kVillageA};
    QCOMPARE(Timeline::load(conn(), worker, r.id).error().code, QStringLiteral("scope.denied"));
    HealthCheck h{{}, r.id, QDate::currentDate(), {}, {}, {}, {}, {}};
    QCOMPARE(HealthRecordRepository(conn()).addHealthCheck(worker, h).error().code,
             QStringLiteral("scope.denied"));
    Scope reader;
    reader.allPermissions = false;
    reader.permissions = {QStringLiteral("record.read")};
    QVERIFY(!HealthRecordRepository(conn()).addHealthCheck(reader, h));
}

QTEST_GUILESS_MAIN(TstHealthRecord)
#include "tst_healthrecord.moc"
