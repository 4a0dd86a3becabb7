// The nine constitutions of the 33-question TCM form, judged by raw sums as 附件2 says, against
// cases worked by hand on every boundary (docs/domain/tcm.md 2).
#include "codetable.h"
#include "tcmchild.h"
#include "tcmconstitution.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using Models::TcmAnswers;
using Models::TcmResult;
using Models::TcmRules;

using Overrides = QMap<int, int>; // question number -> answer; every other question answers 1

Q_DECLARE_METATYPE(Overrides)

namespace {

TcmAnswers answers(const Overrides &o)
{
    TcmAnswers a;
    a.fill(1);
    for (auto it = o.cbegin(); it != o.cend(); ++it)
        a[it.key() - 1] = it.value();
    return a;
}

} // namespace

class TestTcmConstitution : public QObject
{
    Q_OBJECT

private slots:
    void itemsOfEachConstitution();
    void judgement_data();
    void judgement();
    void anchors_data();
    void anchors();
    void measuresSetTheirItems();
    void refusesBlankAndOutOfRange();
    void guidanceForEveryConstitution();
    void englishBesideChinese();
};

void TestTcmConstitution::itemsOfEachConstitution()
{
    // The form's 判定标准表, copied by hand.
    const QMap<QString, QVector<int>> expected{
        {QStringLiteral("pinghe"), {1, 2, 4, 5, 13}}, {QStringLiteral("qixu"), {2, 3, 4, 14}},
        {QStringLiteral("yangxu"), {11, 12, 13, 29}}, {QStringLiteral("yinxu"), {10, 21, 26, 31}},
        {QStringLiteral("tanshi"), {9, 16, 28, 32}},  {QStringLiteral("shire"), {23, 25, 27, 30}},
        {QStringLiteral("xueyu"), {19, 22, 24, 33}},  {QStringLiteral("qiyu"), {5, 6, 7, 8}},
        {QStringLiteral("tebing"), {15, 17, 18, 20}}};
    const auto &rules = TcmRules::standard();
    QCOMPARE(rules.constitutions().size(), 9);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto *c = rules.constitution(it.key());
        QVERIFY2(c, qPrintable(it.key()));
        QCOMPARE(c->items, it.value());
    }
    QCOMPARE(rules.constitution(QStringLiteral("pinghe"))->reversed, (QVector<int>{2, 4, 5, 13}));
    QVERIFY(rules.question(33).contains(QStringLiteral("舌下静脉")));
}

