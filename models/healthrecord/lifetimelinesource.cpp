#include "lifetimelinesource.h"

#include "dates.h"
#include "dbaccess.h"
#include "residentlifecycle.h"
#include "staffdirectory.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Models::LifeTimelineSource {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::Timeline)
};

QString detailLabel(LifeEventKind kind)
{
    switch (kind) {
    case LifeEventKind::Deceased:
        return Text::tr("死亡原因");
    case LifeEventKind::Moved:
        return Text::tr("迁往");
    case LifeEventKind::Closed:
        return Text::tr("注销原因");
    case LifeEventKind::TransferredIn:
        return Text::tr("迁入自");
    case LifeEventKind::Reopened:
        return Text::tr("恢复原因");
    }
    return {};
}

QString consequence(LifeEventKind kind)
{
    if (leavesPopulation(kind))
        return Text::tr("自该日起不在任何工作清单和统计分母中；签约和慢病管理已随之终止，"
                        "此前的记录全部保留。");
    if (kind == LifeEventKind::Reopened)
        return Text::tr("档案恢复在管；此前终止的签约和管理登记仍为终止，需要时重新签约、登记。");
    return {};
}
} // namespace

Result<QVector<TimelineEntry>> events(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    const StaffDirectory staff(conn);
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT id, kind, event_date, detail, recorded_by, recorded_at"
                             " FROM resident_life_event WHERE resident_id = ?"
                             " ORDER BY recorded_at, rowid"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QString lastKind, lastDate;
    while (q.next()) {
        const auto kind = lifeEventKind(q.value(1).toString());
        if (!kind)
            continue;
        lastKind = q.value(1).toString();
        lastDate = q.value(2).toString();
        const QString label = lifeEventLabel(*kind);
        const QString detail = q.value(3).toString();
        const QDateTime at =
            QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toLocalTime();
        out << TimelineEntry{
            QStringLiteral("life_event"),
            q.value(0).toString(),
            QDate::fromString(q.value(2).toString(), Qt::ISODate),
            label,
            detail.isEmpty() ? label : label + Text::tr("：") + detail,
            timelineField(Text::tr("日期"), q.value(2).toString()) +
                timelineField(detailLabel(*kind), detail) +
                timelineField(Text::tr("登记人"), staff.displayName(q.value(4).toString())) +
                timelineField(Text::tr("登记时间"),
                              at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
                timelineField(Text::tr("说明"), consequence(*kind))};
    }
    // A state that arrived by sync has no event here: show it from the row.
    QSqlQuery r(db(conn));
    r.prepare(QStringLiteral("SELECT life_status, life_date, life_reason, updated_by"
                             " FROM resident WHERE id = ?"));
    r.addBindValue(residentId);
    if (auto e = exec(r); !e)
        return e.error();
    if (r.next() && r.value(0).toString() != QLatin1String("active") &&
        !(lastKind == r.value(0).toString() && lastDate == r.value(1).toString())) {
        const auto kind = lifeEventKind(r.value(0).toString());
        if (kind) {
            const QString label = lifeEventLabel(*kind);
            const QString detail = r.value(2).toString();
            out << TimelineEntry{
                QStringLiteral("life_event"),
                residentId + QStringLiteral("-life"),
                QDate::fromString(r.value(1).toString(), Qt::ISODate),
                label,
                detail.isEmpty() ? label : label + Text::tr("：") + detail,
                timelineField(Text::tr("日期"), r.value(1).toString()) +
                    timelineField(detailLabel(*kind), detail) +
                    timelineField(Text::tr("来源"), Text::tr("由其他工作站登记（经同步）")) +
                    timelineField(Text::tr("说明"), consequence(*kind))};
        }
    }
    return out;
}

Result<QList<Badge>> badges(const QString &, const Resident &r, const QDate &)
{
    QList<Badge> out;
    const QString text = lifeStatusText(r);
    if (!text.isEmpty())
        out << Badge{text, QStringLiteral("life")};
    return out;
}

} // namespace Models::LifeTimelineSource
