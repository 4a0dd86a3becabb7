#include "keypopulation.h"
#include "dates.h"

#include "changelog.h"
#include "contractrules.h"
#include "contractsql.h"
#include "permission.h"

namespace Models {

using namespace ContractSql;

KeyPopulation::KeyPopulation(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<QString> KeyPopulation::villageOf(const QString &residentId) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT village_code FROM resident WHERE id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("resident.notfound"), tr("找不到该居民"));
    return q.value(0).toString();
}

QString KeyPopulation::categorySql(const QString &code, int *marks)
{
    const KeyPopulationRule *k = ContractRules::get().keyPopulation(code);
    *marks = 0;
    if (!k)
        return QStringLiteral("0");
    if (k->source == QLatin1String("age")) {
        // Age in completed years on day D is >= N exactly when birth_date <= D - N years;
        // it is <= N exactly when birth_date > D - (N + 1) years.
        QStringList parts;
        if (k->minAge >= 0) {
            parts << QStringLiteral("r.birth_date <= date(?, '-%1 years')").arg(k->minAge);
            ++*marks;
        }
        if (k->maxAge >= 0) {
            parts << QStringLiteral("r.birth_date > date(?, '-%1 years')").arg(k->maxAge + 1);
            parts << QStringLiteral("r.birth_date <= ?");
            *marks += 2;
        }
        return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }
    if (k->source == QLatin1String("chronic")) {
        *marks = 2;
        return QStringLiteral(
                   "EXISTS (SELECT 1 FROM chronic_registration cr WHERE cr.resident_id = r.id"
                   " AND cr.programme = '%1' AND cr.deleted = 0 AND cr.registered_on <= ?"
                   " AND (cr.closed_on IS NULL OR cr.closed_on > ?))")
            .arg(k->programme);
    }
    *marks = 2;
    return QStringLiteral("EXISTS (SELECT 1 FROM resident_flag f WHERE f.resident_id = r.id"
                          " AND f.flag = '%1' AND f.deleted = 0 AND f.since <= ?"
                          " AND (f.until IS NULL OR f.until > ?))")
        .arg(k->code);
}

QString KeyPopulation::anyKeyPopulationSql(int *marks)
{
    QStringList parts;
    *marks = 0;
    const ContractRules &rules = ContractRules::get();
    QStringList programmes, flags;
    for (const KeyPopulationRule &k : rules.keyPopulations) {
        if (k.source == QLatin1String("age")) {
            int m = 0;
            parts << categorySql(k.code, &m);
            *marks += m;
        } else if (k.source == QLatin1String("chronic")) {
            programmes << QLatin1Char('\'') + k.programme + QLatin1Char('\'');
        } else {
            flags << QLatin1Char('\'') + k.code + QLatin1Char('\'');
        }
    }
    if (!programmes.isEmpty()) {
        parts << QStringLiteral(
                     "EXISTS (SELECT 1 FROM chronic_registration cr WHERE cr.resident_id = r.id"
                     " AND cr.programme IN (%1) AND cr.deleted = 0 AND cr.registered_on <= ?"
                     " AND (cr.closed_on IS NULL OR cr.closed_on > ?))")
                     .arg(programmes.join(QLatin1Char(',')));
        *marks += 2;
    }
    if (!flags.isEmpty()) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM resident_flag f WHERE f.resident_id = r.id"
                                " AND f.flag IN (%1) AND f.deleted = 0 AND f.since <= ?"
                                " AND (f.until IS NULL OR f.until > ?))")
                     .arg(flags.join(QLatin1Char(',')));
        *marks += 2;
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

Result<QStringList> KeyPopulation::suggest(const Scope &scope, const QString &residentId,
                                           const QDate &day) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    auto village = villageOf(residentId);
    if (!village)
        return village.error();
    if (!scope.allowsVillage(*village))
        return outOfScope();
    QStringList out;
    for (const KeyPopulationRule &k : ContractRules::get().keyPopulations) {
        int marks = 0;
        const QString cond = categorySql(k.code, &marks);
        QSqlQuery q(db(m_conn));
        q.prepare(QStringLiteral("SELECT 1 FROM resident r WHERE r.id = ? AND %1").arg(cond));
        q.addBindValue(residentId);
        for (int i = 0; i < marks; ++i)
            q.addBindValue(isoDate(day));
        if (auto e = exec(q); !e)
            return e.error();
        if (q.next())
            out << k.code;
    }
    return out;
}

