// The report tables computed three ways on a generated demo township, which must agree for every
// table, village and column: as shipped (each "r.rid IN (SELECT …)" asked of a set read once,
// ReportRidSets), the same definitions with every statement run whole by SQLite, and the
// definitions of 01, fd and fd-key as they were before they were rewritten for speed (a
// materialized CTE of the population, the records in use as a CTE with UNION).
#include "database.h"
#include "demogenerator.h"
#include "reporttable.h"
#include "reporttablesets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Models;

namespace {
// The first statement of 01, fd and fd-key before session 8 (git history has them too).
const QHash<QString, QString> &previousQueries()
{
    static const QHash<QString, QString> q{
        {QStringLiteral("01"),
         QStringLiteral(
             "WITH used AS MATERIALIZED (\n"
             "  SELECT resident_id FROM encounter WHERE deleted = 0\n"
             "    AND visit_date > date(:to, '-12 months') AND visit_date <= :to\n"
             "  UNION SELECT resident_id FROM health_check WHERE deleted = 0\n"
             "    AND check_date > date(:to, '-12 months') AND check_date <= :to\n"
             "  UNION SELECT g.resident_id FROM chronic_registration g WHERE g.id IN (\n"
             "    SELECT registration_id FROM chronic_followup WHERE programme IN ('hypertension', "
             "'diabetes')\n"
             "      AND deleted = 0 AND visit_date > date(:to, '-12 months') AND visit_date <= "
             ":to)\n"
             "  UNION SELECT resident_id FROM immunization_dose INDEXED BY "
             "immunization_dose_resident\n"
             "    WHERE deleted = 0 AND given_on > date(:to, '-12 months') AND given_on <= :to\n"
             ")\n"
             "SELECT r.village_code AS village,\n"
             "  sum(@population(r, :to)) AS population,\n"
             "  sum(@population(r, :to) AND r.created_at >= :from_utc AND r.created_at < :to_utc) "
             "AS created,\n"
             "  sum(r.life_date BETWEEN :from AND :to) AS left_population,\n"
             "  sum(@population(r, :to) AND r.rid IN (SELECT br.rid FROM basic_info b\n"
             "    CROSS JOIN resident br ON br.id = b.resident_id WHERE b.deleted = 0)) AS "
             "basic_info,\n"
             "  sum(@population(r, :to) AND r.rid IN (SELECT ur.rid FROM used\n"
             "    JOIN resident ur ON ur.id = used.resident_id)) AS dynamic\n"
             "FROM resident r NOT INDEXED -- the whole table in order: faster than by any index\n"
             "JOIN temp.report_village v ON v.code = r.village_code\n"
             "WHERE r.deleted = 0\n"
             "GROUP BY r.village_code\n")},
        {QStringLiteral("fd"),
         QStringLiteral(
             "WITH p AS MATERIALIZED (\n"
             "  SELECT r.village_code, @contracted(r.id) AS sg, @key_population(:to) AS kp\n"
             "  FROM resident r NOT INDEXED -- the whole table in order: faster than by any index\n"
             "  JOIN temp.report_village v ON v.code = r.village_code\n"
             "  WHERE @population(r, :to)\n"
             ")\n"
             "SELECT village_code AS village,\n"
             "  count(*) AS population,\n"
             "  sum(sg) AS signed,\n"
             "  sum(kp) AS key_population,\n"
             "  sum(kp AND sg) AS key_signed\n"
             "FROM p\n"
             "GROUP BY village_code\n")},
        {QStringLiteral("fd-key"),
         QStringLiteral(
             "WITH p AS MATERIALIZED (\n"
             "  SELECT r.village_code, @contracted(r.id) AS sg,\n"
             "    @key_population(:to, elderly) AS elderly, @key_population(:to, child) AS child,\n"
             "    @key_population(:to, pregnant) AS pregnant,\n"
             "    @key_population(:to, hypertension) AS hypertension,\n"
             "    @key_population(:to, diabetes) AS diabetes, @key_population(:to, smd) AS smd,\n"
             "    @key_population(:to, tb) AS tb, @key_population(:to, disabled) AS disabled,\n"
             "    @key_population(:to, poverty) AS poverty,\n"
             "    @key_population(:to, fp_special) AS fp_special\n"
             "  FROM resident r NOT INDEXED -- the whole table in order: faster than by any index\n"
             "  JOIN temp.report_village v ON v.code = r.village_code\n"
             "  WHERE @population(r, :to)\n"
             ")\n"
             "SELECT village_code AS village,\n"
             "  sum(elderly) AS elderly, sum(elderly AND sg) AS elderly_signed,\n"
             "  sum(child) AS child, sum(child AND sg) AS child_signed,\n"
             "  sum(pregnant) AS pregnant, sum(pregnant AND sg) AS pregnant_signed,\n"
             "  sum(hypertension) AS hypertension, sum(hypertension AND sg) AS "
             "hypertension_signed,\n"
             "  sum(diabetes) AS diabetes, sum(diabetes AND sg) AS diabetes_signed,\n"
             "  sum(smd) AS smd, sum(smd AND sg) AS smd_signed,\n"
             "  sum(tb) AS tb, sum(tb AND sg) AS tb_signed,\n"
             "  sum(disabled) AS disabled, sum(disabled AND sg) AS disabled_signed,\n"
             "  sum(poverty) AS poverty, sum(poverty AND sg) AS poverty_signed,\n"
             "  sum(fp_special) AS fp_special, sum(fp_special AND sg) AS fp_special_signed\n"
             "FROM p\n"
             "GROUP BY village_code\n")},
    };
    return q;
}
} // namespace

