#include "syncengine.h"

#include "merge.h"
#include "recordmapper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <optional>
#include <tuple>

namespace Sync {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sync::SyncEngine)
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant toVariant(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QVariant(qint64(d));
        return QVariant(d);
    }
    if (v.isBool())
        return QVariant(v.toBool() ? 1 : 0);
    return QVariant(v.toString());
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &s)
{
    return s.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(s.toUtf8()).object();
}

QStringList typesOf(const RecordMapper &m)
{
    QStringList t;
    for (const Part &p : m.parts())
        t << p.type;
    return t;
}

// Normalises numbers so that a row read from SQLite compares equal to one parsed from JSON.
QJsonObject normalised(const RecordMapper &m, const QJsonObject &row)
{
    QJsonObject out;
    QStringList cols = m.columns();
    cols << QStringLiteral("deleted");
    for (const QString &c : cols) {
        QJsonValue v = row.value(c);
        if (v.isUndefined())
            v = QJsonValue(QJsonValue::Null);
        if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())))
            v = QJsonValue(qint64(v.toDouble())); // REAL columns keep their fraction
        out.insert(c, v);
    }
    return out;
}

struct LocalRow
{
    QJsonObject row;   // synced columns + deleted
    QString serverVersion;
    QJsonObject base;
    bool dirty = false;
};

struct Incoming
{
    QString type, version;
    bool deleted = false;
    QJsonObject resource;
};

struct Reply
{
    int status = 0;        // 0: no HTTP response (network error, timeout)
    QByteArray body;
    QString error;
    QDateTime date;
    int retryAfterMs = -1;
    QByteArray etag;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct PendingRecord
{
    const RecordMapper *mapper = nullptr;
    QString id;
    qint64 maxSeq = 0;
};

QString versionFromEtag(const QString &etag)
{
    return QString(etag).remove(QStringLiteral("W/")).remove(QLatin1Char('"'));
}
} // namespace

QJsonObject SyncSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("ok"), ok},
                       {QStringLiteral("sent"), sent},
                       {QStringLiteral("received"), received},
                       {QStringLiteral("merged"), merged},
                       {QStringLiteral("new_conflicts"), newConflicts},
                       {QStringLiteral("open_conflicts"), openConflicts},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("rejected_records"), rejectedList},
                       {QStringLiteral("deferred"), deferred},
                       {QStringLiteral("parked"), parked},
                       {QStringLiteral("unsent"), unsent},
                       {QStringLiteral("clock_skew_seconds"), clockSkewSeconds},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("error"), error}};
}

struct SyncEngine::Impl
{
    SyncEngine *q;
    QString conn;
    Models::Scope scope;
    SyncConfig cfg;
    SyncSummary sum;
    QNetworkAccessManager *nam = nullptr;
    QSslConfiguration ssl;
    QHash<QString, QString> villageCache;
    MapContext ctx;
    bool fatal = false;
    QString lastWriteError;
    int lastPercent = -1;

    QSqlDatabase db() const { return QSqlDatabase::database(conn, false); }

    void progress(int percent, const QString &stage)
    {
        percent = qBound(0, percent, 99); // 100 is emitted once, at the very end
        if (percent < lastPercent)
            percent = lastPercent;
        lastPercent = percent;
        emit q->progress(percent, stage);
    }

    bool cancelled() const { return q->m_cancel.loadRelaxed() != 0; }

    // ---------- SQL ----------
    bool sql(const QString &statement)
    {
        QSqlQuery s(db());
        return s.exec(statement);
    }
    bool begin() { return sql(QStringLiteral("BEGIN IMMEDIATE")); }
    bool commit() { return sql(QStringLiteral("COMMIT")); }
    void rollback() { sql(QStringLiteral("ROLLBACK")); }

    QString stateValue(const QString &key)
    {
        QSqlQuery s(db());
        s.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
        s.addBindValue(key);
        return s.exec() && s.next() ? s.value(0).toString() : QString();
    }
    bool setState(const QString &key, const QString &value)
    {
        QSqlQuery s(db());
        s.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        s.addBindValue(key);
        s.addBindValue(value.isNull() ? QStringLiteral("") : value);
        return s.exec();
    }

    std::optional<LocalRow> readRow(const RecordMapper &m, const QString &id)
    {
        QSqlQuery s(db());
        const QStringList cols = m.storedColumns();
        s.prepare(QStringLiteral("SELECT %1, deleted, server_version, base_json, dirty FROM %2 WHERE id = ?")
                      .arg(cols.join(QLatin1Char(',')), m.table()));
        s.addBindValue(id);
        if (!s.exec() || !s.next())
            return std::nullopt;
        LocalRow r;
        for (int i = 0; i < cols.size(); ++i)
            r.row.insert(cols[i], toJson(s.value(i)));
        r.row.insert(QStringLiteral("deleted"), s.value(cols.size()).toLongLong());
        r.serverVersion = s.value(cols.size() + 1).toString();
        r.base = parseObject(s.value(cols.size() + 2).toString());
        r.dirty = s.value(cols.size() + 3).toBool();
        QSqlDatabase d = db();
        m.readLinks(d, r.row);
        return r;
    }

