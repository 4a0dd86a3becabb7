// The follow-up classification rules: every boundary of docs/domain/chronic.md 2-4, both rule sets.
#include "chronicrules.h"
#include "codetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Models;

Q_DECLARE_METATYPE(std::optional<FollowupClass>)

class TestChronicRules : public QObject
{
    Q_OBJECT

private slots:
    void rulesetsLoadAndArePinned();
    void hypertension_data();
    void hypertension();
    void diabetes_data();
    void diabetes();
    void elderlyTargetIsSwitchable();
    void guideline2025LowerTarget_data();
    void guideline2025LowerTarget();
    void mostSevereClassWins();
    void emergencySymptoms();
    void explanationNamesTheValues();
    void jsonContract();
    void jsonRefusesBadInput_data();
    void jsonRefusesBadInput();
    void brokenRuleFilesAreRefused();
    void icdCodeTable();
};

void TestChronicRules::rulesetsLoadAndArePinned()
{
    const QStringList names = ChronicRuleSet::availableNames();
    QVERIFY(names.contains(QStringLiteral("nbphs2017")));
    QVERIFY(names.contains(QStringLiteral("guideline2025")));
    for (const QString &n : names) {
        auto s = ChronicRuleSet::load(n);
        QVERIFY2(s.ok(), qPrintable(n + (s.ok() ? QString() : s.error().message)));
    }
    const auto &s = ChronicRuleSet::active();
    QCOMPARE(s.name(), QStringLiteral("nbphs2017"));
    QCOMPARE(s.version(), QStringLiteral("1"));
    QCOMPARE(s.standardMinFollowups(), 4);
    QCOMPARE(s.controlSbpBelow(), 140);
    QCOMPARE(s.controlDbpBelow(), 90);
    QCOMPARE(s.controlFbgBelow(), 7.0);
    QCOMPARE(s.shortIntervalDays(QStringLiteral("hypertension")), 14);
    QVERIFY(s.option(QStringLiteral("elderly_target")));
    QCOMPARE(chronicRanges().value(QStringLiteral("sbp")).min, 50.0);
    QCOMPARE(chronicRanges().value(QStringLiteral("sbp")).max, 300.0);
    QCOMPARE(chronicRanges().value(QStringLiteral("fbg")).max, 40.0);
}

void TestChronicRules::hypertension_data()
{
    QTest::addColumn<int>("age");
    QTest::addColumn<int>("sbp");
    QTest::addColumn<int>("dbp");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("cls");
    QTest::addColumn<bool>("emergency");
    QTest::addColumn<bool>("referral");
    QTest::addColumn<QString>("next");

    // Visit on 2024-03-01: routine = +3 months, short = +14 days.
    QTest::newRow("139/89 controlled") << 60 << 139 << 89 << ""
                                       << "controlled" << false << false << "2024-06-01";
    QTest::newRow("140/89 uncontrolled") << 60 << 140 << 89 << ""
                                         << "uncontrolled" << false << false << "2024-03-15";
    QTest::newRow("139/90 uncontrolled") << 60 << 139 << 90 << ""
                                         << "uncontrolled" << false << false << "2024-03-15";
    QTest::newRow("140/90 uncontrolled") << 60 << 140 << 90 << ""
                                         << "uncontrolled" << false << false << "2024-03-15";
    QTest::newRow("179/109 no emergency") << 60 << 179 << 109 << ""
                                          << "uncontrolled" << false << false << "2024-03-15";
    QTest::newRow("180/100 emergency") << 60 << 180 << 100 << ""
                                       << "uncontrolled" << true << true << "2024-03-15";
    QTest::newRow("170/110 emergency") << 60 << 170 << 110 << ""
                                       << "uncontrolled" << true << true << "2024-03-15";
    QTest::newRow("180/110 emergency") << 60 << 180 << 110 << ""
                                       << "uncontrolled" << true << true << "2024-03-15";
    QTest::newRow("first uncontrolled") << 60 << 150 << 95 << "controlled"
                                        << "uncontrolled" << false << false << "2024-03-15";
    QTest::newRow("second consecutive uncontrolled")
        << 60 << 150 << 95 << "uncontrolled"
        << "uncontrolled" << false << true << "2024-03-15";
    QTest::newRow("controlled after uncontrolled")
        << 60 << 130 << 80 << "uncontrolled"
        << "controlled" << false << false << "2024-06-01";
    QTest::newRow("65: 149/89 controlled") << 65 << 149 << 89 << ""
                                           << "controlled" << false << false << "2024-06-01";
    QTest::newRow("65: 150/89 uncontrolled") << 65 << 150 << 89 << ""
                                             << "uncontrolled" << false << false << "2024-03-15";
    QTest::newRow("65: 140/90 uncontrolled") << 65 << 140 << 90 << ""
                                             << "uncontrolled" << false << false << "2024-03-15";
    QTest::newRow("64: 145/85 uncontrolled") << 64 << 145 << 85 << ""
                                             << "uncontrolled" << false << false << "2024-03-15";
}

