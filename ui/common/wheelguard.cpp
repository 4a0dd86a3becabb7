#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWheelEvent>

namespace Gui {

void WheelGuard::install()
{
    if (!qApp || qApp->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new WheelGuard(qApp));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel || !watched->isWidgetType())
        return false;
    auto *w = static_cast<QWidget *>(watched);
    // A spin box's or combo box's inner line edit is not the one that changes the value.
    if (!qobject_cast<QComboBox *>(w) && !qobject_cast<QAbstractSpinBox *>(w))
        return false;
    if (w->hasFocus())
        return false;
    // Hand it to the parents until one takes it (the scroll area). Qt would do the same for a
    // spontaneous event that is ignored, but not for a synthesized one (touchpad drivers,
    // accessibility tools, tests), so the guard propagates it itself and stops Qt's propagation.
    const auto *wheel = static_cast<QWheelEvent *>(event);
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        QWheelEvent copy(p->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                         wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                         wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source());
        copy.ignore();
        QCoreApplication::sendEvent(p, &copy);
        if (copy.isAccepted() || p->isWindow())
            break;
    }
    event->accept();
    return true;
}

} // namespace Gui
