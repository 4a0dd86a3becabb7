#pragma once

// Private to models/: the outbox and audit entries that go with every change
// (DESIGN.md invariants 1-3). Call inside the caller's Transaction.

#include "result.h"
#include "scope.h"

#include <QJsonObject>

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
                              const QString &action, const QString &entity,
                              const QString &entityId, const QJsonObject &before = {},
                              const QJsonObject &after = {});
    static QString hashOf(const AuditEntry &e);
    static QString nowUtc();
};

} // namespace Models
