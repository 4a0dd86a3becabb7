// The severe-mental-disorder classification: every boundary of docs/domain/mental.md 2 worked by
// hand (risk 0/1/2/3, insight 完全/不全/缺失, social items 一般/较差/不适用), both interval sets.
#include "mentalrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;

class TestMentalRules : public QObject
{
    Q_OBJECT

private slots:
    void ruleSetsLoad();
    void classify_data();
    void classify();
    void intervalsOfBothRuleSets_data();
    void intervalsOfBothRuleSets();
    void emergencyFromGradeThree();
    void jsonContract();
    void badInputNamesTheField_data();
    void badInputNamesTheField();
    void brokenRuleFileIsRefused();
};

void TestMentalRules::ruleSetsLoad()
{
    const QStringList names = MentalRuleSet::availableNames();
    QVERIFY(names.contains(QStringLiteral("nbphs")));
    QVERIFY(names.contains(QStringLiteral("norm2018")));
    for (const QString &n : names) {
        auto s = MentalRuleSet::load(n);
        QVERIFY2(s.ok(), qPrintable(n));
        QCOMPARE(s->name(), n);
    }
    QCOMPARE(MentalRuleSet::standard().name(), QStringLiteral("nbphs"));
    QCOMPARE(MentalRuleSet::standard().minVisitsPerYear(), 4);
}

static MentalInput input(int risk, const QStringList &symptoms, const QString &insight,
                         const QStringList &social, bool adr = false, bool ill = false,
                         bool marked = false)
{
    MentalInput in;
    in.risk = risk;
    in.symptoms = symptoms;
    in.insight = insight;
    in.social = social;
    in.adverseReaction = adr;
    in.physicalIllness = ill;
    in.symptomsMarked = marked;
    return in;
}

Q_DECLARE_METATYPE(MentalInput)

void TestMentalRules::classify_data()
{
    QTest::addColumn<MentalInput>("in");
    QTest::addColumn<QString>("cls");
    QTest::addColumn<bool>("refer");
    QTest::addColumn<QStringList>("rules");
    const QString ok = QStringLiteral("完全");
    const QStringList fine{"良好", "一般", "良好", "一般", "良好"};
    // Risk at each edge, everything else clean.
    QTest::newRow("risk0") << input(0, {}, ok, fine) << "稳定" << false << QStringList{"stable"};
    QTest::newRow("risk1") << input(1, {}, ok, fine) << "基本稳定" << false
                           << QStringList{"risk.basic"};
    QTest::newRow("risk2") << input(2, {}, ok, fine) << "基本稳定" << false
                           << QStringList{"risk.basic"};
    QTest::newRow("risk3") << input(3, {}, ok, fine) << "不稳定" << true
                           << QStringList{"risk.unstable"};
    QTest::newRow("risk5") << input(5, {}, ok, fine) << "不稳定" << true
                           << QStringList{"risk.unstable"};
    // Insight at its edges with risk 0.
    QTest::newRow("insight-partial")
        << input(0, {}, "不全", fine) << "基本稳定" << false << QStringList{"insight.basic"};
    QTest::newRow("insight-lost") << input(0, {}, "缺失", fine) << "不稳定" << true
                                  << QStringList{"insight.unstable"};
    // Social items: 一般 keeps stable, one 较差 makes basically stable, 不适用 is ignored.
    QTest::newRow("social-all-fair") << input(0, {}, ok, {"一般", "一般", "一般", "一般", "一般"})
                                     << "稳定" << false << QStringList{"stable"};
    QTest::newRow("social-one-poor") << input(0, {}, ok, {"一般", "一般", "较差", "一般", "一般"})
                                     << "基本稳定" << false << QStringList{"social.poor"};
    QTest::newRow("social-not-applicable")
        << input(0, {}, ok, {"良好", "良好", "不适用", "良好", "良好"}) << "稳定" << false
        << QStringList{"stable"};
    QTest::newRow("social-empty") << input(0, {}, ok, {}) << "稳定" << false
                                  << QStringList{"stable"};
    // Symptoms: present but not marked is basically stable; marked is unstable.
    QTest::newRow("symptom") << input(0, {"自语自笑"}, ok, fine) << "基本稳定" << false
                             << QStringList{"symptoms.present"};
    QTest::newRow("symptom-marked") << input(0, {"幻觉"}, ok, fine, false, false, true) << "不稳定"
                                    << true << QStringList{"symptoms.marked"};
    QTest::newRow("adr") << input(0, {}, ok, fine, true) << "不稳定" << true
                         << QStringList{"adverse_reaction"};
    QTest::newRow("physical") << input(0, {}, ok, fine, false, true) << "不稳定" << true
                              << QStringList{"physical_illness"};
    // The issue's example: risk 2, a hallucination, partial insight: three basic rules.
    QTest::newRow("issue-example")
        << input(2, {"幻觉"}, "不全", {"一般", "一般", "一般", "一般", "一般"}) << "基本稳定"
        << false << QStringList{"risk.basic", "symptoms.present", "insight.basic"};
    // The most severe wins and every fired rule is named.
    QTest::newRow("unstable-beats-basic")
        << input(3, {"猜疑"}, "不全", {"较差"}) << "不稳定" << true
        << QStringList{"risk.unstable", "symptoms.present", "insight.basic", "social.poor"};
}

