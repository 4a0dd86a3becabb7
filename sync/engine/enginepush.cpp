// Push: the outbox squashed per record, ordered by dependency, sent as transaction Bundles of at
// most `batch` records; per-entry results (success, 412 merge, rejection, retry, split).
#include "engineimpl.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>
#include <QUrlQuery>

namespace Sync {

QList<PendingRecord> SyncEngine::Impl::pending()
{
    QList<PendingRecord> out;
    // Only kinds this workstation maps (others wait in the outbox until a mapper exists): the
    // partial index outbox_pending is searched per entity instead of scanned.
    QStringList entities;
    for (const auto &m : mappers())
        entities << QLatin1Char('\'') + m->entity() + QLatin1Char('\'');
    auto s = sql.query(
        QStringLiteral(
            "SELECT p.entity, p.entity_id, p.m FROM (SELECT entity, entity_id, max(seq) AS m, "
            "min(seq) AS f"
            " FROM outbox WHERE acked_at IS NULL AND entity IN (%1) GROUP BY entity, entity_id) p"
            " WHERE NOT EXISTS (SELECT 1 FROM sync_conflict c WHERE c.entity = p.entity AND "
            "c.entity_id = p.entity_id AND c.resolved_at IS NULL)"
            " AND NOT EXISTS (SELECT 1 FROM sync_rejected r WHERE r.entity = p.entity AND "
            "r.entity_id = p.entity_id AND r.outbox_seq >= p.m)"
            " ORDER BY p.f")
            .arg(entities.join(QLatin1Char(','))));
    while (s.next()) {
        const RecordMapper *m = mapperForEntity(s.text(0));
        if (m)
            out << PendingRecord{m, s.text(1), s.i64(2)};
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.mapper->rank() < b.mapper->rank();
    });
    return out;
}

