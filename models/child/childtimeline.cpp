#include "childtimeline.h"

#include "childcheck.h"
#include "childschedule.h"
#include "dbaccess.h"
#include "growthassessment.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Models::ChildTimeline {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ChildTimeline)
};

QString flagText(const QString &codes)
{
    QStringList out;
    for (const QString &c : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (const GrowthRules::FlagRule &f : GrowthRules::get().flags)
            if (f.code == c)
                out << f.label;
    return out.join(QStringLiteral("、"));
}
} // namespace

Result<QVector<TimelineEntry>> checks(const QString &conn, const QString &residentId)
{
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT id, kind, check_date, weight_kg, length_cm, standing, head_cm, z_wfa, z_lhfa,"
        " growth_flags, next_date FROM child_check WHERE resident_id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<TimelineEntry> out;
    while (q.next()) {
        QStringList values;
        if (!q.value(3).isNull())
            values << Text::tr("体重 %1 kg").arg(q.value(3).toDouble(), 0, 'f', 1);
        if (!q.value(4).isNull())
            values << (q.value(5).toBool() ? Text::tr("身高 %1 cm") : Text::tr("身长 %1 cm"))
                          .arg(q.value(4).toDouble(), 0, 'f', 1);
        if (!q.value(6).isNull())
            values << Text::tr("头围 %1 cm").arg(q.value(6).toDouble(), 0, 'f', 1);
        const QString flags = flagText(q.value(9).toString());
        QString summary = values.join(QStringLiteral("，"));
        if (!flags.isEmpty())
            summary += QStringLiteral("，") + flags;
        QString z;
        if (!q.value(7).isNull())
            z += Text::tr("年龄别体重 Z=%1 ").arg(q.value(7).toDouble(), 0, 'f', 2);
        if (!q.value(8).isNull())
            z += Text::tr("年龄别身长/身高 Z=%1").arg(q.value(8).toDouble(), 0, 'f', 2);
        const QString detail = timelineField(Text::tr("测量"), values.join(QStringLiteral("，"))) +
                               timelineField(Text::tr("生长评价"), z.trimmed()) +
                               timelineField(Text::tr("生长标记"), flags) +
                               timelineField(Text::tr("下次随访日期"), q.value(10).toString());
        out << TimelineEntry{QStringLiteral("child_check"),
                             q.value(0).toString(),
                             QDate::fromString(q.value(2).toString(), Qt::ISODate),
                             ChildCheck::kindLabel(q.value(1).toString()),
                             summary,
                             detail};
    }
    return out;
}

Result<QList<Badge>> badges(const QString &conn, const Resident &resident, const QDate &today)
{
    QList<Badge> out;
    if (!resident.livingOn(today) || !resident.birthDate.isValid() ||
        resident.birthDate.addYears(7) <= today)
        return out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT age_code, growth_flags FROM child_check WHERE resident_id = ? "
                             "AND deleted = 0 ORDER BY check_date"));
    q.addBindValue(resident.id);
    if (!q.exec())
        return makeError(QStringLiteral("timeline.read"), Text::tr("读取儿童健康检查失败"), {},
                         q.lastError().text());
    QStringList done;
    QString lastFlags;
    while (q.next()) {
        done << q.value(0).toString();
        lastFlags = q.value(1).toString();
    }
    const QString maternal = QStringLiteral("maternal.read");
    // The same overdue horizon as the work list's child_check source (30 days).
    for (const ChildCheckWindow &w : ChildSchedule::get().windows(resident.birthDate)) {
        if (done.contains(w.code) || w.from > today || w.to < today.addDays(-30))
            continue;
        out << Badge{w.to < today ? Text::tr("%1检查逾期").arg(w.displayLabel())
                                  : Text::tr("%1检查到期").arg(w.displayLabel()),
                     w.to < today ? QStringLiteral("alert") : QStringLiteral("maternal"), maternal};
        break;
    }
    if (!lastFlags.isEmpty())
        out << Badge{Text::tr("生长：%1").arg(flagText(lastFlags)), QStringLiteral("alert"),
                     maternal};
    return out;
}

} // namespace Models::ChildTimeline
