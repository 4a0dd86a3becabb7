#pragma once

#include "backupschedule.h"
#include "context.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace Gui {

// Takes the scheduled backups of the app (settings in 设置 → 备份): checks once a minute (and
// shortly after start, so a schedule missed while the PC was off runs at the next start), runs
// the backup in a worker thread (files only: its own SQLite handle, no Qt SQL connection), then
// records the outcome in the GUI thread. Work goes on meanwhile; progress and 取消 are shown by
// BackupStatusWidget. Runs as "backup-scheduler", whoever is logged in: the administrator set
// the schedule, and the backups are sealed to the schedule's key, not to the user.
class BackupRunner : public QObject
{
    Q_OBJECT
public:
    explicit BackupRunner(const Context &context, QObject *parent = nullptr,
                          int firstCheckMs = 15000);
    ~BackupRunner() override;

    // The runner of the open main window (the backup screen talks to it); null when none.
    static BackupRunner *instance();
    bool isRunning() const { return m_thread != nullptr; }
    Models::Scope scope() const { return m_scope; }
    // After a failure the schedule waits this long before trying again (a missing USB disk).
    static constexpr int RetryMinutes = 30;

public slots:
    // Starts a backup when one is due (force: now, whatever the schedule says). False when none
    // started.
    bool check(bool force = false);
    void cancel();

signals:
    void started();
    void progress(int percent); // -1: taking the snapshot
    void finished(const Models::ScheduledBackup &result);

private:
    void done(const Models::ScheduledBackup &result);

    Context m_context;
    Models::Scope m_scope;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    static QPointer<BackupRunner> s_instance;
};

} // namespace Gui

Q_DECLARE_METATYPE(Models::ScheduledBackup)
