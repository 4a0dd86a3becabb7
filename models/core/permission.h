#pragma once

#include "result.h"
#include "scope.h"

namespace Models {

// Repositories refuse what the caller's role may not do, below the UI. Permission names are
// "<area>.read" / "<area>.write" (resident, household, chronic, immunization, contract, record,
// report, sync, user, settings, backup, audit, merge); the role table that grants them is data.
Result<void> requirePermission(const Scope &scope, const QString &permission);

} // namespace Models
