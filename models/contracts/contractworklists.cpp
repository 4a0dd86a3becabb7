#include "contractworklists.h"
#include "dates.h"

#include "areacode.h"
#include "contractrules.h"
#include "contractsql.h"
#include "keypopulation.h"
#include "permission.h"
#include "population.h"

#include <QJsonArray>

namespace Models {

using namespace ContractSql;

QJsonObject WorkRow::toJson(const QDate &today) const
{
    QJsonObject o{{QStringLiteral("resident_id"), residentId},
                  {QStringLiteral("name"), residentName},
                  {QStringLiteral("sex"), sex},
                  {QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate)},
                  {QStringLiteral("phone"), phone},
                  {QStringLiteral("village_code"), villageCode},
                  {QStringLiteral("village"), villageName},
                  {QStringLiteral("household_id"), householdId}};
    if (birthDate.isValid())
        o.insert(QStringLiteral("age"), ageInYears(birthDate, today));
    if (!contractId.isEmpty()) {
        o.insert(QStringLiteral("contract_id"), contractId);
        o.insert(QStringLiteral("contract_no"), contractNo);
        o.insert(QStringLiteral("team"), teamName);
        o.insert(QStringLiteral("doctor"), doctorName);
        o.insert(QStringLiteral("start_date"), startDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("end_date"), endDate.toString(Qt::ISODate));
    }
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (members > 0) {
        o.insert(QStringLiteral("members"), members);
        o.insert(QStringLiteral("signed_members"), signedMembers);
    }
    return o;
}

ContractWorkLists::ContractWorkLists(QString connectionName) : m_conn(std::move(connectionName))
{
}

namespace {
QString residentFilter(const Scope &scope, const QString &village, const QString &teamId,
                       QVariantList &binds)
{
    QString w = villageFilter(scope, QStringLiteral("r.village_code"), binds);
    if (!village.isEmpty()) {
        w += QStringLiteral(" AND r.village_code = ?");
        binds << village;
    }
    if (!teamId.isEmpty()) {
        w += QStringLiteral(" AND r.village_code IN (SELECT village_code FROM "
                            "contract_team_village WHERE team_id = ?)");
        binds << teamId;
    }
    return w;
}
// A village's code as an equality; a township's or county's as the range of its villages' codes.
QString areaCondition(const QString &code, QVariantList &binds)
{
    if (code.isEmpty())
        return {};
    if (AreaCode::isVillage(code)) {
        binds << code;
        return QStringLiteral(" AND r.village_code = ?");
    }
    binds << code << AreaCode::after(code);
    return QStringLiteral(" AND r.village_code >= ? AND r.village_code < ?");
}
} // namespace

Result<QVector<WorkRow>> ContractWorkLists::expiring(const Scope &scope, const QDate &from,
                                                     const QDate &to, const QString &villageCode,
                                                     const QString &teamId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    // Whoever has left the population by the end of the period is not renewed.
    QVariantList binds{isoDate(from), isoDate(to), isoDate(to)};
    QString where = villageFilter(scope, QStringLiteral("r.village_code"), binds);
    const bool oneVillage = AreaCode::isVillage(villageCode);
    where += areaCondition(villageCode, binds);
    if (!teamId.isEmpty()) {
        where += QStringLiteral(" AND c.team_id = ?");
        binds << teamId;
    }
    QSqlQuery q(db(m_conn));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT r.id, r.name, r.sex, r.birth_date, r.phone, r.village_code, a.name, "
            "r.household_id,"
            " c.id, c.contract_no, c.team_id, t.name, s.name, c.start_date, c.end_date, c.tags"
            " FROM %3"
            " LEFT JOIN area a ON a.code = r.village_code"
            " LEFT JOIN contract_team t ON t.id = c.team_id LEFT JOIN contract_staff s ON s.id = "
            "c.doctor_id"
            " WHERE c.end_date BETWEEN ? AND ? AND c.deleted = 0 AND %2"
            " AND (c.terminated_on IS NULL OR c.terminated_on > c.end_date)"
            " AND NOT EXISTS (SELECT 1 FROM contract n WHERE n.previous_id = c.id AND n.deleted = "
            "0)%1"
            " ORDER BY r.village_code, t.name, c.end_date, r.sort_key")
            .arg(where, Population::livingOn(QStringLiteral("r"), QStringLiteral("?")),
                 // One village from its residents, else from the end dates (the order fixed:
                 // sampled statistics chose the other one either way).
                 !oneVillage
                     ? QStringLiteral("contract c CROSS JOIN resident r ON r.id = c.resident_id")
                     : QStringLiteral("resident r CROSS JOIN contract c ON c.resident_id = r.id")));
    bindAll(q, binds);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<WorkRow> out;
    while (q.next()) {
        WorkRow w;
        w.residentId = q.value(0).toString();
        w.residentName = q.value(1).toString();
        w.sex = q.value(2).toString();
        w.birthDate = date(q.value(3));
        w.phone = q.value(4).toString();
        w.villageCode = q.value(5).toString();
        w.villageName = q.value(6).toString();
        w.householdId = q.value(7).toString();
        w.contractId = q.value(8).toString();
        w.contractNo = q.value(9).toString();
        w.teamId = q.value(10).toString();
        w.teamName = q.value(11).toString();
        w.doctorName = q.value(12).toString();
        w.startDate = date(q.value(13));
        w.endDate = date(q.value(14));
        w.tags = splitList(q.value(15).toString());
        out.append(w);
    }
    return out;
}

