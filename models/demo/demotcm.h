#pragma once

#include "demoextension.h"

namespace Models {

// TCM constitution assessments (scored by the rule file's engine) for about two thirds of the
// 65+ residents last year and half of them this year, children's TCM guidance at the month ages
// they passed (about 70% each), and a few tuberculosis suspects referred from the screen, so the
// work list, the TCM indicators and report tables 09 and 10 count something on the demo.
Result<void> generateDemoTcm(const QString &connectionName, sqlite3 *h, const Scope &scope,
                             const DemoOptions &options);

} // namespace Models
