#pragma once

#include <QString>

class QWidget;

namespace Gui {

// A real decision, asked in a modal box with two named buttons (no 是/否): true for `yes`.
// Esc answers `no`; `yesIsDefault` picks the button that Enter presses.
bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yes,
         const QString &no, bool yesIsDefault);

} // namespace Gui
