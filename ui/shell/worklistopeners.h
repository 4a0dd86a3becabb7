#pragma once

#include "context.h"

#include <functional>

namespace Gui {

class WorklistPage;

// The forms the daily work list opens, one per WorkItem::form: the chronic follow-up, the dose
// record, the health check, the contract renewal and task, and the sync page for the clinic's
// queue. They live in other screen folders that ui/worklist may not use, so the shell installs
// them here (as it installs the residents list's record opener).
void installWorklistOpeners(WorklistPage &page, const Context &context,
                            std::function<void()> showSyncPage);

} // namespace Gui