void TestTcmConstitution::judgement_data()
{
    QTest::addColumn<Overrides>("overrides");
    QTest::addColumn<QString>("type");    // the constitution checked
    QTest::addColumn<int>("score");       // its raw sum
    QTest::addColumn<QString>("result");  // its result code
    QTest::addColumn<QString>("pinghe");  // 平和's result code
    QTest::addColumn<QString>("primary"); // empty: none
    QTest::addColumn<QStringList>("flags");

    // All "没有": 平和 = 1 + 4 reversed fives = 21, every biased type 4.
    QTest::newRow("all never") << Overrides{} << "yinxu" << 4 << "no"
                               << "yes"
                               << "pinghe" << QStringList{};
    QTest::newRow("yinxu 8 -> 否, 平和 是")
        << Overrides{{10, 2}, {21, 2}, {26, 2}, {31, 2}} << "yinxu" << 8 << "no"
        << "yes"
        << "pinghe" << QStringList{};
    QTest::newRow("yinxu 9 -> 倾向是, 平和 基本是")
        << Overrides{{10, 3}, {21, 2}, {26, 2}, {31, 2}} << "yinxu" << 9 << "leaning"
        << "basic"
        << "pinghe" << QStringList{};
    QTest::newRow("yinxu 10 -> 倾向是, 平和 基本是")
        << Overrides{{10, 3}, {21, 3}, {26, 2}, {31, 2}} << "yinxu" << 10 << "leaning"
        << "basic"
        << "pinghe" << QStringList{};
    QTest::newRow("yinxu 11 -> 是, 平和 否")
        << Overrides{{10, 3}, {21, 3}, {26, 3}, {31, 2}} << "yinxu" << 11 << "yes"
        << "no"
        << "yinxu" << QStringList{};
    // 平和 = item1 + (6-q2) + (6-q4) + (6-q5) + (6-q13): 1+3+3+4+5 = 16; item1=2 makes 17.
    QTest::newRow("pinghe 16 -> 否, nothing determined")
        << Overrides{{2, 3}, {4, 3}, {5, 2}} << "pinghe" << 16 << "no"
        << "no"
        << "" << QStringList{QStringLiteral("undetermined")};
    QTest::newRow("pinghe 17 -> 是")
        << Overrides{{1, 2}, {2, 3}, {4, 3}, {5, 2}} << "pinghe" << 17 << "yes"
        << "yes"
        << "pinghe" << QStringList{};
    // Reversed item 13 at 5 counts 1 for 平和 and 5 for 阳虚 (1+1+5+1 = 8).
    QTest::newRow("reversed 13, yangxu 8, pinghe 17 是")
        << Overrides{{13, 5}} << "yangxu" << 8 << "no"
        << "yes"
        << "pinghe" << QStringList{};
    QTest::newRow("reversed 13, yangxu 9, pinghe 17 基本是")
        << Overrides{{13, 5}, {11, 2}} << "yangxu" << 9 << "leaning"
        << "basic"
        << "pinghe" << QStringList{};
    QTest::newRow("pinghe 21 with tanshi 11 -> 否")
        << Overrides{{9, 3}, {16, 3}, {28, 3}, {32, 2}} << "tanshi" << 11 << "yes"
        << "no"
        << "tanshi" << QStringList{};
    QTest::newRow("mixed yinxu 11 + shire 12: guide by shire")
        << Overrides{{10, 3}, {21, 3}, {26, 3}, {31, 2}, {23, 3}, {25, 3}, {27, 3}, {30, 3}}
        << "shire" << 12 << "yes"
        << "no"
        << "shire" << QStringList{};
    QTest::newRow("tie xueyu 12 = tebing 12")
        << Overrides{{19, 3}, {22, 3}, {24, 3}, {33, 3}, {15, 3}, {17, 3}, {18, 3}, {20, 3}}
        << "tebing" << 12 << "yes"
        << "no"
        << "" << QStringList{QStringLiteral("equal_scores")};
    QTest::newRow("yinxu 11 and yangxu 12 contradict")
        << Overrides{{10, 3}, {21, 3}, {26, 3}, {31, 2}, {11, 3}, {12, 3}, {29, 3}, {13, 3}}
        << "yangxu" << 12 << "yes"
        << "no"
        << "yangxu" << QStringList{QStringLiteral("contradiction:yinxu+yangxu")};
    // 平和: 1 + (6-4) + 5 + (6-3) + 5 = 16 -> 否; qiyu 3+3+2+1 = 9, tebing 3+3+3+1 = 10.
    QTest::newRow("only 倾向是: guide by the higher")
        << Overrides{{2, 4}, {5, 3}, {6, 3}, {7, 2}, {15, 3}, {17, 3}, {18, 3}} << "tebing" << 10
        << "leaning"
        << "no"
        << "tebing" << QStringList{};
    QTest::newRow("all always") << Overrides{{1, 5},  {2, 5},  {3, 5},  {4, 5},  {5, 5},  {6, 5},
                                             {7, 5},  {8, 5},  {9, 5},  {10, 5}, {11, 5}, {12, 5},
                                             {13, 5}, {14, 5}, {15, 5}, {16, 5}, {17, 5}, {18, 5},
                                             {19, 5}, {20, 5}, {21, 5}, {22, 5}, {23, 5}, {24, 5},
                                             {25, 5}, {26, 5}, {27, 5}, {28, 5}, {29, 5}, {30, 5},
                                             {31, 5}, {32, 5}, {33, 5}}
                                << "pinghe" << 9 << "no"
                                << "no"
                                << ""
                                << QStringList{QStringLiteral("equal_scores"),
                                               QStringLiteral("contradiction:yinxu+yangxu")};
}

