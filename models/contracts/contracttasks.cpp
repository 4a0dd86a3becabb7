#include "contracttasks.h"
#include "dates.h"

#include "changelog.h"
#include "contractsql.h"
#include "permission.h"

namespace Models {

using namespace ContractSql;

namespace {
Result<QString> villageOf(const QString &conn, const QString &residentId)
{
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT village_code FROM resident WHERE id = ?"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("resident.notfound"), tr("找不到该居民"));
    return q.value(0).toString();
}
} // namespace

Result<bool> ContractTasks::markDone(const QString &conn, const Scope &scope,
                                     const QString &residentId, const QString &kind,
                                     const QDate &date, const QString &sourceId)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    if (!date.isValid())
        return makeError(QStringLiteral("task.date"), tr("请填写完成日期"), QStringLiteral("date"));
    auto village = villageOf(conn, residentId);
    if (!village)
        return village.error();
    if (!scope.allowsVillage(*village))
        return outOfScope();
    if (!sourceId.isEmpty()) {
        QSqlQuery seen(db(conn));
        seen.prepare(QStringLiteral(
            "SELECT 1 FROM contract c JOIN contract_task t ON t.contract_id = c.id"
            " WHERE c.resident_id = ? AND t.kind = ? AND t.source_id = ? AND t.deleted = 0"));
        seen.addBindValue(residentId);
        seen.addBindValue(kind);
        seen.addBindValue(sourceId);
        if (auto e = exec(seen); !e)
            return e.error();
        if (seen.next())
            return true;
    }
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT t.id FROM contract c JOIN contract_task t ON t.contract_id = c.id"
        " WHERE c.resident_id = :r AND c.deleted = 0 AND c.start_date <= :d AND c.cover_end >= :d"
        " AND t.kind = :k AND t.status = 'open' AND t.deleted = 0 ORDER BY t.due_on LIMIT 1"));
    q.bindValue(QStringLiteral(":r"), residentId);
    q.bindValue(QStringLiteral(":d"), isoDate(date));
    q.bindValue(QStringLiteral(":k"), kind);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return false;
    const QString taskId = q.value(0).toString();
    Transaction tx(conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery u(db(conn));
    u.prepare(QStringLiteral(
        "UPDATE contract_task SET status = 'done', done_on = ?, source_id = ?, dirty = 1,"
        " updated_at = ?, updated_by = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(isoDate(date)), sourceId.isEmpty() ? QVariant() : QVariant(sourceId),
          QVariant(ChangeLog::nowUtc()), QVariant(scope.userId), QVariant(taskId)})
        u.addBindValue(v);
    if (auto e = exec(u); !e)
        return e.error();
    if (auto e = ChangeLog::record(conn, scope, QStringLiteral("contract_task"), taskId,
                                   ChangeOp::Update,
                                   {{QStringLiteral("status"), QStringLiteral("open")}},
                                   {{QStringLiteral("status"), QStringLiteral("done")},
                                    {QStringLiteral("done_on"), isoDate(date)},
                                    {QStringLiteral("source_id"), sourceId}});
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return true;
}

Result<QVector<ContractTask>> ContractTasks::forResident(const QString &conn, const Scope &scope,
                                                         const QString &residentId)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    auto village = villageOf(conn, residentId);
    if (!village)
        return village.error();
    if (!scope.allowsVillage(*village))
        return outOfScope();
    QSqlQuery q(db(conn));
    q.prepare(
        QStringLiteral("SELECT t.id, t.contract_id, t.package_id, t.kind, t.name, t.seq, t.due_on,"
                       " t.status, t.done_on, t.source_id FROM contract c JOIN contract_task t"
                       " ON t.contract_id = c.id WHERE c.resident_id = ? AND t.deleted = 0"
                       " ORDER BY c.start_date DESC, t.due_on, t.kind"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ContractTask> out;
    while (q.next()) {
        ContractTask t;
        t.id = q.value(0).toString();
        t.contractId = q.value(1).toString();
        t.residentId = residentId;
        t.packageId = q.value(2).toString();
        t.kind = q.value(3).toString();
        t.name = q.value(4).toString();
        t.seq = q.value(5).toInt();
        t.dueOn = date(q.value(6));
        t.status = q.value(7).toString();
        t.doneOn = date(q.value(8));
        t.sourceId = q.value(9).toString();
        out.append(t);
    }
    return out;
}

Result<bool> ContractTasks::markDoneFor(const QString &connectionName, const Scope &scope,
                                        const QString &residentId, const QString &kind,
                                        const QDate &date, const QString &sourceId)
{
    Scope derived = scope;
    if (!derived.allPermissions && !derived.permissions.contains(QStringLiteral("contract.write")))
        derived.permissions << QStringLiteral("contract.write");
    return markDone(connectionName, derived, residentId, kind, date, sourceId);
}

} // namespace Models
