#include "syncstate.h"

#include "changelog.h"
#include "permission.h"
#include "recordmapper.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

namespace Sync {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sync::SyncState)
};

Models::Error dbFail(const QSqlQuery &q)
{
    return Models::makeError(QStringLiteral("db.exec"), Text::tr("数据库操作失败"), {},
                             q.lastError().text());
}

QJsonValue decode(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson(v.toString().toUtf8()).array().at(0);
}

QVariant bindable(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble())
        return QVariant(qint64(v.toDouble()));
    return QVariant(v.toString());
}
} // namespace

bool autoSyncDue(const SyncConfig &config, const SyncStatus &status, bool online, bool running,
                 const QDateTime &nowUtc)
{
    if (!status.configured || config.autoMinutes <= 0 || !online || running)
        return false;
    return !status.lastAttempt.isValid() ||
           status.lastAttempt.secsTo(nowUtc) >= qint64(config.autoMinutes) * 60 ||
           status.lastAttempt.secsTo(nowUtc) < 0; // a clock set back must not stop it for days
}

SyncState::SyncState(QString connectionName) : m_conn(std::move(connectionName))
{
}

QString SyncState::value(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_conn, false));
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> SyncState::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_conn, false));
    q.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) ON CONFLICT(key) DO "
                             "UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // NOT NULL column
    if (!q.exec())
        return dbFail(q);
    return {};
}

Result<SyncConfig> SyncState::config(const Models::Scope &scope) const
{
    if (auto e = Models::requirePermission(scope, QStringLiteral("sync.read")); !e)
        return e.error();
    SyncConfig c;
    c.server = value(QStringLiteral("server"));
    c.token = value(QStringLiteral("token"));
    c.caFile = value(QStringLiteral("ca_file"));
    if (const int n = value(QStringLiteral("batch_size")).toInt(); n > 0)
        c.batchSize = n;
    if (const QString m = value(QStringLiteral("auto_minutes")); !m.isEmpty())
        c.autoMinutes = qMax(0, m.toInt());
    if (const QString g = value(QStringLiteral("gzip")); !g.isEmpty())
        c.gzip = g;
    if (const QString o = value(QStringLiteral("overlap_seconds")); !o.isEmpty())
        c.overlapSeconds = qMax(0, o.toInt());
    return c;
}

