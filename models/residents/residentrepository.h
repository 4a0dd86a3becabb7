#pragma once

#include "resident.h"
#include "result.h"
#include "scope.h"

#include <QVector>

namespace Models {

// Residents and their households. Every write stores the row, its search terms, an outbox
// entry and an audit entry in one transaction (DESIGN.md invariants 1-3).
class ResidentRepository
{
public:
    explicit ResidentRepository(QString connectionName);

    // Validates, assigns the UUID and the health-record number, and stores. When
    // `newHousehold` is true a household is created with this resident as its head.
    Result<Resident> create(const Scope &scope, Resident resident, bool newHousehold = false);
    Result<Resident> update(const Scope &scope, Resident resident, bool newHousehold = false);
    Result<void> remove(const Scope &scope, const QString &id); // tombstone

    Result<Resident> findById(const Scope &scope, const QString &id) const;
    Result<Resident> findByIdNumber(const Scope &scope, const QString &idNumber) const;
    Result<qint64> count(const Scope &scope) const;

    Result<QVector<Household>> households(const Scope &scope, const QString &villageCode) const;
    Result<QVector<Resident>> members(const Scope &scope, const QString &householdId) const;

private:
    Result<QString> nextRecordNumber(const QString &villageCode);
    Result<void> checkVillage(const Scope &scope, const QString &villageCode) const;
    Result<void> checkUniqueIdNumber(const Scope &scope, const Resident &r) const;
    Result<void> writeTerms(const Resident &r, bool remove);
    Result<void> createHouseholdFor(const Scope &scope, Resident &r);

    QString m_conn;
};

} // namespace Models
