#pragma once

namespace Gui {

// 服务项目 (Ctrl+K) on the resident screen for women: booking a pregnancy, prenatal visits,
// the birth, the postpartum visit and the 42-day check; and the children's actions
// (ui/child). Called once from registerProgrammeActions().
void registerMaternalActions();

} // namespace Gui