void TestTcmConstitution::judgement()
{
    QFETCH(Overrides, overrides);
    QFETCH(QString, type);
    QFETCH(int, score);
    QFETCH(QString, result);
    QFETCH(QString, pinghe);
    QFETCH(QString, primary);
    QFETCH(QStringList, flags);
    auto a = TcmRules::standard().assess(answers(overrides));
    QVERIFY(a.ok());
    const auto *t = a->type(type);
    QVERIFY(t);
    QCOMPARE(t->score, score);
    QCOMPARE(Models::tcmResultCode(t->result), result);
    QCOMPARE(Models::tcmResultCode(a->type(QStringLiteral("pinghe"))->result), pinghe);
    QCOMPARE(a->primary, primary);
    QCOMPARE(a->flags, flags);
    const QJsonObject json = a->toJson();
    QCOMPARE(json.value(type).toObject().value(QStringLiteral("score")).toInt(), score);
    QCOMPARE(json.value(QStringLiteral("primary")).isNull(), primary.isEmpty());
}

void TestTcmConstitution::anchors_data()
{
    QTest::addColumn<int>("item");
    QTest::addColumn<double>("measured");
    QTest::addColumn<int>("value");
    QTest::newRow("bmi 23.9") << 9 << 23.9 << 1;
    QTest::newRow("bmi 24") << 9 << 24.0 << 2;
    QTest::newRow("bmi 24.99") << 9 << 24.99 << 2;
    QTest::newRow("bmi 25") << 9 << 25.0 << 3;
    QTest::newRow("bmi 25.99") << 9 << 25.99 << 3;
    QTest::newRow("bmi 26") << 9 << 26.0 << 4;
    QTest::newRow("bmi 27.99") << 9 << 27.99 << 4;
    QTest::newRow("bmi 28") << 9 << 28.0 << 5;
    QTest::newRow("waist 79.9") << 28 << 79.9 << 1;
    QTest::newRow("waist 80") << 28 << 80.0 << 2;
    QTest::newRow("waist 85") << 28 << 85.0 << 2;
    QTest::newRow("waist 85.5") << 28 << 85.5 << 3;
    QTest::newRow("waist 90") << 28 << 90.0 << 3;
    QTest::newRow("waist 91") << 28 << 91.0 << 4;
    QTest::newRow("waist 105") << 28 << 105.0 << 4;
    QTest::newRow("waist 105.5") << 28 << 105.5 << 5;
}

void TestTcmConstitution::anchors()
{
    QFETCH(int, item);
    QFETCH(double, measured);
    QFETCH(int, value);
    QCOMPARE(TcmRules::standard().anchorValue(item, measured), std::optional<int>(value));
}

void TestTcmConstitution::measuresSetTheirItems()
{
    const auto &rules = TcmRules::standard();
    QVERIFY(!rules.anchorValue(14, 3).has_value()); // colds: anchor text only, no measure
    QCOMPARE(rules.anchor(17)->levels.size(), 5);
    // BMI 26.1 -> item 9 = 4 and waist 92 -> item 28 = 4, whatever was answered: 痰湿 4+1+4+1.
    QJsonArray list;
    for (int i = 1; i <= 33; ++i)
        list.append(i == 9 ? QJsonValue() : QJsonValue(i == 28 ? 5 : 1));
    auto in = rules.inputFromJson(QJsonObject{{QStringLiteral("answers"), list},
                                              {QStringLiteral("bmi"), 26.1},
                                              {QStringLiteral("waist_cm"), 92}});
    QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
    auto a = rules.assess(*in);
    QVERIFY(a.ok());
    QCOMPARE(a->answers[8], 4);
    QCOMPARE(a->answers[27], 4);
    QCOMPARE(a->type(QStringLiteral("tanshi"))->score, 10);
    QCOMPARE(a->type(QStringLiteral("tanshi"))->result, TcmResult::Leaning);
}

