#pragma once

#include "clinicalranges.h"
#include "healthrecord.h"
#include "result.h"
#include "scope.h"

#include <QList>

namespace Models {

// Encounters, health checks and the personal basic information form of one resident. Every
// call checks record.read / record.write and the resident's village; every write stores the
// row, its outbox entry and its audit entry in one transaction.
class HealthRecordRepository
{
public:
    explicit HealthRecordRepository(QString connectionName);

    Result<Encounter> addEncounter(const Scope &scope, Encounter e);
    // A correction: a new version that supersedes `e.supersedes` (which must exist, belong to the
    // same resident and not be corrected already). Clinical events are append-only: the earlier
    // version is kept; the new row, its outbox entry, its audit entry and a "correct" audit entry
    // naming both versions are written in one transaction. addEncounter with `supersedes` set
    // does the same.
    Result<Encounter> correctEncounter(const Scope &scope, Encounter e);
    Result<Encounter> encounter(const Scope &scope, const QString &id) const;
    Result<QVector<Encounter>> encounters(const Scope &scope, const QString &residentId) const;
    // The version `id` and every version it corrects, newest first.
    Result<QVector<Encounter>> encounterVersions(const Scope &scope, const QString &id) const;
    Result<QVector<HealthCheck>> healthCheckVersions(const Scope &scope, const QString &id) const;

    // `confirmed`: the doctor has confirmed the implausible values (FieldCheck::Confirm).
    Result<HealthCheck> addHealthCheck(const Scope &scope, HealthCheck h, bool confirmed = false);
    // A correction of a health check: a new version superseding `h.supersedes`.
    Result<HealthCheck> correctHealthCheck(const Scope &scope, HealthCheck h,
                                           bool confirmed = false);
    Result<HealthCheck> healthCheck(const Scope &scope, const QString &id) const;
    Result<QVector<HealthCheck>> healthChecks(const Scope &scope, const QString &residentId) const;

    Result<BasicInfo> basicInfo(const Scope &scope, const QString &residentId) const;
    Result<void> saveBasicInfo(const Scope &scope, const BasicInfo &info);

    // Checks without storing (the forms call these as the doctor types).
    static QList<Error> validateEncounter(const Encounter &e, const QDate &birth,
                                          const QDate &today = QDate::currentDate());
    static QList<FieldCheck> checkHealthCheck(const HealthCheck &h, QChar sex, int age);
    static QList<Error> validateBasicInfo(const BasicInfo &info);

private:
    // Refuses to correct a version that a later one already corrects (two doctors at once).
    Result<void> checkCurrent(const QString &table, const QString &id) const;
    Result<QString> residentVillage(const Scope &scope, const QString &residentId,
                                    QChar *sex = nullptr, QDate *birth = nullptr) const;
    QString m_conn;
};

} // namespace Models
