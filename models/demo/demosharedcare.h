#pragma once

#include "demoextension.h"

namespace Models {

// Severe-mental-disorder patients (about 4 in 1,000 adults) with a year of follow-ups, and
// tuberculosis patients (about 1 in 1,000 adults) notified last August, through a six-month course
// with their doses, so the work list, the indicators and report tables 08 and 09 count something on
// the demo.
Result<void> generateDemoSharedCare(const QString &connectionName, sqlite3 *h, const Scope &scope,
                                    const DemoOptions &options);

} // namespace Models
