#pragma once

#include "result.h"
#include "scope.h"

namespace Models {

// Repositories refuse what the caller's role may not do, below the UI. Permission names are
// "<area>.read" / "<area>.write" (resident, household, chronic, immunization, contract, record,
// report, sync, user, settings, backup, audit); the role table that grants them is data.
// The refusal names the permission in words ("修改系统设置"); the code is in Error::detail.
Result<void> requirePermission(const Scope &scope, const QString &permission);

// "settings.write" → 修改系统设置, in the UI language; an unknown code comes back as it is.
QString permissionLabel(const QString &permission);

} // namespace Models
