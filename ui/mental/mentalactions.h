#pragma once

namespace Gui {

// 服务项目 → 严重精神障碍患者管理, offered only to roles with mental.read (one line in
// ui/shell/programmeactions.cpp).
void registerMentalActions();

} // namespace Gui