Result<ResidentFlag> KeyPopulation::setFlag(const Scope &scope, const QString &residentId,
                                            const QString &flag, const QDate &since,
                                            const QString &note)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    if (!ContractRules::get().flagCodes().contains(flag))
        return makeError(QStringLiteral("flag.unknown"), tr("未知的人群类别：%1").arg(flag),
                         QStringLiteral("flag"));
    if (!since.isValid())
        return makeError(QStringLiteral("flag.since"), tr("请填写开始日期"),
                         QStringLiteral("since"));
    auto village = villageOf(residentId);
    if (!village)
        return village.error();
    if (!scope.allowsVillage(*village))
        return outOfScope();
    ResidentFlag f{uuid(), residentId, flag, since, {}, note};
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    const QString now = ChangeLog::nowUtc();
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("INSERT INTO resident_flag(id, resident_id, flag, since, note, created_at,"
                       " updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(f.id), QVariant(residentId), QVariant(flag), QVariant(isoDate(since)),
          QVariant(text(note)), QVariant(now), QVariant(now), QVariant(scope.userId)})
        q.addBindValue(v);
    if (!q.exec())
        return makeError(QStringLiteral("flag.duplicate"), tr("该居民已登记为此类人群"),
                         QStringLiteral("flag"), q.lastError().text());
    const QJsonObject after{{QStringLiteral("resident_id"), residentId},
                            {QStringLiteral("flag"), flag},
                            {QStringLiteral("since"), isoDate(since)}};
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("resident_flag"), f.id,
                                   ChangeOp::Create, {}, after);
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return f;
}

Result<void> KeyPopulation::clearFlag(const Scope &scope, const QString &residentId,
                                      const QString &flag, const QDate &until)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e;
    auto village = villageOf(residentId);
    if (!village)
        return village.error();
    if (!scope.allowsVillage(*village))
        return outOfScope();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT id FROM resident_flag WHERE resident_id = ? AND flag = ?"
                             " AND until IS NULL AND deleted = 0"));
    q.addBindValue(residentId);
    q.addBindValue(flag);
    if (auto e = exec(q); !e)
        return e;
    if (!q.next())
        return makeError(QStringLiteral("flag.notfound"), tr("该居民未登记为此类人群"),
                         QStringLiteral("flag"));
    const QString id = q.value(0).toString();
    QSqlQuery u(db(m_conn));
    u.prepare(QStringLiteral(
        "UPDATE resident_flag SET until = ?, dirty = 1, updated_at = ?, updated_by = ?"
        " WHERE id = ?"));
    u.addBindValue(isoDate(until));
    u.addBindValue(ChangeLog::nowUtc());
    u.addBindValue(scope.userId);
    u.addBindValue(id);
    if (auto e = exec(u); !e)
        return e;
    if (auto e =
            ChangeLog::record(m_conn, scope, QStringLiteral("resident_flag"), id, ChangeOp::Update,
                              {}, {{QStringLiteral("until"), isoDate(until)}});
        !e)
        return e;
    return tx.commit();
}

Result<QVector<ResidentFlag>> KeyPopulation::flags(const Scope &scope,
                                                   const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    auto village = villageOf(residentId);
    if (!village)
        return village.error();
    if (!scope.allowsVillage(*village))
        return outOfScope();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT id, flag, since, until, note FROM resident_flag WHERE resident_id = ?"
        " AND deleted = 0 ORDER BY since"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ResidentFlag> out;
    while (q.next())
        out.append(ResidentFlag{q.value(0).toString(), residentId, q.value(1).toString(),
                                date(q.value(2)), date(q.value(3)), q.value(4).toString()});
    return out;
}

} // namespace Models
