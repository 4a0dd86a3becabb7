#pragma once

#include "contract.h"
#include "result.h"
#include "scope.h"

#include <QVector>

namespace Models {

// The public hook for other capabilities: a hypertension follow-up, a diabetes follow-up, a
// health check... calls markDone when it is saved, inside its own transaction (markDone joins
// an open transaction, or opens one). Kinds are the "kind" of the package services in
// resources/rules/contract_packages.json: hypertension_followup, diabetes_followup,
// annual_check, child_check, tcm_assessment, home_visit, prenatal_visit, health_education.
class ContractTasks
{
public:
    // Marks done the earliest open task of `kind` of the resident's contract that covers `date`.
    // Returns true when a task was marked (or `sourceId` had already marked one: retries are
    // harmless), false when the resident has no contract on that date or no open task of that
    // kind. Needs contract.write.
    static Result<bool> markDone(const QString &connectionName, const Scope &scope,
                                 const QString &residentId, const QString &kind, const QDate &date,
                                 const QString &sourceId);

    // For a clinical record just saved inside the caller's transaction: marks the matching task
    // done with the caller's right to record it (a derived update, so contract.write is not
    // asked of a nurse recording a follow-up). Same return as markDone.
    static Result<bool> markDoneFor(const QString &connectionName, const Scope &scope,
                                    const QString &residentId, const QString &kind,
                                    const QDate &date, const QString &sourceId);

    // Every task of the resident's contracts (newest contract first, then by due date).
    static Result<QVector<ContractTask>> forResident(const QString &connectionName,
                                                     const Scope &scope, const QString &residentId);
};

} // namespace Models
