#include "plannerstatistics.h"

#include "dbaccess.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>

namespace Models {

namespace {
constexpr qint64 kSmallTable = 500; // below this, SQLite's default estimates plan as well

qint64 scalar(sqlite3 *h, const QByteArray &sql, bool *ok = nullptr)
{
    sqlite3_stmt *st = nullptr;
    qint64 v = 0;
    bool good = sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr) == SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW;
    if (good)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (ok)
        *ok = good;
    return v;
}

QByteArray quoted(const QString &name)
{
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

struct Runner
{
    std::mutex mutex;
    std::thread thread;
    std::atomic<int> analysed{0};
    std::atomic_bool cancel{false};
    std::atomic_bool running{false};
    ~Runner()
    {
        cancel = true; // an exiting program waits for one table at most
        if (thread.joinable())
            thread.join();
    }
};

Runner &runner()
{
    static Runner r; // constructed after the VFS and its keys, so destroyed (joined) before them
    return r;
}

void refreshFile(const std::string &path, std::atomic<int> &analysed,
                 const std::atomic_bool &cancel, std::atomic_bool &running)
{
    QElapsedTimer t;
    t.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        const QStringList stale = PlannerStatistics::staleTables(db);
        if (auto n = PlannerStatistics::refresh(db, stale, &cancel); n) {
            analysed = *n;
            qCInfo(lcRepo) << "planner statistics:" << *n << "tables analysed in" << t.elapsed()
                           << "ms";
        } else {
            qCWarning(lcRepo) << "planner statistics:" << n.error().detail;
        }
    }
    sqlite3_close(db);
    running = false;
}
} // namespace

QStringList PlannerStatistics::staleTables(sqlite3 *h)
{
    QStringList out;
    if (!h)
        return out;
    // The row count each table's statistics were taken at: the first number of a stat row (for
    // an index, its entries; a partial index has fewer, hence the largest).
    QHash<QString, qint64> recorded;
    bool haveStat = false;
    (void)scalar(h, "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'", &haveStat);
    if (haveStat) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(h, "SELECT tbl, stat FROM sqlite_stat1", -1, &st, nullptr) ==
            SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW) {
                const QString tbl =
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
                const qint64 rows = std::strtoll(
                    reinterpret_cast<const char *>(sqlite3_column_text(st, 1)), nullptr, 10);
                recorded[tbl] = std::max(recorded.value(tbl, 0), rows);
            }
        }
        sqlite3_finalize(st);
    }
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h,
                           "SELECT name FROM sqlite_master WHERE type = 'table'"
                           " AND name NOT LIKE 'sqlite_%' ORDER BY name",
                           -1, &st, nullptr) != SQLITE_OK)
        return out;
    QStringList tables;
    while (sqlite3_step(st) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    for (const QString &table : std::as_const(tables)) {
        bool ok = false;
        const qint64 rows = scalar(h, "SELECT count(*) FROM " + quoted(table), &ok);
        if (!ok)
            continue;
        const auto was = recorded.constFind(table);
        if (was == recorded.constEnd()) {
            if (rows >= kSmallTable)
                out << table;
        } else if (std::max(rows, *was) >= kSmallTable &&
                   std::llabs(rows - *was) * 5 > std::max<qint64>(*was, 1)) {
            out << table;
        }
    }
    return out;
}

Result<int> PlannerStatistics::refresh(sqlite3 *h, const QStringList &tables,
                                       const std::atomic_bool *cancel)
{
    if (!h)
        return makeError(QStringLiteral("statistics.open"), QStringLiteral("no connection"));
    // A full analysis of every index: sampled statistics mislead the planner (see the header).
    sqlite3_exec(h, "PRAGMA analysis_limit=0", nullptr, nullptr, nullptr);
    int done = 0;
    for (const QString &table : tables) {
        if (cancel && cancel->load())
            break;
        const QByteArray sql = "ANALYZE " + quoted(table);
        char *message = nullptr;
        if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : "ANALYZE failed");
            sqlite3_free(message);
            return makeError(QStringLiteral("statistics.analyze"), detail, table, detail);
        }
        ++done;
    }
    return done;
}

void PlannerStatistics::refreshInBackground(const QString &connectionName)
{
    sqlite3 *h = sqliteHandle(connectionName);
    const char *file = h ? sqlite3_db_filename(h, "main") : nullptr;
    if (!file || !*file)
        return; // in-memory or temporary database
    Runner &r = runner();
    std::lock_guard lock(r.mutex);
    if (r.running)
        return; // the one running (an earlier login's) will do; the screen never waits for it
    if (r.thread.joinable())
        r.thread.join(); // finished
    r.analysed = 0;
    r.running = true;
    r.thread = std::thread(refreshFile, std::string(file), std::ref(r.analysed),
                           std::cref(r.cancel), std::ref(r.running));
}

int PlannerStatistics::wait()
{
    Runner &r = runner();
    std::lock_guard lock(r.mutex);
    if (r.thread.joinable())
        r.thread.join();
    return r.analysed.exchange(0);
}

} // namespace Models
