// The 老年人生活自理能力评估表 scored from resources/rules/elderly_selfcare.json, checked against
// totals worked by hand from the paper form (docs/domain/elderly.md 2).
#include "codetable.h"
#include "selfcare.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using Models::SelfCareRules;

class TestSelfCare : public QObject
{
    Q_OBJECT

private slots:
    void itemPoints_data();
    void itemPoints();
    void totalsAndBands_data();
    void totalsAndBands();
    void refusesIncompleteInput();
    void refusesBrokenRules();
    void englishBesideChinese();
};

void TestSelfCare::itemPoints_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("points");
    // The form's own points per column; "—" cells (eating, dressing 轻度依赖) score 0.
    const struct
    {
        const char *item;
        int p[4];
    } rows[] = {{"eating", {0, 0, 3, 5}},
                {"grooming", {0, 1, 3, 7}},
                {"dressing", {0, 0, 3, 5}},
                {"toilet", {0, 1, 5, 10}},
                {"activity", {0, 1, 5, 10}}};
    for (const auto &r : rows)
        for (int l = 0; l < 4; ++l)
            QTest::addRow("%s-%d", r.item, l) << QString::fromLatin1(r.item) << l << r.p[l];
}

void TestSelfCare::itemPoints()
{
    QFETCH(QString, item);
    QFETCH(int, level);
    QFETCH(int, points);
    QMap<QString, int> levels{{QStringLiteral("eating"), 0},
                              {QStringLiteral("grooming"), 0},
                              {QStringLiteral("dressing"), 0},
                              {QStringLiteral("toilet"), 0},
                              {QStringLiteral("activity"), 0}};
    levels[item] = level;
    auto r = SelfCareRules::standard().score(levels);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->points.value(item), points);
    QCOMPARE(r->score, points);
}

void TestSelfCare::totalsAndBands_data()
{
    QTest::addColumn<QList<int>>("levels"); // eating, grooming, dressing, toilet, activity
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("band");
    QTest::addColumn<int>("checkup");
    QTest::newRow("all independent 0") << QList<int>{0, 0, 0, 0, 0} << 0 << "可自理" << 1;
    QTest::newRow("3 upper edge of 可自理") << QList<int>{2, 0, 0, 0, 0} << 3 << "可自理" << 1;
    QTest::newRow("4 lower edge of 轻度") << QList<int>{2, 1, 0, 0, 0} << 4 << "轻度依赖" << 2;
    QTest::newRow("8 upper edge of 轻度") << QList<int>{2, 0, 0, 2, 0} << 8 << "轻度依赖" << 2;
    QTest::newRow("9 lower edge of 中度") << QList<int>{2, 1, 0, 2, 0} << 9 << "中度依赖" << 3;
    QTest::newRow("issue example 15") << QList<int>{2, 1, 0, 3, 1} << 15 << "中度依赖" << 3;
    QTest::newRow("18 upper edge of 中度") << QList<int>{2, 0, 0, 2, 3} << 18 << "中度依赖" << 3;
    QTest::newRow("19 lower edge of 不能自理")
        << QList<int>{2, 1, 0, 2, 3} << 19 << "不能自理" << 4;
    QTest::newRow("37 maximum") << QList<int>{3, 3, 3, 3, 3} << 37 << "不能自理" << 4;
    QTest::newRow("— columns score 0") << QList<int>{1, 0, 1, 0, 0} << 0 << "可自理" << 1;
}

void TestSelfCare::totalsAndBands()
{
    QFETCH(QList<int>, levels);
    QFETCH(int, score);
    QFETCH(QString, band);
    QFETCH(int, checkup);
    const QStringList codes{QStringLiteral("eating"), QStringLiteral("grooming"),
                            QStringLiteral("dressing"), QStringLiteral("toilet"),
                            QStringLiteral("activity")};
    QJsonObject in;
    for (int i = 0; i < codes.size(); ++i)
        in.insert(codes.at(i), levels.at(i));
    auto r = SelfCareRules::standard().scoreJson(in);
    QVERIFY(r.ok());
    QCOMPARE(r->score, score);
    QCOMPARE(r->band.label, band);
    QCOMPARE(r->band.checkupValue, checkup);
    const QJsonObject out = r->toJson();
    QCOMPARE(out.value(QStringLiteral("score")).toInt(), score);
    QCOMPARE(out.value(QStringLiteral("band")).toString(), band);
    int sum = 0;
    for (const auto &v : out.value(QStringLiteral("items")).toObject())
        sum += v.toInt();
    QCOMPARE(sum, score);
}

