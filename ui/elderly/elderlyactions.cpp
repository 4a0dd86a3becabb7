#include "elderlyactions.h"

#include "dates.h"
#include "elderlyrepository.h"
#include "elderlyservicedialog.h"
#include "elderlytcmprinter.h"
#include "printpreview.h"
#include "residentactions.h"

#include <QCoreApplication>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ElderlyActions)
};
} // namespace

void registerElderlyActions()
{
    registerResidentAction({QStringLiteral("elderly.annual"),
                            [] { return Text::tr("老年人健康管理（年度服务）"); }, QKeySequence(),
                            [](const Context &, const Models::Resident &r, const QDate &today) {
                                return Models::ageInYears(r.birthDate, today) >= 65;
                            },
                            [](const Context &c, const QString &residentId, QWidget *parent) {
                                ElderlyServiceDialog d(c, residentId, parent);
                                return d.exec() == QDialog::Accepted;
                            }});
    registerResidentAction(
        {QStringLiteral("elderly.print_selfcare"),
         [] { return Text::tr("打印老年人生活自理能力评估表"); }, QKeySequence(),
         [](const Context &, const Models::Resident &r, const QDate &today) {
             return Models::ageInYears(r.birthDate, today) >= 65;
         },
         [](const Context &c, const QString &residentId, QWidget *parent) {
             auto list = Models::ElderlyRepository(c.connection).services(c.scope, residentId);
             if (!list || list->isEmpty())
                 return false;
             auto form = ElderlyTcmPrinter::selfCareForm(c.connection, c.scope, list->first().id);
             if (form)
                 previewPaperForm(*form, parent);
             return false;
         }});
}

} // namespace Gui
