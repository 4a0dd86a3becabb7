#pragma once

#include "result.h"
#include "scope.h"

namespace Models {

// Repositories refuse what the caller's role may not do, below the UI. Permission names are
// "<area>.read" / "<area>.write" (resident, household, chronic, immunization, contract, record,
// report, sync, user, settings, backup, audit, merge); the role table that grants them is data.
// The refusal names the permission in words ("修改系统设置"); the code is in Error::detail.
Result<void> requirePermission(const Scope &scope, const QString &permission);

// "settings.write" → 修改系统设置, in the UI language; an unknown code comes back as it is.
QString permissionLabel(const QString &permission);

// The one answer for a village outside the caller's Scope (code "scope.denied"); `field` names the
// form field at fault when there is one (an import row's village code).
Error outOfScope(const QString &field = {});
// Ok when the caller's Scope holds the village, outOfScope() otherwise.
Result<void> requireVillage(const Scope &scope, const QString &villageCode,
                            const QString &field = {});

} // namespace Models
