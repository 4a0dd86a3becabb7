#pragma once

namespace Gui {

// Registers every programme's actions on the resident screen (服务项目, Ctrl+K): one line per
// programme folder, each calling that folder's own register function. Called once by the main
// window; tests of a programme call its folder's function themselves.
void registerProgrammeActions();

} // namespace Gui
