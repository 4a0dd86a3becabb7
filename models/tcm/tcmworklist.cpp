#include "tcmworklist.h"

#include "dates.h"
#include "dbaccess.h"
#include "permission.h"
#include "population.h"
#include "tcmchild.h"

namespace Models {

Result<QVector<TcmDueRow>> tcmDue(const QString &conn, const Scope &scope, const QDate &on,
                                  const QString &villageCode)
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    if (!villageCode.isEmpty())
        if (auto v = requireVillage(scope, villageCode, QStringLiteral("village")); !v)
            return v.error();
    QStringList marks;
    for (int i = 0; i < scope.villages.size(); ++i)
        marks << QStringLiteral("?");
    const QString villages =
        scope.allVillages
            ? QString()
            : QStringLiteral(" AND r.village_code IN (%1)")
                  .arg(marks.isEmpty() ? QStringLiteral("''") : marks.join(QLatin1Char(',')));
    const QString oneVillage =
        villageCode.isEmpty() ? QString() : QStringLiteral(" AND r.village_code = ?");
    auto bindScope = [&](QSqlQuery &q) {
        if (!scope.allVillages)
            for (const QString &v : scope.villages)
                q.addBindValue(v);
        if (!villageCode.isEmpty())
            q.addBindValue(villageCode);
    };
    QVector<TcmDueRow> out;
    // 65+ without an assessment this year.
    QSqlQuery q(db(conn));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.name, r.village_code FROM resident r WHERE %1 AND "
                             "r.birth_date <= ? AND NOT EXISTS (SELECT 1 FROM tcm_assessment t "
                             "WHERE t.resident_id = r.id AND t.deleted = 0 AND t.assess_date "
                             "BETWEEN ? AND ?) %2 %3 ORDER BY r.village_code, r.name")
                  .arg(Population::livingOn(QStringLiteral("r"), QStringLiteral("?")), villages,
                       oneVillage));
    q.addBindValue(isoDate(on));
    q.addBindValue(isoDate(on.addYears(-65)));
    q.addBindValue(isoDate(QDate(on.year(), 1, 1)));
    q.addBindValue(isoDate(QDate(on.year(), 12, 31)));
    bindScope(q);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next())
        out << TcmDueRow{q.value(0).toString(),
                         q.value(1).toString(),
                         q.value(2).toString(),
                         QStringLiteral("elderly"),
                         0,
                         QDate(on.year(), 1, 1),
                         QDate(on.year(), 12, 31)};
    // Children 6-37 months: the visit whose window holds `on`, when not yet given.
    const TcmChildSchedule &schedule = TcmChildSchedule::standard();
    QSqlQuery c(db(conn));
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT r.id, r.name, r.village_code, r.birth_date, (SELECT "
                             "group_concat(visit_months) FROM tcm_child_service t WHERE "
                             "t.resident_id = r.id AND t.deleted = 0) FROM resident r WHERE %1 "
                             "AND r.birth_date BETWEEN ? AND ? %2 %3 "
                             "ORDER BY r.village_code, r.name")
                  .arg(Population::livingOn(QStringLiteral("r"), QStringLiteral("?")), villages,
                       oneVillage));
    c.addBindValue(isoDate(on));
    c.addBindValue(isoDate(on.addMonths(-(schedule.visits().last().months + 1))));
    c.addBindValue(isoDate(on.addMonths(-schedule.visits().first().months)));
    bindScope(c);
    if (auto e = exec(c); !e)
        return e.error();
    while (c.next()) {
        const QDate birth = QDate::fromString(c.value(3).toString(), Qt::ISODate);
        const auto due = schedule.visitOn(birth, on);
        if (!due)
            continue;
        const QStringList done = c.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (done.contains(QString::number(*due)))
            continue;
        out << TcmDueRow{c.value(0).toString(),
                         c.value(1).toString(),
                         c.value(2).toString(),
                         QStringLiteral("child"),
                         *due,
                         schedule.windowStart(birth, *due),
                         schedule.windowEnd(birth, *due)};
    }
    return out;
}

} // namespace Models
