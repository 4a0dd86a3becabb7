#pragma once

namespace Gui {

// 服务项目 → 肺结核患者管理 (one line in ui/shell/programmeactions.cpp).
void registerTbActions();

} // namespace Gui
