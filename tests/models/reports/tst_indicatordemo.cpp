// Every indicator on a generated demo township (a few thousand residents) against a query written
// here independently of indicators.json (its own joins and subqueries, the population predicate
// spelled out), and against the figures the capabilities computed before the engine existed
// (contracts and immunization coverage here; chronic in tst_indicatorchronicdemo, whose
// IndicatorFilter shares its name with the contracts' one): the definitions must not disagree.
#include "contractindicators.h"
#include "database.h"
#include "demogenerator.h"
#include "immunizationcoverage.h"
#include "indicatorengine.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Models;

class TestIndicatorDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void againstIndependentSql_data();
    void againstIndependentSql();
    void sameAsContractIndicators();
    void sameAsImmunizationCoverage();
    void bcgAgainstIndependentSql();
    void demoLooksLikeATownship();

private:
    qint64 count(const QString &sql, const IndicatorPeriod &p);
    const IndicatorResult *result(const QString &id, const IndicatorPeriod &p);
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("indicatordemo");
    const QDate m_today{2026, 9, 30};
    QHash<QString, IndicatorRun> m_runs; // by period label
};

void TestIndicatorDemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(openDatabase(m_conn, m_dir.filePath(QStringLiteral("demo.db"))).ok());
    DemoOptions o;
    o.residents = 3000;
    o.seed = 7;
    o.today = m_today;
    auto g = DemoGenerator::generate(m_conn, Scope::administrator(), o);
    QVERIFY2(g.ok(), qPrintable(g ? QString() : g.error().detail));
}

void TestIndicatorDemo::cleanupTestCase()
{
    closeDatabase(m_conn);
}

qint64 TestIndicatorDemo::count(const QString &sql, const IndicatorPeriod &p)
{
    QSqlQuery q(QSqlDatabase::database(m_conn));
    QString text = sql;
    // The population on the period's last day, written out here on purpose (not population.h).
    text.replace(QStringLiteral("LIVING(r)"),
                 QStringLiteral("(r.deleted = 0 AND (r.life_date IS NULL OR r.life_date > :to))"));
    if (!q.prepare(text)) {
        qWarning() << q.lastError().text() << text;
        return -1;
    }
    q.bindValue(QStringLiteral(":from"), p.from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), p.to.toString(Qt::ISODate));
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text() << text;
        return -1;
    }
    return q.value(0).toLongLong();
}

const IndicatorResult *TestIndicatorDemo::result(const QString &id, const IndicatorPeriod &p)
{
    const QString key = p.label();
    if (!m_runs.contains(key)) {
        auto r =
            IndicatorEngine(m_conn).evaluate(Scope::administrator(), p, IndicatorArea::township());
        if (!r) {
            qWarning() << r.error().message << r.error().detail;
            return nullptr;
        }
        m_runs.insert(key, *r);
    }
    return m_runs[key].find(id);
}

