#pragma once

#include <QString>

namespace Gui {

// Installs the interface language ("zh_CN" or "en", as the setting ui/language keeps it): Qt's
// own strings, the workstation's (compiled into `jiayi` as :/i18n/jiayi_*.qm) and the code
// tables' names. Replaces what an earlier call installed, so the first-run wizard can switch.
void installLanguage(const QString &language);

} // namespace Gui
