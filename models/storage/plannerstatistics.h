#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <atomic>

struct sqlite3;

namespace Models {

// Keeps SQLite's planner statistics (sqlite_stat1) true to the data. The work list, the
// indicators and the report tables join a dozen tables; without statistics, or with statistics
// from a sample of each index (analysis_limit), SQLite picks plans several times slower than the
// right ones (the 200,000-resident township's work list: 1.78 s against 0.60 s). A full ANALYZE
// reads every index, so it runs table by table (each a short write transaction, so a save from
// the screen waits at most for one table) and only for tables whose size moved since their last
// analysis; see docs/decisions.md "Planner statistics".
class PlannerStatistics
{
public:
    // Tables holding more than a few hundred rows that were never analysed, or whose row count is
    // more than 20% away from the count their statistics were taken at.
    static QStringList staleTables(sqlite3 *h);
    // Full ANALYZE of each table, one transaction each; stops between tables when `cancel` is
    // set. Returns how many tables were analysed.
    static Result<int> refresh(sqlite3 *h, const QStringList &tables,
                               const std::atomic_bool *cancel = nullptr);
    // staleTables() then refresh() on a new connection to the file of the connection named
    // `connectionName` (the process's default VFS, so an encrypted file is read with its
    // registered key), on a thread of its own. One at a time per process: a call while one runs
    // does nothing. An exiting process cancels the running one after its current table.
    static void refreshInBackground(const QString &connectionName);
    // Blocks until the background refresh (if any) has finished; the tables it analysed.
    static int wait();
};

} // namespace Models