void TestIndicatorDemo::againstIndependentSql_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("numerator");
    QTest::addColumn<QString>("denominator");
    QTest::addColumn<bool>("lastYear"); // 2025 whole, else 2026 to date
    const QString pop = QStringLiteral("SELECT count(*) FROM resident r WHERE LIVING(r)");
    const QString reg = QStringLiteral(
        "SELECT count(*) FROM resident r WHERE LIVING(r) AND r.id IN (SELECT resident_id FROM "
        "chronic_registration WHERE programme = '%1' AND deleted = 0 AND registered_on <= :to "
        "AND coalesce(closed_on, '9999') >= :from)");
    const QString face = QStringLiteral(
        " AND (SELECT count(*) FROM chronic_followup f WHERE f.resident_id = r.id AND f.programme "
        "= '%1' AND f.deleted = 0 AND f.visit_date >= :from AND f.visit_date <= :to AND f.mode <> "
        "3) >= %2");
    const QString latest = QStringLiteral(
        " AND (SELECT %2 FROM chronic_followup f WHERE f.resident_id = r.id AND f.programme = '%1'"
        " AND f.deleted = 0 AND f.visit_date BETWEEN :from AND :to AND %3 ORDER BY f.visit_date "
        "DESC, f.id DESC LIMIT 1) = 1");
    const QString covering = QStringLiteral(
        " AND EXISTS (SELECT 1 FROM contract c WHERE c.resident_id = r.id AND c.deleted = 0 AND "
        "c.start_date <= :to AND c.cover_end >= :from)");
    const QString key = QStringLiteral(
        " AND (r.birth_date <= date(:to, '-65 years') OR (r.birth_date > date(:to, '-7 years') "
        "AND r.birth_date <= :to) OR EXISTS (SELECT 1 FROM chronic_registration g WHERE "
        "g.resident_id = r.id AND g.deleted = 0 AND g.registered_on <= :to AND (g.closed_on IS "
        "NULL OR g.closed_on > :to)) OR EXISTS (SELECT 1 FROM resident_flag x WHERE "
        "x.resident_id = r.id AND x.deleted = 0 AND x.since <= :to AND (x.until IS NULL OR "
        "x.until > :to)))");
    const QString ended = QStringLiteral(
        " AND EXISTS (SELECT 1 FROM contract c WHERE c.resident_id = r.id AND c.deleted = 0 AND "
        "c.end_date >= :from AND c.end_date <= :to AND coalesce(c.terminated_on, '9999') > "
        "c.end_date%1)");
    const QString renewed =
        QStringLiteral(" AND EXISTS (SELECT 1 FROM contract n WHERE n.previous_id = c.id AND "
                       "n.deleted = 0)");
    const QString window = QStringLiteral(
        " AND r.id IN (SELECT resident_id FROM %1 WHERE deleted = 0 AND %2 > date(:to, '-12 "
        "months') AND %2 <= :to)");
    const QString complete = QStringLiteral(
        " AND EXISTS (SELECT 1 FROM health_check h WHERE h.resident_id = r.id AND h.deleted = 0 "
        "AND h.check_date BETWEEN :from AND :to AND NOT EXISTS (SELECT 1 FROM health_check n "
        "WHERE n.supersedes = h.id AND n.deleted = 0) AND h.sbp IS NOT NULL AND h.dbp IS NOT "
        "NULL AND h.fbg IS NOT NULL AND h.evaluation IS NOT NULL AND json_extract(h.form_json, "
        "'$.height') IS NOT NULL AND json_extract(h.form_json, '$.weight') IS NOT NULL AND "
        "json_extract(h.form_json, '$.waist') IS NOT NULL AND (json_array_length(h.form_json, "
        "'$.guidance') > 0 OR json_array_length(h.form_json, '$.risk_control') > 0))");
    const QString elderly = QStringLiteral(" AND r.birth_date <= date(:to, '-65 years')");
    const QString children =
        QStringLiteral(" AND r.birth_date > date(:to, '-7 years') AND r.birth_date <= :to");

    for (bool lastYear : {true, false}) {
        const char *tag = lastYear ? "2025" : "2026 to date";
        // Whole years ask 4 visits; 1 January to 30 September asks ceil(4 x 9 / 12) = 3.
        const int visits = lastYear ? 4 : 3;
        auto row = [&](const QString &id) -> QTestData & {
            return QTest::newRow(qPrintable(id + QLatin1Char(' ') + QLatin1String(tag))) << id;
        };
        row(QStringLiteral("record_rate"))
            << pop + QStringLiteral(" AND r.record_no <> ''") << pop << lastYear;
        row(QStringLiteral("e_record_rate"))
            << pop + QStringLiteral(
                         " AND (EXISTS (SELECT 1 FROM basic_info b WHERE b.resident_id = r.id AND "
                         "b.deleted = 0 AND date(b.created_at) <= :to) OR EXISTS (SELECT 1 FROM "
                         "health_check h WHERE h.resident_id = r.id AND h.deleted = 0 AND "
                         "h.check_date <= :to))")
            << pop << lastYear;
        row(QStringLiteral("record_use_rate"))
            << pop + QStringLiteral(" AND (0") +
                   window.arg(QStringLiteral("encounter"), QStringLiteral("visit_date"))
                       .replace(QStringLiteral(" AND r.id IN"), QStringLiteral(" OR r.id IN")) +
                   window.arg(QStringLiteral("health_check"), QStringLiteral("check_date"))
                       .replace(QStringLiteral(" AND r.id IN"), QStringLiteral(" OR r.id IN")) +
                   window.arg(QStringLiteral("chronic_followup"), QStringLiteral("visit_date"))
                       .replace(QStringLiteral(" AND r.id IN"), QStringLiteral(" OR r.id IN")) +
                   window.arg(QStringLiteral("immunization_dose"), QStringLiteral("given_on"))
                       .replace(QStringLiteral(" AND r.id IN"), QStringLiteral(" OR r.id IN")) +
                   QStringLiteral(")")
            << pop << lastYear;
        row(QStringLiteral("sign_rate")) << pop + covering << pop << lastYear;
        row(QStringLiteral("key_sign_rate")) << pop + key + covering << pop + key << lastYear;
        row(QStringLiteral("renewal_rate"))
            << pop + ended.arg(renewed) << pop + ended.arg(QString()) << lastYear;
        for (const QString &p : {QStringLiteral("hypertension"), QStringLiteral("diabetes")}) {
            const bool dm = p == QLatin1String("diabetes");
            row(dm ? QStringLiteral("dm_management_rate") : QStringLiteral("htn_management_rate"))
                << reg.arg(p) << QString() << lastYear; // denominator: an estimate, checked below
            row(dm ? QStringLiteral("dm_standard_rate") : QStringLiteral("htn_standard_rate"))
                << reg.arg(p) + face.arg(p).arg(visits) << reg.arg(p) << lastYear;
            row(dm ? QStringLiteral("fbg_control_rate") : QStringLiteral("bp_control_rate"))
                << reg.arg(p) +
                       (dm ? latest.arg(p, QStringLiteral("f.fbg < 7.0"),
                                        QStringLiteral("f.fbg IS NOT NULL"))
                           : latest.arg(p, QStringLiteral("f.sbp < 140 AND f.dbp < 90"),
                                        QStringLiteral("f.sbp IS NOT NULL AND f.dbp IS NOT NULL")))
                << reg.arg(p) << lastYear;
        }
        row(QStringLiteral("elderly_management_rate"))
            << pop + elderly + complete << pop + elderly << lastYear;
        row(QStringLiteral("certificate_rate"))
            << pop + children +
                   QStringLiteral(" AND EXISTS (SELECT 1 FROM immunization_certificate c WHERE "
                                  "c.resident_id = r.id AND c.deleted = 0 AND c.issued_on <= :to)")
            << pop + children << lastYear;
    }
}

