#pragma once

#include "context.h"
#include "resident.h"

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Gui {

// What a programme offers on the resident screen (服务项目, Ctrl+K): the 65+ annual service,
// booking a pregnancy, a child's check, a referral... The resident screen (ui/healthrecord)
// cannot include the programme folders (they stand on it), so each programme registers its
// actions here once, from ui/shell (registerProgrammeActions), and the screen lists those that
// apply to the resident in front of it.
struct ResidentAction
{
    QString id; // "elderly.annual", unique; also the QAction's objectName
    // Translated at call time (the language can change after registration).
    std::function<QString()> label;
    QKeySequence shortcut; // optional; must not clash with the resident screen's own keys
    // Whether the action is offered for this resident on this day (age, sex, programme).
    std::function<bool(const Context &, const Models::Resident &, const QDate &today)> applies;
    // Runs the action (usually a modal dialog); true when anything was stored.
    std::function<bool(const Context &, const QString &residentId, QWidget *parent)> run;
};

// Adds (or replaces, by id) an action. Order of registration is the order of the menu.
void registerResidentAction(const ResidentAction &action);
const QList<ResidentAction> &residentActions();

} // namespace Gui
