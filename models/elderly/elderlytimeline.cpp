#include "elderlytimeline.h"

#include "dbaccess.h"
#include "elderlyrepository.h"
#include "staffdirectory.h"

#include <QCoreApplication>

namespace Models::ElderlyTimeline {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::Timeline)
};
} // namespace

Result<QVector<TimelineEntry>> services(const QString &conn, const QString &residentId)
{
    // The timeline has checked the reader's permission and village already.
    auto list = ElderlyRepository(conn).services(Scope::administrator(), residentId);
    if (!list)
        return list.error();
    const StaffDirectory staff(conn);
    const SelfCareRules &rules = SelfCareRules::standard();
    QVector<TimelineEntry> out;
    for (const auto &s : *list) {
        const QStringList missing = elderlyMissingParts(s, rules, !s.healthCheckId.isEmpty());
        QStringList missingLabels;
        for (const QString &m : missing)
            missingLabels << elderlyPartLabel(m);
        const auto scored = rules.score(s.selfCare);
        const QString summary = missing.isEmpty()
                                    ? Text::tr("服务完整")
                                    : Text::tr("尚缺：%1").arg(missingLabels.join(Text::tr("、")));
        out << TimelineEntry{
            QStringLiteral("elderly_service"),
            s.id,
            s.date,
            Text::tr("老年人健康管理"),
            summary,
            timelineField(Text::tr("日期"), s.date.toString(Qt::ISODate)) +
                timelineField(
                    Text::tr("生活自理能力"),
                    scored
                        ? Text::tr("%1 分，%2").arg(scored->score).arg(scored->band.displayLabel())
                        : QString()) +
                timelineField(Text::tr("MMSE"), s.mmse ? QString::number(*s.mmse) : QString()) +
                timelineField(Text::tr("GDS"), s.gds ? QString::number(*s.gds) : QString()) +
                timelineField(Text::tr("尚缺"), missingLabels.join(Text::tr("、"))) +
                timelineField(Text::tr("下次服务"), s.nextVisit.toString(Qt::ISODate)) +
                timelineField(Text::tr("医生"), staff.displayName(s.doctor))};
    }
    return out;
}

Result<QList<Badge>> badges(const QString &conn, const Resident &resident, const QDate &today)
{
    QList<Badge> out;
    if (!resident.livingOn(today) || resident.ageOn(today) < 65)
        return out;
    auto st = ElderlyRepository(conn).yearStatus(Scope::administrator(), resident.id, today.year());
    if (!st)
        return st.error();
    if (!st->complete())
        out << Badge{st->service ? Text::tr("老年人年度服务未完成")
                                 : Text::tr("今年未做老年人健康管理"),
                     QStringLiteral("programme")};
    return out;
}

} // namespace Models::ElderlyTimeline
