// resources/rules/indicators.json is valid, says what it counts in words and names its sources;
// a broken definition is refused with the indicator's id and the reason.
#include "indicatorcatalog.h"
#include "indicatorsql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Models;

class TestIndicatorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void shippedFileIsValid();
    void everyIndicatorSaysWhatItCounts();
    void nationalTargetsCarryTheirSource();
    void brokenDefinitionRefused_data();
    void brokenDefinitionRefused();
    void markersAndParametersOutsideLiterals();

private:
    static QJsonObject shipped();
};

QJsonObject TestIndicatorCatalog::shipped()
{
    QFile f(QStringLiteral(":/rules/indicators.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void TestIndicatorCatalog::shippedFileIsValid()
{
    auto c = IndicatorCatalog::load(QStringLiteral(":/rules/indicators.json"));
    QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().message));
    QVERIFY(!c->version().isEmpty());
    QVERIFY(c->indicators().size() >= 20);
    QCOMPARE(IndicatorCatalog::get().indicators().size(), c->indicators().size());
    for (const QString &id :
         {"record_rate", "e_record_rate", "record_use_rate", "sign_rate", "key_sign_rate",
          "renewal_rate", "htn_management_rate", "dm_management_rate", "htn_standard_rate",
          "dm_standard_rate", "bp_control_rate", "fbg_control_rate", "elderly_management_rate",
          "certificate_rate", "vaccine_hepb", "vaccine_timely"})
        QVERIFY2(c->find(id), qPrintable(id));
}

void TestIndicatorCatalog::everyIndicatorSaysWhatItCounts()
{
    for (const IndicatorDefinition &d : IndicatorCatalog::get().indicators()) {
        QVERIFY2(!d.numerator.words.isEmpty() && !d.denominator.words.isEmpty(), qPrintable(d.id));
        QVERIFY2(!d.numerator.wordsEn.isEmpty() && !d.denominator.wordsEn.isEmpty(),
                 qPrintable(d.id));
        QVERIFY2(!d.nameEn.isEmpty() && !d.source.isEmpty(), qPrintable(d.id));
        // The population denominators use the one predicate (population.h), the rest is data.
        if (!d.usesPlanner()) {
            QVERIFY2(d.denominator.sql.contains(QStringLiteral("{living:")), qPrintable(d.id));
            QVERIFY2(!d.denominator.sql.contains(QStringLiteral("life_date")), qPrintable(d.id));
            QVERIFY2(!d.numerator.sql.contains(QStringLiteral("life_date")), qPrintable(d.id));
        }
    }
    // 建档率's denominator says plainly what stands in when no population is set.
    const IndicatorDefinition *r = IndicatorCatalog::get().find(QStringLiteral("record_rate"));
    QVERIFY(r);
    QCOMPARE(r->denominator.count, IndicatorSide::Count::Population);
    QVERIFY(r->denominator.words.contains(QStringLiteral("常住人口")));
    QVERIFY(r->denominator.words.contains(QStringLiteral("100%")));
    // 重点人群签约率 divides by the key population, not by the signed residents.
    QVERIFY(IndicatorCatalog::get().find(QStringLiteral("key_sign_rate")));
    QVERIFY(IndicatorCatalog::get()
                .find(QStringLiteral("key_sign_rate"))
                ->denominator.words.contains(QStringLiteral("而非全部签约居民")));
}

void TestIndicatorCatalog::nationalTargetsCarryTheirSource()
{
    const IndicatorCatalog &c = IndicatorCatalog::get();
    QCOMPARE(*c.find(QStringLiteral("htn_standard_rate"))->target, 70.0);
    QCOMPARE(*c.find(QStringLiteral("dm_standard_rate"))->target, 70.0);
    QCOMPARE(*c.find(QStringLiteral("sign_rate"))->target, 75.0);
    QCOMPARE(*c.find(QStringLiteral("key_sign_rate"))->target, 85.0);
    QCOMPARE(*c.find(QStringLiteral("certificate_rate"))->target, 90.0);
    QCOMPARE(*c.find(QStringLiteral("vaccine_mmr"))->target, 90.0);
    QVERIFY(c.find(QStringLiteral("sign_rate"))->targetSource.contains(QStringLiteral("2035")));
    QVERIFY(
        c.find(QStringLiteral("htn_standard_rate"))->targetSource.contains(QStringLiteral("2030")));
    for (const IndicatorDefinition &d : c.indicators())
        QVERIFY2(!d.targetSource.isEmpty(), qPrintable(d.id));
    QCOMPARE(c.setting(QStringLiteral("prevalence_hypertension"))->defaultValue, 0.252);
    QCOMPARE(c.setting(QStringLiteral("prevalence_diabetes"))->defaultValue, 0.097);
}

// Each row changes one thing of the shipped file's first indicator (or adds one).
void TestIndicatorCatalog::brokenDefinitionRefused_data()
{
    QTest::addColumn<QString>("path"); // key path in the first indicator, "." separated
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason"); // a piece of the message
    const QString den = QStringLiteral("SELECT r.id FROM resident r WHERE {living:r} AND {area:r}");
    QTest::newRow("no living") << "denominator.sql"
                               << QJsonValue(
                                      QStringLiteral("SELECT r.id FROM resident r WHERE {area:r}"))
                               << "{living:";
    QTest::newRow("no area") << "denominator.sql"
                             << QJsonValue(
                                    QStringLiteral("SELECT r.id FROM resident r WHERE {living:r}"))
                             << "{area:";
    QTest::newRow("unknown marker")
        << "numerator.sql"
        << QJsonValue(QStringLiteral("SELECT r.id FROM resident r WHERE {dead:r}")) << "{dead}";
    QTest::newRow("marker without alias")
        << "numerator.sql"
        << QJsonValue(QStringLiteral("SELECT r.id FROM resident r WHERE {living}")) << "{living:r}";
    QTest::newRow("unknown parameter")
        << "numerator.sql"
        << QJsonValue(QStringLiteral("SELECT r.id FROM resident r WHERE r.birth_date < :since"))
        << ":since";
    QTest::newRow("two statements")
        << "numerator.sql" << QJsonValue(den + QStringLiteral("; DELETE FROM resident"))
        << "一条语句";
    QTest::newRow("not a select") << "numerator.sql"
                                  << QJsonValue(QStringLiteral("DELETE FROM resident")) << "SELECT";
    QTest::newRow("no words") << "numerator.words" << QJsonValue(QString()) << "words";
    QTest::newRow("target over 100") << "target.value" << QJsonValue(120) << "0 到 100";
    QTest::newRow("target without source")
        << "target.source" << QJsonValue(QString()) << "target.source";
    QTest::newRow("unknown programme")
        << "programme" << QJsonValue(QStringLiteral("dental")) << "dental";
    QTest::newRow("bad direction")
        << "direction" << QJsonValue(QStringLiteral("up")) << "direction";
    QTest::newRow("count on numerator")
        << "numerator.count" << QJsonValue(QStringLiteral("population")) << "count";
    QTest::newRow("unknown count")
        << "denominator.count" << QJsonValue(QStringLiteral("census")) << "census";
    QTest::newRow("bad id") << "id" << QJsonValue(QStringLiteral("Sign Rate")) << "id";
    QTest::newRow("planner series unknown")
        << "planner" << QJsonValue(QJsonObject{{"series", "Rabies"}, {"measure", "given"}})
        << "Rabies";
}

void TestIndicatorCatalog::brokenDefinitionRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject file = shipped();
    QJsonArray list = file.value(QStringLiteral("indicators")).toArray();
    QJsonObject first = list.first().toObject();
    const QString id = first.value(QStringLiteral("id")).toString();
    const QStringList keys = path.split(QLatin1Char('.'));
    if (keys.size() == 1) {
        first.insert(keys.at(0), value);
    } else {
        QJsonObject inner = first.value(keys.at(0)).toObject();
        inner.insert(keys.at(1), value);
        first.insert(keys.at(0), inner);
    }
    if (keys.at(0) == QLatin1String("planner")) { // planner indicators carry no SQL
        QJsonObject n = first.value(QStringLiteral("numerator")).toObject();
        QJsonObject d = first.value(QStringLiteral("denominator")).toObject();
        n.remove(QStringLiteral("sql"));
        d.remove(QStringLiteral("sql"));
        d.remove(QStringLiteral("count"));
        first.insert(QStringLiteral("numerator"), n);
        first.insert(QStringLiteral("denominator"), d);
    }
    list.replace(0, first);
    file.insert(QStringLiteral("indicators"), list);
    auto c = IndicatorCatalog::parse(QJsonDocument(file).toJson());
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, QStringLiteral("indicator.definition"));
    const QString shownId = path == QLatin1String("id") ? value.toString() : id;
    QVERIFY2(c.error().message.contains(shownId), qPrintable(c.error().message));
    QVERIFY2(c.error().message.contains(reason), qPrintable(c.error().message));

    // And the same file without the change loads.
    QVERIFY(IndicatorCatalog::parse(QJsonDocument(shipped()).toJson()).ok());
}

void TestIndicatorCatalog::markersAndParametersOutsideLiterals()
{
    const QString sql = QStringLiteral(
        "SELECT r.id FROM resident r WHERE {living:r} AND r.birth_date > date(:to, '-12 months')"
        " AND json_extract(r.x, '$.a:b {x}') IS NULL AND {area:r} -- :nothing {here}\n");
    const auto m = IndicatorSql::markers(sql);
    QCOMPARE(m.size(), 2);
    QCOMPARE(m.at(0).kind, QStringLiteral("living"));
    QCOMPARE(m.at(0).alias, QStringLiteral("r"));
    QCOMPARE(IndicatorSql::parameters(sql), QStringList{QStringLiteral("to")});
    QCOMPARE(IndicatorSql::expand(sql,
                                  [](const IndicatorSql::Marker &x) {
                                      return QStringLiteral("<") + x.kind + QStringLiteral(">");
                                  })
                 .count(QStringLiteral("<")),
             2);
    QVERIFY(IndicatorSql::problem(sql, true, {QStringLiteral("to")}).isEmpty());
}

QTEST_GUILESS_MAIN(TestIndicatorCatalog)
#include "tst_indicatorcatalog.moc"
