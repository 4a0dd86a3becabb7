#include "referralactions.h"

#include "referrallistdialog.h"
#include "residentactions.h"

#include <QCoreApplication>

namespace Gui {

void registerReferralActions()
{
    registerResidentAction(
        {QStringLiteral("referral.list"),
         [] { return QCoreApplication::translate("Gui::ReferralListDialog", "双向转诊"); },
         {},
         [](const Context &c, const Models::Resident &, const QDate &) {
             return c.scope.can(QStringLiteral("record.read"));
         },
         [](const Context &c, const QString &residentId, QWidget *parent) {
             ReferralListDialog d(c, residentId, parent);
             d.exec();
             return d.changed();
         }});
}

} // namespace Gui
