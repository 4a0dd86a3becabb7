#pragma once

// Private to models/: the contracts part of the demo township (registered in demoextension.cpp).

#include "demoextension.h"

namespace Models {

Result<void> generateDemoContracts(const QString &connectionName, sqlite3 *h, const Scope &scope,
                                   const DemoOptions &options);

} // namespace Models
