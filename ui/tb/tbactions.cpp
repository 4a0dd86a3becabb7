#include "tbactions.h"

#include "residentactions.h"
#include "tbdialogs.h"
#include "tbscreendialog.h"

#include <QCoreApplication>

namespace Gui {

void registerTbActions()
{
    registerResidentAction(
        {QStringLiteral("tb.manage"),
         [] { return QCoreApplication::translate("Gui::TbPatientDialog", "肺结核患者管理"); },
         {},
         [](const Context &c, const Models::Resident &, const QDate &) {
             return c.scope.can(QStringLiteral("record.read"));
         },
         [](const Context &c, const QString &residentId, QWidget *parent) {
             TbPatientDialog d(c, residentId, parent);
             d.exec();
             return d.changed();
         }});
    registerResidentAction(
        {QStringLiteral("tb.screen"),
         [] { return QCoreApplication::translate("Gui::TbScreenDialog", "肺结核可疑者筛查"); },
         {},
         [](const Context &c, const Models::Resident &, const QDate &) {
             return c.scope.can(QStringLiteral("record.write"));
         },
         [](const Context &c, const QString &residentId, QWidget *parent) {
             TbScreenDialog d(c, residentId, parent);
             d.exec();
             return d.referred();
         }});
}

} // namespace Gui
