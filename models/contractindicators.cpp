#include "contractindicators.h"

#include "contractrules.h"
#include "contractsql.h"
#include "keypopulation.h"
#include "permission.h"

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
    QString signedSql = QStringLiteral("EXISTS (SELECT 1 FROM contract c WHERE c.resident_id = r.id AND c.deleted = 0"
                                       " AND c.start_date <= ? AND c.cover_end >= ?%1)")
                            .arg(f.teamId.isEmpty() ? QString() : QStringLiteral(" AND c.team_id = ?"));
    QVariantList signedBinds{to, from};
    if (!f.teamId.isEmpty())
        signedBinds << f.teamId;

    const ContractRules &rules = ContractRules::get();
    QStringList cols{QStringLiteral("%1 AS s").arg(signedSql)};
    QVariantList colBinds = signedBinds;
    for (const KeyPopulationRule &k : rules.keyPopulations) {
        int marks = 0;
        cols << QStringLiteral("(%1) AS k_%2").arg(KeyPopulation::categorySql(k.code, &marks), k.code);
        for (int i = 0; i < marks; ++i)
            colBinds << to;
    }
    QStringList sums{QStringLiteral("count(*)"), QStringLiteral("total(s)")};
    QStringList anyKey;
    for (const KeyPopulationRule &k : rules.keyPopulations) {
        sums << QStringLiteral("total(k_%1)").arg(k.code) << QStringLiteral("total(k_%1 AND s)").arg(k.code);
        anyKey << QStringLiteral("k_%1").arg(k.code);
    }
    const QString keyExpr = QStringLiteral("(%1)").arg(anyKey.join(QStringLiteral(" OR ")));
    sums << QStringLiteral("total(%1)").arg(keyExpr) << QStringLiteral("total(%1 AND s)").arg(keyExpr);
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM (SELECT %2 FROM resident r WHERE %3)")
                  .arg(sums.join(QStringLiteral(", ")), cols.join(QStringLiteral(", ")), pop));
    bindAll(q, colBinds);
    bindAll(q, popBinds);
    if (auto e = exec(q); !e)
        return e.error();
    q.next();
    int col = 0;
    v.population = q.value(col++).toLongLong();
    v.signedResidents = qint64(q.value(col++).toDouble());
    for (const KeyPopulationRule &k : rules.keyPopulations) {
        CategoryCount c{k.code, k.label()};
        c.total = qint64(q.value(col++).toDouble());
        c.signedCount = qint64(q.value(col++).toDouble());
        v.categories.append(c);
    }
    v.keyPopulation = qint64(q.value(col++).toDouble());
    v.keySigned = qint64(q.value(col++).toDouble());

    // Contracts: of residents in the population; with a team, that team's contracts.
    QVariantList cBinds;
    QString cWhere = QStringLiteral("c.deleted = 0 AND c.resident_id IN (SELECT r.id FROM resident r WHERE %1)").arg(pop);
    cBinds << popBinds;
    if (!f.teamId.isEmpty()) {
        cWhere += QStringLiteral(" AND c.team_id = ?");
        cBinds << f.teamId;
    }
    QSqlQuery rn(db(m_conn));
    rn.prepare(QStringLiteral("SELECT count(*), total(EXISTS (SELECT 1 FROM contract n WHERE n.previous_id = c.id"
                              " AND n.deleted = 0)) FROM contract c WHERE %1 AND c.end_date BETWEEN ? AND ?"
                              " AND (c.terminated_on IS NULL OR c.terminated_on > c.end_date)").arg(cWhere));
    bindAll(rn, cBinds);
    rn.addBindValue(from);
    rn.addBindValue(to);
    if (auto e = exec(rn); !e)
        return e.error();
    rn.next();
    v.contractsEnded = rn.value(0).toLongLong();
    v.contractsRenewed = qint64(rn.value(1).toDouble());

    QSqlQuery t(db(m_conn));
    t.prepare(QStringLiteral("SELECT count(*), total(done), total(done = due), total(due) FROM ("
                             " SELECT count(*) AS due, total(t.status = 'done') AS done FROM contract_task t"
                             " JOIN contract c ON c.id = t.contract_id WHERE %1 AND t.deleted = 0"
                             " AND t.status <> 'cancelled' AND t.due_on BETWEEN ? AND ? GROUP BY t.contract_id)")
                  .arg(cWhere));
    bindAll(t, cBinds);
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