void TestMentalRules::classify()
{
    QFETCH(MentalInput, in);
    QFETCH(QString, cls);
    QFETCH(bool, refer);
    QFETCH(QStringList, rules);
    auto d = MentalRuleSet::standard().classify(in);
    QVERIFY(d.ok());
    QCOMPARE(mentalClassCode(d->cls), cls);
    QCOMPARE(d->refer, refer);
    QCOMPARE(d->ruleIds, rules);
    QCOMPARE(d->why.size() >= rules.size(), true);
    QCOMPARE(d->ruleSet, QStringLiteral("nbphs/1"));
}

void TestMentalRules::intervalsOfBothRuleSets_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("risk");
    QTest::addColumn<int>("days");
    // NBPHS: unstable and basically stable within 2 weeks, stable at 3 months.
    QTest::newRow("nbphs-stable") << "nbphs" << 0 << 90;
    QTest::newRow("nbphs-basic") << "nbphs" << 1 << 14;
    QTest::newRow("nbphs-unstable") << "nbphs" << 3 << 14;
    // 2018 work norm: weekly, every 2 months, every 3 months.
    QTest::newRow("norm-stable") << "norm2018" << 0 << 90;
    QTest::newRow("norm-basic") << "norm2018" << 2 << 60;
    QTest::newRow("norm-unstable") << "norm2018" << 4 << 7;
}

void TestMentalRules::intervalsOfBothRuleSets()
{
    QFETCH(QString, set);
    QFETCH(int, risk);
    QFETCH(int, days);
    auto s = MentalRuleSet::load(set);
    QVERIFY(s.ok());
    auto d = s->classify(input(risk, {}, QStringLiteral("完全"), {}));
    QVERIFY(d.ok());
    QCOMPARE(d->nextVisitDays, days);
    QCOMPARE(d->nextVisitDays, s->intervalDays(d->cls));
}

void TestMentalRules::emergencyFromGradeThree()
{
    for (int r = 0; r <= 5; ++r) {
        auto d = MentalRuleSet::standard().classify(input(r, {}, QStringLiteral("完全"), {}));
        QVERIFY(d.ok());
        QCOMPARE(d->emergency, r >= 3);
    }
}

void TestMentalRules::jsonContract()
{
    const QByteArray text = R"({"risk":2,"symptoms":["幻觉"],"insight":"不全",
        "social":["一般","一般","较差","一般","不适用"],"adverse_reaction":false,
        "physical_illness":false})";
    auto in = MentalInput::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(in.ok());
    auto d = MentalRuleSet::standard().classify(*in);
    QVERIFY(d.ok());
    const QJsonObject o = d->toJson();
    QCOMPARE(o.value("class").toString(), QStringLiteral("基本稳定"));
    QCOMPARE(o.value("next_visit_days").toInt(), 14);
    QCOMPARE(o.value("refer").toBool(), false);
    QCOMPARE(o.value("why").toArray().size(), 4);
}

void TestMentalRules::badInputNamesTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("no-risk") << QByteArray(R"({"insight":"完全"})") << "risk";
    QTest::newRow("risk-6") << QByteArray(R"({"risk":6,"insight":"完全"})") << "risk";
    QTest::newRow("risk-1.5") << QByteArray(R"({"risk":1.5,"insight":"完全"})") << "risk";
    QTest::newRow("insight") << QByteArray(R"({"risk":0,"insight":"好"})") << "insight";
    QTest::newRow("social") << QByteArray(R"({"risk":0,"insight":"完全","social":["差"]})")
                            << "social";
    QTest::newRow("symptom") << QByteArray(R"({"risk":0,"insight":"完全","symptoms":["头痛"]})")
                             << "symptoms";
    QTest::newRow("adr") << QByteArray(R"({"risk":0,"insight":"完全","adverse_reaction":"no"})")
                         << "adverse_reaction";
}

void TestMentalRules::badInputNamesTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    auto in = MentalInput::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!in.ok());
    QCOMPARE(in.error().field, field);
    QVERIFY(!in.error().message.isEmpty());
}

void TestMentalRules::brokenRuleFileIsRefused()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"x","version":"1","unstable_risk_from":2,"basic_risk_from":3,
        "emergency_from_risk":3,"intervals_days":{"不稳定":14,"基本稳定":14,"稳定":90}})");
    f.close();
    auto s = MentalRuleSet::load(f.fileName());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("rules.invalid"));
    QVERIFY(!MentalRuleSet::load(QStringLiteral("nosuch")).ok());
}

QTEST_GUILESS_MAIN(TestMentalRules)
#include "tst_mentalrules.moc"
