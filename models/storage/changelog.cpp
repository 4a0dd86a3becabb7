#include "changelog.h"

#include "crypto.h"
#include "dbaccess.h"
#include "securitypolicy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSysInfo>

namespace Models {

namespace {
QString opName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Create:
        return QStringLiteral("create");
    case ChangeOp::Update:
        return QStringLiteral("update");
    case ChangeOp::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString ChangeLog::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

namespace {
const QLatin1String Sm3Tag("sm3:");
int s_sm3Chain = -1; // -1: from the security policy

QString hashWith(const AuditEntry &e, bool sm3)
{
    QByteArray data;
    for (const QString &part : {e.prevHash, e.at, e.userId, e.workstation, e.action, e.entity,
                                e.entityId, e.beforeJson, e.afterJson}) {
        data += part.toUtf8();
        data += '\x1f';
    }
    if (sm3)
        return Sm3Tag +
               QString::fromLatin1(Crypto::digest(Crypto::Suite::Commercial, data).toHex());
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
} // namespace

QString ChangeLog::hashOf(const AuditEntry &e)
{
    return hashWith(e, e.hash.startsWith(Sm3Tag));
}

QString ChangeLog::newHash(const AuditEntry &e)
{
    return hashWith(e, sm3Chain());
}

void ChangeLog::setSm3Chain(bool sm3)
{
    s_sm3Chain = sm3 ? 1 : 0;
}

bool ChangeLog::sm3Chain()
{
    if (s_sm3Chain < 0)
        s_sm3Chain = SecurityPolicy::defaults().suite == Crypto::Suite::Commercial ? 1 : 0;
    return s_sm3Chain == 1;
}

Result<void> ChangeLog::audit(const QString &connectionName, const Scope &scope,
                              const QString &action, const QString &entity, const QString &entityId,
                              const QJsonObject &before, const QJsonObject &after)
{
    AuditEntry e;
    e.at = nowUtc();
    e.userId = scope.userId;
    e.workstation = scope.workstation.isEmpty() ? QSysInfo::machineHostName() : scope.workstation;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.beforeJson = compact(before);
    e.afterJson = compact(after);
    return append(connectionName, std::move(e));
}

Result<void> ChangeLog::append(const QString &connectionName, AuditEntry e)
{
    QSqlQuery last(db(connectionName));
    if (!last.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return dbError(last);
    e.prevHash = last.next() ? last.value(0).toString() : QString(64, QLatin1Char('0'));
    e.hash = newHash(e);

    QSqlQuery q(db(connectionName));
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log(at, user_id, workstation, action, entity, entity_id, before_json,"
        " after_json, prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    // A null QString binds as SQL NULL; these columns are NOT NULL.
    auto text = [](const QString &s) { return s.isNull() ? QString(QLatin1String("")) : s; };
    q.addBindValue(text(e.at));
    q.addBindValue(text(e.userId));
    q.addBindValue(text(e.workstation));
    q.addBindValue(text(e.action));
    q.addBindValue(text(e.entity));
    q.addBindValue(text(e.entityId));
    q.addBindValue(e.beforeJson.isEmpty() ? QVariant() : QVariant(e.beforeJson));
    q.addBindValue(e.afterJson.isEmpty() ? QVariant() : QVariant(e.afterJson));
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    return exec(q);
}

Result<void> ChangeLog::record(const QString &connectionName, const Scope &scope,
                               const QString &entity, const QString &entityId, ChangeOp op,
                               const QJsonObject &before, const QJsonObject &after)
{
    QSqlQuery q(db(connectionName));
    q.prepare(
        QStringLiteral("INSERT INTO outbox(entity, entity_id, op, created_at) VALUES(?,?,?,?)"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(opName(op));
    q.addBindValue(nowUtc());
    if (auto r = exec(q); !r)
        return r;
    return audit(connectionName, scope, opName(op), entity, entityId, before, after);
}

} // namespace Models
