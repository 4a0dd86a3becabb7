#pragma once

#include "chronic.h"
#include "chronicrules.h"
#include "result.h"
#include "scope.h"

namespace Models {

// Registrations into chronic-disease management and their follow-ups. Every write stores the
// row(s), the schedule the worklists read, an outbox entry and an audit entry in one
// transaction (DESIGN.md invariants 1-3). Permission area: "chronic".
class ChronicRepository
{
public:
    explicit ChronicRepository(QString connectionName,
                               const ChronicRuleSet &rules = ChronicRuleSet::active());
    const ChronicRuleSet &rules() const { return m_rules; }

    Result<ChronicRegistration> registerResident(const Scope &scope, ChronicRegistration reg);
    Result<ChronicRegistration> close(const Scope &scope, const QString &registrationId,
                                      const QDate &on, const QString &reason, const QString &note);
    Result<ChronicRegistration> registration(const Scope &scope, const QString &id) const;
    // All registrations of a resident, open first.
    Result<QVector<ChronicRegistration>> registrationsOf(const Scope &scope,
                                                         const QString &residentId) const;

    // Field-level checks of docs/domain/health-record.md 4 (hard limits refuse); empty when the
    // follow-up is sound.
    static QList<Error> validate(const ChronicFollowup &f);
    // The rules' decision for a draft, with the resident's age, comorbidity and previous class
    // filled in from the database (what the form shows live).
    Result<Decision> preview(const Scope &scope, const ChronicFollowup &f) const;
    // Quality warnings that do not refuse the save (identical BP repeated, BMI out of range).
    Result<QString> qualityWarning(const Scope &scope, const ChronicFollowup &f) const;
    // Validates, classifies and stores. nextDate, when invalid, takes the rules' proposal.
    Result<ChronicFollowup> record(const Scope &scope, ChronicFollowup f);
    // A correction: a new version that supersedes `previousId` (which is tombstoned).
    Result<ChronicFollowup> correct(const Scope &scope, const QString &previousId,
                                    ChronicFollowup f);
    // Follow-ups of a registration in date order, optionally within [from, to].
    Result<QVector<ChronicFollowup>> followups(const Scope &scope, const QString &registrationId,
                                               const QDate &from = {}, const QDate &to = {}) const;

    Result<void> setTargetPopulation(const Scope &scope, const QString &programme, int year,
                                     const QString &areaCode, int population);

private:
    Result<ChronicRegistration> loadRegistration(const Scope &scope, const QString &id) const;
    Result<void> refreshSchedule(const QString &registrationId, const QDate &registeredOn);
    Result<ChronicFollowup> store(const Scope &scope, ChronicFollowup f, const QString &previousId);

    QString m_conn;
    ChronicRuleSet m_rules;
};

} // namespace Models
