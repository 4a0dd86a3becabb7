// ContractRepository, after signing: renewing a contract, terminating it and recording the
// signed paper copy.
#include "contractrepository.h"
#include "dates.h"

#include "changelog.h"
#include "contractrules.h"
#include "contractsql.h"
#include "keypopulation.h"
#include "packagerepository.h"
#include "permission.h"

namespace Models {

using namespace ContractSql;

Result<Contract> ContractRepository::renew(const Scope &scope, const QString &contractId,
                                           const QDate &signedOn, const QString &doctorId)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    auto prev = findById(scope, contractId);
    if (!prev)
        return prev.error();
    if (!prev->renewedById.isEmpty())
        return makeError(QStringLiteral("contract.renewed"), tr("该协议已续约"));
    if (prev->terminatedOn.isValid())
        return makeError(QStringLiteral("contract.terminated"),
                         tr("已解约的协议不能续约，请重新签约"));
    const ContractRules &rules = ContractRules::get();
    SignRequest r;
    r.residentId = prev->residentId;
    r.teamId = prev->teamId;
    r.doctorId = doctorId.isEmpty() ? prev->doctorId : doctorId;
    r.signedOn = signedOn.isValid() ? signedOn : QDate::currentDate();
    r.startDate = qMax(prev->endDate.addDays(1), r.signedOn);
    r.channel = prev->channel;
    r.institution = prev->institution;
    auto suggested = KeyPopulation(m_conn).suggest(scope, prev->residentId, r.startDate);
    if (!suggested)
        return suggested.error();
    r.tags = *suggested;
    for (const QString &t : prev->tags) // categories put by hand stay, age bands are recomputed
        if (const auto *k = rules.keyPopulation(t);
            k && k->source != QLatin1String("age") && !r.tags.contains(t))
            r.tags << t;
    PackageRepository packages(m_conn);
    for (const QString &pid : prev->packageIds) {
        auto old = packages.findById(scope, pid);
        if (!old)
            return old.error();
        auto now = packages.latest(scope, old->code);
        if (!now || !now->active)
            continue; // retired since: not offered again
        bool ok = now->eligible.isEmpty();
        for (const QString &e : now->eligible)
            ok = ok || r.tags.contains(e);
        if (ok)
            r.packageIds << now->id;
    }
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    auto c = signOne(scope, r, prev->householdId, prev->representativeId, prev->id);
    if (!c)
        return c.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return c;
}

Result<Contract> ContractRepository::terminate(const Scope &scope, const QString &contractId,
                                               const QDate &on, const QString &reason,
                                               const QString &note)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    auto c = findById(scope, contractId);
    if (!c)
        return c.error();
    if (c->terminatedOn.isValid())
        return makeError(QStringLiteral("contract.terminated"), tr("该协议已解约"));
    if (!ContractRules::has(ContractRules::get().terminateReasons, reason))
        return makeError(QStringLiteral("contract.reason"), tr("请选择解约原因"),
                         QStringLiteral("reason"));
    if (ContractRules::get().lifecycleReasons.contains(reason))
        return makeError(QStringLiteral("contract.reason"),
                         tr("死亡或档案注销请在居民档案中登记（档案状态），签约随之终止"),
                         QStringLiteral("reason"));
    if (reason == QLatin1String("other") && note.trimmed().isEmpty())
        return makeError(QStringLiteral("contract.note"), tr("解约原因为“其他”时请填写说明"),
                         QStringLiteral("note"));
    if (!on.isValid() || on <= c->startDate)
        return makeError(QStringLiteral("contract.terminate_date"),
                         tr("解约日期应晚于协议开始日期"), QStringLiteral("terminated_on"));
    if (on > c->endDate)
        return makeError(QStringLiteral("contract.terminate_date"),
                         tr("解约日期晚于协议结束日期，协议届时已自然到期"),
                         QStringLiteral("terminated_on"));
    return endContract(scope, *c, on, reason, note);
}

Result<Contract> ContractRepository::endContract(const Scope &scope, Contract c, const QDate &on,
                                                 const QString &reason, const QString &note)
{
    const QJsonObject before = c.toJson();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    const QString now = ChangeLog::nowUtc();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "UPDATE contract SET terminated_on = ?, cover_end = ?, terminate_reason = ?,"
        " terminate_note = ?, dirty = 1, updated_at = ?, updated_by = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(isoDate(on)), QVariant(isoDate(qMin(c.endDate, on.addDays(-1)))),
          QVariant(reason), QVariant(text(note)), QVariant(now), QVariant(scope.userId),
          QVariant(c.id)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    // The open tasks from that day are cancelled, each queued for sync and audited like any
    // other task change (ContractTasks::markDone).
    QSqlQuery open(db(m_conn));
    open.prepare(QStringLiteral("SELECT id FROM contract_task WHERE contract_id = ? AND"
                                " status = 'open' AND due_on >= ? AND deleted = 0"));
    open.addBindValue(c.id);
    open.addBindValue(isoDate(on));
    if (auto e = exec(open); !e)
        return e.error();
    QStringList cancelled;
    while (open.next())
        cancelled << open.value(0).toString();
    QSqlQuery t(db(m_conn));
    t.prepare(QStringLiteral("UPDATE contract_task SET status = 'cancelled', dirty = 1,"
                             " updated_at = ?, updated_by = ? WHERE id = ?"));
    for (const QString &taskId : std::as_const(cancelled)) {
        t.bindValue(0, now);
        t.bindValue(1, scope.userId);
        t.bindValue(2, taskId);
        if (auto e = exec(t); !e)
            return e.error();
        if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("contract_task"), taskId,
                                       ChangeOp::Update,
                                       {{QStringLiteral("status"), QStringLiteral("open")}},
                                       {{QStringLiteral("status"), QStringLiteral("cancelled")}});
            !e)
            return e.error();
    }
    c.terminatedOn = on;
    c.terminateReason = reason;
    c.terminateNote = note;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("contract"), c.id,
                                   ChangeOp::Update, before, c.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return c;
}

Result<QVector<Contract>>
ContractRepository::openFrom(const Scope &scope, const QString &residentId, const QDate &on) const
{
    return load(scope, QStringLiteral("c.resident_id = ? AND c.cover_end >= ?"),
                {residentId, isoDate(on)});
}

Result<int> ContractRepository::terminateFrom(const Scope &scope, const QString &residentId,
                                              const QDate &on, const QString &reason,
                                              const QString &note)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    if (!ContractRules::has(ContractRules::get().terminateReasons, reason))
        return makeError(QStringLiteral("contract.reason"), tr("请选择解约原因"),
                         QStringLiteral("reason"));
    auto open = openFrom(scope, residentId, on);
    if (!open)
        return open.error();
    for (const Contract &c : *open)
        if (auto e = endContract(scope, c, qMax(on, c.startDate), reason, note); !e)
            return e.error();
    return int(open->size());
}

Result<Contract> ContractRepository::recordPaperSigned(const Scope &scope,
                                                       const QString &contractId,
                                                       const QString &scanPath)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    auto c = findById(scope, contractId);
    if (!c)
        return c.error();
    const QJsonObject before = c->toJson();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "UPDATE contract SET paper_signed = 1, scan_path = ?, dirty = 1, updated_at = ?,"
        " updated_by = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(text(scanPath)), QVariant(ChangeLog::nowUtc()),
                              QVariant(scope.userId), QVariant(c->id)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    c.value().paperSigned = true;
    c.value().scanPath = scanPath;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("contract"), c->id,
                                   ChangeOp::Update, before, c->toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return c;
}

} // namespace Models
