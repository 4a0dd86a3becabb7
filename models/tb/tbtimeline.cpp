#include "tbtimeline.h"

#include "dbaccess.h"
#include "sharedcare.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Models::TbTimeline {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::TbTimeline)
};

QString visitTitle(const QString &kind)
{
    if (kind == QLatin1String("first"))
        return Text::tr("肺结核第一次入户随访");
    if (kind == QLatin1String("end"))
        return Text::tr("肺结核结案评估");
    return Text::tr("肺结核随访");
}
} // namespace

Result<QVector<TimelineEntry>> entries(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT id, notified_at, notifying_unit, regimen, intensive_start, intensive_end,"
        " continuation_end, supervision, closed_on, close_reason FROM tb_patient"
        " WHERE resident_id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
        const QDate notified =
            QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toLocalTime().date();
        const QString detail =
            timelineField(Text::tr("通知单位"), q.value(2).toString()) +
            timelineField(Text::tr("化疗方案"), q.value(3).toString()) +
            timelineField(Text::tr("强化期"),
                          q.value(4).toString() + QStringLiteral(" ~ ") + q.value(5).toString()) +
            timelineField(Text::tr("继续期结束"), q.value(6).toString()) +
            timelineField(Text::tr("督导方式"), q.value(7).toString()) +
            timelineField(
                Text::tr("停止治疗"),
                (q.value(8).toString() + QLatin1Char(' ') + q.value(9).toString()).trimmed());
        out << TimelineEntry{
            QStringLiteral("tb"),
            q.value(0).toString(),
            notified,
            Text::tr("肺结核患者登记"),
            Text::tr("%1，%2督导").arg(q.value(3).toString(), q.value(7).toString()),
            detail};
    }
    for (const QString &id : ids) {
        QSqlQuery v(db(conn));
        v.prepare(QStringLiteral("SELECT id, kind, visited_at, found, next_visit FROM tb_visit"
                                 " WHERE patient_id = ? AND deleted = 0"));
        v.addBindValue(id);
        if (auto e = exec(v); !e)
            return e.error();
        while (v.next()) {
            const QDate d =
                QDateTime::fromString(v.value(2).toString(), Qt::ISODate).toLocalTime().date();
            const QString found =
                v.value(3).toInt() ? Text::tr("已见到患者") : Text::tr("未见到患者");
            out << TimelineEntry{
                QStringLiteral("tb"),
                v.value(0).toString(),
                d,
                visitTitle(v.value(1).toString()),
                found,
                timelineField(Text::tr("结果"), found) +
                    timelineField(Text::tr("下次随访日期"), v.value(4).toString())};
        }
    }
    return out;
}

Result<QList<Badge>> badges(const QString &conn, const Resident &resident, const QDate &)
{
    QList<Badge> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT 1 FROM tb_patient WHERE resident_id = ? AND closed_on IS NULL"
                             " AND deleted = 0 LIMIT 1"));
    q.addBindValue(resident.id);
    if (auto e = exec(q); !e)
        return e.error();
    if (q.next())
        out << Badge{Text::tr("肺结核"), QStringLiteral("programme")};
    return out;
}

} // namespace Models::TbTimeline
