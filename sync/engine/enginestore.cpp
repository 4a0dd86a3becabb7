// The sync client's side of the workstation database: rows, versions, outbox acknowledgements,
// the conflict queue and parked records. Cached sqlite3 statements (sqlcache.h): the pull writes
// tens of thousands of rows per sync and Qt SQL would prepare every statement every time.
#include "engineimpl.h"

#include <QJsonArray>

namespace Sync {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QByteArray &utf8)
{
    return utf8.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(utf8).object();
}

QString versionFromEtag(const QString &etag)
{
    return QString(etag).remove(QStringLiteral("W/")).remove(QLatin1Char('"'));
}

namespace {
const QString RecordStatus = QStringLiteral("https://jiayi.example/fhir/CodeSystem/record-status");
}

QJsonObject withDeletedTag(QJsonObject resource)
{
    QJsonObject meta = resource.value(QStringLiteral("meta")).toObject();
    QJsonArray tags = meta.value(QStringLiteral("tag")).toArray();
    tags.append(QJsonObject{{QStringLiteral("system"), RecordStatus},
                            {QStringLiteral("code"), QStringLiteral("deleted")}});
    meta.insert(QStringLiteral("tag"), tags);
    resource.insert(QStringLiteral("meta"), meta);
    return resource;
}

bool hasDeletedTag(const QJsonObject &resource)
{
    for (const QJsonValue &t :
         resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("tag")).toArray())
        if (t.toObject().value(QStringLiteral("system")).toString() == RecordStatus &&
            t.toObject().value(QStringLiteral("code")).toString() == QLatin1String("deleted"))
            return true;
    return false;
}

bool laterVersion(const QString &held, const QString &incoming)
{
    bool a = false, b = false;
    const qint64 h = held.toLongLong(&a), i = incoming.toLongLong(&b);
    return a && b ? h < i : held != incoming;
}

QString entryVersion(const QJsonObject &entry)
{
    const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
    QString v = versionFromEtag(response.value(QStringLiteral("etag")).toString());
    if (v.isEmpty()) {
        const QString location = response.value(QStringLiteral("location")).toString();
        const qsizetype at = location.indexOf(QLatin1String("/_history/"));
        if (at > 0)
            v = location.mid(at + 10).section(QLatin1Char('/'), 0, 0);
    }
    if (v.isEmpty())
        v = entry.value(QStringLiteral("resource"))
                .toObject()
                .value(QStringLiteral("meta"))
                .toObject()
                .value(QStringLiteral("versionId"))
                .toString();
    return v;
}

const Kind &SyncEngine::Impl::kind(const RecordMapper &m)
{
    auto it = kinds.find(&m);
    if (it != kinds.end())
        return it->second;
    Kind k;
    k.mapper = &m;
    k.entity = m.entity();
    k.table = m.table();
    k.columns = m.columns();
    k.stored = m.storedColumns();
    k.hasLinks = !m.linkColumns().isEmpty();
    k.normColumns = k.columns;
    k.normColumns << QStringLiteral("deleted");
    k.parts = m.parts();
    // Version keys: the part key ("EpisodeOfCare-con"), not the bare type, or a kind whose only
    // part has a suffix would store "" as its version (formatVersions with one type).
    for (const Part &p : k.parts)
        k.types << p.key();
    k.identity = m.identityFields();
    k.selectSql =
        QStringLiteral("SELECT %1, deleted, server_version, base_json, dirty FROM %2 WHERE id = ?")
            .arg(k.stored.join(QLatin1Char(',')), k.table)
            .toUtf8();
    k.versionSql =
        QStringLiteral("SELECT server_version FROM %1 WHERE id = ?").arg(k.table).toUtf8();
    Kind &stored = kinds.emplace(&m, std::move(k)).first->second;
    stored.defaults = normalised(stored, m.defaults());
    return stored;
}

