#pragma once

namespace Gui {

// The 65+ annual service in the resident screen's 服务项目 menu. Called once from
// registerProgrammeActions().
void registerElderlyActions();

} // namespace Gui
