#include "referralactions.h"

#include "printpreview.h"
#include "referrallistdialog.h"
#include "residentactions.h"
#include "summaryprinter.h"

#include <QCoreApplication>
#include <QMessageBox>

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
    // The resident's own record summary (one page, QR code with an opaque reference); every
    // print is audited when the summary is built.
    registerResidentAction(
        {QStringLiteral("record.summary"),
         [] {
             return QCoreApplication::translate("Gui::ReferralListDialog", "打印居民健康档案摘要");
         },
         {},
         [](const Context &c, const Models::Resident &, const QDate &) {
             return c.scope.can(QStringLiteral("record.read"));
         },
         [](const Context &c, const QString &residentId, QWidget *parent) {
             auto form = SummaryPrinter::form(c.connection, c.scope, residentId);
             if (!form) {
                 QMessageBox::warning(
                     parent,
                     QCoreApplication::translate("Gui::ReferralListDialog", "打印居民健康档案摘要"),
                     form.error().message);
                 return false;
             }
             previewPaperForm(*form, parent, form->title);
             return false;
         }});
}

} // namespace Gui
