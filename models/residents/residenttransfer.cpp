#include "residenttransfer.h"

#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "residentrepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentTransfer)
};

Error notFound()
{
    return makeError(QStringLiteral("transfer.notfound"), Text::tr("找不到该迁入申请，或已处理"));
}
} // namespace

ResidentTransferRepository::ResidentTransferRepository(QString connectionName)
    : m_conn(std::move(connectionName))
{
}

Result<ResidentTransfer> ResidentTransferRepository::request(const Scope &scope,
                                                             const QString &idNumber,
                                                             const QString &toVillage,
                                                             const QString &reason)
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.write")); !e)
        return e.error();
    if (toVillage.isEmpty() || !scope.allowsVillage(toVillage))
        return makeError(QStringLiteral("scope.denied"), Text::tr("只能迁入到您负责的村"),
                         QStringLiteral("village_code"));
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT id, village_code FROM resident WHERE id_number = ? AND deleted = 0"));
    q.addBindValue(idNumber.trimmed().toUpper());
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("transfer.noresident"),
                         Text::tr("没有以该身份证号登记的居民"), QStringLiteral("id_number"));
    ResidentTransfer t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.residentId = q.value(0).toString();
    t.fromVillage = q.value(1).toString();
    t.toVillage = toVillage;
    t.reason = reason;
    t.requestedBy = scope.userId;
    t.status = QStringLiteral("pending");
    if (t.fromVillage == toVillage)
        return makeError(QStringLiteral("transfer.same"), Text::tr("该居民已在此村登记"),
                         QStringLiteral("village_code"));
    const QString now = ChangeLog::nowUtc();
    t.requestedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.commit().error();
    QSqlQuery ins(db(m_conn));
    ins.prepare(QStringLiteral("INSERT INTO resident_transfer(id, resident_id, from_village, "
                               "to_village, reason, requested_by, requested_at) "
                               "VALUES(?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(t.id), QVariant(t.residentId), QVariant(t.fromVillage), QVariant(toVillage),
          QVariant(reason.isNull() ? QStringLiteral("") : reason), QVariant(scope.userId),
          QVariant(now)})
        ins.addBindValue(v);
    if (!ins.exec()) {
        if (ins.lastError().text().contains(QLatin1String("UNIQUE")))
            return makeError(QStringLiteral("transfer.open"),
                             Text::tr("该居民已有一份待处理的迁入申请"),
                             QStringLiteral("id_number"));
        return dbError(ins);
    }
    if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("resident.transfer.request"),
                                  QStringLiteral("resident"), t.residentId, {},
                                  QJsonObject{{QStringLiteral("transfer"), t.id},
                                              {QStringLiteral("from"), t.fromVillage},
                                              {QStringLiteral("to"), toVillage}});
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "transfer requested" << t.id;
    return t;
}

Result<QVector<ResidentTransfer>>
ResidentTransferRepository::pendingForApproval(const Scope &scope) const
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.write")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT t.id, t.resident_id, t.from_village, t.to_village, t.reason, t.requested_by,"
        " t.requested_at, r.name, r.record_no FROM resident_transfer t"
        " JOIN resident r ON r.id = t.resident_id WHERE t.status = 'pending'"
        " ORDER BY t.requested_at"));
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ResidentTransfer> out;
    while (q.next()) {
        if (!scope.allowsVillage(q.value(2).toString()))
            continue;
        ResidentTransfer t{q.value(0).toString(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toString(),
                           q.value(5).toString(),
                           QStringLiteral("pending"),
                           QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs),
                           q.value(7).toString(),
                           q.value(8).toString()};
        out << t;
    }
    return out;
}

Result<ResidentTransfer> ResidentTransferRepository::openRequest(const Scope &scope,
                                                                 const QString &transferId) const
{
    auto all = pendingForApproval(scope);
    if (!all)
        return all.error();
    for (const ResidentTransfer &t : std::as_const(*all))
        if (t.id == transferId)
            return t;
    return notFound(); // not open, or not of the caller's villages
}

Result<void> ResidentTransferRepository::close(const Scope &scope, const QString &transferId,
                                               const QString &status)
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("UPDATE resident_transfer SET status = ?, decided_by = ?, "
                             "decided_at = ? WHERE id = ? AND status = 'pending'"));
    for (const QVariant &v : {QVariant(status), QVariant(scope.userId),
                              QVariant(ChangeLog::nowUtc()), QVariant(transferId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e;
    if (q.numRowsAffected() != 1)
        return notFound();
    return {};
}

Result<void> ResidentTransferRepository::approve(const Scope &scope, const QString &transferId)
{
    auto t = openRequest(scope, transferId);
    if (!t)
        return t.error();
    auto before = ResidentRepository(m_conn).findById(scope, t->residentId);
    if (!before)
        return before.error();
    Resident after = *before;
    after.villageCode = t->toVillage;
    after.householdId.clear(); // the old household stays in the old village
    after.relation.clear();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.commit();
    const QString now = ChangeLog::nowUtc();
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("UPDATE resident SET village_code = ?, household_id = NULL, "
                       "relation = '', updated_at = ?, updated_by = ?, dirty = 1 WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(t->toVillage), QVariant(now), QVariant(scope.userId), QVariant(t->residentId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e;
    if (auto e = close(scope, transferId, QStringLiteral("approved")); !e)
        return e;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("resident"), t->residentId,
                                   ChangeOp::Update, before->toJson(), after.toJson());
        !e)
        return e;
    if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("resident.transfer.approve"),
                                  QStringLiteral("resident"), t->residentId,
                                  QJsonObject{{QStringLiteral("village"), t->fromVillage}},
                                  QJsonObject{{QStringLiteral("village"), t->toVillage},
                                              {QStringLiteral("transfer"), transferId}});
        !e)
        return e;
    if (auto e = tx.commit(); !e)
        return e;
    qCInfo(lcRepo) << "transfer approved" << transferId;
    return {};
}

Result<void> ResidentTransferRepository::decline(const Scope &scope, const QString &transferId)
{
    auto t = openRequest(scope, transferId);
    if (!t)
        return t.error();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.commit();
    if (auto e = close(scope, transferId, QStringLiteral("declined")); !e)
        return e;
    if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("resident.transfer.decline"),
                                  QStringLiteral("resident"), t->residentId, {},
                                  QJsonObject{{QStringLiteral("transfer"), transferId}});
        !e)
        return e;
    return tx.commit();
}

} // namespace Models
