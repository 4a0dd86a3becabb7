#pragma once

// Runs a ReportSender off the UI thread: a worker thread with a connection of its own to the
// database file; progress and the result come back as signals on the owner's thread.

#include "reportsender.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Sync {

class ReportSendRunner : public QObject
{
    Q_OBJECT
public:
    ReportSendRunner(QString databasePath, Models::Scope scope, QObject *parent = nullptr);
    ~ReportSendRunner() override; // cancels a send in progress and waits for it

    // False when a send is already running.
    bool start(const QDate &month, const ReportSendConfig &config);
    bool busy() const;
    void cancel();

signals:
    void progress(int percent, const QString &step);
    void finished(const Sync::ReportSendResult &result);

private:
    QString m_path;
    Models::Scope m_scope;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Sync
