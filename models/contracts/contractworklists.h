#pragma once

#include "contract.h"
#include "result.h"
#include "scope.h"

#include <QJsonObject>
#include <QVector>

namespace Models {

// One line of a work list (who, where, which contract, what is the matter).
struct WorkRow
{
    QString residentId;
    QString residentName;
    QString sex;
    QDate birthDate;
    QString phone;
    QString villageCode;
    QString villageName;
    QString householdId;
    QString contractId;
    QString contractNo;
    QString teamId;
    QString teamName;
    QString doctorName;
    QDate startDate;
    QDate endDate;
    QStringList tags; // key-population codes
    int signedMembers = 0;
    int members = 0;
    QJsonObject toJson(const QDate &today) const;
};

// The contract work lists. Each is ordered by village, then team, then name, so that a printed
// list is a round for one village doctor.
class ContractWorkLists
{
public:
    explicit ContractWorkLists(QString connectionName);

    // Contracts whose end date falls in [from, to], not terminated and not yet renewed; of one
    // village, of the villages under a township's or county's code, or (empty) all in scope.
    Result<QVector<WorkRow>> expiring(const Scope &scope, const QDate &from, const QDate &to,
                                      const QString &villageCode = {},
                                      const QString &teamId = {}) const;
    // Key-population residents with no contract covering `day`; with a team, of its villages.
    Result<QVector<WorkRow>> unsignedKey(const Scope &scope, const QDate &day,
                                         const QString &villageCode = {},
                                         const QString &teamId = {}) const;
    // Households with some members covered on `day` and some not (one row per household, the
    // head's name; signedMembers / members).
    Result<QVector<WorkRow>> partlySigned(const Scope &scope, const QDate &day,
                                          const QString &villageCode = {},
                                          const QString &teamId = {}) const;
    // Open package tasks due on or before `until` of the contracts that cover `day`, of one
    // village, of the villages under a township's or county's code, or, with an empty code,
    // every village in scope (the daily work list); by due date.
    Result<QVector<ContractTask>> tasksDue(const Scope &scope, const QDate &day, const QDate &until,
                                           const QString &villageCode = {}) const;

private:
    QString m_conn;
};

} // namespace Models
