#pragma once

#include <QObject>

namespace Gui {

// The mouse wheel never changes a value it merely passes over (issue 14): one application-wide
// event filter hands the wheel events of an unfocused QComboBox or spin box (QSpinBox,
// QDoubleSpinBox, QDateEdit...) to the widgets below it, so the page scrolls instead. A field
// the user clicked or tabbed into still takes the wheel. Installed once by app/main.cpp and by
// the main window.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    static void install(); // idempotent; needs a QApplication

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Gui