void TestIndicatorDemo::againstIndependentSql()
{
    QFETCH(QString, id);
    QFETCH(QString, numerator);
    QFETCH(QString, denominator);
    QFETCH(bool, lastYear);
    const IndicatorPeriod p =
        lastYear ? IndicatorPeriod::year(2025) : IndicatorPeriod::yearToDate(m_today);
    const IndicatorResult *r = result(id, p);
    QVERIFY(r);
    const qint64 num = count(numerator, p);
    QVERIFY(num >= 0);
    QCOMPARE(r->total.numerator, num);
    if (denominator.isEmpty()) {
        // 管理率: adults 18+ on the register x the prevalence.
        const qint64 adults =
            count(QStringLiteral("SELECT count(*) FROM resident r WHERE LIVING(r) AND "
                                 "r.birth_date <= date(:to, '-18 years')"),
                  p);
        const double rate = id.startsWith(QLatin1String("dm")) ? 0.097 : 0.252;
        QCOMPARE(r->total.denominator, qint64(std::llround(double(adults) * rate)));
        QCOMPARE(r->total.denominatorResidents, adults);
    } else {
        QCOMPARE(r->total.denominator, count(denominator, p));
    }
    // Not a trivial figure: the demo has people in every denominator.
    QVERIFY2(r->total.denominator > 0, qPrintable(id));
}

void TestIndicatorDemo::sameAsContractIndicators()
{
    for (const IndicatorPeriod &p :
         {IndicatorPeriod::year(2025), IndicatorPeriod::yearToDate(m_today)}) {
        auto c = ContractIndicators(m_conn).compute(Scope::administrator(), {p.from, p.to, {}, {}});
        QVERIFY(c.ok());
        QCOMPARE(result(QStringLiteral("sign_rate"), p)->total.numerator, c->signedResidents);
        QCOMPARE(result(QStringLiteral("sign_rate"), p)->total.denominator, c->population);
        QCOMPARE(result(QStringLiteral("key_sign_rate"), p)->total.numerator, c->keySigned);
        QCOMPARE(result(QStringLiteral("key_sign_rate"), p)->total.denominator, c->keyPopulation);
        QCOMPARE(result(QStringLiteral("renewal_rate"), p)->total.numerator, c->contractsRenewed);
        QCOMPARE(result(QStringLiteral("renewal_rate"), p)->total.denominator, c->contractsEnded);
    }
}

