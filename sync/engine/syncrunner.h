#pragma once

// Runs one sync on a worker thread with its own database connection (Qt SQL connections belong
// to the thread that opened them), so the workstation stays usable during a sync.

#include "syncengine.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace Sync {

class SyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit SyncRunner(QObject *parent = nullptr);
    ~SyncRunner() override;
    bool isRunning() const { return m_thread != nullptr; }
    // Starts a sync of the database file `dbPath`; returns false if one is already running.
    bool start(const QString &dbPath, const Models::Scope &scope, const SyncConfig &config);
    void cancel();

signals:
    void progress(int percent, const QString &stage);
    void finished(const Sync::SyncSummary &summary);

private:
    QThread *m_thread = nullptr;
    QPointer<SyncEngine> m_engine;
    SyncSummary m_summary;
};

} // namespace Sync

Q_DECLARE_METATYPE(Sync::SyncSummary)
