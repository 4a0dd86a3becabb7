#pragma once

#include "demoextension.h"

namespace Models {

// Pregnancies (booked, delivered, visited, closed) for the demo's babies and their mothers in the
// same household, and children's health checks at the scheduled ages with growth assessed.
Result<void> generateDemoMaternalChild(const QString &connectionName, sqlite3 *h,
                                       const Scope &scope, const DemoOptions &options);

} // namespace Models
