#pragma once

// Private to models/: the health record's demo extension (health checks, encounters).

#include "demoextension.h"

namespace Models {
Result<void> generateDemoHealthRecords(const QString &connectionName, sqlite3 *h,
                                       const Scope &scope, const DemoOptions &options);
}