void TestSelfCare::refusesIncompleteInput()
{
    const auto &rules = SelfCareRules::standard();
    auto missing = rules.scoreJson(QJsonObject{{QStringLiteral("eating"), 0},
                                               {QStringLiteral("grooming"), 0},
                                               {QStringLiteral("dressing"), 0},
                                               {QStringLiteral("activity"), 0}});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().field, QStringLiteral("toilet"));
    QVERIFY(missing.error().message.contains(QStringLiteral("如厕")));

    QJsonObject full{{QStringLiteral("eating"), 0},
                     {QStringLiteral("grooming"), 0},
                     {QStringLiteral("dressing"), 0},
                     {QStringLiteral("toilet"), 0},
                     {QStringLiteral("activity"), 0}};
    for (const QJsonValue bad : {QJsonValue(4), QJsonValue(-1), QJsonValue(1.5),
                                 QJsonValue(QStringLiteral("2")), QJsonValue()}) {
        QJsonObject in = full;
        in.insert(QStringLiteral("activity"), bad);
        auto r = rules.scoreJson(in);
        QVERIFY2(!r.ok(), qPrintable(QJsonDocument(in).toJson(QJsonDocument::Compact)));
        QCOMPARE(r.error().field, QStringLiteral("activity"));
    }
    QJsonObject extra = full;
    extra.insert(QStringLiteral("bathing"), 0);
    auto unknown = rules.scoreJson(extra);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().field, QStringLiteral("bathing"));
}

void TestSelfCare::refusesBrokenRules()
{
    QFile f(QStringLiteral(":/rules/elderly_selfcare.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject good = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(SelfCareRules::fromJson(good).ok());
    // A gap between bands (轻度 starting at 5) is refused.
    QJsonObject gap = good;
    QJsonArray bands = gap.value(QStringLiteral("bands")).toArray();
    QJsonObject mild = bands.at(1).toObject();
    mild.insert(QStringLiteral("min"), 5);
    bands.replace(1, mild);
    gap.insert(QStringLiteral("bands"), bands);
    QVERIFY(!SelfCareRules::fromJson(gap).ok());
    // An item with three columns is refused.
    QJsonObject shortItem = good;
    QJsonArray items = shortItem.value(QStringLiteral("items")).toArray();
    QJsonObject eating = items.at(0).toObject();
    eating.insert(QStringLiteral("points"), QJsonArray{0, 3, 5});
    items.replace(0, eating);
    shortItem.insert(QStringLiteral("items"), items);
    QVERIFY(!SelfCareRules::fromJson(shortItem).ok());
}

// Every text a screen shows has its English; the accessors follow the language at call time and
// the CLI's JSON stays Chinese in both.
void TestSelfCare::englishBesideChinese()
{
    const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    const auto &rules = SelfCareRules::standard();
    Models::CodeTable::setEnglish(true);
    QStringList shown;
    for (int l = 0; l < 4; ++l)
        shown << rules.levelLabel(l);
    for (const auto &item : rules.items()) {
        shown << item.displayLabel() << item.shortLabel();
        for (int l = 0; l < 4; ++l)
            shown << item.displayChoice(l);
    }
    for (const auto &b : rules.bands())
        shown << b.displayLabel();
    const QString eating = rules.items().at(0).shortLabel();
    const auto scored = rules.score({{QStringLiteral("eating"), 2},
                                     {QStringLiteral("grooming"), 1},
                                     {QStringLiteral("dressing"), 0},
                                     {QStringLiteral("toilet"), 1},
                                     {QStringLiteral("activity"), 2}});
    Models::CodeTable::setEnglish(false);
    for (const QString &s : shown)
        QVERIFY2(!s.isEmpty() && !s.contains(cjk), qPrintable(s));
    QCOMPARE(eating, QStringLiteral("Eating"));
    QVERIFY(scored.ok());
    QCOMPARE(scored->toJson().value(QStringLiteral("band")).toString(), QStringLiteral("中度依赖"));
    QCOMPARE(rules.items().at(0).shortLabel(), QStringLiteral("进餐"));
    QCOMPARE(rules.levelLabel(3), QStringLiteral("不能自理"));
}

QTEST_GUILESS_MAIN(TestSelfCare)
#include "tst_selfcare.moc"
