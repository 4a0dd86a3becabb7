#pragma once

// The sync client: pull (server cursor, pages; or by time from any FHIR R4 server), push
// (squashed outbox, transaction Bundles), three-way merge with a conflict queue. run() blocks; call
// it on a worker thread with its own database connection (docs/sync.md).

#include "syncstate.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QObject>

namespace Sync {

struct SyncSummary
{
    bool ok = false;
    int sent = 0, received = 0, merged = 0, newConflicts = 0, rejected = 0, deferred = 0;
    int parked = 0; // platform records this workstation could not store (kept, retried)
    qint64 unsent = 0, openConflicts = 0;
    qint64 clockSkewSeconds = 0;
    QStringList warnings;
    QJsonArray rejectedList; // {entity, id, status, reason}
    QString error;
    QString serverBase, serverMode; // the FHIR base found, and how changes are read (docs/sync.md)
    QJsonObject toJson() const;
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(QString connectionName, Models::Scope scope, SyncConfig config,
               QObject *parent = nullptr);
    ~SyncEngine() override;
    SyncSummary run();
    void cancel() { m_cancel.storeRelaxed(1); }

signals:
    void progress(int percent, const QString &stage);

private:
    struct Impl;
    Impl *d;
    QAtomicInteger<int> m_cancel = 0;
};

} // namespace Sync
