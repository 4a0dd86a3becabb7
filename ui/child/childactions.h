#pragma once

namespace Gui {

// 服务项目 (Ctrl+K) on the resident screen for children under 7: the newborn home visit, a
// health check, the growth chart. Called once from registerProgrammeActions().
void registerChildActions();

} // namespace Gui
