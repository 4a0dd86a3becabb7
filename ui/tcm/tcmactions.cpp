#include "tcmactions.h"

#include "dates.h"
#include "elderlytcmprinter.h"
#include "printpreview.h"
#include "residentactions.h"
#include "residentrepository.h"
#include "tcmassessmentdialog.h"
#include "tcmchilddialog.h"
#include "tcmrepository.h"

#include <QCoreApplication>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::TcmActions)
};

int ageInMonths(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || on < birth)
        return -1;
    int m = (on.year() - birth.year()) * 12 + on.month() - birth.month();
    if (birth.addMonths(m) > on)
        --m;
    return m;
}
} // namespace

void registerTcmActions()
{
    registerResidentAction({QStringLiteral("tcm.constitution"),
                            [] { return Text::tr("中医体质辨识（65岁及以上）"); }, QKeySequence(),
                            [](const Context &, const Models::Resident &r, const QDate &today) {
                                return Models::ageInYears(r.birthDate, today) >= 65;
                            },
                            [](const Context &c, const QString &residentId, QWidget *parent) {
                                TcmAssessmentDialog d(c, residentId, parent);
                                return d.exec() == QDialog::Accepted;
                            }});
    registerResidentAction(
        {QStringLiteral("tcm.child"), [] { return Text::tr("儿童中医药健康管理（6～36月龄）"); },
         QKeySequence(),
         [](const Context &, const Models::Resident &r, const QDate &today) {
             const int m = ageInMonths(r.birthDate, today);
             return m >= 6 && m <= 36;
         },
         [](const Context &c, const QString &residentId, QWidget *parent) {
             QDate birth;
             if (auto res = Models::ResidentRepository(c.connection).findById(c.scope, residentId);
                 res)
                 birth = res->birthDate;
             TcmChildDialog d(c, residentId, birth, parent);
             return d.exec() == QDialog::Accepted;
         }});
    // The latest assessment on paper (A4, like the form), with the guidance page for the resident.
    registerResidentAction(
        {QStringLiteral("tcm.print"), [] { return Text::tr("打印中医药健康管理服务记录表"); },
         QKeySequence(),
         [](const Context &c, const Models::Resident &r, const QDate &today) {
             return Models::ageInYears(r.birthDate, today) >= 65;
         },
         [](const Context &c, const QString &residentId, QWidget *parent) {
             auto list = Models::TcmRepository(c.connection).assessments(c.scope, residentId);
             if (!list || list->isEmpty())
                 return false;
             auto form = ElderlyTcmPrinter::tcmForm(c.connection, c.scope, list->first().id);
             if (form)
                 previewPaperForm(*form, parent);
             return false;
         }});
}

} // namespace Gui