class TestReportTableSets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameThreeWays_data();
    void sameThreeWays();

private:
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("reporttablesets");
    std::optional<ReportTableSet> m_previous;
};

void TestReportTableSets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(openDatabase(m_conn, m_dir.filePath(QStringLiteral("demo.db"))).ok());
    DemoOptions o;
    o.residents = 3000;
    o.seed = 5;
    o.today = QDate(2026, 9, 30);
    auto g = DemoGenerator::generate(m_conn, Scope::administrator(), o);
    QVERIFY2(g.ok(), qPrintable(g ? QString() : g.error().detail));
    // Some residents leave the population during the periods below.
    QSqlQuery q(QSqlDatabase::database(m_conn));
    QVERIFY(q.exec(QStringLiteral("UPDATE resident SET life_status = 'deceased', life_date = "
                                  "'2026-05-10' WHERE rid % 89 = 0")));

    QFile f(QStringLiteral(":/rules/report_tables.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject file = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray tables = file.value(QStringLiteral("tables")).toArray();
    int replaced = 0;
    for (int i = 0; i < tables.size(); ++i) {
        QJsonObject t = tables.at(i).toObject();
        const QString id = t.value(QStringLiteral("id")).toString();
        if (!previousQueries().contains(id))
            continue;
        QJsonArray queries = t.value(QStringLiteral("queries")).toArray();
        QJsonArray lines;
        for (const QString &l : previousQueries().value(id).split(QLatin1Char('\n')))
            if (!l.isEmpty())
                lines.append(l);
        queries.replace(0, lines);
        t.insert(QStringLiteral("queries"), queries);
        tables.replace(i, t);
        ++replaced;
    }
    QCOMPARE(replaced, 3);
    file.insert(QStringLiteral("tables"), tables);
    auto previous = ReportTableSet::fromJson(QJsonDocument(file).toJson());
    QVERIFY2(previous.ok(), qPrintable(previous ? QString() : previous.error().message));
    m_previous = std::move(previous).value();
}

void TestReportTableSets::cleanupTestCase()
{
    ReportRidSets::setEnabled(true);
    closeDatabase(m_conn);
}

void TestReportTableSets::sameThreeWays_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("area");
    for (const ReportTableDef &d : ReportTableSet::builtIn().tables()) {
        const QByteArray id = d.id.toUtf8();
        QTest::newRow(id + " 2025")
            << d.id << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QString();
        QTest::newRow(id + " 2026 Q2")
            << d.id << QDate(2026, 4, 1) << QDate(2026, 6, 30) << QString();
        QTest::newRow(id + " May, a township")
            << d.id << QDate(2026, 5, 1) << QDate(2026, 5, 31) << QStringLiteral("first");
    }
}

void TestReportTableSets::sameThreeWays()
{
    QFETCH(QString, table);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, area);
    const Scope admin = Scope::administrator();
    if (!area.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(m_conn));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT code FROM area WHERE level = 'township' ORDER BY code LIMIT 1")));
        QVERIFY(q.next());
        area = q.value(0).toString();
    }
    ReportTableRequest req;
    req.tableId = table;
    req.period = ReportPeriod{ReportPeriod::Range, from, to};
    req.areaCode = area;
    ReportRidSets::setEnabled(true);
    auto shipped = ReportTableEngine(m_conn).compute(admin, req);
    ReportRidSets::setEnabled(false);
    auto whole = ReportTableEngine(m_conn).compute(admin, req);
    auto before = ReportTableEngine(m_conn, *m_previous).compute(admin, req);
    ReportRidSets::setEnabled(true);
    QVERIFY2(shipped.ok(), qPrintable(shipped ? QString() : shipped.error().detail));
    QVERIFY(whole.ok());
    QVERIFY(before.ok());
    QCOMPARE(shipped->rows.size(), whole->rows.size());
    QCOMPARE(shipped->rows.size(), before->rows.size());
    qint64 sum = 0;
    for (int r = 0; r < shipped->rows.size(); ++r) {
        const ReportRow &a = shipped->rows.at(r), &b = whole->rows.at(r), &c = before->rows.at(r);
        QCOMPARE(a.villageCode, b.villageCode);
        QCOMPARE(a.villageCode, c.villageCode);
        for (int k = 0; k < a.values.size(); ++k) {
            const QString where = a.name + QLatin1Char(' ') + shipped->def.columns.at(k).id;
            QVERIFY2(a.values.at(k) == b.values.at(k), qPrintable(where));
            QVERIFY2(a.values.at(k) == c.values.at(k), qPrintable(where));
            if (a.total && !shipped->def.columns.at(k).isRate())
                sum += a.values.at(k).toLongLong();
        }
    }
    if (table == QLatin1String("01") || table.startsWith(QLatin1String("fd")))
        QVERIFY2(sum > 0, qPrintable(table)); // the tables rewritten count something here
}

QTEST_GUILESS_MAIN(TestReportTableSets)
#include "tst_reporttablesets.moc"
