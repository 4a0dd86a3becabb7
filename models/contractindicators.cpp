#include "contractindicators.h"

#include "contractrules.h"
#include "contractsql.h"
#include "keypopulation.h"
#include "permission.h"

#include <QHash>
#include <QJsonArray>

namespace Models {

using namespace ContractSql;

namespace {
QJsonObject ratio(qint64 num, qint64 den, const QString &numerator, const QString &denominator)
{
    return {{QStringLiteral("numerator"), num},
            {QStringLiteral("denominator"), den},
            {QStringLiteral("percent"), qRound(ContractIndicatorValues::rate(num, den) * 100) / 100.0},
            {QStringLiteral("numerator_definition"), numerator},
            {QStringLiteral("denominator_definition"), denominator}};
}
} // namespace

QJsonObject ContractIndicatorValues::toJson() const
{
    QJsonArray cats;
    for (const CategoryCount &c : categories)
        cats.append(QJsonObject{{QStringLiteral("code"), c.code},
                                {QStringLiteral("label"), c.label},
                                {QStringLiteral("total"), c.total},
                                {QStringLiteral("signed"), c.signedCount},
                                {QStringLiteral("percent"), qRound(rate(c.signedCount, c.total) * 100) / 100.0}});
    return {
        {QStringLiteral("from"), iso(filter.from)},
        {QStringLiteral("to"), iso(filter.to)},
        {QStringLiteral("village"), filter.villageCode},
        {QStringLiteral("team"), filter.teamId},
        {QStringLiteral("sign_rate"),
         ratio(signedResidents, population, QStringLiteral("residents with a contract covering a day of the period"),
               QStringLiteral("living residents of the selected villages"))},
        {QStringLiteral("key_population_sign_rate"),
         ratio(keySigned, keyPopulation, QStringLiteral("key-population residents with a contract covering a day of the period"),
               QStringLiteral("key-population residents (on the last day of the period); NOT all signed residents"))},
        {QStringLiteral("key_population_categories"), cats},
        {QStringLiteral("renewal_rate"),
         ratio(contractsRenewed, contractsEnded, QStringLiteral("of those, contracts with a linked renewal"),
               QStringLiteral("contracts that ended in the period without termination"))},
        {QStringLiteral("task_completion"),
         ratio(tasksDone, tasksDue, QStringLiteral("tasks due in the period that are done"),
               QStringLiteral("tasks due in the period (cancelled tasks excluded)"))},
        {QStringLiteral("contract_task_completion"),
         ratio(contractsAllTasksDone, contractsWithTasks, QStringLiteral("contracts whose due tasks are all done"),
               QStringLiteral("contracts with tasks due in the period"))}};
}

ContractIndicators::ContractIndicators(QString connectionName) : m_conn(std::move(connectionName)) {}

Result<ContractIndicatorValues> ContractIndicators::compute(const Scope &scope, const IndicatorFilter &f) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    if (!f.from.isValid() || !f.to.isValid() || f.to < f.from)
        return makeError(QStringLiteral("indicator.period"), tr("统计期间不正确（开始日期应不晚于结束日期）"),
                         QStringLiteral("period"));
    if (!f.villageCode.isEmpty() && !scope.allowsVillage(f.villageCode))
        return outOfScope();
    ContractIndicatorValues v;
    v.filter = f;
    const QString from = iso(f.from), to = iso(f.to);

