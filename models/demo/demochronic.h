#pragma once

// Private to models/: the chronic-disease part of the demo township (see demoextension.h).

#include "demogenerator.h"
#include "result.h"
#include "scope.h"

struct sqlite3;

namespace Models {

Result<void> generateChronicDemo(const QString &connectionName, sqlite3 *h, const Scope &scope,
                                 const DemoOptions &options);

} // namespace Models