    bool hasPending(const RecordMapper &m, const QString &id, qint64 after = 0)
    {
        QSqlQuery s(db());
        s.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? AND acked_at IS NULL AND seq > ? LIMIT 1"));
        s.addBindValue(m.entity());
        s.addBindValue(id);
        s.addBindValue(after);
        return s.exec() && s.next();
    }

    bool ack(const RecordMapper &m, const QString &id, qint64 upToSeq)
    {
        QSqlQuery s(db());
        s.prepare(QStringLiteral("UPDATE outbox SET acked_at = ? WHERE entity = ? AND entity_id = ? AND acked_at IS NULL AND seq <= ?"));
        s.addBindValue(nowUtc());
        s.addBindValue(m.entity());
        s.addBindValue(id);
        s.addBindValue(upToSeq);
        return s.exec();
    }

    bool writeRow(const RecordMapper &m, const QJsonObject &row, const std::optional<LocalRow> &old,
                  const QString &serverVersion, const QJsonObject &base, bool dirty)
    {
        const QJsonObject derived = m.derivedColumns(row);
        QStringList cols = m.storedColumns();
        cols.removeFirst(); // id
        cols << QStringLiteral("deleted");
        QVariantList values;
        for (const QString &c : cols)
            values << toVariant(row.value(c));
        for (auto it = derived.begin(); it != derived.end(); ++it) {
            cols << it.key();
            values << toVariant(it.value());
        }
        const QString now = nowUtc();
        for (const auto &[c, v] : {std::pair{QStringLiteral("server_version"), QVariant(serverVersion)},
                                  std::pair{QStringLiteral("base_json"), QVariant(compact(base))},
                                  std::pair{QStringLiteral("dirty"), QVariant(dirty ? 1 : 0)},
                                  std::pair{QStringLiteral("updated_at"), QVariant(now)},
                                  std::pair{QStringLiteral("updated_by"), QVariant(QStringLiteral("sync"))}}) {
            cols << c;
            values << v;
        }
        QSqlQuery s(db());
        if (old) {
            QStringList sets;
            for (const QString &c : cols)
                sets << c + QStringLiteral("=?");
            s.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m.table(), sets.join(QLatin1Char(','))));
        } else {
            cols << QStringLiteral("created_at") << QStringLiteral("id");
            values << now << row.value(QStringLiteral("id")).toString();
            QStringList marks;
            for (int i = 0; i < cols.size(); ++i)
                marks << QStringLiteral("?");
            s.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(m.table(), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        }
        for (const QVariant &v : values)
            s.addBindValue(v);
        if (old)
            s.addBindValue(row.value(QStringLiteral("id")).toString());
        if (!s.exec()) {
            lastWriteError = s.lastError().text();
            return false;
        }
        QSqlDatabase d = db();
        return m.afterWrite(d, old ? old->row : QJsonObject(), row);
    }

    void dropInflight(const RecordMapper &m, const QString &id)
    {
        QSqlQuery s(db());
        s.prepare(QStringLiteral("DELETE FROM sync_inflight WHERE entity = ? AND entity_id = ?"));
        s.addBindValue(m.entity());
        s.addBindValue(id);
        s.exec();
    }

    void ensureVillage(const QJsonObject &row)
    {
        const QString v = row.value(QStringLiteral("village_code")).toString();
        if (v.size() != 12)
            return;
        QSqlQuery s(db());
        s.prepare(QStringLiteral("INSERT OR IGNORE INTO area(code, name, level) VALUES(?, ?, 'village')"));
        s.addBindValue(v);
        s.addBindValue(v);
        s.exec();
    }

    int addConflicts(const RecordMapper &m, const QString &id, const QStringList &fields,
                     const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
    {
        for (const QString &f : fields) {
            QSqlQuery del(db());
            del.prepare(QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolved_value = 'superseded'"
                                       " WHERE entity = ? AND entity_id = ? AND field = ? AND resolved_at IS NULL"));
            del.addBindValue(nowUtc());
            del.addBindValue(m.entity());
            del.addBindValue(id);
            del.addBindValue(f);
            del.exec();
            QSqlQuery s(db());
            s.prepare(QStringLiteral("INSERT INTO sync_conflict(entity, entity_id, field, base_value, mine_value,"
                                     " theirs_value, created_at) VALUES(?,?,?,?,?,?,?)"));
            auto enc = [](const QJsonValue &v) {
                return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
            };
            for (const QVariant &v : {QVariant(m.entity()), QVariant(id), QVariant(f), QVariant(enc(base.value(f))),
                                      QVariant(enc(mine.value(f))), QVariant(enc(theirs.value(f))), QVariant(nowUtc())})
                s.addBindValue(v);
            s.exec();
        }
        return int(fields.size());
    }

    bool hasOpenConflict(const RecordMapper &m, const QString &id)
    {
        QSqlQuery s(db());
        s.prepare(QStringLiteral("SELECT 1 FROM sync_conflict WHERE entity = ? AND entity_id = ? AND resolved_at IS NULL LIMIT 1"));
        s.addBindValue(m.entity());
        s.addBindValue(id);
        return s.exec() && s.next();
    }

    // Applies what the platform holds for one record (inside the caller's transaction).
    bool applyIncoming(const RecordMapper &m, const QString &id, const QList<Incoming> &incoming)
    {
        const QStringList types = typesOf(m);
        const std::optional<LocalRow> local = readRow(m, id);
        QMap<QString, QString> versions = local ? parseVersions(local->serverVersion, types) : QMap<QString, QString>();
        QList<Incoming> fresh;
        for (const Incoming &in : incoming)
            if (!versions.contains(in.type) || versions.value(in.type).toLongLong() < in.version.toLongLong())
                fresh << in;
        if (fresh.isEmpty())
            return true; // our own change coming back, or already applied
        QJsonObject base = local && !local->base.isEmpty() ? normalised(m, local->base) : QJsonObject();
        QJsonObject theirs = base.isEmpty() ? normalised(m, m.defaults()) : base;
        theirs.insert(QStringLiteral("id"), id);
        theirs.insert(QStringLiteral("deleted"), 0);
        // A record's deletion removes its optional parts too: those keep the record's last values.
        bool recordDeleted = base.value(QStringLiteral("deleted")).toInt() != 0;
        for (const Incoming &in : fresh)
            if (const std::optional<Part> part = m.part(in.type); in.deleted && (!part || !part->optional))
                recordDeleted = true;
        for (const Incoming &in : fresh) {
            versions.insert(in.type, in.version);
            const std::optional<Part> part = m.part(in.type); // in.type is the part key
            if (in.deleted && (!part || !part->optional))
                theirs.insert(QStringLiteral("deleted"), 1);
            else if (part && !(in.deleted && recordDeleted))
                m.applyPart(theirs, *part, in.resource, in.deleted);
        }
        if (recordDeleted && std::all_of(fresh.begin(), fresh.end(), [](const Incoming &in) { return in.deleted; }))
            theirs.insert(QStringLiteral("deleted"), 1); // late deletions of its parts never revive it
        theirs = normalised(m, theirs);
        const QString version = formatVersions(versions, types);
        ensureVillage(theirs);

        const bool unsent = local && (local->dirty || hasPending(m, id));
        if (!unsent)
            return writeRow(m, theirs, local, version, theirs, false);

        const QJsonObject mine = normalised(m, local->row);
        {
            QSqlQuery f(db());
            f.prepare(QStringLiteral("SELECT outbox_seq, sent_json FROM sync_inflight WHERE entity = ? AND entity_id = ?"));
            f.addBindValue(m.entity());
            f.addBindValue(id);
            if (f.exec() && f.next() && normalised(m, parseObject(f.value(1).toString())) == theirs) {
                // our own push whose answer was lost: acknowledge it, keep later local edits
                const qint64 seq = f.value(0).toLongLong();
                dropInflight(m, id);
                const bool more = hasPending(m, id, seq);
                if (!writeRow(m, mine, local, version, theirs, more || mine != theirs))
                    return false;
                return ack(m, id, seq);
            }
        }
        const MergeResult r = merge3(base, mine, theirs, m.columns(), m.identityFields());
        const QJsonObject merged = normalised(m, r.merged);
        const bool same = merged == theirs;
        if (!writeRow(m, merged, local, version, theirs, !same))
            return false;
        ++sum.merged;
        if (same) {
            QSqlQuery s(db());
            s.prepare(QStringLiteral("SELECT max(seq) FROM outbox WHERE entity = ? AND entity_id = ? AND acked_at IS NULL"));
            s.addBindValue(m.entity());
            s.addBindValue(id);
            if (s.exec() && s.next())
                ack(m, id, s.value(0).toLongLong());
        }
        sum.newConflicts += addConflicts(m, id, r.conflicts, base, mine, theirs);
        return true;
    }

    // One record inside a savepoint: if it cannot be stored it is parked, not lost, and the
    // page goes on.
    bool applyOrPark(const RecordMapper &m, const QString &id, const QList<Incoming> &incoming)
    {
        if (!sql(QStringLiteral("SAVEPOINT rec")))
            return false;
        lastWriteError = QStringLiteral("write failed");
        if (applyIncoming(m, id, incoming)) {
            unpark(m, id);
            return sql(QStringLiteral("RELEASE rec"));
        }
        sql(QStringLiteral("ROLLBACK TO rec"));
        sql(QStringLiteral("RELEASE rec"));
        QJsonArray list;
        for (const Incoming &in : incoming)
            list.append(QJsonObject{{QStringLiteral("type"), in.type}, {QStringLiteral("version"), in.version},
                                    {QStringLiteral("deleted"), in.deleted}, {QStringLiteral("resource"), in.resource}});
        const QString reason = lastWriteError;
        QSqlQuery s(db());
        s.prepare(QStringLiteral("INSERT INTO sync_parked(entity, entity_id, incoming, reason, at) VALUES(?,?,?,?,?)"
                                 " ON CONFLICT(entity, entity_id) DO UPDATE SET incoming = excluded.incoming,"
                                 " reason = excluded.reason, at = excluded.at"));
        for (const QVariant &v : {QVariant(m.entity()), QVariant(id),
                                  QVariant(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))),
                                  QVariant(reason), QVariant(nowUtc())})
            s.addBindValue(v);
        ++sum.parked;
        return s.exec();
    }

    void unpark(const RecordMapper &m, const QString &id)
    {
        QSqlQuery s(db());
        s.prepare(QStringLiteral("DELETE FROM sync_parked WHERE entity = ? AND entity_id = ?"));
        s.addBindValue(m.entity());
        s.addBindValue(id);
        s.exec();
    }

    // Parked records are tried again first (what blocked them may have been fixed).
    bool retryParked()
    {
        QSqlQuery s(db());
        if (!s.exec(QStringLiteral("SELECT entity, entity_id, incoming FROM sync_parked")))
            return false;
        QList<std::tuple<const RecordMapper *, QString, QList<Incoming>>> all;
        while (s.next()) {
            const RecordMapper *m = mapperForEntity(s.value(0).toString());
            if (!m)
                continue;
            QList<Incoming> list;
            for (const QJsonValue &v : QJsonDocument::fromJson(s.value(2).toString().toUtf8()).array()) {
                const QJsonObject o = v.toObject();
                list << Incoming{o.value(QStringLiteral("type")).toString(), o.value(QStringLiteral("version")).toString(),
                                 o.value(QStringLiteral("deleted")).toBool(), o.value(QStringLiteral("resource")).toObject()};
            }
            all << std::make_tuple(m, s.value(1).toString(), list);
        }
        if (all.isEmpty())
            return true;
        if (!begin())
            return false;
        const int before = sum.parked;
        for (const auto &[m, id, list] : all)
            if (!applyOrPark(*m, id, list)) {
                rollback();
                return false;
            }
        sum.parked = before; // counted once, below
        return commit();
    }

    // ---------- HTTP ----------
    Reply http(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QUrl url(cfg.server + QStringLiteral("/fhir") + path);
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + cfg.token.toUtf8());
        req.setRawHeader("Accept", "application/fhir+json");
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/fhir+json; charset=utf-8"));
        req.setTransferTimeout(cfg.timeoutMs);
        req.setSslConfiguration(ssl);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.error = reply->errorString();
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            r.status = 0;
        const QByteArray date = reply->rawHeader("Date");
        if (!date.isEmpty()) {
            r.date = QLocale::c().toDateTime(QString::fromLatin1(date).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
            r.date.setTimeSpec(Qt::UTC);
            if (r.date.isValid()) {
                const qint64 skew = QDateTime::currentDateTimeUtc().secsTo(r.date);
                sum.clockSkewSeconds = skew;
            }
        }
        if (reply->hasRawHeader("Retry-After"))
            r.retryAfterMs = reply->rawHeader("Retry-After").toInt() * 1000;
        r.etag = reply->rawHeader("ETag");
        reply->deleteLater();
        return r;
    }

    static bool transient(const Reply &r) { return r.status == 0 || r.status == 429 || r.status >= 500; }

    // Retries network errors, timeouts, 429 and 5xx with exponential back-off.
    Reply httpRetry(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        int wait = cfg.backoffMs;
        Reply r;
        for (int attempt = 0; attempt <= cfg.maxRetries; ++attempt) {
            r = http(method, path, body);
            if (!transient(r) || cancelled())
                return r;
            if (attempt == cfg.maxRetries)
                break;
            const int ms = r.retryAfterMs >= 0 ? qMin(r.retryAfterMs, 30000) : wait;
            QThread::msleep(ms);
            wait *= 2;
        }
        return r;
    }

    QString describe(const Reply &r)
    {
        if (r.status == 0)
            return Text::tr("无法连接平台：%1").arg(r.error);
        const QJsonObject o = r.json();
        const QString d = o.value(QStringLiteral("issue")).toArray().at(0).toObject().value(QStringLiteral("diagnostics")).toString();
        return d.isEmpty() ? Text::tr("平台返回 HTTP %1").arg(r.status) : d;
    }

    // ---------- pull ----------
    bool pull()
    {
        QString cursor = stateValue(QStringLiteral("cursor"));
        if (cursor.isEmpty())
            cursor = QStringLiteral("0");
        qint64 expected = -1;
        retryParked();
        while (!cancelled()) {
            const Reply r = httpRetry("GET", QStringLiteral("/_history?_since=%1&_count=%2").arg(cursor).arg(cfg.pageSize));
            if (r.status != 200) {
                sum.error = describe(r);
                fatal = r.status == 401 || r.status == 403;
                return false;
            }
            const QJsonObject bundle = r.json();
            const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
            QString next = cursor;
            for (const QJsonValue &l : bundle.value(QStringLiteral("link")).toArray())
                if (l.toObject().value(QStringLiteral("relation")).toString() == QLatin1String("next"))
                    next = QUrlQuery(QUrl(l.toObject().value(QStringLiteral("url")).toString()).query())
                               .queryItemValue(QStringLiteral("_since"));
            // Group the page's resources by record, referenced kinds first.
            QList<QPair<const RecordMapper *, QString>> order;
            QHash<QString, QList<Incoming>> byRecord;
            for (const QJsonValue &v : entries) {
                const QJsonObject e = v.toObject();
                QStringList url = e.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString().split(QLatin1Char('/'));
                if (url.size() != 2)
                    continue;
                const std::optional<ResourceRef> ref = resolveResource(url[0], url[1]);
                if (!ref)
                    continue; // a kind this workstation does not hold
                const RecordMapper *m = ref->mapper;
                url[1] = ref->recordId;
                Incoming in{ref->part.key(), versionFromEtag(e.value(QStringLiteral("response")).toObject().value(QStringLiteral("etag")).toString()),
                            e.value(QStringLiteral("request")).toObject().value(QStringLiteral("method")).toString() == QLatin1String("DELETE"),
                            e.value(QStringLiteral("resource")).toObject()};
                const QString key = m->entity() + QLatin1Char('/') + url[1];
                if (!byRecord.contains(key))
                    order << qMakePair(m, url[1]);
                byRecord[key] << in;
            }
            std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first->rank() < b.first->rank(); });
            if (!begin()) {
                sum.error = Text::tr("数据库忙，请稍后再同步");
                return false;
            }
            bool ok = true;
            for (const auto &[m, id] : order)
                if (!applyOrPark(*m, id, byRecord.value(m->entity() + QLatin1Char('/') + id))) {
                    ok = false;
                    break;
                }
            if (ok)
                ok = setState(QStringLiteral("cursor"), next) && commit();
            if (!ok) {
                rollback();
                sum.error = Text::tr("写入下载的数据失败");
                return false;
            }
            sum.received += int(entries.size());
            if (expected < 0)
                expected = entries.size() + qint64(bundle.value(QStringLiteral("total")).toDouble());
            progress(expected > 0 ? int(45.0 * sum.received / expected) : 45, Text::tr("下载"));
            if (entries.isEmpty() || next == cursor)
                break;
            cursor = next;
        }
        return !cancelled();
    }

    // ---------- push ----------
    QList<PendingRecord> pending(const QSet<QString> &skip)
    {
        QList<PendingRecord> out;
        QSqlQuery s(db());
        s.exec(QStringLiteral(
            "SELECT p.entity, p.entity_id, p.m FROM (SELECT entity, entity_id, max(seq) AS m, min(seq) AS f"
            " FROM outbox WHERE acked_at IS NULL GROUP BY entity, entity_id) p"
            " WHERE NOT EXISTS (SELECT 1 FROM sync_conflict c WHERE c.entity = p.entity AND c.entity_id = p.entity_id AND c.resolved_at IS NULL)"
            " AND NOT EXISTS (SELECT 1 FROM sync_rejected r WHERE r.entity = p.entity AND r.entity_id = p.entity_id AND r.outbox_seq >= p.m)"
            " ORDER BY p.f"));
        while (s.next()) {
            const RecordMapper *m = mapperForEntity(s.value(0).toString());
            if (!m || skip.contains(s.value(0).toString() + QLatin1Char('/') + s.value(1).toString()))
                continue;
            out << PendingRecord{m, s.value(1).toString(), s.value(2).toLongLong()};
        }
        std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.mapper->rank() < b.mapper->rank(); });
        return out;
    }

    struct Built
    {
        PendingRecord rec;
        QJsonObject row;
        QMap<QString, QString> versions;
        QList<QJsonObject> entries;
        QStringList types; // type of each entry
    };

    Built build(const PendingRecord &p)
    {
        Built b{p, {}, {}, {}, {}};
        const auto local = readRow(*p.mapper, p.id);
        if (!local)
            return b;
        b.row = normalised(*p.mapper, local->row);
        b.versions = parseVersions(local->serverVersion, typesOf(*p.mapper));
        const QJsonObject base = local->base.isEmpty() ? QJsonObject() : normalised(*p.mapper, local->base);
        const bool deleted = b.row.value(QStringLiteral("deleted")).toInt() != 0;
        // Parts of the row, then parts sent earlier that the row no longer has (deleted).
        std::vector<Part> parts = p.mapper->partsFor(b.row);
        const qsizetype present = qsizetype(parts.size());
        QStringList keys;
        for (const Part &part : parts)
            keys << part.key();
        for (auto it = b.versions.begin(); it != b.versions.end(); ++it)
            if (std::optional<Part> gone = p.mapper->part(it.key()); gone && !keys.contains(it.key()))
                parts.push_back(*gone);
        for (qsizetype i = 0; i < qsizetype(parts.size()); ++i) {
            const Part &part = parts[size_t(i)];
            const QString key = part.key();
            const QString url = part.type + QLatin1Char('/') + part.resourceId(p.id);
            const QJsonObject resource = deleted || i >= present ? QJsonObject() : p.mapper->toFhir(key, b.row, ctx);
            QJsonObject request{{QStringLiteral("url"), url}};
            if (b.versions.contains(key))
                request.insert(QStringLiteral("ifMatch"), QStringLiteral("W/\"%1\"").arg(b.versions.value(key)));
            QJsonObject entry{{QStringLiteral("fullUrl"), cfg.server + QStringLiteral("/fhir/") + url}};
            if (resource.isEmpty()) {
                if (!b.versions.contains(key))
                    continue; // never reached the platform
                request.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
            } else {
                if (b.versions.contains(key) && !base.isEmpty() && !base.value(QStringLiteral("deleted")).toInt()) {
                    bool changed = false;
                    for (const QString &c : part.columns)
                        changed = changed || base.value(c) != b.row.value(c);
                    if (!changed)
                        continue;
                }
                request.insert(QStringLiteral("method"), QStringLiteral("PUT"));
                entry.insert(QStringLiteral("resource"), resource);
            }
            entry.insert(QStringLiteral("request"), request);
            b.entries << entry;
            b.types << key;
        }
        return b;
    }

    bool markInflight(const QList<Built> &batch);

    bool succeeded(const Built &b, const QMap<QString, QString> &newVersions)
    {
        if (!begin())
            return false;
        QMap<QString, QString> v = b.versions;
        for (auto it = newVersions.begin(); it != newVersions.end(); ++it)
            v.insert(it.key(), it.value());
        const bool more = hasPending(*b.rec.mapper, b.rec.id, b.rec.maxSeq);
        QSqlQuery s(db());
        s.prepare(QStringLiteral("UPDATE %1 SET server_version = ?, base_json = ?, dirty = ? WHERE id = ?").arg(b.rec.mapper->table()));
        s.addBindValue(formatVersions(v, typesOf(*b.rec.mapper)));
        s.addBindValue(compact(b.row));
        s.addBindValue(more ? 1 : 0);
        s.addBindValue(b.rec.id);
        QSqlQuery r(db());
        r.prepare(QStringLiteral("DELETE FROM sync_rejected WHERE entity = ? AND entity_id = ?"));
        r.addBindValue(b.rec.mapper->entity());
        r.addBindValue(b.rec.id);
        dropInflight(*b.rec.mapper, b.rec.id);
        if (!s.exec() || !ack(*b.rec.mapper, b.rec.id, b.rec.maxSeq) || !r.exec() || !commit()) {
            rollback();
            return false;
        }
        return true;
    }

    void reject(const Built &b, const Reply &r)
    {
        QSqlQuery s(db());
        s.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_rejected(entity, entity_id, outbox_seq, status, reason, at) VALUES(?,?,?,?,?,?)"));
        const QString reason = describe(r);
        for (const QVariant &v : {QVariant(b.rec.mapper->entity()), QVariant(b.rec.id), QVariant(b.rec.maxSeq),
                                  QVariant(r.status), QVariant(reason), QVariant(nowUtc())})
            s.addBindValue(v);
        s.exec();
        ++sum.rejected;
        sum.rejectedList.append(QJsonObject{{QStringLiteral("entity"), b.rec.mapper->entity()},
                                            {QStringLiteral("id"), b.rec.id},
                                            {QStringLiteral("status"), r.status},
                                            {QStringLiteral("reason"), reason}});
    }

    // 412: read what the platform holds now and merge it in.
    bool refetchAndMerge(const Built &b)
    {
        QList<Incoming> incoming;
        std::vector<Part> parts = b.rec.mapper->partsFor(b.row);
        QStringList keys;
        for (const Part &part : parts)
            keys << part.key();
        for (auto it = b.versions.begin(); it != b.versions.end(); ++it)
            if (std::optional<Part> old = b.rec.mapper->part(it.key()); old && !keys.contains(it.key()))
                parts.push_back(*old);
        for (const Part &part : parts) {
            const Reply r = httpRetry("GET", QStringLiteral("/%1/%2").arg(part.type, part.resourceId(b.rec.id)));
            if (r.status == 200) {
                const QJsonObject res = r.json();
                incoming << Incoming{part.key(), res.value(QStringLiteral("meta")).toObject().value(QStringLiteral("versionId")).toString(), false, res};
            } else if (r.status == 410) {
                incoming << Incoming{part.key(), versionFromEtag(QString::fromLatin1(r.etag)), true, {}};
            } else if (r.status != 404) {
                return false;
            }
        }
        if (!begin())
            return false;
        if (!applyIncoming(*b.rec.mapper, b.rec.id, incoming) || !commit()) {
            rollback();
            return false;
        }
        return true;
    }

    int failedEntry(const Reply &r)
    {
        const QString expr = r.json().value(QStringLiteral("issue")).toArray().at(0).toObject()
                                 .value(QStringLiteral("expression")).toArray().at(0).toString();
        static const QRegularExpression re(QStringLiteral("^Bundle\\.entry\\[(\\d+)\\]$"));
        const auto m = re.match(expr);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    void handleFailure(const Built &b, const Reply &r, QSet<QString> &done)
    {
        done.insert(b.rec.mapper->entity() + QLatin1Char('/') + b.rec.id);
        if (r.status == 412) {
            if (refetchAndMerge(b))
                mergedAfterConflict.insert(b.rec.mapper->entity() + QLatin1Char('/') + b.rec.id);
            else
                ++sum.deferred;
        } else if (transient(r)) {
            ++sum.deferred;
        } else if (r.status == 404 && b.row.value(QStringLiteral("deleted")).toInt()) {
            if (succeeded(b, {})) // already gone on the platform
                ++sum.sent;
        } else {
            reject(b, r);
        }
    }

    void sendBatch(QList<Built> batch, QSet<QString> &done, int &processed, int total)
    {
        while (!batch.isEmpty() && !cancelled() && !fatal) {
            QJsonArray entries;
            QList<int> owner;
            for (int i = 0; i < batch.size(); ++i)
                for (const QJsonObject &e : batch[i].entries) {
                    entries.append(e);
                    owner << i;
                }
            const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                     {QStringLiteral("type"), QStringLiteral("transaction")},
                                     {QStringLiteral("entry"), entries}};
            if (!markInflight(batch)) {
                sum.error = Text::tr("数据库忙，请稍后再同步");
                fatal = true;
                return;
            }
            const Reply r = httpRetry("POST", QString(), QJsonDocument(bundle).toJson(QJsonDocument::Compact));
            if (r.status == 200) {
                const QJsonArray resp = r.json().value(QStringLiteral("entry")).toArray();
                QVector<QMap<QString, QString>> versions(batch.size());
                for (int i = 0; i < resp.size() && i < owner.size(); ++i) {
                    const QString etag = resp.at(i).toObject().value(QStringLiteral("response")).toObject().value(QStringLiteral("etag")).toString();
                    const Built &b = batch[owner[i]];
                    int k = 0;
                    for (int j = 0; j < i; ++j)
                        k += owner[j] == owner[i];
                    versions[owner[i]].insert(b.types.value(k), versionFromEtag(etag));
                }
                for (int i = 0; i < batch.size(); ++i) {
                    done.insert(batch[i].rec.mapper->entity() + QLatin1Char('/') + batch[i].rec.id);
                    if (succeeded(batch[i], versions[i]))
                        ++sum.sent;
                    else
                        ++sum.deferred;
                }
                processed += int(batch.size());
                progress(50 + int(49.0 * processed / qMax(1, total)), Text::tr("上传"));
                return;
            }
            if (r.status == 401) {
                fatal = true;
                sum.error = describe(r);
                return;
            }
            const int failed = transient(r) ? -1 : failedEntry(r);
            if (failed >= 0 && failed < owner.size()) {
                handleFailure(batch[owner[failed]], r, done);
                batch.removeAt(owner[failed]);
                ++processed;
                continue; // the rest goes again without the record at fault
            }
            if (batch.size() > 1) {
                const int half = int(batch.size()) / 2;
                sendBatch(batch.mid(0, half), done, processed, total);
                batch = batch.mid(half);
                continue;
            }
            handleFailure(batch.first(), r, done);
            ++processed;
            return;
        }
    }

    QSet<QString> mergedAfterConflict; // 412 -> merged: sent again in the next round

    void push()
    {
        QSet<QString> only;
        for (int round = 0; round < 3 && !cancelled() && !fatal; ++round) {
            QList<PendingRecord> list = pending({});
            if (round > 0) {
                QList<PendingRecord> again;
                for (const PendingRecord &p : list)
                    if (only.contains(p.mapper->entity() + QLatin1Char('/') + p.id))
                        again << p;
                list = again;
            }
            if (list.isEmpty())
                break;
            mergedAfterConflict.clear();
            QSet<QString> done;
            int processed = 0;
            QList<Built> batch;
            for (const PendingRecord &p : list) {
                if (cancelled() || fatal)
                    return;
                Built b = build(p);
                if (b.entries.isEmpty()) {
                    // nothing to send (created and deleted offline, or unchanged): acknowledge
                    succeeded(b, {});
                    ++processed;
                    continue;
                }
                batch << b;
                if (batch.size() >= cfg.batchSize) {
                    sendBatch(batch, done, processed, int(list.size()));
                    batch.clear();
                }
            }
            if (!batch.isEmpty())
                sendBatch(batch, done, processed, int(list.size()));
            only = mergedAfterConflict;
            if (only.isEmpty())
                break;
        }
    }

    qint64 scalar(const QString &statement)
    {
        QSqlQuery s(db());
        return s.exec(statement) && s.next() ? s.value(0).toLongLong() : -1;
    }
};

