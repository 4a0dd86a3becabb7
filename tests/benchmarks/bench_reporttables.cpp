// Official report tables on a generated township: every table for one quarter (target < 500 ms
// for one table at 200,000 residents), each against a raw SQLite baseline measured in the same
// run: stepping, on a read-only handle of its own, the rows the table counts (the population, the
// registrations and follow-ups of the quarter, the doses ...). A plain program printing a table;
// the small run is in CTest.
//   build/tests/benchmarks/bench_reporttables [--residents N] [--db PATH] [--small]
//                                             [--only 01,fd-key] [--runs N]

#include "database.h"
#include "demogenerator.h"
#include "reporttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Models;

namespace {

double g_lastCpuMs = 0;

// Median wall time of `runs` runs; the median run's process CPU time in g_lastCpuMs (the machine
// is shared: CPU time is what contention does not inflate).
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

qint64 rawRows(sqlite3 *h, const QByteArray &sql, const QList<QByteArray> &binds)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "baseline: %s\n", sqlite3_errmsg(h));
        return -1;
    }
    for (int i = 0; i < binds.size(); ++i)
        sqlite3_bind_text(st, i + 1, binds.at(i).constData(), int(binds.at(i).size()),
                          SQLITE_TRANSIENT);
    qint64 n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            (void)sqlite3_column_text(st, c);
        ++n;
    }
    sqlite3_finalize(st);
    return n;
}

// The rows each table counts, read as plainly as SQLite can (?1 = from, ?2 = to).
const QByteArray Population = "SELECT id, village_code, birth_date, life_date FROM resident"
                              " NOT INDEXED WHERE deleted = 0";
QList<QByteArray> baselineFor(const QString &table)
{
    if (table.startsWith(QLatin1String("07"))) {
        const QByteArray p = table == QLatin1String("07-1") ? "'hypertension'" : "'diabetes'";
        return {
            "SELECT g.id, g.resident_id, g.registered_on, r.village_code FROM "
            "chronic_registration g JOIN resident r ON r.id = g.resident_id WHERE g.programme = " +
                p +
                " AND g.deleted = 0 AND g.registered_on <= ?2 AND (g.closed_on IS NULL OR "
                "g.closed_on >= ?1)",
            "SELECT registration_id, mode, sbp, dbp, fbg, visit_date FROM chronic_followup"
            " WHERE programme = " +
                p + " AND deleted = 0 AND visit_date BETWEEN ?1 AND ?2"};
    }
    if (table == QLatin1String("03"))
        return {"SELECT id, village_code FROM resident WHERE deleted = 0 AND birth_date > "
                "date(?2, '-7 years') AND birth_date <= ?2 AND ?1 = ?1",
                "SELECT d.vaccine, r.village_code FROM immunization_dose d CROSS JOIN resident r ON"
                " r.id = d.resident_id WHERE d.deleted = 0 AND d.given_on BETWEEN ?1 AND ?2"};
    if (table == QLatin1String("06"))
        return {Population + " AND ?1 = ?1 AND birth_date <= date(?2, '-65 years')",
                "SELECT resident_id, sbp, bmi, form_json FROM health_check WHERE deleted = 0 AND "
                "check_date BETWEEN ?1 AND ?2"};
    if (table == QLatin1String("01"))
        return {Population + " AND ?1 = ?1 AND ?2 = ?2",
                "SELECT resident_id FROM encounter WHERE visit_date > date(?2, '-12 months')"
                " AND ?1 = ?1"};
    // fd, fd-key: the population and the contracts covering the period.
    return {Population + " AND ?1 = ?1 AND ?2 = ?2",
            "SELECT resident_id FROM contract WHERE deleted = 0 AND start_date <= ?2 AND cover_end"
            " >= ?1"};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("residents"), QStringLiteral("township size"), QStringLiteral("n"),
                 QStringLiteral("200000")});
    p.addOption({QStringLiteral("db"), QStringLiteral("reuse (or create) this database file"),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("small"), QStringLiteral("2,000 residents (CTest smoke run)")});
    p.addOption({QStringLiteral("only"), QStringLiteral("only these tables (comma-separated ids)"),
                 QStringLiteral("ids")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("runs per table (the median is printed)"),
                 QStringLiteral("n"), QStringLiteral("5")});
    p.process(app);
    const int residents =
        p.isSet(QStringLiteral("small")) ? 2000 : p.value(QStringLiteral("residents")).toInt();
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
    // The third quarter of last year: the demo's follow-ups, doses and contracts reach back years.
    const ReportPeriod quarter = ReportPeriod::quarter(QDate::currentDate().year() - 1, 3);
    const QByteArray from = quarter.from.toString(Qt::ISODate).toUtf8(),
                     to = quarter.to.toString(Qt::ISODate).toUtf8();
    std::printf("residents %d, period %s .. %s\n", residents, from.constData(), to.constData());
    std::printf("%-8s %9s %9s %10s %7s  %s\n", "table", "ms", "cpu ms", "baseline", "ratio",
                "rows / 合计 of the first count");
    int failures = 0;
    const ReportTableEngine engine(conn);
    const QStringList only =
        p.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int runs = qMax(1, p.value(QStringLiteral("runs")).toInt());
    for (const ReportTableDef &d : ReportTableSet::builtIn().tables()) {
        if (!only.isEmpty() && !only.contains(d.id))
            continue;
        ReportTableRequest req;
        req.tableId = d.id;
        req.period = quarter;
        QString summary;
        const double ms = medianMs(runs, [&] {
            auto t = engine.compute(scope, req);
            if (!t) {
                summary = t.error().message + QLatin1Char(' ') + t.error().detail;
                return;
            }
            int c = 0; // the first count that is not a figure a county may leave unset
            while (c + 1 < d.columns.size() &&
                   (d.columns.at(c).nullable || d.columns.at(c).isRate()))
                ++c;
            summary = QStringLiteral("%1 rows, %2 = %3")
                          .arg(t->rows.size())
                          .arg(d.columns.at(c).id)
                          .arg(ReportTable::text(t->total().values.at(c)));
        });
        const double cpu = g_lastCpuMs;
        const QList<QByteArray> baseline = baselineFor(d.id);
        const double base = medianMs(runs, [&] {
            for (const QByteArray &sql : baseline)
                rawRows(raw, sql, {from, to});
        });
        std::printf("%-8s %9.1f %9.1f %10.1f %6.1fx  %s%s\n", qPrintable(d.id), ms, cpu, base,
                    base > 0 ? ms / base : 0.0, ms <= 500 ? "" : "[over 500 ms] ",
                    qPrintable(summary));
        if (!summary.contains(QLatin1String("rows")))
            ++failures;
    }
    sqlite3_close(raw);
    closeDatabase(conn);
    return failures ? 1 : 0;
}