// Normalises numbers so that a row read from SQLite compares equal to one parsed from JSON.
QJsonObject SyncEngine::Impl::normalised(const Kind &k, const QJsonObject &row) const
{
    QJsonObject out;
    for (const QString &c : k.normColumns) {
        QJsonValue v = row.value(c);
        if (v.isUndefined())
            v = QJsonValue(QJsonValue::Null);
        else if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())))
            v = QJsonValue(qint64(v.toDouble())); // REAL columns keep their fraction (62.5)
        out.insert(c, v);
    }
    return out;
}

void SyncEngine::Impl::normalise(const Kind &k, QJsonObject &row) const
{
    if (row.size() != k.normColumns.size()) { // keys missing or extra ones
        row = normalised(k, row);
        return;
    }
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isUndefined()) {
            it.value() = QJsonValue(QJsonValue::Null);
        } else if (v.isDouble()) {
            const double d = v.toDouble();
            if (d == double(qint64(d)))
                it.value() = QJsonValue(qint64(d));
        }
    }
}

QString SyncEngine::Impl::stateValue(const QString &key)
{
    auto s = sql.query("SELECT value FROM sync_state WHERE key = ?");
    s.bind(1, key);
    return s.next() ? s.text(0) : QString();
}

bool SyncEngine::Impl::setState(const QString &key, const QString &value)
{
    auto s = sql.query("INSERT INTO sync_state(key, value) VALUES(?, ?)"
                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value);
    return s.run();
}

std::optional<LocalRow> SyncEngine::Impl::readRow(const Kind &k, const QString &id)
{
    LocalRow r;
    {
        auto s = sql.query(k.selectSql);
        s.bind(1, id);
        if (!s.next())
            return std::nullopt;
        const int n = int(k.stored.size());
        for (int i = 0; i < n; ++i)
            r.row.insert(k.stored[i], s.value(i));
        r.row.insert(QStringLiteral("deleted"), s.i64(n));
        r.serverVersion = s.text(n + 1);
        r.base = parseObject(s.utf8(n + 2));
        r.dirty = s.i64(n + 3) != 0;
    }                 // statement reset before readLinks runs its own
    if (k.hasLinks) { // team villages, contract packages
        QSqlDatabase d = db();
        k.mapper->readLinks(d, r.row);
    }
    return r;
}

QMap<QString, QString> SyncEngine::Impl::localVersions(const Kind &k, const QString &id,
                                                       bool *exists)
{
    auto s = sql.query(k.versionSql);
    s.bind(1, id);
    *exists = s.next();
    return *exists ? parseVersions(s.text(0), k.types) : QMap<QString, QString>();
}

bool SyncEngine::Impl::hasPending(const Kind &k, const QString &id, qint64 after)
{
    auto s = sql.query("SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? AND acked_at IS "
                       "NULL AND seq > ? LIMIT 1");
    s.bind(1, k.entity).bind(2, id).bind(3, after);
    return s.next();
}

qint64 SyncEngine::Impl::maxPendingSeq(const Kind &k, const QString &id)
{
    auto s = sql.query(
        "SELECT max(seq) FROM outbox WHERE entity = ? AND entity_id = ? AND acked_at IS NULL");
    s.bind(1, k.entity).bind(2, id);
    return s.next() ? s.i64(0) : 0;
}

bool SyncEngine::Impl::ack(const Kind &k, const QString &id, qint64 upToSeq)
{
    auto s = sql.query("UPDATE outbox SET acked_at = ? WHERE entity = ? AND entity_id = ? AND "
                       "acked_at IS NULL AND seq <= ?");
    s.bind(1, nowUtc()).bind(2, k.entity).bind(3, id).bind(4, upToSeq);
    return s.run();
}

