#pragma once

#include "immunization.h"
#include "result.h"
#include "scope.h"

#include <QHash>
#include <QVector>

namespace Models {

// Doses, lots, health states and certificates. Every write stores the row, its outbox entry and
// its audit entry in one transaction; doses given here are checked against the schedule and a
// rule break needs an explicit override reason (audited as "immunization.override").
class ImmunizationRepository
{
public:
    explicit ImmunizationRepository(QString connectionName);

    Result<ChildImmunization> child(const Scope &scope, const QString &residentId) const;

    // `today` bounds the date (no future doses) and the lot expiry check.
    Result<VaccineDose> recordDose(const Scope &scope, VaccineDose dose, const QDate &today);
    // A correction: the new dose supersedes `oldId` (the old row is tombstoned).
    Result<VaccineDose> correctDose(const Scope &scope, const QString &oldId, VaccineDose dose,
                                    const QDate &today);
    // What the schedule says about a dose before it is recorded (for the dialog).
    Result<CheckResult> checkDose(const Scope &scope, const QString &residentId,
                                  const QString &vaccine, const QDate &date) const;

    Result<QVector<VaccineLot>> lots(const Scope &scope, const QString &vaccine = {},
                                     const QDate &usableOn = {}) const;
    Result<VaccineLot> addLot(const Scope &scope, VaccineLot lot, const QDate &today);

    Result<ImmunizationState> addState(const Scope &scope, ImmunizationState state);
    Result<void> endState(const Scope &scope, const QString &stateId, const QDate &on);
    Result<void> issueCertificate(const Scope &scope, const QString &residentId,
                                  const QString &number, const QDate &on);

    // Children of a village (in scope) younger than `maxAgeYears` on `date`, due or overdue.
    Result<QVector<SessionEntry>> sessionList(const Scope &scope, const QString &villageCode,
                                              const QDate &date, int maxAgeYears = 7) const;
    // The same planning for one village, the villages under a township's or county's code, or,
    // with an empty code, every village in scope (the daily work list); `people` false leaves
    // names, phones and addresses empty.
    Result<QVector<SessionEntry>> dueList(const Scope &scope, const QString &villageCode,
                                          const QDate &date, int maxAgeYears = 7,
                                          bool people = true) const;
    // Children (with doses, states, certificate) born in [bornFrom, bornTo], of one village, of
    // the villages under a township's or county's code, or of every village in scope when
    // villageCode is empty. Bulk read for lists and coverage.
    // `details` false reads only what the planner needs (vaccine and date of each dose);
    // `people` false leaves name, sex, phone and address empty (indicators: index-only reads).
    // `livingOn` valid: only children in the population that day (Population::livingOn); a
    // child who died or moved away before is on no list and in no coverage.
    Result<QVector<ChildImmunization>> children(const Scope &scope, const QString &villageCode,
                                                const QDate &bornFrom, const QDate &bornTo,
                                                bool details = true, bool people = true,
                                                const QDate &livingOn = {}) const;
    // Names of residents by id (for the few rows an indicator lists).
    Result<QHash<QString, QString>> names(const Scope &scope, const QStringList &residentIds) const;

private:
    Result<void> writeDose(const Scope &scope, VaccineDose &dose, const QDate &today);
    QString m_conn;
};

} // namespace Models
