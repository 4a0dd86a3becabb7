#pragma once

namespace Gui {

// 服务项目 → 双向转诊 on the resident screen (one line in ui/shell/programmeactions.cpp).
void registerReferralActions();

} // namespace Gui