Result<QVector<WorkRow>> ContractWorkLists::unsignedKey(const Scope &scope, const QDate &day,
                                                        const QString &villageCode,
                                                        const QString &teamId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    const ContractRules &rules = ContractRules::get();
    const QString d = isoDate(day);
    // Registered and flagged members with their categories, read once (a few per cent of the
    // township); age categories are computed in the resident scan.
    QStringList kParts, flags;
    QVariantList kBinds;
    for (const KeyPopulationRule &k : rules.keyPopulations) {
        if (k.source == QLatin1String("chronic")) {
            kParts << QStringLiteral("SELECT cr.resident_id, '%1' FROM chronic_registration cr "
                                     "WHERE cr.programme = '%2'"
                                     " AND cr.deleted = 0 AND cr.registered_on <= ? AND "
                                     "(cr.closed_on IS NULL OR cr.closed_on > ?)")
                          .arg(k.code, k.programme);
            kBinds << d << d;
        } else if (k.source == QLatin1String("flag")) {
            flags << QLatin1Char('\'') + k.code + QLatin1Char('\'');
        }
    }
    if (!flags.isEmpty()) {
        kParts << QStringLiteral("SELECT f.resident_id, f.flag FROM resident_flag f WHERE f.flag "
                                 "IN (%1) AND f.deleted = 0"
                                 " AND f.since <= ? AND (f.until IS NULL OR f.until > ?)")
                      .arg(flags.join(QLatin1Char(',')));
        kBinds << d << d;
    }
    QHash<QString, QStringList> registered;
    if (!kParts.isEmpty()) {
        QSqlQuery k(db(m_conn));
        k.setForwardOnly(true);
        k.prepare(kParts.join(QStringLiteral(" UNION ")));
        bindAll(k, kBinds);
        if (auto e = exec(k); !e)
            return e.error();
        while (k.next())
            registered[k.value(0).toString()] << k.value(1).toString();
    }
    QStringList ageCols, ageCodes;
    QVariantList ageBinds;
    for (const KeyPopulationRule &k : rules.keyPopulations)
        if (k.source == QLatin1String("age")) {
            int marks = 0;
            ageCols << QStringLiteral("(%1)").arg(KeyPopulation::categorySql(k.code, &marks));
            ageCodes << k.code;
            for (int i = 0; i < marks; ++i)
                ageBinds << d;
        }
    QVariantList filterBinds;
    const QString filter = residentFilter(scope, villageCode, teamId, filterBinds);
    const QString kSql = kParts.isEmpty() ? QStringLiteral("SELECT NULL WHERE 0")
                                          : kParts.join(QStringLiteral(" UNION "));
    QStringList keyTerms = ageCols;
    keyTerms << QStringLiteral("+r.id IN k");
    QSqlQuery q(db(m_conn));
    q.setForwardOnly(true);
    // The covered residents and the registered/flagged ones as materialized sets; each resident
    // is probed against them (see ContractIndicators for why not correlated subqueries).
    q.prepare(
        QStringLiteral("WITH s AS MATERIALIZED (SELECT resident_id FROM contract c WHERE c.deleted "
                       "= 0 AND c.start_date <= ?"
                       " AND c.cover_end >= ?), k AS MATERIALIZED (SELECT resident_id FROM (%1))"
                       " SELECT r.id, r.name, r.sex, r.birth_date, r.phone, r.village_code, "
                       "a.name, r.household_id%2"
                       " FROM resident r LEFT JOIN area a ON a.code = r.village_code"
                       " WHERE %5 AND +r.id NOT IN s AND (%3)%4 ORDER BY "
                       "r.village_code, r.sort_key")
            .arg(kSql,
                 ageCols.isEmpty() ? QString()
                                   : QStringLiteral(", ") + ageCols.join(QStringLiteral(", ")),
                 keyTerms.join(QStringLiteral(" OR ")), filter,
                 Population::livingOn(QStringLiteral("r"), QStringLiteral("?"))));
    QVariantList all{d, d};
    all << kBinds << ageBinds << d << ageBinds << filterBinds;
    bindAll(q, all);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<WorkRow> out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QStringList tags;
        for (int i = 0; i < ageCodes.size(); ++i)
            if (q.value(8 + i).toBool())
                tags << ageCodes.at(i);
        const auto it = registered.constFind(id);
        if (it != registered.cend())
            tags << *it;
        if (tags.isEmpty())
            continue;
        WorkRow w;
        w.residentId = id;
        w.residentName = q.value(1).toString();
        w.sex = q.value(2).toString();
        w.birthDate = date(q.value(3));
        w.phone = q.value(4).toString();
        w.villageCode = q.value(5).toString();
        w.villageName = q.value(6).toString();
        w.householdId = q.value(7).toString();
        // In the rules' order.
        for (const KeyPopulationRule &k : rules.keyPopulations)
            if (tags.contains(k.code))
                w.tags << k.code;
        out.append(w);
    }
    return out;
}