void TestChronicRules::hypertension()
{
    QFETCH(int, age);
    QFETCH(int, sbp);
    QFETCH(int, dbp);
    QFETCH(QString, previous);
    ClassifyInput in;
    in.programme = QStringLiteral("hypertension");
    in.date = QDate(2024, 3, 1);
    in.age = age;
    in.sbp = sbp;
    in.dbp = dbp;
    if (!previous.isEmpty())
        in.previousClass = classFromCode(previous);
    auto d = ChronicRuleSet::active().classify(in);
    QVERIFY(d.ok());
    QTEST(classCode(d->cls), "cls");
    QTEST(d->emergency, "emergency");
    QTEST(d->referral, "referral");
    QTEST(d->nextVisit.toString(Qt::ISODate), "next");
}

void TestChronicRules::diabetes_data()
{
    QTest::addColumn<double>("fbg");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("cls");
    QTest::addColumn<bool>("emergency");
    QTest::addColumn<bool>("referral");
    QTest::addColumn<QString>("next");

    QTest::newRow("6.9 controlled") << 6.9 << ""
                                    << "controlled" << false << false << "2024-06-01";
    QTest::newRow("7.0 uncontrolled") << 7.0 << ""
                                      << "uncontrolled" << false << false << "2024-03-15";
    QTest::newRow("4.0 controlled, no emergency") << 4.0 << ""
                                                  << "controlled" << false << false << "2024-06-01";
    QTest::newRow("3.9 emergency") << 3.9 << ""
                                   << "controlled" << true << true << "2024-03-15";
    QTest::newRow("16.6 no emergency") << 16.6 << ""
                                       << "uncontrolled" << false << false << "2024-03-15";
    QTest::newRow("16.7 emergency") << 16.7 << ""
                                    << "uncontrolled" << true << true << "2024-03-15";
    QTest::newRow("second consecutive uncontrolled")
        << 8.2 << "uncontrolled"
        << "uncontrolled" << false << true << "2024-03-15";
    QTest::newRow("first uncontrolled after controlled")
        << 8.2 << "controlled"
        << "uncontrolled" << false << false << "2024-03-15";
}

void TestChronicRules::diabetes()
{
    QFETCH(double, fbg);
    QFETCH(QString, previous);
    ClassifyInput in;
    in.programme = QStringLiteral("diabetes");
    in.date = QDate(2024, 3, 1);
    in.age = 58;
    in.fbg = fbg;
    in.sbp = 128;
    in.dbp = 78;
    if (!previous.isEmpty())
        in.previousClass = classFromCode(previous);
    auto d = ChronicRuleSet::active().classify(in);
    QVERIFY(d.ok());
    QTEST(classCode(d->cls), "cls");
    QTEST(d->emergency, "emergency");
    QTEST(d->referral, "referral");
    QTEST(d->nextVisit.toString(Qt::ISODate), "next");
}

void TestChronicRules::elderlyTargetIsSwitchable()
{
    ClassifyInput in;
    in.programme = QStringLiteral("hypertension");
    in.date = QDate(2024, 3, 1);
    in.age = 70;
    in.sbp = 145;
    in.dbp = 85;
    ChronicRuleSet s = ChronicRuleSet::active();
    QCOMPARE(s.classify(in)->cls, FollowupClass::Controlled);
    s.setOption(QStringLiteral("elderly_target"), false);
    QCOMPARE(s.classify(in)->cls, FollowupClass::Uncontrolled);
    QCOMPARE(s.classify(in)->target, QStringLiteral("<140/90"));
}

