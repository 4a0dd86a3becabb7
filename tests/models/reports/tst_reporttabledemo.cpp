// The report tables on a generated demo township: 07-1 and fd checked village by village
// against independent SQL written here (another shape of query than the definitions'), and
// every table's 合计 the sum of its villages.
#include "reporttablefixture.h"

#include "demogenerator.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace ReportFixture;

class TestReportTableDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hypertensionAgainstIndependentSql_data();
    void hypertensionAgainstIndependentSql();
    void signingAgainstIndependentSql();
    void everyTableAddsUp();

private:
    QHash<QString, qint64> perVillage(const QString &sql, const QVariantList &binds) const;
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("demo");
    QStringList m_villages;
};

void TestReportTableDemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, m_dir.filePath(QStringLiteral("demo.db"))));
    DemoOptions o;
    o.residents = 3000;
    o.seed = 11;
    auto sum = DemoGenerator::generate(m_conn, Scope::administrator(), o);
    QVERIFY2(sum, why(sum).constData());
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM area WHERE level = 'village' ORDER BY code")));
    while (q.next())
        m_villages << q.value(0).toString();
    QVERIFY(m_villages.size() >= 2);
    // Some residents leave the population, so the predicate has something to do.
    QVERIFY(q.exec(QStringLiteral("UPDATE resident SET life_status = 'deceased', life_date = "
                                  "date('now', '-200 days') WHERE rid % 97 = 0")));
}

void TestReportTableDemo::cleanupTestCase()
{
    closeDatabase(m_conn);
}

QHash<QString, qint64> TestReportTableDemo::perVillage(const QString &sql,
                                                       const QVariantList &binds) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QHash<QString, qint64> out;
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

void TestReportTableDemo::hypertensionAgainstIndependentSql_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("visits"); // face-to-face follow-ups that make 规范管理
    const int year = QDate::currentDate().year() - 1;
    QTest::newRow("last year") << QDate(year, 1, 1) << QDate(year, 12, 31) << 4;
    QTest::newRow("its third quarter") << QDate(year, 7, 1) << QDate(year, 9, 30) << 1;
    QTest::newRow("its May") << QDate(year, 5, 1) << QDate(year, 5, 31) << 1;
}