void TestTcmConstitution::refusesBlankAndOutOfRange()
{
    const auto &rules = TcmRules::standard();
    TcmAnswers blank = answers({});
    blank[16] = 0;
    auto r = rules.assess(blank);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("item_17"));
    QVERIFY(r.error().message.contains(QStringLiteral("17")));
    auto six = rules.assess(answers({{3, 6}}));
    QVERIFY(!six.ok());
    QCOMPARE(six.error().field, QStringLiteral("item_3"));

    QJsonArray a;
    for (int i = 0; i < 33; ++i)
        a.append(1);
    QVERIFY(rules.inputFromJson(QJsonObject{{QStringLiteral("answers"), a}}).ok());
    QJsonArray nine = a;
    nine.replace(8, QJsonValue()); // item 9 blank without a BMI
    auto noBmi = rules.inputFromJson(QJsonObject{{QStringLiteral("answers"), nine}});
    QVERIFY(!noBmi.ok());
    QCOMPARE(noBmi.error().field, QStringLiteral("item_9"));
    QJsonArray shortList = a;
    shortList.removeLast();
    auto missing = rules.inputFromJson(QJsonObject{{QStringLiteral("answers"), shortList}});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().field, QStringLiteral("item_33"));
    QJsonArray half = a;
    half.replace(4, 2.5);
    QCOMPARE(rules.inputFromJson(QJsonObject{{QStringLiteral("answers"), half}}).error().field,
             QStringLiteral("item_5"));
    auto badBmi = rules.inputFromJson(
        QJsonObject{{QStringLiteral("answers"), a}, {QStringLiteral("bmi"), 3}});
    QVERIFY(!badBmi.ok());
    QCOMPARE(badBmi.error().field, QStringLiteral("bmi"));
}

void TestTcmConstitution::guidanceForEveryConstitution()
{
    const auto &rules = TcmRules::standard();
    QCOMPARE(rules.guidanceDomains().size(), 6); // five domains and 其他
    for (const auto &c : rules.constitutions())
        for (const QString &d : rules.guidanceDomains())
            if (d != QLatin1String("other"))
                QVERIFY2(!c.guidance.value(d).isEmpty(), qPrintable(c.code + QLatin1Char('/') + d));
}

// Every text the dialogs and the printer show has its English (the children's schedule too); the
// accessors follow the language at call time, the CLI's JSON stays Chinese.
void TestTcmConstitution::englishBesideChinese()
{
    const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    const auto &rules = TcmRules::standard();
    const auto &child = Models::TcmChildSchedule::standard();
    const auto a = rules.assess(answers({{2, 5}, {3, 5}, {4, 5}, {14, 5}}));
    QVERIFY(a.ok());
    Models::CodeTable::setEnglish(true);
    QStringList shown;
    for (int n = 1; n <= Models::TcmQuestionCount; ++n) {
        shown << rules.question(n);
        if (const auto *anchor = rules.anchor(n))
            for (const auto &l : anchor->levels)
                shown << l.displayLabel();
    }
    for (int v = 1; v <= 5; ++v)
        shown << rules.scaleLabel(v) << rules.scaleShortLabel(v);
    for (const QString &d : rules.guidanceDomains())
        shown << rules.guidanceDomainLabel(d);
    for (const auto &c : rules.constitutions()) {
        shown << c.displayLabel();
        for (const QString &d : rules.guidanceDomains())
            if (d != QLatin1String("other"))
                shown << c.guidanceText(d);
    }
    for (auto r : {TcmResult::Yes, TcmResult::Leaning, TcmResult::Basic, TcmResult::No})
        shown << a->displayResultLabel(r);
    for (const auto &s : child.services())
        shown << s.displayLabel();
    for (const auto &v : child.visits())
        shown << v.displayTechnique();
    const QString never = rules.scaleShortLabel(1);
    const QString qixu = rules.constitution(QStringLiteral("qixu"))->displayLabel();
    Models::CodeTable::setEnglish(false);
    for (const QString &s : shown)
        QVERIFY2(!s.isEmpty() && !s.contains(cjk), qPrintable(s));
    QCOMPARE(never, QStringLiteral("Never"));
    QCOMPARE(qixu, QStringLiteral("Qi deficiency"));
    QCOMPARE(rules.scaleShortLabel(1), QStringLiteral("没有"));
    QCOMPARE(rules.constitution(QStringLiteral("qixu"))->displayLabel(), QStringLiteral("气虚质"));
    QCOMPARE(a->toJson().value(QStringLiteral("qixu")).toObject().value(QStringLiteral("result")),
             QJsonValue(QStringLiteral("是")));
}

QTEST_GUILESS_MAIN(TestTcmConstitution)
#include "tst_tcmconstitution.moc"