void TestChronicRules::guideline2025LowerTarget_data()
{
    QTest::addColumn<int>("age");
    QTest::addColumn<int>("sbp");
    QTest::addColumn<int>("dbp");
    QTest::addColumn<QString>("cls");
    QTest::newRow("129/79 controlled") << 60 << 129 << 79 << "controlled";
    QTest::newRow("130/79 uncontrolled") << 60 << 130 << 79 << "uncontrolled";
    QTest::newRow("129/80 uncontrolled") << 60 << 129 << 80 << "uncontrolled";
    QTest::newRow("135/85 at 70 uncontrolled") << 70 << 135 << 85 << "uncontrolled";
    QTest::newRow("145/85 at 80 controlled") << 80 << 145 << 85 << "controlled";
    QTest::newRow("150/85 at 80 uncontrolled") << 80 << 150 << 85 << "uncontrolled";
}

void TestChronicRules::guideline2025LowerTarget()
{
    QFETCH(int, age);
    QFETCH(int, sbp);
    QFETCH(int, dbp);
    auto s = ChronicRuleSet::load(QStringLiteral("guideline2025"));
    QVERIFY(s.ok());
    ClassifyInput in;
    in.programme = QStringLiteral("hypertension");
    in.date = QDate(2025, 6, 1);
    in.age = age;
    in.sbp = sbp;
    in.dbp = dbp;
    QTEST(classCode(s->classify(in)->cls), "cls");
    QCOMPARE(s->controlSbpBelow(), 130);
}

void TestChronicRules::mostSevereClassWins()
{
    ClassifyInput in;
    in.programme = QStringLiteral("hypertension");
    in.date = QDate(2024, 3, 1);
    in.age = 50;
    in.sbp = 150;
    in.dbp = 95;
    in.adverseReaction = true;
    auto d = ChronicRuleSet::active().classify(in);
    QCOMPARE(d->cls, FollowupClass::AdverseReaction);
    QVERIFY(!d->referral);
    in.complication = true;
    d = ChronicRuleSet::active().classify(in);
    QCOMPARE(d->cls, FollowupClass::Complication);
    QVERIFY(d->referral);
    QCOMPARE(d->nextVisit, QDate(2024, 3, 15));
    // An adverse reaction at two consecutive visits is referred.
    in.complication = false;
    in.sbp = 130;
    in.dbp = 80;
    in.previousClass = FollowupClass::AdverseReaction;
    d = ChronicRuleSet::active().classify(in);
    QCOMPARE(d->cls, FollowupClass::AdverseReaction);
    QVERIFY(d->referral);
}

void TestChronicRules::emergencySymptoms()
{
    ClassifyInput in;
    in.programme = QStringLiteral("hypertension");
    in.date = QDate(2024, 3, 1);
    in.age = 50;
    in.sbp = 130;
    in.dbp = 80;
    in.symptoms = {QStringLiteral("headache_dizziness")};
    QVERIFY(!ChronicRuleSet::active().classify(in)->emergency);
    in.symptoms = {QStringLiteral("orthopnea")};
    auto d = ChronicRuleSet::active().classify(in);
    QVERIFY(d->emergency);
    QVERIFY(d->referral);
    QCOMPARE(d->cls, FollowupClass::Controlled);
    QCOMPARE(d->nextVisit, QDate(2024, 3, 15));
    // Diabetes: tachycardia above 100 and fever above 39.
    ClassifyInput dm;
    dm.programme = QStringLiteral("diabetes");
    dm.date = QDate(2024, 3, 1);
    dm.fbg = 6.0;
    dm.heartRate = 100;
    QVERIFY(!ChronicRuleSet::active().classify(dm)->emergency);
    dm.heartRate = 101;
    QVERIFY(ChronicRuleSet::active().classify(dm)->emergency);
    dm.heartRate = 80;
    dm.temperature = 39.1;
    QVERIFY(ChronicRuleSet::active().classify(dm)->emergency);
}

void TestChronicRules::explanationNamesTheValues()
{
    ClassifyInput in;
    in.programme = QStringLiteral("hypertension");
    in.date = QDate(2024, 3, 1);
    in.age = 60;
    in.sbp = 182;
    in.dbp = 95;
    auto d = ChronicRuleSet::active().classify(in);
    QStringList texts;
    for (const auto &r : d->rules)
        texts << r.text;
    QVERIFY2(texts.contains(QStringLiteral("emergency.sbp: sbp 182 >= 180")),
             qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(
        QStringLiteral("bp.above_target: bp 182/95 not below 140/90 (target standard)")));
    QVERIFY(d->explanation().contains(QStringLiteral("182")));
}