Built SyncEngine::Impl::build(const PendingRecord &p)
{
    Built b{p, {}, {}, {}, {}};
    const Kind &k = kind(*p.mapper);
    const auto local = readRow(k, p.id);
    if (!local)
        return b;
    b.row = normalised(k, local->row);
    b.versions = parseVersions(local->serverVersion, k.types);
    const QJsonObject base = local->base.isEmpty() ? QJsonObject() : normalised(k, local->base);
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
        QJsonObject request{{QStringLiteral("url"), url}};
        if (b.versions.contains(key))
            request.insert(QStringLiteral("ifMatch"),
                           QStringLiteral("W/\"%1\"").arg(b.versions.value(key)));
        QJsonObject entry{{QStringLiteral("fullUrl"), net.base + QLatin1Char('/') + url}};
        // toFhir runs here, on the writer thread: it may query the database (dose numbers, areas).
        QJsonObject resource =
            deleted || i >= present ? QJsonObject() : p.mapper->toFhir(key, b.row, ctx);
        // A server where other workstations read changes by search never shows them a DELETE:
        // a deleted record's resources go as their last content tagged deleted (soft delete).
        const bool softDelete = deleted && i < present && !caps.cursorFeed && !caps.systemHistory &&
                                !caps.historyTypes.contains(part.type);
        if (softDelete) {
            if (!b.versions.contains(key))
                continue; // never reached the server
            resource = p.mapper->toFhir(key, b.row, ctx);
            if (!resource.isEmpty())
                resource = withDeletedTag(resource);
        }
        if (resource.isEmpty()) { // deleted record, or an optional part the row lost
            if (!b.versions.contains(key))
                continue; // never reached the platform
            request.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
        } else {
            if (!softDelete && b.versions.contains(key) && !base.isEmpty() &&
                !base.value(QStringLiteral("deleted")).toInt()) {
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
        b.types << key; // the part key: its new version is stored under it
    }
    return b;
}

bool SyncEngine::Impl::markInflight(const QList<Built> &batch)
{
    if (!begin())
        return false;
    for (const Built &b : batch) {
        auto s = sql.query("INSERT OR REPLACE INTO sync_inflight(entity, entity_id, outbox_seq, "
                           "sent_json) VALUES(?,?,?,?)");
        s.bind(1, b.rec.mapper->entity())
            .bind(2, b.rec.id)
            .bind(3, b.rec.maxSeq)
            .bind(4, compact(b.row));
        if (!s.run()) {
            rollback();
            return false;
        }
    }
    return commit();
}

// Per record: the new versions and base, acknowledgement of its outbox entries up to the squashed
// seq (a newer edit keeps it dirty), in the caller's transaction.
bool SyncEngine::Impl::storeOne(const Built &b, const QMap<QString, QString> &newVersions)
{
    Impl &d = *this;
    const Kind &k = d.kind(*b.rec.mapper);
    QMap<QString, QString> v = b.versions;
    for (auto it = newVersions.begin(); it != newVersions.end(); ++it) {
        if (it.value().isEmpty())
            v.remove(it.key()); // deleted on a server that keeps no version of the deletion
        else
            v.insert(it.key(), it.value());
    }
    const bool more = d.hasPending(k, b.rec.id, b.rec.maxSeq);
    if (!d.storeSent(k, b.rec.id, formatVersions(v, k.types), b.row, more))
        return false;
    {
        auto r = d.sql.query("DELETE FROM sync_rejected WHERE entity = ? AND entity_id = ?");
        r.bind(1, k.entity).bind(2, b.rec.id);
        if (!r.run())
            return false;
    }
    d.dropInflight(k, b.rec.id);
    return d.ack(k, b.rec.id, b.rec.maxSeq);
}

bool SyncEngine::Impl::succeeded(const Built &b, const QMap<QString, QString> &newVersions)
{
    if (!begin())
        return false;
    if (!storeOne(b, newVersions) || !commit()) {
        rollback();
        return false;
    }
    return true;
}

// A whole accepted Bundle in one transaction; on a failure record by record. `cursorTo`: the
// cursor the platform vouched for after this Bundle (see platformserver.cpp), taken in the same
// transaction when the cursor is still `cursorFrom` (what was sent with the Bundle).
bool SyncEngine::Impl::succeededAll(const QList<Built> &batch,
                                    const QVector<QMap<QString, QString>> &versions,
                                    QVector<bool> *ok, const QString &cursorFrom,
                                    const QString &cursorTo)
{
    ok->fill(false, batch.size());
    if (begin()) {
        bool all = true;
        for (int i = 0; i < batch.size() && all; ++i)
            all = storeOne(batch[i], versions[i]);
        if (all && !cursorTo.isEmpty() && stateValue(QStringLiteral("cursor")) == cursorFrom)
            all = setState(QStringLiteral("cursor"), cursorTo);
        if (all && commit()) {
            ok->fill(true);
            return true;
        }
        rollback();
    }
    for (int i = 0; i < batch.size(); ++i)
        (*ok)[i] = succeeded(batch[i], versions[i]);
    return false;
}

void SyncEngine::Impl::reject(const Built &b, const Reply &r)
{
    const QString reason = describe(r);
    auto s = sql.query("INSERT OR REPLACE INTO sync_rejected(entity, entity_id, outbox_seq, "
                       "status, reason, at) VALUES(?,?,?,?,?,?)");
    s.bind(1, b.rec.mapper->entity())
        .bind(2, b.rec.id)
        .bind(3, b.rec.maxSeq)
        .bind(4, qint64(r.status))
        .bind(5, reason)
        .bind(6, nowUtc());
    s.run();
    ++sum.rejected;
    sum.rejectedList.append(QJsonObject{{QStringLiteral("entity"), b.rec.mapper->entity()},
                                        {QStringLiteral("id"), b.rec.id},
                                        {QStringLiteral("status"), r.status},
                                        {QStringLiteral("reason"), reason}});
}

// The version a server gave a written entry when its answer names none (no etag, location or
// resource): read back. "-" when the resource is gone (an accepted DELETE).
QString SyncEngine::Impl::readVersion(const Built &b, const QString &partKey)
{
    const std::optional<Part> part = kind(*b.rec.mapper).mapper->part(partKey);
    if (!part)
        return {};
    const Reply r =
        httpRetry("GET", QStringLiteral("/%1/%2").arg(part->type, part->resourceId(b.rec.id)));
    if (r.status == 200)
        return r.json()
            .value(QStringLiteral("meta"))
            .toObject()
            .value(QStringLiteral("versionId"))
            .toString();
    if (r.status == 404 || r.status == 410)
        return QStringLiteral("-");
    return {};
}

// 412: read what the platform holds now and merge it in.
bool SyncEngine::Impl::refetchAndMerge(const Built &b)
{
    const Kind &k = kind(*b.rec.mapper);
    QList<Incoming> incoming;
    // Every part the row has, and every part the platform had from us (a repeated one may be gone).
    std::vector<Part> parts = k.mapper->partsFor(b.row);
    QStringList keys;
    for (const Part &part : parts)
        keys << part.key();
    for (auto it = b.versions.begin(); it != b.versions.end(); ++it)
        if (std::optional<Part> old = k.mapper->part(it.key()); old && !keys.contains(it.key()))
            parts.push_back(*old);
    for (const Part &part : parts) {
        const Reply r =
            httpRetry("GET", QStringLiteral("/%1/%2").arg(part.type, part.resourceId(b.rec.id)));
        if (r.status == 200) {
            const QJsonObject res = r.json();
            incoming << Incoming{part.key(),
                                 res.value(QStringLiteral("meta"))
                                     .toObject()
                                     .value(QStringLiteral("versionId"))
                                     .toString(),
                                 false, res};
        } else if (r.status == 410) {
            incoming << Incoming{
                part.key(), versionFromEtag(QString::fromLatin1(r.etag)), true, {}};
        } else if (r.status != 404) {
            return false;
        }
    }
    if (!begin())
        return false;
    if (!applyIncoming(k, b.rec.id, incoming) || !commit()) {
        rollback();
        knownVillages.clear();
        return false;
    }
    return true;
}

int SyncEngine::Impl::failedEntry(const Reply &r)
{
    const QString expr = r.json()
                             .value(QStringLiteral("issue"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("expression"))
                             .toArray()
                             .at(0)
                             .toString();
    static const QRegularExpression re(QStringLiteral("^Bundle\\.entry\\[(\\d+)\\]$"));
    const auto m = re.match(expr);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void SyncEngine::Impl::handleFailure(const Built &b, const Reply &r, QSet<QString> &done)
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

namespace {
QList<int> entryOwners(const QList<Built> &batch)
{
    QList<int> owner;
    for (int i = 0; i < batch.size(); ++i)
        for (qsizetype e = 0; e < batch[i].entries.size(); ++e)
            owner << i;
    return owner;
}
} // namespace

// The Bundle's text, the records marked in flight, and the POST started (it runs on Qt's network
// thread while the caller goes on).
StartedBatch SyncEngine::Impl::startBatch(const QList<Built> &batch, bool post)
{
    StartedBatch s;
    QElapsedTimer t;
    t.start();
    QJsonArray entries;
    for (const Built &b : batch)
        for (const QJsonObject &e : b.entries)
            entries.append(e);
    const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("transaction")},
                             {QStringLiteral("entry"), entries}};
    s.body = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    if (!markInflight(batch)) {
        sum.error = EngineText::tr("数据库忙，请稍后再同步");
        fatal = true;
        return s;
    }
    // Our cursor goes with the Bundle: the answer may carry the cursor after our own writes
    // (jiayi-platform; another server is sent the Bundle alone).
    if (caps.cursorFeed)
        s.cursor = stateValue(QStringLiteral("cursor"));
    s.path = s.cursor.isEmpty() ? QString() : QStringLiteral("?_since=") + s.cursor;
    if (post)
        s.reply = net.start("POST", s.path, s.body);
    s.ready = true;
    note(lcSyncPush, "push: bundle+inflight", t.restart(), batch.size());
    return s;
}

void SyncEngine::Impl::sendBatch(QList<Built> batch, QSet<QString> &done, int &processed, int total,
                                 StartedBatch *started)
{
    // A Bundle already started is always answered (even when cancelled: it may have committed).
    while (started || (!batch.isEmpty() && !cancelled() && !fatal)) {
        const QList<int> owner = entryOwners(batch);
        QElapsedTimer t;
        t.start();
        StartedBatch s;
        Reply r;
        if (started) {
            s = std::move(*started);
            started = nullptr;
            r = net.collect(s.reply);
            if (transient(r) && !cancelled()) { // then as httpRetry would have gone on
                QThread::msleep(r.retryAfterMs >= 0 ? qMin(r.retryAfterMs, 30000) : cfg.backoffMs);
                r = net.httpRetry("POST", s.path, s.body);
            }
            if (net.sawDate)
                sum.clockSkewSeconds = net.clockSkewSeconds;
        } else {
            s = startBatch(batch, false);
            if (!s.ready)
                return; // fatal
            r = httpRetry("POST", s.path, s.body);
        }
        const QString cursor = s.cursor;
        note(lcSyncPush, "push: POST", t.restart(), s.body.size());
        // A 200 must answer every entry; anything less is an unknown outcome (treated like a lost
        // answer: sent again, where the platform sees a replay). An entry answered with an error
        // status (a server that does not roll the transaction back) fails its record.
        QJsonObject answer;
        QVector<QMap<QString, QString>> versions(batch.size());
        QVector<int> entryStatus(batch.size(), 0); // the first failing entry's status per record
        QVector<int> failingEntry(batch.size(), -1);
        bool whole = false;
        if (r.status == 200) {
            answer = r.json();
            const QJsonArray resp = answer.value(QStringLiteral("entry")).toArray();
            whole = resp.size() == owner.size();
            QVector<int> seen(batch.size(), 0);
            for (int i = 0; i < resp.size() && i < owner.size() && whole; ++i) {
                const int o = owner[i];
                const QString type = batch[o].types.value(seen[o]++);
                const QJsonObject entry = resp.at(i).toObject();
                const int status = entry.value(QStringLiteral("response"))
                                       .toObject()
                                       .value(QStringLiteral("status"))
                                       .toString()
                                       .left(3)
                                       .toInt();
                if (status >= 300 || (status > 0 && status < 200)) {
                    if (!entryStatus[o]) {
                        entryStatus[o] = status;
                        failingEntry[o] = i;
                    }
                    continue;
                }
                QString v = entryVersion(entry);
                if (v.isEmpty() && !caps.cursorFeed)
                    v = readVersion(batch[o], type); // a server that names no version: read it
                whole = !v.isEmpty();
                versions[o].insert(type, v == QLatin1String("-") ? QString() : v);
            }
        }
        if (r.status == 200 && !whole) {
            r.status = 0;
            r.error = EngineText::tr("平台的应答不完整");
        }
        if (r.status == 200) {
            // Records with an entry answered by an error status (a server that does not roll a
            // transaction back) fail alone; the others are stored.
            QList<Built> good;
            QVector<QMap<QString, QString>> goodVersions;
            for (int i = 0; i < batch.size(); ++i) {
                if (!entryStatus[i]) {
                    good << batch[i];
                    goodVersions << versions[i];
                    continue;
                }
                Reply one;
                one.status = entryStatus[i];
                one.body = QJsonDocument(answer.value(QStringLiteral("entry"))
                                             .toArray()
                                             .at(failingEntry[i])
                                             .toObject()
                                             .value(QStringLiteral("response"))
                                             .toObject()
                                             .value(QStringLiteral("outcome"))
                                             .toObject())
                               .toJson(QJsonDocument::Compact);
                handleFailure(batch[i], one, done);
            }
            QString jumpTo;
            for (const QJsonValue &l : answer.value(QStringLiteral("link")).toArray())
                if (l.toObject().value(QStringLiteral("relation")).toString() ==
                    QLatin1String("jiayi-cursor"))
                    jumpTo = QUrlQuery(
                                 QUrl(l.toObject().value(QStringLiteral("url")).toString()).query())
                                 .queryItemValue(QStringLiteral("_since"));
            QVector<bool> ok;
            succeededAll(good, goodVersions, &ok, cursor,
                         good.size() == batch.size() ? jumpTo : QString());
            note(lcSyncPush, "push: store results", t.restart());
            for (int i = 0; i < good.size(); ++i) {
                done.insert(good[i].rec.mapper->entity() + QLatin1Char('/') + good[i].rec.id);
                if (ok[i])
                    ++sum.sent;
                else
                    ++sum.deferred;
            }
            processed += int(batch.size());
            progress(50 + int(49.0 * processed / qMax(1, total)), EngineText::tr("上传"));
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

void SyncEngine::Impl::push()
{
    QSet<QString> only;
    for (int round = 0; round < 3 && !cancelled() && !fatal; ++round) {
        QList<PendingRecord> list = pending();
        if (round > 0) {
            QList<PendingRecord> again;
            for (const PendingRecord &p : std::as_const(list))
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
        QElapsedTimer t;
        t.start();
        qint64 buildMs = 0;
        StartedBatch flying;
        QList<Built> flyingBatch;
        auto land = [&] {
            if (flying.reply)
                sendBatch(flyingBatch, done, processed, int(list.size()), &flying);
            flying = {};
            flyingBatch.clear();
        };
        auto landOnReturn = qScopeGuard([&] { land(); });
        for (const PendingRecord &p : std::as_const(list)) {
            if (cancelled() || fatal)
                return;
            t.restart();
            Built b = build(p);
            buildMs += t.elapsed();
            if (b.entries.isEmpty()) {
                // nothing to send (created and deleted offline, or unchanged): acknowledge
                succeeded(b, {});
                ++processed;
                continue;
            }
            batch << b;
            if (batch.size() >= cfg.batchSize) {
                // The previous Bundle is answered, this one goes out, and the next is built
                // while the platform stores it.
                land();
                flying = startBatch(batch);
                flyingBatch = batch;
                batch.clear();
                if (fatal)
                    return;
            }
        }
        land();
        if (!batch.isEmpty())
            sendBatch(batch, done, processed, int(list.size()));
        note(lcSyncPush, "push: build records", buildMs, list.size());
        only = mergedAfterConflict;
        if (only.isEmpty())
            break;
    }
}

} // namespace Sync