    // Which residents: scope, village, team's villages.
    QVariantList popBinds;
    QString pop = QStringLiteral("r.deleted = 0") + villageFilter(scope, QStringLiteral("r.village_code"), popBinds);
    if (!f.villageCode.isEmpty()) {
        pop += QStringLiteral(" AND r.village_code = ?");
        popBinds << f.villageCode;
    }
    if (!f.teamId.isEmpty()) {
        pop += QStringLiteral(" AND r.village_code IN (SELECT village_code FROM contract_team_village WHERE team_id = ?)");
        popBinds << f.teamId;
    }
    // Set-based: the signed residents and the registered/flagged key-population members are
    // each read once into a materialized set, and every resident is probed against the sets
    // (two probes a resident rather than one correlated subquery per category).
    const ContractRules &rules = ContractRules::get();
    const QString sSql = QStringLiteral("SELECT resident_id FROM contract c WHERE c.deleted = 0"
                                        " AND c.start_date <= ? AND c.cover_end >= ?%1")
                             .arg(f.teamId.isEmpty() ? QString() : QStringLiteral(" AND c.team_id = ?"));
    QVariantList sBinds{to, from};
    if (!f.teamId.isEmpty())
        sBinds << f.teamId;
    QStringList kParts, flagCodes;
    QVariantList kBinds;
    QStringList ageCols, ageCodes;
    QVariantList ageBinds;
    for (const KeyPopulationRule &k : rules.keyPopulations) {
        if (k.source == QLatin1String("chronic")) {
            kParts << QStringLiteral("SELECT cr.resident_id AS id, '%1' AS cat FROM chronic_registration cr"
                                     " WHERE cr.programme = '%2' AND cr.deleted = 0 AND cr.registered_on <= ?"
                                     " AND (cr.closed_on IS NULL OR cr.closed_on > ?)").arg(k.code, k.programme);
            kBinds << to << to;
        } else if (k.source == QLatin1String("flag")) {
            flagCodes << QLatin1Char('\'') + k.code + QLatin1Char('\'');
        } else {
            int marks = 0;
            ageCols << QStringLiteral("(%1) AS a_%2").arg(KeyPopulation::categorySql(k.code, &marks), k.code);
            ageCodes << k.code;
            for (int i = 0; i < marks; ++i)
                ageBinds << to;
        }
    }
    if (!flagCodes.isEmpty()) {
        kParts << QStringLiteral("SELECT f.resident_id AS id, f.flag AS cat FROM resident_flag f WHERE f.flag IN (%1)"
                                 " AND f.deleted = 0 AND f.since <= ? AND (f.until IS NULL OR f.until > ?)")
                      .arg(flagCodes.join(QLatin1Char(',')));
        kBinds << to << to;
    }
    if (kParts.isEmpty())
        kParts << QStringLiteral("SELECT NULL AS id, NULL AS cat WHERE 0");
    const QString kSql = kParts.join(QStringLiteral(" UNION "));

