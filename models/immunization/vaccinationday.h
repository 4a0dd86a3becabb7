#pragma once

#include "immunization.h"
#include "result.h"
#include "scope.h"

#include <QDateTime>
#include <QVector>

namespace Models {

// A child vaccinated here on a day: the vaccines, when the last one was recorded and when the
// observation (留观, settings.observation_minutes of the schedule) ends.
struct VaccinatedChild
{
    QString residentId;
    QString name;
    Guardian guardian;
    QStringList vaccines;  // product abbreviations, in the order given
    QDateTime lastGivenAt; // UTC, when the last dose was recorded
    QDateTime mayLeaveAt;  // UTC
};

// The day at the vaccination clinic: who was vaccinated (今日已接种) and the child's guardian.
class VaccinationDay
{
public:
    explicit VaccinationDay(QString connectionName);

    // Children given a dose here on `day` (in scope), the last vaccinated first.
    Result<QVector<VaccinatedChild>> vaccinated(const Scope &scope, const QDate &day) const;
    // Stores the guardian as the resident's contact (name, relation, phone), with its outbox
    // and audit entries in one transaction.
    Result<void> setGuardian(const Scope &scope, const QString &residentId, const Guardian &g);

private:
    QString m_conn;
};

} // namespace Models
