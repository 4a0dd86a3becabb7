// Contract indicators for a whole township and the expiring-contracts list, against a raw
// SQLite baseline measured in the same run. Usage: bench_contracts [--small] [--db PATH]
// (--db reuses a demo database made by `jiayi-cli demo`; otherwise one is generated).
// bench_contracts --demo-step --db PATH times only the contracts step of the demo generator on
// that database: its contract data is removed and the step re-run in one transaction that is
// rolled back (the file is left as it was).
#include "contractindicators.h"
#include "contractworklists.h"
#include "database.h"
#include "dbaccess.h"
#include "democontracts.h"
#include "demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>

using namespace Models;

namespace {

// Best wall time of `runs` in ms; `cpu` gets the process CPU time of that run (the build machine
// is shared, so CPU time is the steadier figure).
double g_cpu = 0;
double bestOf(int runs, const std::function<void()> &f)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        f();
        const double wall = t.nsecsElapsed() / 1e6;
        if (wall < best) {
            best = wall;
            g_cpu = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
        }
    }
    return best;
}

qint64 rawScalar(sqlite3 *h, const char *sql, const QByteArray &a = {}, const QByteArray &b = {})
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    if (!a.isEmpty())
        sqlite3_bind_text(st, 1, a.constData(), int(a.size()), SQLITE_TRANSIENT);
    if (!b.isEmpty())
        sqlite3_bind_text(st, 2, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    qint64 n = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        n += sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool small = args.contains(QStringLiteral("--small"));
    const int residents = small ? 5000 : 200000;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.db"));
    const qsizetype dbArg = args.indexOf(QStringLiteral("--db"));
    const bool reuse = dbArg > 0 && dbArg + 1 < args.size();
    if (reuse)
        path = args.at(dbArg + 1);
    if (!openDatabase(QStringLiteral("bench"), path).ok()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    const Scope scope = Scope::administrator();
    if (reuse && args.contains(QStringLiteral("--demo-step"))) {
        auto exec = [](sqlite3 *h, const char *sql) {
            char *err = nullptr;
            if (sqlite3_exec(h, sql, nullptr, nullptr, &err) != SQLITE_OK) {
                std::fprintf(stderr, "%s: %s\n", sql, err);
                std::exit(1);
            }
        };
        // The application's connection (the step joins its transaction, as in the demo).
        sqlite3 *h = sqliteHandle(QStringLiteral("bench"));
        exec(h, qEnvironmentVariableIsSet("BENCH_CACHE") ? qgetenv("BENCH_CACHE").constData()
                                                         : "PRAGMA cache_size=-400000");
        exec(h, "BEGIN IMMEDIATE");
        exec(h,
             "DELETE FROM outbox WHERE entity IN ('contract', 'contract_task', 'contract_team',"
             " 'contract_staff', 'resident_flag');"
             "DELETE FROM contract_task; DELETE FROM contract_item; UPDATE contract SET "
             "previous_id = NULL;"
             "DELETE FROM contract; DELETE FROM contract_staff; DELETE FROM contract_team_village;"
             "DELETE FROM contract_team; DELETE FROM resident_flag;");
        DemoOptions o;
        o.seed = 1;
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        auto r = generateDemoContracts(QStringLiteral("bench"), h, scope, o);
        const double wall = t.nsecsElapsed() / 1e6,
                     cpu = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            h,
            "SELECT (SELECT count(*) FROM contract), (SELECT count(*) FROM contract_task),"
            " (SELECT count(*) FROM outbox WHERE entity IN ('contract', 'contract_task'))",
            -1, &st, nullptr);
        sqlite3_step(st);
        std::printf("demo contracts step: %.0f ms (CPU %.0f ms): %lld contracts, %lld tasks, %lld "
                    "outbox entries%s\n",
                    wall, cpu, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
                    sqlite3_column_int64(st, 2), r ? "" : " FAILED");
        sqlite3_finalize(st);
        if (!r)
            std::printf("  %s\n", qPrintable(r.error().detail));
        exec(h, "ROLLBACK");
        closeDatabase(QStringLiteral("bench"));
        return r ? 0 : 1;
    }
    if (!reuse) {
        DemoOptions o;
        o.residents = residents;
        o.seed = 7;
        QElapsedTimer t;
        t.start();
        auto r = DemoGenerator::generate(QStringLiteral("bench"), scope, o);
        if (!r) {
            std::fprintf(stderr, "demo failed: %s\n", qPrintable(r.error().detail));
            return 1;
        }
        std::printf("demo: %d residents generated in %.1f s (contracts included)\n", residents,
                    t.elapsed() / 1000.0);
    }
    sqlite3 *h = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    // The same page cache and temp store as the application's connection.
    sqlite3_exec(h, "PRAGMA cache_size=-16000; PRAGMA temp_store=MEMORY", nullptr, nullptr,
                 nullptr);
    const qint64 contracts = rawScalar(h, "SELECT count(*) FROM contract");
    const qint64 people = rawScalar(h, "SELECT count(*) FROM resident WHERE deleted = 0");
    std::printf("data: %lld residents, %lld contracts, %lld tasks\n", people, contracts,
                rawScalar(h, "SELECT count(*) FROM contract_task"));

    const QDate today = QDate::currentDate();
    const IndicatorFilter year{QDate(today.year(), 1, 1), today, {}, {}};
    const int runs = small ? 3 : 5;
    ContractIndicatorValues values;
    const double ind = bestOf(
        runs, [&] { values = *ContractIndicators(QStringLiteral("bench")).compute(scope, year); });
    const double indCpu = g_cpu;
    // Baseline: the one question every indicator needs, residents signed in the period, as a
    // single hand-written query through the raw sqlite3 API.
    const QByteArray from = year.from.toString(Qt::ISODate).toUtf8(),
                     to = year.to.toString(Qt::ISODate).toUtf8();
    qint64 rawSigned = 0;
    const double rawInd = bestOf(runs, [&] {
        rawSigned = rawScalar(
            h,
            "SELECT count(*) FROM resident r WHERE r.deleted = 0 AND EXISTS (SELECT 1 FROM"
            " contract c WHERE c.resident_id = r.id AND c.deleted = 0 AND c.start_date <= ?2"
            " AND c.cover_end >= ?1)",
            from, to);
    });
    const double rawIndCpu = g_cpu;
    std::printf(
        "township indicators (%lld residents, 签约率 %.1f%%, 重点人群 %.1f%%): %.1f ms (CPU %.1f "
        "ms)"
        " (target < 1000 ms); raw SQLite signed-count baseline %.1f ms (CPU %.1f ms); ratio %.2f\n",
        values.population, values.signRate(), values.keySignRate(), ind, indCpu, rawInd, rawIndCpu,
        ind / rawInd);
    if (rawSigned != values.signedResidents)
        std::printf("  MISMATCH: raw signed %lld vs indicator %lld\n", rawSigned,
                    values.signedResidents);

    const QDate monthStart(today.year(), today.month(), 1),
        monthEnd = monthStart.addMonths(1).addDays(-1);
    int rows = 0;
    const double exp = bestOf(runs, [&] {
        rows = int(ContractWorkLists(QStringLiteral("bench"))
                       .expiring(scope, monthStart, monthEnd)
                       ->size());
    });
    const double expCpu = g_cpu;
    const QByteArray ms = monthStart.toString(Qt::ISODate).toUtf8(),
                     me = monthEnd.toString(Qt::ISODate).toUtf8();
    qint64 rawRows = 0;
    const double rawExp = bestOf(runs, [&] {
        rawRows = rawScalar(
            h,
            "SELECT 1 FROM contract c JOIN resident r ON r.id = c.resident_id"
            " WHERE c.end_date BETWEEN ?1 AND ?2 AND c.deleted = 0 AND c.terminated_on IS NULL"
            " ORDER BY r.village_code",
            ms, me);
    });
    std::printf(
        "expiring this month (%d contracts): %.1f ms (CPU %.1f ms) (target < 100 ms); raw SQLite"
        " baseline %.1f ms (CPU %.1f ms, %lld rows); ratio %.2f\n",
        rows, exp, expCpu, rawExp, g_cpu, rawRows, exp / rawExp);
    int unsignedRows = 0;
    const double uns = bestOf(small ? 2 : 2, [&] {
        unsignedRows =
            int(ContractWorkLists(QStringLiteral("bench")).unsignedKey(scope, today)->size());
    });
    std::printf("key-population residents not signed (%d): %.1f ms (CPU %.1f ms)\n", unsignedRows,
                uns, g_cpu);
    sqlite3_close(h);
    closeDatabase(QStringLiteral("bench"));
    return 0;
}
