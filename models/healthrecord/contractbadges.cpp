#include "contractbadges.h"
#include "dates.h"

#include "contractrules.h"
#include "dbaccess.h"

#include <QCoreApplication>

namespace Models::ContractBadges {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ContractBadges)
};
} // namespace

Result<QList<Badge>> badges(const QString &conn, const Resident &r, const QDate &today)
{
    const ContractRules &rules = ContractRules::get();
    QList<Badge> out;
    if (!r.livingOn(today))
        return out; // no renewal to prompt for someone who left (their contracts were ended)
    QSqlQuery q(db(conn));
    // The contract covering today, or else the latest one that ended without renewal.
    // (Qt's SQLite driver counts "?1" used twice as two parameters: plain "?" throughout.)
    q.prepare(QStringLiteral(
        "SELECT c.id, c.end_date, c.cover_end, c.start_date <= ? AND c.cover_end >= ?,"
        " EXISTS (SELECT 1 FROM contract n WHERE n.previous_id = c.id AND n.deleted = 0),"
        " c.terminated_on IS NOT NULL AND c.terminated_on <= ?"
        " FROM contract c WHERE c.resident_id = ? AND c.deleted = 0 AND c.start_date <= ?"
        " ORDER BY c.start_date DESC LIMIT 1"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(isoDate(today));
    q.addBindValue(r.id);
    q.addBindValue(isoDate(today));
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return out;
    const QString contractId = q.value(0).toString();
    const QDate end = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    const bool covered = q.value(3).toBool(), renewed = q.value(4).toBool(),
               terminated = q.value(5).toBool();
    if (!covered) {
        if (!terminated && !renewed && end.daysTo(today) <= rules.renewalGraceDays)
            out << Badge{Text::tr("签约待续约（%1 到期）").arg(isoDate(end)),
                         QStringLiteral("contract")};
        return out;
    }
    if (!renewed && today.daysTo(end) < rules.reminderDays)
        out << Badge{Text::tr("签约即将到期（%1）").arg(isoDate(end)), QStringLiteral("contract")};
    else
        out << Badge{Text::tr("已签约（至 %1）").arg(isoDate(end)), QStringLiteral("contract")};
    QSqlQuery t(db(conn));
    t.prepare(QStringLiteral("SELECT total(status = 'done'), total(status = 'open' AND due_on < ?),"
                             " total(status = 'open' AND due_on >= ? AND due_on <= ?)"
                             " FROM contract_task WHERE contract_id = ? AND deleted = 0"));
    t.addBindValue(isoDate(today));
    t.addBindValue(isoDate(today));
    t.addBindValue(isoDate(today.addDays(rules.reminderDays)));
    t.addBindValue(contractId);
    if (auto e = exec(t); !e)
        return e.error();
    if (t.next()) {
        QStringList parts{Text::tr("已完成 %1").arg(qint64(t.value(0).toDouble()))};
        if (const qint64 overdue = qint64(t.value(1).toDouble()); overdue > 0)
            parts << Text::tr("逾期 %1").arg(overdue);
        if (const qint64 soon = qint64(t.value(2).toDouble()); soon > 0)
            parts << Text::tr("%1天内到期 %2").arg(rules.reminderDays).arg(soon);
        out << Badge{Text::tr("签约服务：%1").arg(parts.join(QStringLiteral(" · "))),
                     QStringLiteral("contract_tasks")};
    }
    return out;
}

} // namespace Models::ContractBadges
