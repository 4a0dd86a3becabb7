#pragma once

// Private to models/: the outbox and audit entries that go with every change
// (DESIGN.md invariants 1-3). Call inside the caller's Transaction.

#include "result.h"
#include "scope.h"

#include <QJsonObject>
#include <QVector>

namespace Models {

enum class ChangeOp { Create, Update, Delete };

struct AuditEntry
{
    qint64 seq = 0;
    QString at;
    QString userId;
    QString workstation;
    QString action;
    QString entity;
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

class ChangeLog
{
public:
    // Writes the outbox entry and the audit entry of one change.
    static Result<void> record(const QString &connectionName, const Scope &scope,
                               const QString &entity, const QString &entityId, ChangeOp op,
                               const QJsonObject &before, const QJsonObject &after);
    // Audit only (reads, exports, non-synced actions).
    static Result<void> audit(const QString &connectionName, const Scope &scope,
                              const QString &action, const QString &entity, const QString &entityId,
                              const QJsonObject &before = {}, const QJsonObject &after = {});
    // Appends a prepared entry (its time, user, action, entity, texts) to the chain: prevHash and
    // hash are set here. audit() and the import's one entry per batch go through it.
    static Result<void> append(const QString &connectionName, AuditEntry entry);
    // The outbox entries of many records created in one transaction (the import's batches): one
    // entry per record, 64 to a statement; changelogbulk.cpp says how the pending count is kept.
    // The caller audits the batch (append), not each record.
    static Result<void> recordCreated(const QString &connectionName, const QString &entity,
                                      const QVector<QByteArray> &ids, const QString &createdAt);
    // The hash of an entry, with the algorithm its stored hash names: "sm3:<hex>" under the
    // 商用密码 suite, plain hex for SHA-256 (every entry written before the tag existed), so old
    // and new entries verify in one chain. `audit verify` uses this.
    static QString hashOf(const AuditEntry &e);
    // A new entry's hash with the chain's current algorithm (security.json cryptoSuite).
    static QString newHash(const AuditEntry &e);
    // Overrides the suite's choice (tests; a deployment that switches keeps its old entries).
    static void setSm3Chain(bool sm3);
    static bool sm3Chain();
    static QString nowUtc();
};

} // namespace Models
