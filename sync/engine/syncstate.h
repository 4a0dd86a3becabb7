#pragma once

// What the UI and the CLI read and change about sync, without touching SQL themselves:
// configuration, status (truthful counts), the conflict queue and the rejected list.

#include "result.h"
#include "scope.h"
#include "synclabels.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QVector>

namespace Sync {

using Models::Result;

struct SyncConfig
{
    // The platform's address: its FHIR base (https://fhir.example/baseR4) or, for jiayi-platform,
    // the host (https://platform.example:8443; its base /fhir is found from the metadata).
    QString server;
    QString token;
    QString caFile;      // PEM file of the CA that signed the platform's certificate
    int batchSize = 500; // records per transaction Bundle
    int pageSize = 2000; // resources per pull page (pages are pipelined)
    int timeoutMs = 30000;
    int maxRetries = 4;
    int backoffMs = 500;  // first back-off; doubles each retry
    int autoMinutes = 15; // the app syncs on its own this often while online; 0: only by hand
    // Pushed Bundles over 8 KB gzipped: "auto" only to jiayi-platform (it declares that it
    // inflates), "on" always, "off" never.
    QString gzip = QStringLiteral("auto");
    // A server without our change cursor is read by time (_history?_since= or _lastUpdated): each
    // sync starts this much before the newest change it saw, so changes committed late with an
    // earlier time, and entries sharing the last instant of a page, are not skipped.
    int overlapSeconds = 300;
};

struct SyncStatus
{
    bool configured = false;
    qint64 unsent = 0;    // records with changes not yet acknowledged by the platform
    qint64 conflicts = 0; // open fields in the conflict queue
    qint64 rejected = 0;
    QDateTime lastSync; // last sync that finished with nothing left to send (UTC)
    QDateTime lastAttempt;
    QString lastError;      // of the last attempt; empty when it succeeded
    QDateTime failingSince; // first failed attempt since the last one that worked (UTC)
    qint64 clockSkewSeconds = 0;
};

struct ConflictField
{
    qint64 seq = 0;
    QString field;
    QJsonValue base, mine, theirs;
};

struct Conflict
{
    QString entity, entityId, label; // label: a readable name of the record
    QVector<ConflictField> fields;
};

struct PendingKind
{
    QString entity, label; // label: 居民, 随访 …
    qint64 records = 0;
};

struct Rejected
{
    QString entity, entityId, label, reason, at;
    int status = 0;
};

// One line of the clinic's own queue (the daily work list's 本机待办), in words.
struct QueueLine
{
    QString kind; // unsent, conflict, rejected
    QString text;
    QString ref; // entity/id of the record; empty for a summary line
};

class SyncState
{
public:
    explicit SyncState(QString connectionName);
    Result<SyncConfig> config(const Models::Scope &scope) const;
    Result<void> configure(const Models::Scope &scope, const SyncConfig &config);
    Result<SyncStatus> status(const Models::Scope &scope) const;
    Result<QVector<Conflict>> conflicts(const Models::Scope &scope) const;
    // Records with unsent changes, per kind, referenced kinds first.
    Result<QVector<PendingKind>> pendingByKind(const Models::Scope &scope) const;
    Result<QVector<Rejected>> rejected(const Models::Scope &scope) const;
    // What waits on this workstation, for the daily work list: the unsent changes (one line,
    // per kind when few), each record in conflict and each record the platform rejected (at most
    // `limit` of each, then a line with how many more). Empty without sync.read.
    QVector<QueueLine> queue(const Models::Scope &scope, int limit = 30) const;
    // Stores the chosen values of a record's conflicting fields as a local edit (outbox + audit)
    // and closes its conflicts; the next sync sends the result.
    Result<void> resolve(const Models::Scope &scope, const QString &entity, const QString &entityId,
                         const QMap<QString, QJsonValue> &values);
    // Queues a rejected record again (after it was fixed elsewhere, or as is).
    Result<void> resend(const Models::Scope &scope, const QString &entity, const QString &entityId);

    QString value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

private:
    QString m_conn;
};

// Whether the app should start a sync on its own now: configured, automatic sync on, the
// platform reachable, no sync running, and the last attempt at least autoMinutes ago.
bool autoSyncDue(const SyncConfig &config, const SyncStatus &status, bool online, bool running,
                 const QDateTime &nowUtc);

} // namespace Sync
