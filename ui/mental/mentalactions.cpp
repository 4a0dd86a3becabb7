#include "mentalactions.h"

#include "mentaldialogs.h"
#include "residentactions.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Gui {

void registerMentalActions()
{
    registerResidentAction(
        {QStringLiteral("mental.manage"),
         [] {
             return QCoreApplication::translate("Gui::MentalFollowupDialog",
                                                "严重精神障碍患者管理");
         },
         {},
         [](const Context &c, const Models::Resident &, const QDate &) {
             return c.scope.can(QStringLiteral("mental.read"));
         },
         [](const Context &c, const QString &residentId, QWidget *parent) {
             auto open =
                 Models::MentalRepository(c.connection).openRegistrationId(c.scope, residentId);
             if (!open) {
                 QMessageBox::warning(parent,
                                      QCoreApplication::translate("Gui::MentalFollowupDialog",
                                                                  "严重精神障碍患者管理"),
                                      open.error().message);
                 return false;
             }
             if (open->isEmpty()) {
                 MentalRegistrationDialog d(c, residentId, parent);
                 return d.exec() == QDialog::Accepted;
             }
             MentalFollowupDialog d(c, *open, parent);
             return d.exec() == QDialog::Accepted;
         }});
}

} // namespace Gui
