#include "residenttitle.h"

#include "residentrepository.h"

#include <QCoreApplication>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ResidentTitle)
};
} // namespace

QString residentTitle(const Models::Resident &r, const QString &form)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Gui::ResidentTitle", text);
    };
    const QString sex = r.sex == QLatin1Char('M')   ? Text::tr("男")
                        : r.sex == QLatin1Char('F') ? Text::tr("女")
                                                    : QString();
    const QString age = Text::tr("%1岁").arg(r.ageOn(QDate::currentDate()));
    return Text::tr("%1 — %2（%3）")
        .arg(form, r.name, sex.isEmpty() ? age : sex + Text::tr("，") + age);
}

QString residentTitle(const Context &context, const QString &residentId, const QString &form)
{
    const auto r =
        Models::ResidentRepository(context.connection).findById(context.scope, residentId);
    return r ? residentTitle(*r, form) : form;
}

} // namespace Gui
