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

    QStringList sums{QStringLiteral("count(*)"), QStringLiteral("total(sg)")};
    QStringList anyKey{QStringLiteral("kk")};
    for (const QString &code : ageCodes) {
        sums << QStringLiteral("total(a_%1)").arg(code) << QStringLiteral("total(a_%1 AND sg)").arg(code);
        anyKey << QStringLiteral("a_%1").arg(code);
    }
    const QString keyExpr = QStringLiteral("(%1)").arg(anyKey.join(QStringLiteral(" OR ")));
    sums << QStringLiteral("total(%1)").arg(keyExpr) << QStringLiteral("total(%1 AND sg)").arg(keyExpr);
    QSqlQuery q(db(m_conn));
    // MATERIALIZED: otherwise SQLite flattens x and evaluates each probe once per reference.
    q.prepare(QStringLiteral("WITH s AS MATERIALIZED (%1), k AS MATERIALIZED (%2),"
                             " x AS MATERIALIZED (SELECT r.id IN s AS sg, r.id IN (SELECT id FROM k) AS kk%3"
                             " FROM resident r WHERE %4) SELECT %5 FROM x")
                  .arg(sSql, kSql, ageCols.isEmpty() ? QString() : QStringLiteral(", ") + ageCols.join(QStringLiteral(", ")),
                       pop, sums.join(QStringLiteral(", "))));
    bindAll(q, sBinds);
    bindAll(q, kBinds);
    bindAll(q, ageBinds);
    bindAll(q, popBinds);
    if (auto e = exec(q); !e)
        return e.error();
    q.next();
    int col = 0;
    v.population = q.value(col++).toLongLong();
    v.signedResidents = qint64(q.value(col++).toDouble());
    QHash<QString, CategoryCount> counts;
    for (const QString &code : ageCodes) {
        CategoryCount c{code, {}};
        c.total = qint64(q.value(col++).toDouble());
        c.signedCount = qint64(q.value(col++).toDouble());
        counts.insert(code, c);
    }
    v.keyPopulation = qint64(q.value(col++).toDouble());
    v.keySigned = qint64(q.value(col++).toDouble());

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

    // Contracts: of residents in the population; with a team, that team's contracts. Driven
    // from the date indexes (CROSS JOIN fixes the order), so the cost follows the period.
    QVariantList cBinds = popBinds;
    QString cWhere = QStringLiteral("c.deleted = 0 AND %1").arg(pop);
    if (!f.teamId.isEmpty()) {
        cWhere += QStringLiteral(" AND c.team_id = ?");
        cBinds << f.teamId;
    }
    QSqlQuery rn(db(m_conn));
    rn.prepare(QStringLiteral("SELECT count(*), total(EXISTS (SELECT 1 FROM contract n WHERE n.previous_id = c.id"
                              " AND n.deleted = 0)) FROM contract c CROSS JOIN resident r ON r.id = c.resident_id"
                              " WHERE c.end_date BETWEEN ? AND ? AND %1"
                              " AND (c.terminated_on IS NULL OR c.terminated_on > c.end_date)").arg(cWhere));
    rn.addBindValue(from);
    rn.addBindValue(to);
    bindAll(rn, cBinds);
    if (auto e = exec(rn); !e)
        return e.error();
    rn.next();
    v.contractsEnded = rn.value(0).toLongLong();
    v.contractsRenewed = qint64(rn.value(1).toDouble());

    QSqlQuery t(db(m_conn));
    t.prepare(QStringLiteral("SELECT count(*), total(done), total(done = due), total(due) FROM ("
                             " SELECT count(*) AS due, total(t.status = 'done') AS done FROM contract_task t"
                             " CROSS JOIN contract c ON c.id = t.contract_id CROSS JOIN resident r ON r.id = c.resident_id"
                             " WHERE t.due_on BETWEEN ? AND ? AND t.deleted = 0 AND t.status <> 'cancelled' AND %1"
                             " GROUP BY t.contract_id)")
                  .arg(cWhere));
    t.addBindValue(from);
    t.addBindValue(to);
    bindAll(t, cBinds);
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
