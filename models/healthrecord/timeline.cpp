#include "timeline.h"

#include "changelog.h"
#include "dbaccess.h"
#include "permission.h"

#include <QCoreApplication>

#include <algorithm>

namespace Models {

QString TimelineSource::translatedLabel() const
{
    return QCoreApplication::translate("Models::Timeline", label);
}

Result<QVector<TimelineEntry>> Timeline::load(const QString &conn, const Scope &scope,
                                              const QString &residentId, const QStringList &kinds)
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT village_code FROM resident WHERE id = ?"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("resident.notfound"),
                         QCoreApplication::translate("Models::Timeline", "找不到该居民"));
    if (!scope.allowsVillage(q.value(0).toString()))
        return outOfScope();
    QVector<TimelineEntry> out;
    for (const TimelineSource &s : timelineSources()) {
        if (!kinds.isEmpty() && !kinds.contains(QLatin1String(s.kind)))
            continue;
        if (s.permission && !scope.can(QLatin1String(s.permission)))
            continue; // restricted kind: not shown, not counted, not hinted at
        auto entries = s.load(conn, residentId);
        if (!entries)
            return entries.error();
        if (s.permission && !entries->isEmpty())
            if (auto a = ChangeLog::audit(conn, scope, QStringLiteral("read"),
                                          QLatin1String(s.kind), residentId);
                !a)
                return a.error();
        out += *entries;
    }
    // Newest first; on the day the record was opened, the opening (建档) comes after what was
    // recorded that day, since it came first.
    std::stable_sort(out.begin(), out.end(),
                     [&residentId](const TimelineEntry &a, const TimelineEntry &b) {
                         if (a.date != b.date)
                             return a.date > b.date;
                         return (a.id == residentId ? 1 : 0) < (b.id == residentId ? 1 : 0);
                     });
    return out;
}

Result<QList<Badge>> Timeline::badges(const QString &conn, const Scope &scope,
                                      const Resident &resident, const QDate &today)
{
    if (!scope.allowsVillage(resident.villageCode))
        return outOfScope();
    QList<Badge> out;
    for (BadgeSource s : residentBadgeSources()) {
        auto b = s(conn, resident, today);
        if (!b)
            return b.error();
        for (const Badge &badge : std::as_const(*b))
            if (badge.permission.isEmpty() || scope.can(badge.permission))
                out << badge;
    }
    return out;
}

QString timelineField(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<p><b>%1：</b>%2</p>")
        .arg(label.toHtmlEscaped(),
             value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace Models
