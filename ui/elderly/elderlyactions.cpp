#include "elderlyactions.h"

#include "dates.h"
#include "elderlyservicedialog.h"
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
}

} // namespace Gui
