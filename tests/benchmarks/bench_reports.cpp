// Indicators benchmark on a generated township: every indicator of indicators.json for the year
// (target < 1 s at 200,000 residents) against a raw-SQL baseline of the same counts in the same
// run (each definition's two SELECTs counted by SQLite alone, and the rows the dose planner reads),
// the monthly trend of one indicator, and the dashboard painted once the numbers are ready
// (target < 300 ms). A plain program printing a table; the small run is in CTest.
//   build/tests/benchmarks/bench_reports [--residents N] [--db PATH] [--small] [--runs N]

#include "chronicrules.h"
#include "dashboardwidget.h"
#include "database.h"
#include "demogenerator.h"
#include "indicatorengine.h"
#include "indicatorsession.h"
#include "indicatorsql.h"
#include "population.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Models;

namespace {

double g_lastCpuMs = 0;

// Median wall time of `runs` runs; the median run's process CPU time is kept in g_lastCpuMs (the
// machine is shared: CPU time is what contention does not inflate).
double medianMs(int runs, const std::function<void()> &fn)
{
    QVector<std::pair<double, double>> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer e;
        e.start();
        const std::clock_t c0 = std::clock();
        fn();
        t.append({e.nsecsElapsed() / 1e6, double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC});
    }
    std::sort(t.begin(), t.end());
    g_lastCpuMs = t.at(t.size() / 2).second;
    return t.at(t.size() / 2).first;
}

void row(const char *what, double ms, double cpu, double base, double target, const QString &extra)
{
    std::printf("%-30s %8.1f ms (cpu %7.1f)  baseline %8.1f ms  ratio %5.2fx  target %5.0f ms %s"
                "  %s\n",
                what, ms, cpu, base, base > 0 ? ms / base : 0.0, target,
                target <= 0 ? "    " : (ms <= target ? "ok  " : "SLOW"), qPrintable(extra));
}

// The definition's SELECT as SQLite alone would run it for the whole township (every village).
QString plainSql(const QString &sql)
{
    return IndicatorSql::expand(sql, [](const IndicatorSql::Marker &m) -> QString {
        if (m.kind == QLatin1String("living"))
            return Population::livingOn(m.alias, QStringLiteral(":to"));
        if (m.kind == QLatin1String("key_population"))
            return IndicatorSession::keyPopulationSql();
        if (m.kind == QLatin1String("chronic_modes"))
            return QStringLiteral("1,2");
        return QStringLiteral("1");
    });
}

void bindAll(sqlite3_stmt *st, const QHash<QString, QVariant> &params)
{
    for (int i = 1; i <= sqlite3_bind_parameter_count(st); ++i) {
        const QVariant v = params.value(QString::fromUtf8(sqlite3_bind_parameter_name(st, i) + 1));
        if (v.typeId() == QMetaType::QString) {
            const QByteArray b = v.toString().toUtf8();
            sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        } else if (v.typeId() == QMetaType::Double) {
            sqlite3_bind_double(st, i, v.toDouble());
        } else {
            sqlite3_bind_int64(st, i, v.toLongLong());
        }
    }
}

qint64 rawCount(sqlite3 *h, const QString &sql, const QHash<QString, QVariant> &params)
{
    sqlite3_stmt *st = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "baseline: %s\n%s\n", sqlite3_errmsg(h), text.constData());
        return -1;
    }
    bindAll(st, params);
    const qint64 n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return n;
}

