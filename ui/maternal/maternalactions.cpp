#include "maternalactions.h"

#include "birthdialog.h"
#include "childactions.h"
#include "dates.h"
#include "keypopulation.h"
#include "maternalvisitdialog.h"
#include "pregnancybookingdialog.h"
#include "pregnancyprinter.h"
#include "pregnancyrepository.h"
#include "printpreview.h"
#include "residentactions.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::MaternalActions)
};

bool woman(const Context &c, const Models::Resident &r, const QDate &today)
{
    const int age = Models::ageInYears(r.birthDate, today);
    return r.sex == QLatin1Char('F') && age >= 14 && age <= 55 && r.isActive() &&
           c.scope.can(QStringLiteral("maternal.read"));
}

// The open pregnancy's state: 0 none, 1 before birth, 2 delivered.
int state(const Context &c, const Models::Resident &r)
{
    auto list = Models::PregnancyRepository(c.connection).pregnanciesOf(c.scope, r.id);
    if (!list)
        return 0;
    for (const Models::Pregnancy &p : *list)
        if (p.isOpen())
            return p.deliveredOn.isValid() ? 2 : 1;
    return 0;
}
// An open 孕产妇 flag (found pregnant, or a key population tag at signing).
bool flaggedPregnant(const Context &c, const QString &residentId)
{
    auto flags = Models::KeyPopulation(c.connection).flags(c.scope, residentId);
    if (!flags)
        return false;
    for (const Models::ResidentFlag &f : *flags)
        if (f.flag == QLatin1String("pregnant") && !f.until.isValid())
            return true;
    return false;
}
} // namespace

void registerMaternalActions()
{
    // 发现怀孕: the woman goes on the work list's 孕产妇建册 (women to book) until she is booked.
    registerResidentAction(
        {QStringLiteral("maternal.found"),
         [] { return Text::tr("登记怀孕（待建册）"); },
         {},
         [](const Context &c, const Models::Resident &r, const QDate &today) {
             return woman(c, r, today) && state(c, r) == 0 &&
                    c.scope.can(QStringLiteral("contract.write")) && !flaggedPregnant(c, r.id);
         },
         [](const Context &c, const QString &id, QWidget *parent) {
             const QDate today = QDate::currentDate();
             if (QMessageBox::question(
                     parent, Text::tr("登记怀孕"),
                     Text::tr("登记该居民自 %1 起怀孕？她将列入工作清单的“孕产妇建册”，"
                              "直到建册（孕13周前）。")
                         .arg(Models::isoDate(today))) != QMessageBox::Yes)
                 return false;
             auto f = Models::KeyPopulation(c.connection)
                          .setFlag(c.scope, id, QStringLiteral("pregnant"), today,
                                   Text::tr("发现怀孕，待建册"));
             if (!f) {
                 QMessageBox::warning(parent, Text::tr("登记怀孕"), f.error().message);
                 return false;
             }
             return true;
         }});
    registerResidentAction({QStringLiteral("maternal.book"),
                            [] { return Text::tr("孕产妇建册"); },
                            {},
                            [](const Context &c, const Models::Resident &r, const QDate &today) {
                                return woman(c, r, today) && state(c, r) == 0;
                            },
                            [](const Context &c, const QString &id, QWidget *parent) {
                                PregnancyBookingDialog d(c, id, parent);
                                return d.exec() == QDialog::Accepted;
                            }});
    registerResidentAction({QStringLiteral("maternal.prenatal"),
                            [] { return Text::tr("产前随访"); },
                            {},
                            [](const Context &c, const Models::Resident &r, const QDate &today) {
                                return woman(c, r, today) && state(c, r) == 1;
                            },
                            [](const Context &c, const QString &id, QWidget *parent) {
                                MaternalVisitDialog d(c, id, MaternalVisitDialog::Prenatal, parent);
                                return d.exec() == QDialog::Accepted;
                            }});
    registerResidentAction({QStringLiteral("maternal.birth"),
                            [] { return Text::tr("分娩登记"); },
                            {},
                            [](const Context &c, const Models::Resident &r, const QDate &today) {
                                return woman(c, r, today) && state(c, r) == 1;
                            },
                            [](const Context &c, const QString &id, QWidget *parent) {
                                BirthDialog d(c, id, parent);
                                return d.exec() == QDialog::Accepted;
                            }});
    registerResidentAction({QStringLiteral("maternal.postpartum"),
                            [] { return Text::tr("产后访视"); },
                            {},
                            [](const Context &c, const Models::Resident &r, const QDate &today) {
                                return woman(c, r, today) && state(c, r) == 2;
                            },
                            [](const Context &c, const QString &id, QWidget *parent) {
                                MaternalVisitDialog d(c, id, MaternalVisitDialog::Postpartum,
                                                      parent);
                                return d.exec() == QDialog::Accepted;
                            }});
    registerResidentAction({QStringLiteral("maternal.check42"),
                            [] { return Text::tr("产后42天健康检查"); },
                            {},
                            [](const Context &c, const Models::Resident &r, const QDate &today) {
                                return woman(c, r, today) && state(c, r) == 2;
                            },
                            [](const Context &c, const QString &id, QWidget *parent) {
                                MaternalVisitDialog d(c, id, MaternalVisitDialog::Check42, parent);
                                return d.exec() == QDialog::Accepted;
                            }});
    registerResidentAction({QStringLiteral("maternal.print"),
                            [] { return Text::tr("打印孕产妇健康管理记录"); },
                            {},
                            [](const Context &c, const Models::Resident &r, const QDate &today) {
                                return woman(c, r, today) && state(c, r) != 0;
                            },
                            [](const Context &c, const QString &id, QWidget *parent) {
                                auto form = PregnancyPrinter::form(c.connection, c.scope, id);
                                if (!form) {
                                    QMessageBox::warning(parent, Text::tr("打印"),
                                                         form.error().message);
                                    return false;
                                }
                                previewPaperForm(*form, parent, form->title);
                                return false;
                            }});
    registerChildActions();
}

} // namespace Gui
