// The engine answers some SELECTs of indicators.json as an intersection of simpler ones
// (IndicatorSql::split: the key population as a union of sets, a table joined to its residents as
// two sets) instead of running them whole. Here: which shapes are split and how, and, on a
// generated demo township, every indicator computed both ways (the shipped file, and the same file
// with "resident AS r", which no split recognises, so SQLite runs each SELECT as written) must
// give the same numbers for every village and the same residents behind them.
#include "database.h"
#include "demogenerator.h"
#include "indicatorengine.h"
#include "indicatorsql.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Models;

class TestIndicatorSplit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void shapes_data();
    void shapes();
    void sameAsWholeSql_data();
    void sameAsWholeSql();

private:
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("indicatorsplit");
    const QDate m_today{2026, 9, 30};
    std::optional<IndicatorCatalog> m_whole; // the shipped file, every SELECT run as written
};

void TestIndicatorSplit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(openDatabase(m_conn, m_dir.filePath(QStringLiteral("demo.db"))).ok());
    DemoOptions o;
    o.residents = 3000;
    o.seed = 11;
    o.today = m_today;
    auto g = DemoGenerator::generate(m_conn, Scope::administrator(), o);
    QVERIFY2(g.ok(), qPrintable(g ? QString() : g.error().detail));

    QFile f(QStringLiteral(":/rules/indicators.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    const qsizetype before = json.count("resident r ");
    json.replace("resident r ", "resident AS r ");
    QVERIFY(before > 10);
    auto whole = IndicatorCatalog::parse(json);
    QVERIFY2(whole.ok(), qPrintable(whole ? QString() : whole.error().message));
    m_whole = std::move(whole).value();
    // The rewritten file is split nowhere; the shipped one in several places.
    int split = 0;
    for (const IndicatorDefinition &d : IndicatorCatalog::get().indicators())
        for (const IndicatorSide *s : {&d.numerator, &d.denominator})
            split += !IndicatorSql::split(s->sql).isEmpty();
    for (const IndicatorDefinition &d : m_whole->indicators())
        for (const IndicatorSide *s : {&d.numerator, &d.denominator})
            QVERIFY2(IndicatorSql::split(s->sql).isEmpty(), qPrintable(s->sql));
    QVERIFY2(split >= 5, qPrintable(QString::number(split)));
}

void TestIndicatorSplit::cleanupTestCase()
{
    closeDatabase(m_conn);
}

void TestIndicatorSplit::shapes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("selects");
    QTest::addColumn<bool>("key");
    const QString pop = QStringLiteral("SELECT r.id FROM resident r WHERE {living:r} AND {area:r}");
    QTest::newRow("key population")
        << pop + QStringLiteral(" AND {key_population:r}") << QStringList{pop} << true;
    QTest::newRow("key population in the middle")
        << QStringLiteral("SELECT r.id FROM resident r WHERE {living:r} AND {key_population:r} "
                          "AND r.birth_date BETWEEN :from AND :to")
        << QStringList{QStringLiteral("SELECT r.id FROM resident r WHERE {living:r} AND "
                                      "r.birth_date BETWEEN :from AND :to")}
        << true;
    QTest::newRow("key population under an OR")
        << pop + QStringLiteral(" OR r.sex = 'F' AND {key_population:r}") << QStringList{} << false;
    QTest::newRow("OR inside parentheses is fine")
        << pop + QStringLiteral(" AND (r.sex = 'F' OR r.sex = 'M') AND {key_population:r}")
        << QStringList{pop + QStringLiteral(" AND (r.sex = 'F' OR r.sex = 'M')")} << true;
    QTest::newRow("no marker, no split") << pop << QStringList{} << false;
    QTest::newRow("compound") << pop + QStringLiteral(" AND {key_population:r} UNION SELECT 1")
                              << QStringList{} << false;
    QTest::newRow("CASE") << pop + QStringLiteral(" AND CASE WHEN r.sex = 'F' AND 1 THEN 1 END AND "
                                                  "{key_population:r}")
                          << QStringList{} << false;
    QTest::newRow("comment") << pop + QStringLiteral(" AND {key_population:r} -- x")
                             << QStringList{} << false;
    QTest::newRow("a table joined to its residents")
        << QStringLiteral("SELECT r.id FROM contract c CROSS JOIN resident r ON r.id = "
                          "c.resident_id WHERE {living:r} AND {area:r} AND c.deleted = 0 AND "
                          "c.end_date BETWEEN :from AND :to AND (c.terminated_on IS NULL OR "
                          "c.terminated_on > c.end_date)")
        << QStringList{pop, QStringLiteral("SELECT c.resident_id FROM contract c WHERE c.deleted "
                                           "= 0 AND c.end_date BETWEEN :from AND :to AND "
                                           "(c.terminated_on IS NULL OR c.terminated_on > "
                                           "c.end_date)")}
        << false;
    QTest::newRow("a condition naming both")
        << QStringLiteral("SELECT r.id FROM contract c CROSS JOIN resident r ON r.id = "
                          "c.resident_id WHERE {living:r} AND c.start_date >= r.birth_date")
        << QStringList{} << false;
    QTest::newRow("a condition naming neither")
        << QStringLiteral("SELECT r.id FROM contract c CROSS JOIN resident r ON r.id = "
                          "c.resident_id WHERE {living:r} AND c.deleted = 0 AND life_date IS NULL")
        << QStringList{} << false;
    QTest::newRow("a plain join is left alone")
        << QStringLiteral("SELECT r.id FROM contract c JOIN resident r ON r.id = c.resident_id "
                          "WHERE {living:r} AND c.deleted = 0")
        << QStringList{} << false;
    QTest::newRow("another column than resident_id")
        << QStringLiteral("SELECT r.id FROM pregnancy_child c CROSS JOIN resident r ON r.id = "
                          "c.child_id WHERE {living:r} AND c.deleted = 0")
        << QStringList{} << false;
    QTest::newRow("a parameter named like a keyword")
        << QStringLiteral("SELECT r.id FROM contract c CROSS JOIN resident r ON r.id = "
                          "c.resident_id WHERE {living:r} AND c.start_date <= :to AND "
                          "c.cover_end >= :from")
        << QStringList{QStringLiteral("SELECT r.id FROM resident r WHERE {living:r}"),
                       QStringLiteral("SELECT c.resident_id FROM contract c WHERE c.start_date "
                                      "<= :to AND c.cover_end >= :from")}
        << false;
}