Result<void> SyncState::configure(const Models::Scope &scope, const SyncConfig &c)
{
    if (auto e = Models::requirePermission(scope, QStringLiteral("settings.write")); !e)
        return e;
    const QUrl url(c.server);
    if (!c.server.isEmpty() &&
        (!url.isValid() ||
         (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
         url.host().isEmpty()))
        return Models::makeError(QStringLiteral("sync.url"), Text::tr("平台地址应以 https:// 开头"),
                                 QStringLiteral("server"));
    if (!c.caFile.isEmpty() && !QFile::exists(c.caFile))
        return Models::makeError(QStringLiteral("sync.ca"),
                                 Text::tr("找不到 CA 证书文件：%1").arg(c.caFile),
                                 QStringLiteral("ca_file"));
    if (c.autoMinutes < 0 || c.autoMinutes > 24 * 60)
        return Models::makeError(QStringLiteral("sync.auto"),
                                 Text::tr("自动同步间隔应在 0（关闭）到 1440 分钟之间"),
                                 QStringLiteral("auto_minutes"));
    if (c.gzip != QLatin1String("auto") && c.gzip != QLatin1String("on") &&
        c.gzip != QLatin1String("off"))
        return Models::makeError(QStringLiteral("sync.gzip"),
                                 Text::tr("压缩上传应为 auto、on 或 off"), QStringLiteral("gzip"));
    const QString old = value(QStringLiteral("server"));
    for (const auto &[k, v] :
         {std::pair{QStringLiteral("server"), c.server},
          std::pair{QStringLiteral("token"), c.token},
          std::pair{QStringLiteral("ca_file"), c.caFile},
          std::pair{QStringLiteral("auto_minutes"), QString::number(c.autoMinutes)},
          std::pair{QStringLiteral("gzip"), c.gzip},
          std::pair{QStringLiteral("overlap_seconds"), QString::number(c.overlapSeconds)}})
        if (auto e = setValue(k, v); !e)
            return e;
    if (!old.isEmpty() && old != c.server) { // another platform: its cursors mean nothing here
        for (const QString &k : {QStringLiteral("time_cursor"), QStringLiteral("fhir_base")})
            if (auto e = setValue(k, QString()); !e)
                return e;
        return setValue(QStringLiteral("cursor"), QStringLiteral("0"));
    }
    return Models::ChangeLog::audit(
        m_conn, scope, QStringLiteral("sync.configure"), QStringLiteral("sync_state"),
        QStringLiteral("server"), {},
        QJsonObject{{QStringLiteral("server"), c.server}, {QStringLiteral("ca_file"), c.caFile}});
}

Result<SyncStatus> SyncState::status(const Models::Scope &scope) const
{
    if (auto e = Models::requirePermission(scope, QStringLiteral("sync.read")); !e)
        return e.error();
    SyncStatus s;
    s.configured =
        !value(QStringLiteral("server")).isEmpty() && !value(QStringLiteral("token")).isEmpty();
    QSqlQuery q(QSqlDatabase::database(m_conn, false));
    if (!q.exec(QStringLiteral("SELECT (SELECT records FROM outbox_pending_count),"
                               " (SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL),"
                               " (SELECT count(*) FROM sync_rejected)")) ||
        !q.next())
        return dbFail(q);
    s.unsent = q.value(0).toLongLong();
    s.conflicts = q.value(1).toLongLong();
    s.rejected = q.value(2).toLongLong();
    s.lastSync = QDateTime::fromString(value(QStringLiteral("last_sync")), Qt::ISODateWithMs);
    s.lastAttempt = QDateTime::fromString(value(QStringLiteral("last_attempt")), Qt::ISODateWithMs);
    s.lastError = value(QStringLiteral("last_error"));
    s.failingSince =
        QDateTime::fromString(value(QStringLiteral("failing_since")), Qt::ISODateWithMs);
    s.clockSkewSeconds = value(QStringLiteral("clock_skew")).toLongLong();
    return s;
}

namespace {
// "张三 · 随访 · 2025-03-01": whose record, which kind, and the date it is about.
QString labelOf(const QString &conn, const QString &entity, const QString &id)
{
    const RecordMapper *m = mapperForEntity(entity);
    if (!m)
        return kindLabel(entity);
    QSqlQuery q(QSqlDatabase::database(conn, false));
    const QString date = dateColumn(entity);
    const QString dateSql = date.isEmpty() ? QStringLiteral("''") : QStringLiteral("x.") + date;
    if (entity == QLatin1String("resident"))
        q.prepare(QStringLiteral("SELECT name, record_no FROM resident WHERE id = ?"));
    else if (entity == QLatin1String("household"))
        q.prepare(QStringLiteral("SELECT r.name, x.address FROM household x "
                                 "LEFT JOIN resident r ON r.id = x.head_id WHERE x.id = ?"));
    else if (m->columns().contains(QStringLiteral("resident_id")))
        q.prepare(QStringLiteral("SELECT r.name, %1 FROM %2 x JOIN resident r ON r.id = "
                                 "x.resident_id WHERE x.id = ?")
                      .arg(dateSql, m->table()));
    else
        return kindLabel(entity);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return kindLabel(entity);
    QStringList parts{q.value(0).toString(), kindLabel(entity)};
    if (const QString extra = q.value(1).toString(); !extra.isEmpty())
        parts << extra;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}
} // namespace

Result<QVector<PendingKind>> SyncState::pendingByKind(const Models::Scope &scope) const
{
    if (auto e = Models::requirePermission(scope, QStringLiteral("sync.read")); !e)
        return e.error();
    QSqlQuery q(QSqlDatabase::database(m_conn, false));
    // The partial index outbox_pending holds exactly these rows (entity, entity_id).
    if (!q.exec(QStringLiteral("SELECT entity, count(DISTINCT entity_id) FROM outbox "
                               "WHERE acked_at IS NULL GROUP BY entity")))
        return dbFail(q);
    QVector<PendingKind> out;
    while (q.next())
        out.append(PendingKind{q.value(0).toString(), kindLabel(q.value(0).toString()),
                               q.value(1).toLongLong()});
    std::sort(out.begin(), out.end(), [](const PendingKind &a, const PendingKind &b) {
        const RecordMapper *ma = mapperForEntity(a.entity), *mb = mapperForEntity(b.entity);
        return (ma ? ma->rank() : 99) < (mb ? mb->rank() : 99);
    });
    return out;
}

Result<QVector<Conflict>> SyncState::conflicts(const Models::Scope &scope) const
{
    if (auto e = Models::requirePermission(scope, QStringLiteral("sync.read")); !e)
        return e.error();
    QSqlQuery q(QSqlDatabase::database(m_conn, false));
    if (!q.exec(QStringLiteral("SELECT seq, entity, entity_id, field, base_value, mine_value, "
                               "theirs_value FROM sync_conflict"
                               " WHERE resolved_at IS NULL ORDER BY entity, entity_id, seq")))
        return dbFail(q);
    QVector<Conflict> out;
    while (q.next()) {
        const QString entity = q.value(1).toString(), id = q.value(2).toString();
        if (out.isEmpty() || out.last().entity != entity || out.last().entityId != id)
            out.append(Conflict{entity, id, labelOf(m_conn, entity, id), {}});
        out.last().fields.append(ConflictField{q.value(0).toLongLong(), q.value(3).toString(),
                                               decode(q.value(4)), decode(q.value(5)),
                                               decode(q.value(6))});
    }
    return out;
}

Result<QVector<Rejected>> SyncState::rejected(const Models::Scope &scope) const
{
    if (auto e = Models::requirePermission(scope, QStringLiteral("sync.read")); !e)
        return e.error();
    QSqlQuery q(QSqlDatabase::database(m_conn, false));
    if (!q.exec(QStringLiteral(
            "SELECT entity, entity_id, reason, at, status FROM sync_rejected ORDER BY at")))
        return dbFail(q);
    QVector<Rejected> out;
    while (q.next())
        out.append(Rejected{q.value(0).toString(), q.value(1).toString(),
                            labelOf(m_conn, q.value(0).toString(), q.value(1).toString()),
                            q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()});
    return out;
}

Result<void> SyncState::resolve(const Models::Scope &scope, const QString &entity,
                                const QString &entityId, const QMap<QString, QJsonValue> &values)
{
    if (auto e = Models::requirePermission(scope, QStringLiteral("sync.write")); !e)
        return e;
    const RecordMapper *m = mapperForEntity(entity);
    if (!m)
        return Models::makeError(QStringLiteral("sync.kind"), Text::tr("不支持的记录类型"));
    QSqlDatabase db = QSqlDatabase::database(m_conn, false);
    QStringList cols = m->columns();
    cols << QStringLiteral("deleted");
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!cols.contains(it.key()))
            return Models::makeError(QStringLiteral("sync.field"),
                                     Text::tr("未知字段：%1").arg(it.key()));
    Models::Transaction tx(m_conn); // rolls back on every early return
    if (!tx.isOpen())
        return Models::makeError(QStringLiteral("db.busy"), Text::tr("数据库忙，请稍后再试"), {},
                                 tx.error().detail);
    auto fail = [&](const QSqlQuery &q) -> Result<void> { return dbFail(q); };
    QSqlQuery read(db);
    for (const QString &l : m->linkColumns())
        cols.removeAll(l); // read by readLinks below
    read.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                     .arg(cols.join(QLatin1Char(',')), m->table()));
    read.addBindValue(entityId);
    if (!read.exec() || !read.next())
        return fail(read);
    QJsonObject before, after;
    for (int i = 0; i < cols.size(); ++i) {
        const QVariant v = read.value(i);
        before.insert(cols[i], v.isNull() ? QJsonValue(QJsonValue::Null)
                               : (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                                   ? QJsonValue(v.toLongLong())
                                   : QJsonValue(v.toString()));
    }
    m->readLinks(db, before);
    after = before;
    QStringList sets;
    QVariantList binds;
    for (auto it = values.begin(); it != values.end(); ++it) {
        after.insert(it.key(), it.value());
        if (m->linkColumns().contains(it.key()))
            continue; // stored by afterWrite
        sets << it.key() + QStringLiteral("=?");
        binds << bindable(it.value());
    }
    const QJsonObject derived = m->derivedColumns(after);
    for (auto it = derived.begin(); it != derived.end(); ++it) {
        sets << it.key() + QStringLiteral("=?");
        binds << bindable(it.value());
    }
    sets << QStringLiteral("dirty=1") << QStringLiteral("updated_at=?")
         << QStringLiteral("updated_by=?");
    binds << Models::ChangeLog::nowUtc() << scope.userId;
    QSqlQuery up(db);
    up.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                   .arg(m->table(), sets.join(QLatin1Char(','))));
    for (const QVariant &v : binds)
        up.addBindValue(v);
    up.addBindValue(entityId);
    if (!up.exec())
        return fail(up);
    if (!m->afterWrite(db, before, after))
        return Models::makeError(QStringLiteral("db.exec"), Text::tr("数据库操作失败"));
    QSqlQuery close(db);
    close.prepare(QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolved_value = ? "
                                 "WHERE entity = ? AND entity_id = ?"
                                 " AND resolved_at IS NULL AND field = ?"));
    for (auto it = values.begin(); it != values.end(); ++it) {
        close.bindValue(0, Models::ChangeLog::nowUtc());
        close.bindValue(1,
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
        close.bindValue(2, entity);
        close.bindValue(3, entityId);
        close.bindValue(4, it.key());
        if (!close.exec())
            return fail(close);
    }
    QSqlQuery open(db);
    open.prepare(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE entity = ? AND entity_id "
                                "= ? AND resolved_at IS NULL"));
    open.addBindValue(entity);
    open.addBindValue(entityId);
    if (!open.exec() || !open.next())
        return fail(open);
    if (open.value(0).toInt() > 0)
        return Models::makeError(QStringLiteral("sync.incomplete"),
                                 Text::tr("请为每个冲突字段选择一个值"));
    if (auto e = Models::ChangeLog::record(m_conn, scope, entity, entityId,
                                           Models::ChangeOp::Update, before, after);
        !e)
        return e;
    return tx.commit();
}

Result<void> SyncState::resend(const Models::Scope &scope, const QString &entity,
                               const QString &entityId)
{
    if (auto e = Models::requirePermission(scope, QStringLiteral("sync.write")); !e)
        return e;
    QSqlQuery q(QSqlDatabase::database(m_conn, false));
    q.prepare(QStringLiteral("DELETE FROM sync_rejected WHERE entity = ? AND entity_id = ?"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!q.exec())
        return dbFail(q);
    return {};
}

} // namespace Sync
