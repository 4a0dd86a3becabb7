#include "childactions.h"

#include "childcheckdialog.h"
#include "childcheckprinter.h"
#include "dates.h"
#include "growthchart.h"
#include "messagebanner.h"
#include "printpreview.h"
#include "residentactions.h"
#include "residenttitle.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ChildActions)
};

bool child(const Context &c, const Models::Resident &r, const QDate &today)
{
    const int age = Models::ageInYears(r.birthDate, today);
    return age >= 0 && age < 7 && r.isActive() && c.scope.can(QStringLiteral("maternal.read"));
}
} // namespace

void registerChildActions()
{
    registerResidentAction({QStringLiteral("child.newborn"),
                            [] { return Text::tr("新生儿家庭访视"); },
                            {},
                            [](const Context &c, const Models::Resident &r, const QDate &today) {
                                return child(c, r, today) && r.birthDate.daysTo(today) <= 28;
                            },
                            [](const Context &c, const QString &id, QWidget *parent) {
                                ChildCheckDialog d(c, id, parent, true);
                                return d.exec() == QDialog::Accepted;
                            }});
    registerResidentAction({QStringLiteral("child.check"),
                            [] { return Text::tr("儿童健康检查"); },
                            {},
                            &child,
                            [](const Context &c, const QString &id, QWidget *parent) {
                                ChildCheckDialog d(c, id, parent);
                                return d.exec() == QDialog::Accepted;
                            }});
    registerResidentAction({QStringLiteral("child.growth"),
                            [] { return Text::tr("生长曲线"); },
                            {},
                            &child,
                            [](const Context &c, const QString &id, QWidget *parent) {
                                QDialog d(parent);
                                d.setWindowTitle(residentTitle(c, id, Text::tr("生长曲线")));
                                auto *chart = new GrowthChart(c, id, &d);
                                auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &d);
                                buttons->button(QDialogButtonBox::Close)->setText(Text::tr("关闭"));
                                QObject::connect(buttons, &QDialogButtonBox::rejected, &d,
                                                 &QDialog::reject);
                                auto *l = new QVBoxLayout(&d);
                                l->addWidget(chart, 1);
                                l->addWidget(buttons);
                                d.resize(900, 620);
                                d.exec();
                                return false;
                            }});
    registerResidentAction({QStringLiteral("child.print"),
                            [] { return Text::tr("打印儿童健康检查记录表"); },
                            {},
                            &child,
                            [](const Context &c, const QString &id, QWidget *parent) {
                                auto form = ChildCheckPrinter::form(c.connection, c.scope, id);
                                if (!form) {
                                    QMessageBox::warning(parent, Text::tr("打印"),
                                                         form.error().message);
                                    return false;
                                }
                                previewPaperForm(*form, parent, form->title);
                                return false;
                            }});
    registerResidentAction(
        {QStringLiteral("child.print_newborn"),
         [] { return Text::tr("打印新生儿家庭访视记录表"); },
         {},
         [](const Context &c, const Models::Resident &r, const QDate &today) {
             return child(c, r, today) && r.ageOn(today) < 1;
         },
         [](const Context &c, const QString &id, QWidget *parent) {
             auto form =
                 ChildCheckPrinter::form(c.connection, c.scope, id, QStringLiteral("newborn"));
             if (!form) {
                 QMessageBox::warning(parent, Text::tr("打印"), form.error().message);
                 return false;
             }
             previewPaperForm(*form, parent, form->title);
             return false;
         }});
}

} // namespace Gui