void TestIndicatorSplit::shapes()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, selects);
    QFETCH(bool, key);
    const IndicatorSql::Split s = IndicatorSql::split(sql);
    QCOMPARE(s.selects, selects);
    QCOMPARE(s.keyPopulation, key);
}

void TestIndicatorSplit::sameAsWholeSql_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("village"); // empty: the township
    QTest::newRow("2025") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QString();
    QTest::newRow("2026 to date") << QDate(2026, 1, 1) << m_today << QString();
    QTest::newRow("a quarter") << QDate(2026, 4, 1) << QDate(2026, 6, 30) << QString();
    QTest::newRow("one village") << QDate(2026, 1, 1) << m_today << QStringLiteral("first");
}

void TestIndicatorSplit::sameAsWholeSql()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, village);
    const IndicatorPeriod period{from, to};
    const Scope admin = Scope::administrator();
    const IndicatorEngine split(m_conn), whole(m_conn, *m_whole);
    auto township = split.evaluate(admin, period, IndicatorArea::township());
    QVERIFY(township.ok());
    IndicatorArea area = IndicatorArea::township();
    if (!village.isEmpty()) {
        QVERIFY(!township->results.first().villages.isEmpty());
        area = IndicatorArea::village(township->results.first().villages.first().code);
    }
    auto a = split.evaluate(admin, period, area);
    auto b = whole.evaluate(admin, period, area);
    QVERIFY(a.ok());
    QVERIFY(b.ok());
    QCOMPARE(a->results.size(), b->results.size());
    int nonZero = 0;
    for (int i = 0; i < a->results.size(); ++i) {
        const IndicatorResult &x = a->results.at(i), &y = b->results.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.total.numerator, y.total.numerator);
        QCOMPARE(x.total.denominatorResidents, y.total.denominatorResidents);
        QCOMPARE(x.total.denominator, y.total.denominator);
        QCOMPARE(x.villages.size(), y.villages.size());
        for (int v = 0; v < x.villages.size(); ++v) {
            QCOMPARE(x.villages.at(v).code, y.villages.at(v).code);
            QCOMPARE(x.villages.at(v).count.numerator, y.villages.at(v).count.numerator);
            QCOMPARE(x.villages.at(v).count.denominatorResidents,
                     y.villages.at(v).count.denominatorResidents);
        }
        nonZero += x.total.numerator > 0;
    }
    QVERIFY(nonZero > 10); // not a comparison of empty sets
    // The residents behind the split numbers, one by one.
    for (const QString &id :
         {QStringLiteral("key_sign_rate"), QStringLiteral("renewal_rate"),
          QStringLiteral("htn_standard_rate"), QStringLiteral("fbg_control_rate")}) {
        for (IndicatorSet which : {IndicatorSet::Numerator, IndicatorSet::Denominator}) {
            auto p = split.residents(admin, id, period, area, which);
            auto q = whole.residents(admin, id, period, area, which);
            QVERIFY(p.ok());
            QVERIFY(q.ok());
            QCOMPARE(p->people.size(), q->people.size());
            for (int k = 0; k < p->people.size(); ++k)
                QCOMPARE(p->people.at(k).residentId, q->people.at(k).residentId);
        }
    }
}

QTEST_GUILESS_MAIN(TestIndicatorSplit)
#include "tst_indicatorsplit.moc"