bool SyncEngine::Impl::markInflight(const QList<Built> &batch)
{
    if (!begin())
        return false;
    QSqlQuery s(db());
    s.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_inflight(entity, entity_id, outbox_seq, sent_json) VALUES(?,?,?,?)"));
    for (const Built &b : batch) {
        s.bindValue(0, b.rec.mapper->entity());
        s.bindValue(1, b.rec.id);
        s.bindValue(2, b.rec.maxSeq);
        s.bindValue(3, compact(b.row));
        if (!s.exec()) {
            rollback();
            return false;
        }
    }
    return commit();
}

SyncEngine::SyncEngine(QString connectionName, Models::Scope scope, SyncConfig config, QObject *parent)
    : QObject(parent), d(new Impl)
{
    d->q = this;
    d->conn = std::move(connectionName);
    d->scope = std::move(scope);
    d->cfg = std::move(config);
    while (d->cfg.server.endsWith(QLatin1Char('/')))
        d->cfg.server.chop(1);
    if (d->cfg.server.endsWith(QLatin1String("/fhir")))
        d->cfg.server.chop(5);
}

SyncEngine::~SyncEngine()
{
    delete d;
}

SyncSummary SyncEngine::run()
{
    SyncSummary &sum = d->sum;
    sum = SyncSummary();
    auto finish = [&]() {
        sum.unsent = d->scalar(QStringLiteral("SELECT records FROM outbox_pending_count")); // kept by triggers (0010)
        sum.openConflicts = d->scalar(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"));
        sum.parked = int(d->scalar(QStringLiteral("SELECT count(*) FROM sync_parked")));
        if (sum.parked > 0)
            sum.warnings << Text::tr("%1 条平台记录无法存入本机（例如档案编号重复），已暂存并将在下次同步时重试").arg(sum.parked);
        if (qAbs(sum.clockSkewSeconds) > 300)
            sum.warnings << Text::tr("本机时钟与平台相差 %1 分钟，请校准系统时间").arg(sum.clockSkewSeconds / 60);
        d->setState(QStringLiteral("last_attempt"), nowUtc());
        d->setState(QStringLiteral("last_error"), sum.error);
        d->setState(QStringLiteral("clock_skew"), QString::number(sum.clockSkewSeconds));
        if (sum.ok && sum.unsent == 0)
            d->setState(QStringLiteral("last_sync"), nowUtc());
        emit progress(100, Text::tr("完成"));
        return sum;
    };
    if (!Models::Scope(d->scope).can(QStringLiteral("sync.write"))) {
        sum.error = Text::tr("您没有同步数据的权限");
        return finish();
    }
    if (d->cfg.server.isEmpty() || d->cfg.token.isEmpty()) {
        sum.error = Text::tr("尚未配置区域平台地址和工作站令牌");
        return finish();
    }
    // One sync at a time per database (a lock file next to it; a killed sync's lock is stale).
    const QString path = d->db().databaseName();
    std::unique_ptr<QLockFile> lock;
    if (path != QLatin1String(":memory:")) {
        lock = std::make_unique<QLockFile>(path + QStringLiteral(".sync-lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            sum.error = Text::tr("另一个同步正在进行");
            emit progress(100, Text::tr("完成"));
            return sum;
        }
    }
    QNetworkAccessManager nam;
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    d->nam = &nam;
    d->ssl = QSslConfiguration::defaultConfiguration();
    if (!d->cfg.caFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(d->cfg.caFile, QSsl::Pem);
        if (certs.isEmpty()) {
            sum.error = Text::tr("无法读取 CA 证书文件：%1").arg(d->cfg.caFile);
            return finish();
        }
        d->ssl.addCaCertificates(certs);
    }
    d->ctx.residentVillage = [this](const QString &rid) {
        auto it = d->villageCache.find(rid);
        if (it != d->villageCache.end())
            return *it;
        QSqlQuery s(d->db());
        s.prepare(QStringLiteral("SELECT village_code FROM resident WHERE id = ?"));
        s.addBindValue(rid);
        const QString v = s.exec() && s.next() ? s.value(0).toString() : QString();
        d->villageCache.insert(rid, v);
        return v;
    };
    d->ctx.scalar = [this](const QString &sql, const QVariantList &binds) {
        QSqlQuery s(d->db());
        s.prepare(sql);
        for (const QVariant &b : binds)
            s.addBindValue(b);
        return s.exec() && s.next() ? s.value(0) : QVariant();
    };
    d->ctx.recordArea = [this](const QString &entity, const QString &id) {
        const RecordMapper *m = mapperForEntity(entity);
        const auto row = m ? d->readRow(*m, id) : std::nullopt;
        return row ? m->area(row->row, d->ctx) : QString();
    };
    {
        QSqlQuery s(d->db());
        d->ctx.homeArea = d->stateValue(QStringLiteral("home_area"));
        if (d->ctx.homeArea.isEmpty() && s.exec(QStringLiteral("SELECT min(code) FROM area WHERE level = 'village'")) && s.next())
            d->ctx.homeArea = s.value(0).toString();
    }
    // Records may arrive before what they refer to (paging, area scope): no FK checks while syncing.
    d->sql(QStringLiteral("PRAGMA foreign_keys = OFF"));
    d->progress(0, Text::tr("连接平台"));
    const bool pulled = d->pull();
    if (pulled && !d->fatal)
        d->push();
    d->sql(QStringLiteral("PRAGMA foreign_keys = ON"));
    sum.ok = pulled && !d->fatal && !d->cancelled() && sum.error.isEmpty();
    if (d->cancelled() && sum.error.isEmpty())
        sum.error = Text::tr("同步已取消");
    d->nam = nullptr;
    return finish();
}

} // namespace Sync
