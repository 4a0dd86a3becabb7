#pragma once

#include "elderlyservice.h"
#include "result.h"
#include "scope.h"

#include <QVector>

namespace Models {

// The year's service of a resident: the current version of each visit and what it still lacks.
struct ElderlyYearStatus
{
    int year = 0;
    std::optional<ElderlyService> service; // the latest visit of the year
    QStringList missing;                   // elderlyMissingParts; "service" when none at all
    bool complete() const { return service.has_value() && missing.isEmpty(); }
};

// Every call checks record.read / record.write and the resident's village; a write stores the
// row, its outbox entry and its audit entry in one transaction; a correction is a new version.
class ElderlyRepository
{
public:
    explicit ElderlyRepository(QString connectionName);

    // Refuses a resident under 65 on the visit date, values out of range, a health check of
    // another resident; parts may be missing (the status says which).
    Result<ElderlyService> addService(const Scope &scope, ElderlyService s);
    Result<ElderlyService> service(const Scope &scope, const QString &id) const;
    // Current versions, newest first.
    Result<QVector<ElderlyService>> services(const Scope &scope, const QString &residentId) const;
    Result<ElderlyYearStatus> yearStatus(const Scope &scope, const QString &residentId,
                                         int year) const;

private:
    Result<QString> residentVillage(const Scope &scope, const QString &residentId,
                                    QDate *birth = nullptr) const;
    bool healthCheckOf(const QString &checkId, const QString &residentId) const;
    QString m_conn;
};

} // namespace Models
