// DailyWorklist as JSON: `jiayi-cli worklist --json`, and what the round sheet (ui/print) is
// printed from, households in route order.
#include "dailyworklist.h"

#include "dates.h"

#include <QJsonArray>

namespace Models {

QJsonObject DailyWorklist::toJson() const
{
    QJsonArray counted;
    for (const ProgrammeCount &c : counts)
        counted.append(QJsonObject{{QStringLiteral("source"), c.source},
                                   {QStringLiteral("programme"), c.programme},
                                   {QStringLiteral("items"), c.items},
                                   {QStringLiteral("overdue"), c.overdue}});
    QJsonArray queue, households;
    QJsonObject household;
    QJsonArray members;
    QString current;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        household.insert(QStringLiteral("items"), members);
        households.append(household);
        members = QJsonArray();
    };
    for (const WorkItem &i : items) {
        if (i.isQueue()) {
            queue.append(i.toJson(date));
            continue;
        }
        if (i.householdKey() != current) {
            flush();
            current = i.householdKey();
            household = QJsonObject{{QStringLiteral("village_code"), i.villageCode},
                                    {QStringLiteral("village"), i.villageName},
                                    {QStringLiteral("household_id"), i.householdId},
                                    {QStringLiteral("address"), i.address},
                                    {QStringLiteral("group"), i.group},
                                    {QStringLiteral("head"), i.headName}};
        }
        members.append(i.toJson(date));
    }
    flush();
    return QJsonObject{{QStringLiteral("area"), area},
                       {QStringLiteral("area_name"), areaName},
                       {QStringLiteral("date"), isoDate(date)},
                       {QStringLiteral("count"), int(items.size())},
                       {QStringLiteral("overdue"), overdueCount()},
                       {QStringLiteral("counts"), counted},
                       {QStringLiteral("not_shown"), QJsonArray::fromStringList(notShown)},
                       {QStringLiteral("queue"), queue},
                       {QStringLiteral("households"), households}};
}

} // namespace Models
