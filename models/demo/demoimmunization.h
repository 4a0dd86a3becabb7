#pragma once

#include "demogenerator.h"

struct sqlite3;

namespace Models {

// Demo extension (demoextension.cpp): immunization histories for every child 0-6.
Result<void> generateDemoImmunization(const QString &connectionName, sqlite3 *h, const Scope &scope,
                                      const DemoOptions &options);

} // namespace Models
