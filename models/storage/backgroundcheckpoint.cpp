#include "backgroundcheckpoint.h"

#include "logging.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>

namespace Models {

namespace {
struct Runner
{
    std::mutex mutex;
    std::thread thread;
    std::atomic<qint64> milliseconds{0};
    ~Runner()
    {
        if (thread.joinable())
            thread.join();
    }
};

Runner &runner()
{
    static Runner r; // constructed after the VFS and its keys, so destroyed (joined) before them
    return r;
}

void checkpoint(const std::string &path, std::atomic<qint64> &ms)
{
    QElapsedTimer t;
    t.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        // A new connection learns that the file is in WAL mode only when it first reads it.
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        int logFrames = 0, copied = 0;
        const int rc =
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
        if (rc != SQLITE_OK)
            qCWarning(lcRepo) << "background checkpoint:" << sqlite3_errmsg(db);
        else
            qCInfo(lcRepo) << "background checkpoint" << copied << "of" << logFrames << "frames";
    }
    sqlite3_close(db);
    ms = t.elapsed();
}
} // namespace

void BackgroundCheckpoint::start(sqlite3 *h)
{
    const char *file = h ? sqlite3_db_filename(h, "main") : nullptr;
    if (!file || !*file)
        return; // in-memory or temporary database: nothing to copy
    Runner &r = runner();
    std::lock_guard lock(r.mutex);
    if (r.thread.joinable())
        r.thread.join();
    r.milliseconds = 0;
    r.thread = std::thread(checkpoint, std::string(file), std::ref(r.milliseconds));
}

qint64 BackgroundCheckpoint::wait()
{
    Runner &r = runner();
    std::lock_guard lock(r.mutex);
    if (r.thread.joinable())
        r.thread.join();
    return r.milliseconds.exchange(0);
}

} // namespace Models
