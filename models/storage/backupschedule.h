#pragma once

// The backup schedule of a workstation (docs/security.md, "Backup schedule"): daily at a time or
// every N hours, keep the last K scheduled backups, into a folder. Stored as settings in the
// database (table backup_setting, migration 0012), so the app and `jiayi-cli backup --scheduled`
// (cron, Task Scheduler) follow the same schedule. No password is stored: backups are sealed to
// the schedule's public key (BackupService::makeKeyPair).
//
// Threads: BackupScheduler (a connection) reads and writes settings and the log of runs in the
// connection's thread; takeBackup() touches only files, so the app runs it in a worker thread.

#include "backupservice.h"
#include "result.h"
#include "scope.h"

#include <QDateTime>
#include <QHash>
#include <QTime>

namespace Models {

struct BackupSchedule
{
    enum class Mode { Off, Daily, EveryHours };
    Mode mode = Mode::Off;
    QTime dailyAt = QTime(12, 30); // local time, Mode::Daily
    int everyHours = 24;           // Mode::EveryHours, 1..168
    int keep = 7;                  // scheduled backups kept in the folder, 1..365
    QString folder;
    Crypto::Suite suite = Crypto::Suite::International;
    QByteArray keyPair; // BackupService::makeKeyPair; empty until a password is set

    bool enabled() const { return mode != Mode::Off; }
    // The first time a backup is due after the last scheduled one (local time); `lastRun`
    // invalid (never ran): due now. Invalid when the schedule is off.
    QDateTime nextDue(const QDateTime &lastRun, const QDateTime &now) const;
    bool isDue(const QDateTime &lastRun, const QDateTime &now) const;
    // A schedule that can run: mode, folder, key, ranges. Field-level errors.
    Result<void> validate() const;
    static QString modeName(Mode m); // "off" | "daily" | "hours"
    static Mode modeFromName(const QString &name);
};

// One backup in the log (backup_run): its verification state for the list.
struct BackupRun
{
    QString file;        // absolute path when taken
    QString kind;        // "scheduled" | "manual"
    QDateTime createdAt; // UTC
    qint64 fileSize = 0;
    QString digest;
    QDateTime verifiedAt;
    int verifyState = -1; // 1 ok, 0 failed, -1 never checked
    QString verifyNote;
};

struct ScheduledBackup
{
    bool due = false;
    QDateTime takenAt;  // the run's clock ("now" of takeBackup): the schedule counts from it
    BackupInfo info;    // when taken
    QStringList pruned; // files removed (beyond keep)
    QDateTime nextDue;  // after this run
    QString error;      // set when the backup failed (nothing pruned then)
};

class BackupScheduler
{
public:
    explicit BackupScheduler(QString connectionName);

    Result<BackupSchedule> load(const Scope &scope) const;
    // Saves the schedule (backup.write). With a password, a new key pair is made for it (the
    // old backups keep their own keys); without one, the stored key pair is kept. Audited.
    Result<void> save(const Scope &scope, BackupSchedule schedule, const QString &password = {},
                      const QString &recoveryKey = {}, int kdfIterations = 0);
    // The last scheduled backup that was taken (local time); invalid when none.
    Result<QDateTime> lastRun(const Scope &scope) const;
    Result<QDateTime> lastAttempt(const Scope &scope) const; // failed or not
    Result<QString>
    lastError(const Scope &scope) const; // of the last attempt; empty when it worked

    // The log of backups, by absolute file path.
    Result<QHash<QString, BackupRun>> runs(const Scope &scope) const;
    // Records a backup (scheduled or manual) and its verification; audited.
    Result<void> recordRun(const Scope &scope, const BackupInfo &info, const QString &kind,
                           const QDateTime &takenAt = {});
    Result<void> recordVerification(const Scope &scope, const QString &file, bool ok,
                                    const QString &note);
    // Records the outcome of takeBackup (the run, the pruned files, a failure); audited.
    Result<void> recordScheduled(const Scope &scope, const ScheduledBackup &result);

    // Files only (no connection): safe in a worker thread. Takes the backup into the schedule's
    // folder, verifies it, and when it verified removes scheduled backups beyond `keep`.
    static ScheduledBackup takeBackup(const Scope &scope, const BackupSchedule &schedule,
                                      const QString &dbPath, const QDateTime &now,
                                      const BackupService::Progress &progress = {});
    // Scheduled backups of this database in the folder, newest first.
    static QStringList scheduledFiles(const QString &folder, const QString &dbPath);
    static QStringList prune(const QString &folder, const QString &dbPath, int keep);

    // load, due? takeBackup, record: for `jiayi-cli backup --scheduled` and tests.
    Result<ScheduledBackup> runIfDue(const Scope &scope, const QString &dbPath,
                                     const QDateTime &now, bool force = false,
                                     const BackupService::Progress &progress = {});

private:
    Result<void> setValue(const Scope &scope, const QString &key, const QString &value);
    QString m_conn;
};

} // namespace Models