void TestChronicRules::jsonContract()
{
    const QByteArray in =
        R"({"programme": "hypertension", "date": "2024-03-01", "age": 60, "sbp": 150,
        "dbp": 95, "fbg": 7.2, "heart_rate": 80, "symptoms": ["headache"], "adverse_reaction": false,
        "complication": false, "previous_class": "uncontrolled"})";
    auto input = ClassifyInput::fromJson(QJsonDocument::fromJson(in).object());
    QVERIFY(input.ok());
    const QJsonObject out = ChronicRuleSet::active().classify(*input)->toJson();
    QCOMPARE(out.value(QStringLiteral("class")).toString(), QStringLiteral("uncontrolled"));
    QCOMPARE(out.value(QStringLiteral("emergency")).toBool(true), false);
    QCOMPARE(out.value(QStringLiteral("referral")).toBool(), true);
    QCOMPARE(out.value(QStringLiteral("next_visit")).toString(), QStringLiteral("2024-03-15"));
    QVERIFY(out.value(QStringLiteral("rules")).toArray().size() >= 2);
    auto nullPrev = ClassifyInput::fromJson(
        QJsonDocument::fromJson(
            R"({"programme": "diabetes", "date": "2024-03-01", "fbg": 6.1, "previous_class": null})")
            .object());
    QVERIFY(nullPrev.ok());
    QVERIFY(!nullPrev->previousClass);
}

void TestChronicRules::jsonRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("programme") << QByteArray(R"({"programme": "asthma", "date": "2024-03-01"})")
                               << "programme";
    QTest::newRow("date") << QByteArray(R"({"programme": "diabetes", "date": "2024-13-01"})")
                          << "date";
    QTest::newRow("sbp")
        << QByteArray(R"({"programme": "hypertension", "date": "2024-03-01", "sbp": "high"})")
        << "sbp";
    QTest::newRow("symptom")
        << QByteArray(R"({"programme": "hypertension", "date": "2024-03-01", "symptoms": ["x"]})")
        << "symptoms";
    QTest::newRow("previous")
        << QByteArray(
               R"({"programme": "hypertension", "date": "2024-03-01", "previous_class": "bad"})")
        << "previous_class";
}

void TestChronicRules::jsonRefusesBadInput()
{
    QFETCH(QByteArray, json);
    auto input = ClassifyInput::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!input.ok());
    QTEST(input.error().field, "field");
    // Missing values are refused by classify().
    ClassifyInput ht;
    ht.programme = QStringLiteral("hypertension");
    ht.date = QDate(2024, 1, 1);
    QCOMPARE(ChronicRuleSet::active().classify(ht).error().field, QStringLiteral("sbp"));
    ht.programme = QStringLiteral("diabetes");
    QCOMPARE(ChronicRuleSet::active().classify(ht).error().field, QStringLiteral("fbg"));
}

void TestChronicRules::brokenRuleFilesAreRefused()
{
    QJsonObject o = QJsonDocument::fromJson([] {
                        QFile f(QStringLiteral(":/rules/chronic_nbphs2017.json"));
                        f.open(QIODevice::ReadOnly);
                        return f.readAll();
                    }())
                        .object();
    QVERIFY(ChronicRuleSet::fromJson(o).ok());
    QJsonObject broken = o;
    QJsonObject ht = broken.value(QStringLiteral("hypertension")).toObject();
    ht.insert(QStringLiteral("targets"), QJsonArray{});
    broken.insert(QStringLiteral("hypertension"), ht);
    QVERIFY(!ChronicRuleSet::fromJson(broken).ok());
    broken = o;
    QJsonObject ind = broken.value(QStringLiteral("indicators")).toObject();
    ind.insert(QStringLiteral("standard_management_min_followups"), 0);
    broken.insert(QStringLiteral("indicators"), ind);
    QVERIFY(!ChronicRuleSet::fromJson(broken).ok());
    QVERIFY(!ChronicRuleSet::load(QStringLiteral("nosuchset")).ok());
}

void TestChronicRules::icdCodeTable()
{
    const auto &icd = CodeTable::get(QStringLiteral("chronic_icd10"));
    QVERIFY(!icd.version().isEmpty());
    for (const char *c : {"I10", "I10.x00", "I10.x00x002", "I10.x00x032", "E11", "E11.900"})
        QVERIFY2(icd.contains(QLatin1String(c)), c);
}

QTEST_GUILESS_MAIN(TestChronicRules)
#include "tst_chronicrules.moc"