bool SyncEngine::Impl::writeRow(const Kind &k, const QJsonObject &row,
                                const std::optional<LocalRow> &old, const QString &serverVersion,
                                const QJsonObject &base, bool dirty)
{
    const QJsonObject derived = k.mapper->derivedColumns(row);
    const int synced = int(k.stored.size()); // columns in the table, id first
    // base_json made by SQLite from the bound values when the base is this very row (a row taken
    // from the platform with nothing local: the common case, every row of an initial sync) and
    // every base value is a column of the table: no second serialisation here. Booleans would
    // become 0/1 there (true in QJsonDocument): such rows take the QJsonDocument path.
    bool jsonBase = &base == &row && !k.hasLinks;
    for (auto it = row.begin(); jsonBase && it != row.end(); ++it)
        jsonBase = !it.value().isBool();
    // The statement text depends on the kind, insert/update, base and the derived columns: made
    // once.
    QString key = k.entity + (old ? QLatin1String("|u") : QLatin1String("|i")) +
                  (jsonBase ? QLatin1String("j") : QLatin1String(""));
    for (auto it = derived.begin(); it != derived.end(); ++it)
        key += QLatin1Char('|') + it.key();
    auto textIt = writeSql.find(key);
    if (textIt == writeSql.end()) {
        // Parameters are numbered explicitly (?N, N = position in the binding order below), so
        // that json_object() can refer to the column values again.
        QStringList cols = k.stored.mid(1);
        cols << QStringLiteral("deleted");
        for (auto it = derived.begin(); it != derived.end(); ++it)
            cols << it.key();
        cols << QStringLiteral("server_version") << QStringLiteral("base_json")
             << QStringLiteral("dirty") << QStringLiteral("updated_at")
             << QStringLiteral("updated_by");
        if (!old)
            cols << QStringLiteral("created_at");
        const int idParam = int(cols.size()) + 1;
        QStringList values;
        for (int n = 0; n < cols.size(); ++n)
            values << QStringLiteral("?%1").arg(n + 1);
        if (jsonBase) {
            QStringList pairs{QStringLiteral("'id',?%1").arg(idParam)};
            for (int c = 1; c < synced; ++c)
                pairs << QStringLiteral("'%1',?%2").arg(k.stored[c]).arg(c);
            pairs << QStringLiteral("'deleted',?%1").arg(synced);
            values[cols.indexOf(QStringLiteral("base_json"))] =
                QStringLiteral("json_object(%1)").arg(pairs.join(QLatin1Char(',')));
        }
        QString text;
        if (old) {
            QStringList sets;
            for (int n = 0; n < cols.size(); ++n)
                sets << cols[n] + QLatin1Char('=') + values[n];
            text = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                       .arg(k.table, sets.join(QLatin1Char(',')))
                       .arg(idParam);
        } else {
            cols << QStringLiteral("id");
            values << QStringLiteral("?%1").arg(idParam);
            text = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                       .arg(k.table, cols.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
        }
        textIt = writeSql.insert(key, text.toUtf8());
    }
    auto s = sql.query(*textIt);
    int i = 1;
    for (int c = 1; c < synced; ++c)
        s.bind(i++, row.value(k.stored[c]));
    s.bind(i++, row.value(QStringLiteral("deleted")));
    for (auto it = derived.begin(); it != derived.end(); ++it)
        s.bind(i++, it.value());
    const QString now = nowUtc();
    s.bindUtf8(i++, serverVersion.toUtf8());
    if (jsonBase)
        ++i; // json_object(...) in the statement
    else
        s.bindUtf8(i++, QJsonDocument(base).toJson(QJsonDocument::Compact));
    s.bind(i++, qint64(dirty ? 1 : 0)).bind(i++, now).bind(i++, QStringLiteral("sync"));
    if (!old)
        s.bind(i++, now);
    s.bind(i++, row.value(QStringLiteral("id")).toString());
    if (!s.run()) {
        lastWriteError = sql.error();
        return false;
    }
    QSqlDatabase d = db();
    return k.mapper->afterWriteCached(sql, d, old ? old->row : QJsonObject(), row);
}

// After the platform accepted a push: its versions and the base, in the caller's transaction.
bool SyncEngine::Impl::storeSent(const Kind &k, const QString &id, const QString &versions,
                                 const QJsonObject &base, bool dirty)
{
    auto s = sql.query(
        QStringLiteral("UPDATE %1 SET server_version = ?, base_json = ?, dirty = ? WHERE id = ?")
            .arg(k.table));
    s.bind(1, versions).bind(2, compact(base)).bind(3, qint64(dirty ? 1 : 0)).bind(4, id);
    return s.run();
}

void SyncEngine::Impl::dropInflight(const Kind &k, const QString &id)
{
    auto s = sql.query("DELETE FROM sync_inflight WHERE entity = ? AND entity_id = ?");
    s.bind(1, k.entity).bind(2, id);
    s.run();
}

std::optional<QPair<qint64, QJsonObject>> SyncEngine::Impl::inflight(const Kind &k,
                                                                     const QString &id)
{
    auto s = sql.query(
        "SELECT outbox_seq, sent_json FROM sync_inflight WHERE entity = ? AND entity_id = ?");
    s.bind(1, k.entity).bind(2, id);
    if (!s.next())
        return std::nullopt;
    return qMakePair(s.i64(0), parseObject(s.utf8(1)));
}

void SyncEngine::Impl::ensureVillage(const QJsonObject &row)
{
    const QString v = row.value(QStringLiteral("village_code")).toString();
    if (v.size() != 12 || knownVillages.contains(v))
        return;
    auto s = sql.query("INSERT OR IGNORE INTO area(code, name, level) VALUES(?, ?, 'village')");
    s.bind(1, v).bind(2, v);
    if (s.run())
        knownVillages.insert(v);
}

int SyncEngine::Impl::addConflicts(const Kind &k, const QString &id, const QStringList &fields,
                                   const QJsonObject &base, const QJsonObject &mine,
                                   const QJsonObject &theirs)
{
    auto enc = [](const QJsonValue &v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    };
    for (const QString &f : fields) {
        {
            auto del = sql.query(
                "UPDATE sync_conflict SET resolved_at = ?, resolved_value = 'superseded'"
                " WHERE entity = ? AND entity_id = ? AND field = ? AND resolved_at IS NULL");
            del.bind(1, nowUtc()).bind(2, k.entity).bind(3, id).bind(4, f);
            del.run();
        }
        auto s =
            sql.query("INSERT INTO sync_conflict(entity, entity_id, field, base_value, mine_value,"
                      " theirs_value, created_at) VALUES(?,?,?,?,?,?,?)");
        s.bind(1, k.entity)
            .bind(2, id)
            .bind(3, f)
            .bind(4, enc(base.value(f)))
            .bind(5, enc(mine.value(f)))
            .bind(6, enc(theirs.value(f)))
            .bind(7, nowUtc());
        s.run();
    }
    return int(fields.size());
}

bool SyncEngine::Impl::park(const Kind &k, const QString &id, const QList<Incoming> &incoming,
                            const QString &reason)
{
    QJsonArray list;
    for (const Incoming &in : incoming)
        list.append(QJsonObject{{QStringLiteral("type"), in.type},
                                {QStringLiteral("version"), in.version},
                                {QStringLiteral("deleted"), in.deleted},
                                {QStringLiteral("resource"), in.resource}});
    auto s = sql.query(
        "INSERT INTO sync_parked(entity, entity_id, incoming, reason, at) VALUES(?,?,?,?,?)"
        " ON CONFLICT(entity, entity_id) DO UPDATE SET incoming = excluded.incoming,"
        " reason = excluded.reason, at = excluded.at");
    s.bind(1, k.entity)
        .bind(2, id)
        .bindUtf8(3, QJsonDocument(list).toJson(QJsonDocument::Compact))
        .bind(4, reason)
        .bind(5, nowUtc());
    return s.run();
}

void SyncEngine::Impl::unpark(const Kind &k, const QString &id)
{
    auto s = sql.query("DELETE FROM sync_parked WHERE entity = ? AND entity_id = ?");
    s.bind(1, k.entity).bind(2, id);
    s.run();
}

qint64 SyncEngine::Impl::scalar(const char *statement)
{
    auto s = sql.query(statement);
    return s.next() ? s.i64(0) : -1;
}

} // namespace Sync
