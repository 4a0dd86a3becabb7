#include "maternalactions.h"

#include "birthdialog.h"
#include "childactions.h"
#include "dates.h"
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
} // namespace

void registerMaternalActions()
{
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
