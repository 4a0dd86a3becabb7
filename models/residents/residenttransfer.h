#pragma once

// 档案迁入: a resident registered in another village is moved to the requester's village only
// when a user of that village (or an administrator) approves. The requester learns nothing about
// the resident (not the name, not the record number) until the record is theirs.

#include "result.h"
#include "scope.h"

#include <QDateTime>
#include <QVector>

namespace Models {

struct ResidentTransfer
{
    QString id, residentId, fromVillage, toVillage, reason, requestedBy, status;
    QDateTime requestedAt;
    QString residentName, recordNo; // filled only for those who may see the resident
};

class ResidentTransferRepository
{
public:
    explicit ResidentTransferRepository(QString connectionName);

    // Asks for the resident holding `idNumber` to be moved to `toVillage` (one of the caller's).
    Result<ResidentTransfer> request(const Scope &scope, const QString &idNumber,
                                     const QString &toVillage, const QString &reason = {});
    // Open requests for records of the caller's villages (what they may approve).
    Result<QVector<ResidentTransfer>> pendingForApproval(const Scope &scope) const;
    // Moves the resident to the requested village: resident row (detached from the old
    // household), outbox, audit and the request's state, in one transaction.
    Result<void> approve(const Scope &scope, const QString &transferId);
    Result<void> decline(const Scope &scope, const QString &transferId);

private:
    Result<ResidentTransfer> openRequest(const Scope &scope, const QString &transferId) const;
    Result<void> close(const Scope &scope, const QString &transferId, const QString &status);

    QString m_conn;
};

} // namespace Models
