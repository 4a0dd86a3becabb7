#include "workitem.h"

#include "dates.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::WorkItem)
};
} // namespace

QString WorkItem::statusText(const QDate &today) const
{
    if (isQueue() || !dueDate.isValid())
        return Text::tr("待处理");
    if (daysOverdue > 0)
        return Text::tr("逾期 %n 天", nullptr, daysOverdue);
    const qint64 ahead = today.daysTo(dueDate);
    if (ahead < 0) // past its date, not yet late by the programme's rule (a dose's window)
        return Text::tr("已到期");
    if (ahead == 0)
        return Text::tr("今日到期");
    return Text::tr("%n 天后到期", nullptr, int(ahead));
}

QString WorkItem::fullReason() const
{
    if (alsoDone.isEmpty())
        return reason;
    return Text::tr("%1；同时完成签约服务：%2").arg(reason, alsoDone.join(Text::tr("、")));
}

QJsonObject WorkItem::toJson(const QDate &today) const
{
    QJsonObject o{{QStringLiteral("source"), source},
                  {QStringLiteral("programme"), programme},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("reason"), fullReason()},
                  {QStringLiteral("status"), statusText(today)},
                  {QStringLiteral("overdue"), overdue()},
                  {QStringLiteral("days_overdue"), daysOverdue},
                  {QStringLiteral("due_date"),
                   dueDate.isValid() ? QJsonValue(isoDate(dueDate)) : QJsonValue()},
                  {QStringLiteral("form"), form},
                  {QStringLiteral("form_ref"), formRef}};
    if (!alsoDone.isEmpty())
        o.insert(QStringLiteral("also_done"), QJsonArray::fromStringList(alsoDone));
    if (!isQueue()) {
        o.insert(QStringLiteral("resident_id"), residentId);
        o.insert(QStringLiteral("name"), name);
        o.insert(QStringLiteral("sex"), sex);
        o.insert(QStringLiteral("birth_date"), isoDate(birthDate));
        o.insert(QStringLiteral("age"), ageInYears(birthDate, today));
    }
    return o;
}

} // namespace Models
