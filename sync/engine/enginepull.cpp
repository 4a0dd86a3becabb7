// Pull: pages of the platform's change feed from the cursor it issued (never the device clock).
// Each page and the new cursor commit in one transaction. Pipelined: as soon as a page is parsed
// the request for the next one goes out, so the transfer overlaps with writing.
#include "engineimpl.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QUrlQuery>

namespace Sync {

// An elided entry is our own write coming back: nothing to do when we hold that version already;
// otherwise (a database restored from a backup, an answer lost) the body is fetched.
bool SyncEngine::Impl::resolveElided(const Kind &k, const QString &id, QList<Incoming> &incoming)
{
    bool exists = false;
    QMap<QString, QString> local;
    bool looked = false;
    for (int i = int(incoming.size()) - 1; i >= 0; --i) {
        Incoming &in = incoming[i];
        if (!in.elided)
            continue;
        if (!looked) {
            local = localVersions(k, id, &exists);
            looked = true;
        }
        if (local.contains(in.type) && !laterVersion(local.value(in.type), in.version)) {
            incoming.removeAt(i);
            ++echoesSkipped;
            continue;
        }
        const std::optional<Part> part = k.mapper->part(in.type);
        if (!part)
            continue;
        const Reply r =
            httpRetry("GET", QStringLiteral("/%1/%2").arg(part->type, part->resourceId(id)));
        if (r.status == 200) {
            in.resource = r.json();
            in.version = in.resource.value(QStringLiteral("meta"))
                             .toObject()
                             .value(QStringLiteral("versionId"))
                             .toString();
        } else if (r.status == 410) {
            in.deleted = true;
            in.version = versionFromEtag(QString::fromLatin1(r.etag));
        } else {
            sum.error = describe(r);
            return false;
        }
        in.elided = false;
    }
    return true;
}

bool SyncEngine::Impl::pull()
{
    const bool timed = !caps.cursorFeed;
    QString cursor = stateValue(QStringLiteral("cursor"));
    if (cursor.isEmpty())
        cursor = QStringLiteral("0");
    // Without our cursor: from the newest change the last complete pull saw, less the overlap.
    const QDateTime seen =
        QDateTime::fromString(stateValue(QStringLiteral("time_cursor")), Qt::ISODateWithMs);
    QDateTime newest = seen;
    const QString since =
        seen.isValid() ? seen.addSecs(-cfg.overlapSeconds).toUTC().toString(Qt::ISODateWithMs)
                       : QString();
    qint64 expected = -1;
    retryParked();
    QHash<const RecordMapper *, const Kind *> kinds;
    for (const auto &m : mappers())
        kinds.insert(m.get(), &kind(*m));
    QStringList feeds;
    if (timed) {
        feeds = timeFeeds(since);
        if (feeds.isEmpty()) {
            sum.error =
                EngineText::tr("服务器 %1 既不提供历史（_history）也不提供按类型查询，无法下载修改")
                    .arg(caps.base);
            return false;
        }
    }
    PageFetcher fetcher(net, cursor, kinds, feeds); // fetches and maps ahead on its own thread
    QElapsedTimer t;
    t.start();
    while (!cancelled()) {
        std::optional<FetchedPage> page = fetcher.take();
        note(lcSyncPull, "pull: wait for page", t.restart());
        if (!page || cancelled())
            break;
        if (page->sawDate)
            sum.clockSkewSeconds = page->clockSkewSeconds;
        if (page->failed) {
            sum.error = page->failure.isEmpty() ? describe(page->reply) : page->failure;
            fatal = page->reply.status == 401 || page->reply.status == 403;
            return false;
        }
        // Our own writes coming back (elided by the platform): settled before the transaction.
        echoesSkipped = 0;
        heldAlready = 0;
        for (FetchedRecord &rec : page->records) {
            bool anyElided = false;
            for (const Incoming &in : std::as_const(rec.incoming))
                anyElided = anyElided || in.elided;
            if (anyElided && !resolveElided(*rec.kind, rec.id, rec.incoming))
                return false;
        }
        if (!begin()) {
            sum.error = EngineText::tr("数据库忙，请稍后再同步");
            return false;
        }
        bool ok = true;
        for (const FetchedRecord &rec : std::as_const(page->records))
            if (!rec.incoming.isEmpty() && !applyOrPark(*rec.kind, rec.id, rec.incoming)) {
                ok = false;
                break;
            }
        // A time feed's position is kept only when the whole pull completes (below): pages of
        // different feeds are not in time order.
        if (ok)
            ok = (timed || setState(QStringLiteral("cursor"), page->next)) && commit();
        if (!ok) {
            rollback();
            knownVillages.clear();
            sum.error = EngineText::tr("写入下载的数据失败");
            return false;
        }
        note(lcSyncPull, "pull: write page", t.restart(), page->entries);
        // Our own writes we hold already do not count, nor (time feeds) what we hold already.
        sum.received += page->entries - echoesSkipped - (timed ? heldAlready + page->older : 0);
        if (page->newest.isValid() && (!newest.isValid() || page->newest > newest))
            newest = page->newest;
        if (expected < 0)
            expected = page->entries + page->total;
        progress(expected > 0 ? int(45.0 * sum.received / expected) : 45, EngineText::tr("下载"));
        const bool last = timed ? false : page->entries == 0 || page->next == cursor;
        if (!timed)
            cursor = page->next;
        fetcher.recycle(std::move(*page));
        if (last)
            break;
    }
    if (cancelled())
        return false;
    if (timed && newest.isValid() && newest != seen &&
        !setState(QStringLiteral("time_cursor"), newest.toUTC().toString(Qt::ISODateWithMs))) {
        sum.error = EngineText::tr("写入下载的数据失败");
        return false;
    }
    return true;
}

} // namespace Sync