void TestReportTableDemo::hypertensionAgainstIndependentSql()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, visits);
    const ReportTable t = compute(m_conn, QStringLiteral("07-1"), ReportPeriod::range(from, to));
    QCOMPARE(t.rows.size(), m_villages.size() + 1);
    const QString f = from.toString(Qt::ISODate), e = to.toString(Qt::ISODate);
    // One registration per row, each count a correlated subquery of its own.
    const QString managed =
        QStringLiteral("FROM chronic_registration g JOIN resident r ON r.id = g.resident_id"
                       " WHERE g.programme = 'hypertension' AND g.deleted = 0 AND r.deleted = 0"
                       " AND g.registered_on <= '%2' AND (g.closed_on IS NULL OR g.closed_on >= "
                       "'%1')")
            .arg(f, e);
    const QString faceToFace =
        QStringLiteral("(SELECT count(*) FROM chronic_followup x WHERE x.registration_id = g.id"
                       " AND x.deleted = 0 AND x.mode IN (1, 2) AND x.visit_date >= '%1'"
                       " AND x.visit_date <= '%2')")
            .arg(f, e);
    const QString lastBp =
        QStringLiteral("(SELECT x.sbp < 140 AND x.dbp < 90 FROM chronic_followup x"
                       " WHERE x.registration_id = g.id AND x.deleted = 0"
                       " AND x.sbp IS NOT NULL AND x.dbp IS NOT NULL AND x.visit_date >= "
                       "'%1' AND x.visit_date <= '%2'"
                       " ORDER BY x.visit_date DESC, x.created_at DESC LIMIT 1)")
            .arg(f, e);
    const QString signedIn =
        QStringLiteral("(SELECT count(*) FROM contract c WHERE c.resident_id = g.resident_id"
                       " AND c.deleted = 0 AND NOT (c.cover_end < '%1' OR c.start_date > '%2'))")
            .arg(f, e);
    const QString visitsIn =
        QStringLiteral("(SELECT count(*) FROM chronic_followup x WHERE x.registration_id = g.id"
                       " AND x.deleted = 0 AND x.visit_date BETWEEN '%1' AND '%2')")
            .arg(f, e);
    const QHash<QString, QHash<QString, qint64>> expected = {
        {QStringLiteral("managed"),
         perVillage(QStringLiteral("SELECT r.village_code, count(*) %1 GROUP BY 1").arg(managed),
                    {})},
        {QStringLiteral("standard"),
         perVillage(QStringLiteral("SELECT r.village_code, count(*) %1 AND %2 >= ? GROUP BY 1")
                        .arg(managed, faceToFace),
                    {visits})},
        {QStringLiteral("controlled"),
         perVillage(QStringLiteral("SELECT r.village_code, count(*) %1 AND %2 = 1 GROUP BY 1")
                        .arg(managed, lastBp),
                    {})},
        {QStringLiteral("signed"),
         perVillage(QStringLiteral("SELECT r.village_code, count(*) %1 AND %2 > 0 GROUP BY 1")
                        .arg(managed, signedIn),
                    {})},
        {QStringLiteral("followups"),
         perVillage(
             QStringLiteral("SELECT r.village_code, sum(%2) %1 GROUP BY 1").arg(managed, visitsIn),
             {})},
    };
    qint64 managedAll = 0, standardAll = 0;
    for (const QString &village : m_villages)
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const double got = value(t, village, it.key());
            QVERIFY2(got == double(it.value().value(village)),
                     qPrintable(QStringLiteral("%1 %2: table %3, SQL %4")
                                    .arg(village, it.key())
                                    .arg(got)
                                    .arg(it.value().value(village))));
            managedAll += it.key() == QLatin1String("managed") ? qint64(got) : 0;
            standardAll += it.key() == QLatin1String("standard") ? qint64(got) : 0;
        }
    QVERIFY2(managedAll > 20 && standardAll > 0, "the township has patients to count");
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
}

void TestReportTableDemo::signingAgainstIndependentSql()
{
    const int year = QDate::currentDate().year() - 1;
    const ReportTable t = compute(m_conn, QStringLiteral("fd"), ReportPeriod::year(year));
    const QString e = QStringLiteral("%1-12-31").arg(year),
                  f = QStringLiteral("%1-01-01").arg(year);
    const QString living =
        QStringLiteral("FROM resident r WHERE r.deleted = 0 AND (r.life_date IS NULL OR "
                       "r.life_date > '%1')")
            .arg(e);
    const auto population =
        perVillage(QStringLiteral("SELECT village_code, count(*) %1 GROUP BY 1").arg(living), {});
    const auto signedPeople = perVillage(
        QStringLiteral("SELECT village_code, count(*) %1 AND r.id IN (SELECT resident_id FROM "
                       "contract WHERE deleted = 0 AND start_date <= '%2' AND cover_end >= '%3')"
                       " GROUP BY 1")
            .arg(living, e, f),
        {});
    qint64 all = 0;
    for (const QString &village : m_villages) {
        QCOMPARE(value(t, village, QStringLiteral("population")),
                 double(population.value(village)));
        QCOMPARE(value(t, village, QStringLiteral("signed")), double(signedPeople.value(village)));
        all += signedPeople.value(village);
    }
    QVERIFY(all > 0);
}

void TestReportTableDemo::everyTableAddsUp()
{
    const int year = QDate::currentDate().year() - 1;
    for (const ReportTableDef &d : ReportTableSet::builtIn().tables()) {
        const ReportTable t = compute(m_conn, d.id, ReportPeriod::year(year));
        QCOMPARE(t.rows.size(), m_villages.size() + 1);
        QVERIFY2(checkTotals(t).isEmpty(),
                 qPrintable(d.id + QStringLiteral(": ") + checkTotals(t)));
        bool anything = false;
        for (const QVariant &v : t.total().values)
            anything = anything || v.toDouble() > 0;
        QVERIFY2(anything, qPrintable(d.id + QStringLiteral(" counted nothing on the demo")));
    }
}

QTEST_GUILESS_MAIN(TestReportTableDemo)
#include "tst_reporttabledemo.moc"