void TestIndicatorDemo::sameAsImmunizationCoverage()
{
    for (const IndicatorPeriod &p :
         {IndicatorPeriod::year(2025), IndicatorPeriod::yearToDate(m_today)}) {
        CoverageQuery q;
        q.from = p.from;
        q.to = p.to;
        // Per child from the same loop: every child due a dose of a series is in the series'
        // denominator, every due dose of a child in the numerator was given.
        QHash<QString, QSet<QString>> due, missed;
        QSet<QString> anyDue, late;
        auto c = ImmunizationCoverage(m_conn).compute(Scope::administrator(), q,
                                                      [&](const DoseVisit &v) {
                                                          due[v.series].insert(v.residentId);
                                                          anyDue.insert(v.residentId);
                                                          if (!v.given)
                                                              missed[v.series].insert(v.residentId);
                                                          if (!v.timely)
                                                              late.insert(v.residentId);
                                                      });
        QVERIFY(c.ok());
        QCOMPARE(result(QStringLiteral("certificate_rate"), p)->total.numerator,
                 qint64(c->certified));
        QCOMPARE(result(QStringLiteral("certificate_rate"), p)->total.denominator,
                 qint64(c->childrenDue));
        // The per-dose counts and the visits agree with each other.
        qint64 dueDoses = 0;
        for (const DoseCoverage &d : c->doses)
            dueDoses += d.due;
        QVERIFY(dueDoses > 0);
        for (const IndicatorDefinition &d : IndicatorCatalog::get().indicators()) {
            if (!d.usesPlanner())
                continue;
            const IndicatorResult *r = result(d.id, p);
            QVERIFY(r);
            if (d.plannerMeasure == QLatin1String("timely")) {
                QCOMPARE(r->total.denominator, qint64(anyDue.size()));
                QCOMPARE(r->total.numerator, qint64((anyDue - late).size()));
            } else {
                QCOMPARE(r->total.denominator, qint64(due.value(d.plannerSeries).size()));
                QCOMPARE(
                    r->total.numerator,
                    qint64((due.value(d.plannerSeries) - missed.value(d.plannerSeries)).size()));
            }
        }
        QVERIFY(result(QStringLiteral("vaccine_dtp"), p)->total.denominator > 10);
    }
}

void TestIndicatorDemo::bcgAgainstIndependentSql()
{
    // BCG: one dose at birth; due for every child born in the period unless a health state rules
    // it out, given when a BCG dose was recorded by the period end.
    const QString born = QStringLiteral(
        "SELECT count(*) FROM resident r WHERE LIVING(r) AND r.birth_date BETWEEN :from AND :to");
    const QString given = QStringLiteral(
        " AND EXISTS (SELECT 1 FROM immunization_dose d WHERE d.resident_id = r.id AND "
        "d.deleted = 0 AND d.vaccine = 'BCG' AND d.given_on <= :to AND NOT EXISTS (SELECT 1 FROM "
        "immunization_dose n WHERE n.supersedes = d.id AND n.deleted = 0))");
    const QString allowed = QStringLiteral(
        " AND NOT EXISTS (SELECT 1 FROM immunization_state s WHERE s.resident_id = r.id AND "
        "s.deleted = 0 AND s.kind = 'health' AND s.ended_on IS NULL AND s.code IN "
        "('immunodeficiency', 'hiv_symptomatic', 'allergy:BCG'))");
    for (const IndicatorPeriod &p :
         {IndicatorPeriod::year(2025), IndicatorPeriod::yearToDate(m_today)}) {
        const IndicatorResult *r = result(QStringLiteral("vaccine_bcg"), p);
        QVERIFY(r);
        QCOMPARE(r->total.numerator, count(born + given, p));
        QCOMPARE(r->total.denominator,
                 count(born + given, p) + count(born + allowed + QStringLiteral(" AND NOT (1") +
                                                    given + QStringLiteral(")"),
                                                p));
        QVERIFY(r->total.denominator > 10);
    }
}

void TestIndicatorDemo::demoLooksLikeATownship()
{
    // Figures a dashboard can show: neither empty nor all 100%.
    const IndicatorPeriod p = IndicatorPeriod::year(2025);
    for (const QString &id : {QStringLiteral("sign_rate"), QStringLiteral("htn_standard_rate"),
                              QStringLiteral("elderly_management_rate"),
                              QStringLiteral("vaccine_mmr"), QStringLiteral("record_use_rate")}) {
        const IndicatorResult *r = result(id, p);
        QVERIFY(r && r->total.value());
        QVERIFY2(*r->total.value() > 5 && *r->total.value() < 100, qPrintable(id));
        QVERIFY2(r->villages.size() > 1, qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestIndicatorDemo)
#include "tst_indicatordemo.moc"