Result<QVector<WorkRow>> ContractWorkLists::partlySigned(const Scope &scope, const QDate &day,
                                                         const QString &villageCode,
                                                         const QString &teamId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    // Members who have left the population (died, moved away) are not counted.
    QVariantList binds{isoDate(day), isoDate(day), isoDate(day)};
    const QString filter = residentFilter(scope, villageCode, teamId, binds);
    QSqlQuery q(db(m_conn));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT g.household_id, g.n, g.s, h.village_code, a.name, hr.id, hr.name, hr.sex, "
            "hr.birth_date, hr.phone"
            " FROM (SELECT r.household_id, count(*) AS n, total(EXISTS (SELECT 1 FROM contract c"
            "  WHERE c.resident_id = r.id AND c.deleted = 0 AND c.start_date <= ? AND c.cover_end "
            ">= ?)) AS s"
            "  FROM resident r WHERE %2 AND r.household_id IS NOT NULL%1 GROUP BY "
            "r.household_id) g"
            " JOIN household h ON h.id = g.household_id LEFT JOIN resident hr ON hr.id = h.head_id"
            " LEFT JOIN area a ON a.code = h.village_code"
            " WHERE g.s > 0 AND g.s < g.n ORDER BY h.village_code, hr.sort_key")
            .arg(filter, Population::livingOn(QStringLiteral("r"), QStringLiteral("?"))));
    bindAll(q, binds);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<WorkRow> out;
    while (q.next()) {
        WorkRow w;
        w.householdId = q.value(0).toString();
        w.members = q.value(1).toInt();
        w.signedMembers = int(q.value(2).toDouble());
        w.villageCode = q.value(3).toString();
        w.villageName = q.value(4).toString();
        w.residentId = q.value(5).toString();
        w.residentName = q.value(6).toString();
        w.sex = q.value(7).toString();
        w.birthDate = date(q.value(8));
        w.phone = q.value(9).toString();
        out.append(w);
    }
    return out;
}

Result<QVector<ContractTask>> ContractWorkLists::tasksDue(const Scope &scope, const QDate &day,
                                                          const QDate &until,
                                                          const QString &villageCode) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    if (AreaCode::isVillage(villageCode) && !scope.allowsVillage(villageCode))
        return outOfScope();
    // The contract that covers the day, as ContractTasks::markDone finds it: a task of a lapsed
    // contract is no longer owed.
    QVariantList binds{isoDate(day), isoDate(until), isoDate(day), isoDate(day)};
    QString where = villageFilter(scope, QStringLiteral("r.village_code"), binds);
    where += areaCondition(villageCode, binds);
    // A village or a township from its residents and their contracts (the open tasks of a
    // contract from the index of open tasks, migration 0023); everything in scope from the due
    // dates, from the earliest start of a contract in force (older open tasks belong to lapsed
    // ones).
    QString from = QStringLiteral("resident r CROSS JOIN contract c ON c.resident_id = r.id"
                                  " CROSS JOIN contract_task t ON t.contract_id = c.id");
    if (villageCode.isEmpty()) {
        QSqlQuery first(db(m_conn));
        first.prepare(QStringLiteral("SELECT min(start_date) FROM contract WHERE start_date <= ?"
                                     " AND cover_end >= ? AND deleted = 0"));
        first.addBindValue(isoDate(day));
        first.addBindValue(isoDate(day));
        if (auto e = exec(first); !e)
            return e.error();
        const QString since = first.next() ? first.value(0).toString() : QString();
        if (since.isEmpty())
            return QVector<ContractTask>();
        from = QStringLiteral("contract_task t CROSS JOIN contract c ON c.id = t.contract_id"
                              " CROSS JOIN resident r ON r.id = c.resident_id");
        where += QStringLiteral(" AND t.due_on >= ?");
        binds << since;
    }
    QSqlQuery q(db(m_conn));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT t.id, t.contract_id, t.resident_id, t.package_id, t.kind, t.name, t.seq,"
            " t.due_on FROM %2"
            " WHERE %3 AND t.status = 'open' AND t.deleted = 0 AND t.due_on <= ?"
            " AND c.deleted = 0 AND c.start_date <= ? AND c.cover_end >= ?%1"
            " ORDER BY t.due_on, t.kind")
            .arg(where, from, Population::livingOn(QStringLiteral("r"), QStringLiteral("?"))));
    bindAll(q, binds);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ContractTask> out;
    while (q.next()) {
        ContractTask t;
        t.id = q.value(0).toString();
        t.contractId = q.value(1).toString();
        t.residentId = q.value(2).toString();
        t.packageId = q.value(3).toString();
        t.kind = q.value(4).toString();
        t.name = q.value(5).toString();
        t.seq = q.value(6).toInt();
        t.dueOn = date(q.value(7));
        out.append(t);
    }
    return out;
}

} // namespace Models