    // One row per combination of (signed, registered/flagged, age categories) with its count:
    // every probe is evaluated once a resident, without writing the residents anywhere.
    QStringList groupCols{QStringLiteral("+r.id IN s"), QStringLiteral("+r.id IN (SELECT id FROM k)")};
    groupCols << ageCols;
    for (QString &c : groupCols)
        c = c.section(QStringLiteral(" AS a_"), 0, 0);
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("WITH s AS MATERIALIZED (%1), k AS MATERIALIZED (%2)"
                             " SELECT %3, count(*) FROM resident r WHERE %4 GROUP BY %5")
                  .arg(sSql, kSql, groupCols.join(QStringLiteral(", ")), pop, [&] {
                      QStringList n;
                      for (int i = 1; i <= groupCols.size(); ++i)
                          n << QString::number(i);
                      return n.join(QStringLiteral(", "));
                  }()));
    bindAll(q, sBinds);
    bindAll(q, kBinds);
    bindAll(q, ageBinds);
    bindAll(q, popBinds);
    if (auto e = exec(q); !e)
        return e.error();
    QHash<QString, CategoryCount> counts;
    for (const QString &code : ageCodes)
        counts.insert(code, CategoryCount{code, {}});
    while (q.next()) {
        const bool sg = q.value(0).toBool();
        bool key = q.value(1).toBool();
        const qint64 n = q.value(int(groupCols.size())).toLongLong();
        v.population += n;
        if (sg)
            v.signedResidents += n;
        for (int i = 0; i < ageCodes.size(); ++i)
            if (q.value(2 + i).toBool()) {
                key = true;
                CategoryCount &c = counts[ageCodes.at(i)];
                c.total += n;
                if (sg)
                    c.signedCount += n;
            }
        if (key) {
            v.keyPopulation += n;
            if (sg)
                v.keySigned += n;
        }
    }

    QSqlQuery kq(db(m_conn));
    kq.prepare(QStringLiteral("WITH s AS MATERIALIZED (%1) SELECT k.cat, count(*), total(k.id IN s) FROM (%2) k"
                              " JOIN resident r ON r.id = k.id WHERE %3 GROUP BY k.cat").arg(sSql, kSql, pop));
    bindAll(kq, sBinds);
    bindAll(kq, kBinds);
    bindAll(kq, popBinds);
    if (auto e = exec(kq); !e)
        return e.error();
    while (kq.next()) {
        CategoryCount c{kq.value(0).toString(), {}};
        c.total = kq.value(1).toLongLong();
        c.signedCount = qint64(kq.value(2).toDouble());
        counts.insert(c.code, c);
    }
    for (const KeyPopulationRule &k : rules.keyPopulations) {
        CategoryCount c = counts.value(k.code, CategoryCount{k.code, {}});
        c.code = k.code;
        c.label = k.label();
        v.categories.append(c);
    }

    // Contracts and tasks: driven from the date indexes (covering), restricted to the population
    // by a materialized set of its residents only when a village, a team or a restricted scope
    // narrows it; otherwise only the (few) deleted residents are left out.
    const bool narrowed = !f.villageCode.isEmpty() || !f.teamId.isEmpty() || !scope.allVillages;
    const QString popSet = narrowed ? QStringLiteral("SELECT r.id FROM resident r WHERE %1").arg(pop)
                                    : QStringLiteral("SELECT id FROM resident WHERE deleted = 1");
    const QVariantList popSetBinds = narrowed ? popBinds : QVariantList{};
    const QString inPop = narrowed ? QStringLiteral("IN") : QStringLiteral("NOT IN");
    QSqlQuery rn(db(m_conn));
    rn.prepare(QStringLiteral("WITH p AS MATERIALIZED (%1)"
                              " SELECT count(*), total(EXISTS (SELECT 1 FROM contract n WHERE n.previous_id = c.id"
                              " AND n.deleted = 0)) FROM contract c WHERE c.end_date BETWEEN ? AND ? AND c.deleted = 0"
                              " AND (c.terminated_on IS NULL OR c.terminated_on > c.end_date)"
                              " AND +c.resident_id %2 p%3")
                   .arg(popSet, inPop, f.teamId.isEmpty() ? QString() : QStringLiteral(" AND c.team_id = ?")));
    bindAll(rn, popSetBinds);
    rn.addBindValue(from);
    rn.addBindValue(to);
    if (!f.teamId.isEmpty())
        rn.addBindValue(f.teamId);
    if (auto e = exec(rn); !e)
        return e.error();
    rn.next();
    v.contractsEnded = rn.value(0).toLongLong();
    v.contractsRenewed = qint64(rn.value(1).toDouble());

    // Tasks carry their resident; contracts are only consulted for a team (or deleted ones).
    QSqlQuery t(db(m_conn));
    t.prepare(QStringLiteral("WITH p AS MATERIALIZED (%1), x AS MATERIALIZED (SELECT id FROM contract WHERE %2)"
                             " SELECT count(*), total(done), total(done = due), total(due) FROM ("
                             " SELECT count(*) AS due, total(t.status = 'done') AS done FROM contract_task t"
                             " WHERE t.due_on BETWEEN ? AND ? AND t.status <> 'cancelled' AND t.deleted = 0"
                             " AND +t.resident_id %3 p AND +t.contract_id %4 x GROUP BY t.contract_id)")
                  .arg(popSet,
                       f.teamId.isEmpty() ? QStringLiteral("deleted = 1") : QStringLiteral("deleted = 0 AND team_id = ?"),
                       inPop, f.teamId.isEmpty() ? QStringLiteral("NOT IN") : QStringLiteral("IN")));
    bindAll(t, popSetBinds);
    if (!f.teamId.isEmpty())
        t.addBindValue(f.teamId);
    t.addBindValue(from);
    t.addBindValue(to);
    if (auto e = exec(t); !e)
        return e.error();
    t.next();
    v.contractsWithTasks = t.value(0).toLongLong();
    v.tasksDone = qint64(t.value(1).toDouble());
    v.contractsAllTasksDone = qint64(t.value(2).toDouble());
    v.tasksDue = qint64(t.value(3).toDouble());
    return v;
}

} // namespace Models
