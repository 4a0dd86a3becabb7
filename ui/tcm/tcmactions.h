#pragma once

namespace Gui {

// The TCM entries of the resident screen's 服务项目 menu: the constitution assessment (65+) and
// children's TCM guidance (6-36 months). Called once from registerProgrammeActions().
void registerTcmActions();

} // namespace Gui
