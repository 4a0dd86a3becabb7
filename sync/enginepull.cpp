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

namespace {
struct Page
{
    QList<QPair<const Kind *, QString>> order;      // records, referenced kinds first
    QHash<QString, QList<Incoming>> byRecord;       // entity/id -> its resources
    int entries = 0;
    QString next;
    qint64 total = 0;
};
} // namespace

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
        if (local.contains(in.type) && local.value(in.type).toLongLong() >= in.version.toLongLong()) {
            incoming.removeAt(i);
            continue;
        }
        const Reply r = httpRetry("GET", QStringLiteral("/%1/%2").arg(in.type, id));
        if (r.status == 200) {
            in.resource = r.json();
            in.version = in.resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("versionId")).toString();
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
    QString cursor = stateValue(QStringLiteral("cursor"));
    if (cursor.isEmpty())
        cursor = QStringLiteral("0");
    qint64 expected = -1;
    retryParked();
    auto pagePath = [this](const QString &c) {
        return QStringLiteral("/_history?_since=%1&_count=%2").arg(c).arg(cfg.pageSize);
    };
    QNetworkReply *ahead = start("GET", pagePath(cursor));
    auto dropAhead = qScopeGuard([&ahead] {
        if (ahead) {
            ahead->abort();
            ahead->deleteLater();
        }
    });
    QElapsedTimer t;
    while (!cancelled()) {
        t.start();
        QNetworkReply *mine = ahead;
        ahead = nullptr;
        const Reply first = collect(mine);
        const Reply r = transient(first) && !cancelled() ? httpRetry("GET", pagePath(cursor), {}, &first) : first;
        note("pull: wait for page", t.restart());
        if (cancelled())
            break;
        if (r.status != 200) {
            sum.error = describe(r);
            fatal = r.status == 401 || r.status == 403;
            return false;
        }
        Page page;
        {
            const QJsonObject bundle = r.json();
            const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
            page.entries = int(entries.size());
            page.total = qint64(bundle.value(QStringLiteral("total")).toDouble());
            page.next = cursor;
            for (const QJsonValue &l : bundle.value(QStringLiteral("link")).toArray())
                if (l.toObject().value(QStringLiteral("relation")).toString() == QLatin1String("next"))
                    page.next = QUrlQuery(QUrl(l.toObject().value(QStringLiteral("url")).toString()).query())
                                    .queryItemValue(QStringLiteral("_since"));
            const bool more = !entries.isEmpty() && page.next != cursor;
            if (more)
                ahead = start("GET", pagePath(page.next)); // fetched while this page is written
            for (const QJsonValue &v : entries) {
                const QJsonObject e = v.toObject();
                const QJsonObject request = e.value(QStringLiteral("request")).toObject();
                const QString url = request.value(QStringLiteral("url")).toString();
                const int slash = int(url.indexOf(QLatin1Char('/')));
                if (slash <= 0 || url.indexOf(QLatin1Char('/'), slash + 1) >= 0)
                    continue;
                const QString type = url.left(slash), id = url.mid(slash + 1);
                const RecordMapper *m = mapperForType(type);
                if (!m)
                    continue; // a kind this workstation does not hold
                const Kind &k = kind(*m);
                const bool deleted = request.value(QStringLiteral("method")).toString() == QLatin1String("DELETE");
                const QJsonValue res = e.value(QStringLiteral("resource"));
                Incoming in{type,
                            versionFromEtag(e.value(QStringLiteral("response")).toObject().value(QStringLiteral("etag")).toString()),
                            deleted, res.toObject(), !deleted && !res.isObject()};
                const QString key = k.entity + QLatin1Char('/') + id;
                auto it = page.byRecord.find(key);
                if (it == page.byRecord.end()) {
                    page.order << qMakePair(&k, id);
                    it = page.byRecord.insert(key, {});
                }
                it->append(in);
            }
        }
        std::stable_sort(page.order.begin(), page.order.end(),
                         [](const auto &a, const auto &b) { return a.first->mapper->rank() < b.first->mapper->rank(); });
        // Our own writes coming back (elided by the platform): settled before the transaction.
        for (auto &[k, id] : page.order) {
            QList<Incoming> &list = page.byRecord[k->entity + QLatin1Char('/') + id];
            bool anyElided = false;
            for (const Incoming &in : std::as_const(list))
                anyElided = anyElided || in.elided;
            if (anyElided && !resolveElided(*k, id, list))
                return false;
        }
        note("pull: parse page", t.restart(), page.entries);
        if (!begin()) {
            sum.error = EngineText::tr("数据库忙，请稍后再同步");
            return false;
        }
        bool ok = true;
        for (const auto &[k, id] : std::as_const(page.order)) {
            const QList<Incoming> &list = page.byRecord[k->entity + QLatin1Char('/') + id];
            if (!list.isEmpty() && !applyOrPark(*k, id, list)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = setState(QStringLiteral("cursor"), page.next) && commit();
        if (!ok) {
            rollback();
            knownVillages.clear();
            sum.error = EngineText::tr("写入下载的数据失败");
            return false;
        }
        note("pull: write page", t.restart(), page.entries);
        sum.received += page.entries;
        if (expected < 0)
            expected = page.entries + page.total;
        progress(expected > 0 ? int(45.0 * sum.received / expected) : 45, EngineText::tr("下载"));
        if (page.entries == 0 || page.next == cursor)
            break;
        cursor = page.next;
    }
    return !cancelled();
}

} // namespace Sync