// Steps every row of `sql` (its columns read) on the raw handle; the number of rows.
qint64 rawRows(sqlite3 *h, const QString &sql, const QHash<QString, QVariant> &params)
{
    sqlite3_stmt *st = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "baseline: %s\n%s\n", sqlite3_errmsg(h), text.constData());
        return -1;
    }
    bindAll(st, params);
    qint64 n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            (void)sqlite3_column_text(st, c);
        ++n;
    }
    sqlite3_finalize(st);
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("residents"), QStringLiteral("township size"), QStringLiteral("n"),
                 QStringLiteral("200000")});
    p.addOption({QStringLiteral("db"), QStringLiteral("reuse (or create) this database file"),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("small"), QStringLiteral("3,000 residents (CTest smoke run)")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("runs per figure (median)"),
                 QStringLiteral("n"), QStringLiteral("3")});
    p.process(app);
    const int residents =
        p.isSet(QStringLiteral("small")) ? 3000 : p.value(QStringLiteral("residents")).toInt();
    const int runs = qMax(1, p.value(QStringLiteral("runs")).toInt());
    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db"))
                                                       : tmp.filePath(QStringLiteral("bench.db"));
    const bool exists = QFile::exists(path);
    const QString conn = QStringLiteral("bench");
    if (auto r = openDatabase(conn, path); !r) {
        std::fprintf(stderr, "open: %s\n", qPrintable(r.error().message));
        return 1;
    }
    const Scope scope = Scope::administrator();
    if (!exists) {
        DemoOptions o;
        o.residents = residents;
        o.seed = 7;
        auto sum = DemoGenerator::generate(conn, scope, o);
        if (!sum) {
            std::fprintf(stderr, "demo: %s %s\n", qPrintable(sum.error().message),
                         qPrintable(sum.error().detail));
            return 1;
        }
        std::printf("generated %d residents in %.1f s\n", sum->residents,
                    sum->milliseconds / 1000.0);
    }
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_exec(raw, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr); // as the engine
    const IndicatorCatalog &catalog = IndicatorCatalog::get();
    const QDate today = QDate::currentDate();
    const IndicatorPeriod year = IndicatorPeriod::yearToDate(today);
    std::printf("residents %lld, indicators %lld, period %s\n",
                rawCount(raw, QStringLiteral("SELECT count(*) FROM resident"), {}),
                qint64(catalog.indicators().size()), qPrintable(year.label()));
    int failures = 0;
    const IndicatorEngine engine(conn);

    // 1. Every indicator for the year, the whole township, with the village breakdown.
    IndicatorRun run;
    const double all = medianMs(runs, [&] {
        auto r = engine.evaluate(scope, year, IndicatorArea::township());
        if (r)
            run = *r;
        else
            std::fprintf(stderr, "evaluate: %s %s\n", qPrintable(r.error().message),
                         qPrintable(r.error().detail));
    });
    const double allCpu = g_lastCpuMs;
    // Baseline: each definition's SELECTs counted by SQLite alone (numerator inside denominator),
    // and the rows the dose planner reads (children 0-6 with their doses).
    const ChronicRuleSet &rules = ChronicRuleSet::active();
    QHash<QString, QVariant> params{{QStringLiteral("from"), year.from.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), year.to.toString(Qt::ISODate)},
                                    {QStringLiteral("months"), year.months()},
                                    {QStringLiteral("min_followups"), rules.standardMinFollowups()},
                                    {QStringLiteral("required_followups"),
                                     (rules.standardMinFollowups() * year.months() + 11) / 12},
                                    {QStringLiteral("bp_sbp_below"), rules.controlSbpBelow()},
                                    {QStringLiteral("bp_dbp_below"), rules.controlDbpBelow()},
                                    {QStringLiteral("fbg_below"), rules.controlFbgBelow()}};
    for (const IndicatorSetting &s : catalog.settings())
        params.insert(s.key, s.defaultValue == qint64(s.defaultValue)
                                 ? QVariant(qint64(s.defaultValue))
                                 : QVariant(s.defaultValue));
    // Baseline: SQLite alone stepping every row of each distinct SELECT the definitions run (what
    // the engine reads before it hashes a single id), and the rows the dose planner reads
    // (children under 7 with their doses).
    QStringList texts;
    for (const IndicatorDefinition &d : catalog.indicators())
        if (!d.usesPlanner())
            for (const QString &sql : {plainSql(d.denominator.sql), plainSql(d.numerator.sql)})
                if (!texts.contains(sql))
                    texts << sql;
    texts << QStringLiteral("SELECT r.id, d.vaccine, d.given_on FROM resident r LEFT JOIN "
                            "immunization_dose d ON d.resident_id = r.id AND d.deleted = 0 WHERE "
                            "r.deleted = 0 AND r.birth_date > date(:from, '-7 years')");
    qint64 rows = 0;
    const double base = medianMs(runs, [&] {
        rows = 0;
        for (const QString &sql : texts)
            rows += rawRows(raw, sql, params);
    });
    // The same counts by SQL (numerator inside denominator), once: they must agree.
    QString mismatch;
    for (const IndicatorDefinition &d : catalog.indicators()) {
        if (d.usesPlanner())
            continue;
        const QString den = plainSql(d.denominator.sql), num = plainSql(d.numerator.sql);
        const qint64 dn = rawCount(
            raw, QStringLiteral("WITH d(id) AS (%1) SELECT count(DISTINCT id) FROM d").arg(den),
            params);
        const qint64 nn = rawCount(raw,
                                   QStringLiteral("WITH d(id) AS (%1), n(id) AS (%2) SELECT "
                                                  "count(DISTINCT id) FROM n WHERE id IN d")
                                       .arg(den, num),
                                   params);
        const IndicatorResult *r = run.find(d.id);
        if (r && (r->total.numerator != nn || r->total.denominatorResidents != dn))
            mismatch += QStringLiteral("%1 %2/%3 vs %4/%5 ")
                            .arg(d.id)
                            .arg(r->total.numerator)
                            .arg(r->total.denominatorResidents)
                            .arg(nn)
                            .arg(dn);
    }
    QString summary;
    for (const QString &id :
         {QStringLiteral("sign_rate"), QStringLiteral("htn_standard_rate"),
          QStringLiteral("elderly_management_rate"), QStringLiteral("vaccine_mmr")})
        if (const IndicatorResult *r = run.find(id); r && r->total.value())
            summary += QStringLiteral("%1 %2% ").arg(id).arg(*r->total.value(), 0, 'f', 1);
    row("all indicators, year to date", all, allCpu, base, 1000,
        summary + QStringLiteral("(baseline: %1 rows stepped)").arg(rows));
    if (run.results.size() != catalog.indicators().size() || summary.isEmpty())
        ++failures;
    if (!mismatch.isEmpty()) {
        std::printf("  MISMATCH with the raw counts: %s\n", qPrintable(mismatch));
        ++failures;
    }
    // Where the time goes: the SQL indicators alone, the planner's alone.
    QStringList sqlIds, plannerIds;
    for (const IndicatorDefinition &d : catalog.indicators())
        (d.usesPlanner() ? plannerIds : sqlIds) << d.id;
    const double sqlOnly = medianMs(
        runs, [&] { (void)engine.evaluate(scope, year, IndicatorArea::township(), sqlIds); });
    row("  of which SQL indicators", sqlOnly, g_lastCpuMs, 0, 0,
        QStringLiteral("%1 indicators").arg(sqlIds.size()));
    const double plannerOnly = medianMs(
        runs, [&] { (void)engine.evaluate(scope, year, IndicatorArea::township(), plannerIds); });
    row("  of which dose planner", plannerOnly, g_lastCpuMs, 0, 0,
        QStringLiteral("%1 indicators").arg(plannerIds.size()));

    // 2. One village (the first).
    const QString village = run.results.isEmpty() || run.results.first().villages.isEmpty()
                                ? QString()
                                : run.results.first().villages.first().code;
    const double one = medianMs(
        runs, [&] { (void)engine.evaluate(scope, year, IndicatorArea::village(village)); });
    row("all indicators, one village", one, g_lastCpuMs, 0, 0, village);

    // 3. The monthly trend of one indicator (12 evaluations).
    IndicatorTrend trend;
    const double tr = medianMs(1, [&] {
        auto t = engine.trend(scope, QStringLiteral("sign_rate"), today.year(),
                              IndicatorArea::township(), today);
        if (t)
            trend = *t;
    });
    row("trend of sign_rate (months)", tr, g_lastCpuMs, 0, 0,
        QStringLiteral("%1 months").arg(trend.points.size()));
    if (trend.points.isEmpty())
        ++failures;

    // 4. The dashboard painted once the numbers are ready: table, words, trend and village chart.
    Gui::Context ctx{conn, scope, path};
    Gui::DashboardWidget dashboard(ctx);
    dashboard.resize(1226, 648);
    const double paint = medianMs(5, [&] {
        dashboard.showRun(run);
        dashboard.showTrend(trend);
        QPixmap pm(dashboard.size());
        dashboard.render(&pm);
    });
    row("dashboard painted", paint, g_lastCpuMs, 0, 300,
        QStringLiteral("%1 rows, 1226x648").arg(dashboard.indicatorModel()->rowCount()));
    sqlite3_close(raw);
    closeDatabase(conn);
    return failures == 0 ? 0 : 1;
}
