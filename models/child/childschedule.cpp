#include "childschedule.h"

#include "codetable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Models {

const ChildSchedule &ChildSchedule::get()
{
    static const ChildSchedule s = [] {
        ChildSchedule c;
        QFile f(QStringLiteral(":/rules/child_schedule.json"));
        f.open(QIODevice::ReadOnly);
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        c.m_version = o.value(QStringLiteral("version")).toString();
        c.m_newbornDays =
            o.value(QStringLiteral("newborn_visit_within_days_of_discharge")).toInt(7);
        auto offset = [](const QJsonObject &v) {
            return Offset{v.value(QStringLiteral("months")).toInt(),
                          v.value(QStringLiteral("days")).toInt()};
        };
        for (const QJsonValue &v : o.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject k = v.toObject();
            c.m_checks << Check{k.value(QStringLiteral("code")).toString(),
                                k.value(QStringLiteral("label")).toString(),
                                k.value(QStringLiteral("form")).toString(),
                                k.value(QStringLiteral("hb")).toBool(),
                                offset(k.value(QStringLiteral("from")).toObject()),
                                offset(k.value(QStringLiteral("to")).toObject()),
                                k.value(QStringLiteral("label_en")).toString()};
        }
        Q_ASSERT_X(!c.m_checks.isEmpty(), "ChildSchedule", "missing rules/child_schedule.json");
        return c;
    }();
    return s;
}

QList<ChildCheckWindow> ChildSchedule::windows(const QDate &birth) const
{
    QList<ChildCheckWindow> out;
    if (!birth.isValid())
        return out;
    for (const Check &c : m_checks)
        out << ChildCheckWindow{c.code,
                                c.label,
                                c.form,
                                c.hb,
                                birth.addMonths(c.from.months).addDays(c.from.days),
                                birth.addMonths(c.to.months).addDays(c.to.days),
                                c.labelEn};
    return out;
}

ChildCheckWindow ChildSchedule::windowOn(const QDate &birth, const QDate &on) const
{
    for (const ChildCheckWindow &w : windows(birth))
        if (on >= w.from && on <= w.to)
            return w;
    return {};
}

QString ChildSchedule::formFor(const QDate &birth, const QDate &on)
{
    if (on < birth.addMonths(12))
        return QStringLiteral("infant");
    if (on < birth.addMonths(36))
        return QStringLiteral("toddler");
    return QStringLiteral("preschool");
}

QString ChildCheckWindow::displayLabel() const
{
    return CodeTable::english() && !labelEn.isEmpty() ? labelEn : label;
}

} // namespace Models
