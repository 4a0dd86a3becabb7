// The pull's first stage, on its own thread: GET a page of the change feed, parse it, group it by
// record (referenced kinds first) and map each resource to columns (RecordMapper::fromFhir is
// pure), then hand it to the writer. At most two pages wait, so memory stays bounded; the
// cursor only advances when the writer commits a page. Written pages come back here to be
// destroyed (recycle), and when the writer waits for pages a share of the mapping is left to it.
#include "engineimpl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>
#include <QUrlQuery>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace Sync {

struct PageFetcher::State
{
    Transport proto;
    QString cursor;
    QHash<const RecordMapper *, const Kind *> kinds;
    QStringList timeFeeds; // empty: jiayi-platform's cursor feed
    // Time feeds: the newest version seen of each resource in this pull (a history lists older
    // versions after newer ones; a search may list a resource again when it changed meanwhile).
    QHash<QString, QDateTime> newest;
    QThread *thread = nullptr;
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<FetchedPage> queue;
    std::deque<FetchedPage> trash; // written pages, destroyed here
    bool finished = false;
    std::atomic<bool> stop = false;
    // Load balance (wall time on two cores): when the writer had to wait for a page, the next
    // pages leave `leave` of every ten records unmapped; the writer maps those itself
    // (RecordMapper::applyPart). When pages wait for the writer, the fetch thread maps them all.
    std::atomic<bool> writerWaited = false;
    int leave = 0;
};

namespace {
QDateTime instant(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

// `newest`: null for the cursor feed (one entry per resource, in order); for time feeds the
// newest version seen of each resource in this pull, so an older version never overwrites it.
FetchedPage parsePage(const Reply &r, const QString &cursor,
                      const QHash<const RecordMapper *, const Kind *> &kinds, int leave,
                      QHash<QString, QDateTime> *newest)
{
    int n = 0;
    FetchedPage page;
    const QJsonObject bundle = r.json();
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    page.entries = int(entries.size());
    page.total = qint64(bundle.value(QStringLiteral("total")).toDouble());
    page.next = newest ? QString() : cursor; // time feeds: the next page's URL, empty on the last
    for (const QJsonValue &l : bundle.value(QStringLiteral("link")).toArray())
        if (l.toObject().value(QStringLiteral("relation")).toString() == QLatin1String("next")) {
            const QString url = l.toObject().value(QStringLiteral("url")).toString();
            page.next = newest
                            ? url
                            : QUrlQuery(QUrl(url).query()).queryItemValue(QStringLiteral("_since"));
        }
    QHash<QString, qsizetype> index; // entity/id -> position in page.records
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QJsonObject request = e.value(QStringLiteral("request")).toObject();
        const QJsonObject response = e.value(QStringLiteral("response")).toObject();
        const QJsonValue res = e.value(QStringLiteral("resource"));
        const QJsonObject meta = res.toObject().value(QStringLiteral("meta")).toObject();
        // A history entry names its resource in request.url; a search entry only in its resource
        // (and `include` or `outcome` entries of a search are not changes).
        QString type, rid;
        const QString url = request.value(QStringLiteral("url")).toString();
        if (!url.isEmpty()) {
            const qsizetype slash = url.indexOf(QLatin1Char('/'));
            if (slash <= 0 || url.indexOf(QLatin1Char('/'), slash + 1) >= 0)
                continue;
            type = url.left(slash);
            rid = url.mid(slash + 1);
        } else {
            const QString mode = e.value(QStringLiteral("search"))
                                     .toObject()
                                     .value(QStringLiteral("mode"))
                                     .toString();
            if (!mode.isEmpty() && mode != QLatin1String("match"))
                continue;
            type = res.toObject().value(QStringLiteral("resourceType")).toString();
            rid = res.toObject().value(QStringLiteral("id")).toString();
        }
        const QDateTime at =
            instant(meta.value(QStringLiteral("lastUpdated")).toString()).isValid()
                ? instant(meta.value(QStringLiteral("lastUpdated")).toString())
                : instant(response.value(QStringLiteral("lastModified")).toString());
        if (at.isValid() && (!page.newest.isValid() || at > page.newest))
            page.newest = at;
        // The record and part a resource belongs to, from its type and id suffix ("<uuid>-bp").
        const std::optional<ResourceRef> ref = resolveResource(type, rid);
        const Kind *k = ref ? kinds.value(ref->mapper) : nullptr;
        if (!k)
            continue; // a kind this workstation does not hold
        if (newest) {
            const QString key = type + QLatin1Char('/') + rid;
            auto seen = newest->find(key);
            if (seen != newest->end() && (!at.isValid() || at <= *seen)) {
                ++page.older;
                continue;
            }
            newest->insert(key, at.isValid() ? at : QDateTime::currentDateTimeUtc());
        }
        const QString &id = ref->recordId;
        const bool deleted =
            request.value(QStringLiteral("method")).toString() == QLatin1String("DELETE") ||
            (newest && res.isObject() && hasDeletedTag(res.toObject()));
        QString version = versionFromEtag(response.value(QStringLiteral("etag")).toString());
        if (version.isEmpty())
            version = meta.value(QStringLiteral("versionId")).toString();
        Incoming in{ref->part.key(), version, deleted, res.toObject(), !deleted && !res.isObject()};
        // Repeated parts are placed by RecordMapper::applyPart on the writer (they edit a list).
        if (!in.deleted && !in.elided && !ref->part.repeated && (n++ % 10) >= leave) {
            in.partial = k->mapper->fromFhir(in.type, in.resource);
            in.converted = true;
        }
        const QString key = k->entity + QLatin1Char('/') + id;
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, page.records.size());
            page.records.append(FetchedRecord{k, id, {}});
        }
        page.records[*it].incoming.append(in);
    }
    std::stable_sort(page.records.begin(), page.records.end(),
                     [](const FetchedRecord &a, const FetchedRecord &b) {
                         return a.kind->mapper->rank() < b.kind->mapper->rank();
                     });
    return page;
}

// Whether a link the server gave (made absolute) stays on the server we trust with the token.
bool sameOrigin(const QString &link, const QString &base)
{
    const QUrl a(link), b(base);
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}
} // namespace

PageFetcher::PageFetcher(const Transport &proto, QString cursor,
                         QHash<const RecordMapper *, const Kind *> kinds, QStringList timeFeeds)
    : d(std::make_unique<State>())
{
    d->timeFeeds = std::move(timeFeeds);
    d->proto = proto;
    d->proto.nam = nullptr;
    d->proto.stop = &d->stop;
    d->cursor = std::move(cursor);
    d->kinds = std::move(kinds);
    d->thread = QThread::create([this] { run(); });
    d->thread->start();
}

PageFetcher::~PageFetcher()
{
    {
        std::lock_guard lock(d->mutex);
        d->stop = true;
    }
    d->cv.notify_all();
    d->thread->wait();
    delete d->thread;
}

void PageFetcher::run()
{
    QNetworkAccessManager nam;
    Transport net = d->proto;
    net.nam = &nam;
    const bool timed = !d->timeFeeds.isEmpty();
    QString cursor = d->cursor;
    // Time feeds: the URL of the next page (the feed's first, then each link[next] as given).
    int feed = 0;
    QString url = timed ? d->timeFeeds.value(0) : QString();
    QSet<QString> visited;
    qint64 expected = -1, got = 0; // a search's total, and the entries its pages held
    for (;;) {
        std::deque<FetchedPage> garbage;
        {
            std::unique_lock lock(d->mutex);
            d->cv.wait(lock, [this] { return d->queue.size() < 2 || d->stop; });
            if (d->stop)
                break;
            garbage.swap(d->trash);
        }
        garbage.clear();
        if (net.cancelled())
            break;
        const Reply r = net.httpRetry("GET", timed ? url
                                                   : QStringLiteral("/_history?_since=%1&_count=%2")
                                                         .arg(cursor)
                                                         .arg(net.cfg.pageSize));
        FetchedPage page;
        if (r.status != 200) {
            page.failed = true;
            page.reply = r;
        } else {
            d->leave =
                d->writerWaited.exchange(false) ? qMin(d->leave + 1, 7) : qMax(d->leave - 1, 0);
            page = parsePage(r, timed ? url : cursor, d->kinds, d->leave,
                             timed ? &d->newest : nullptr);
        }
        page.clockSkewSeconds = net.clockSkewSeconds;
        page.sawDate = net.sawDate;
        bool last = page.failed;
        if (timed && !page.failed) {
            visited.insert(url.startsWith(QLatin1Char('/')) ? net.base + url : url);
            if (!page.next.isEmpty()) // a relative link is relative to the base
                page.next = QUrl(net.base + QLatin1Char('/'))
                                .resolved(QUrl(page.next))
                                .toString(QUrl::FullyEncoded);
            const QJsonObject bundle = r.json();
            if (expected < 0 &&
                bundle.value(QStringLiteral("type")).toString() == QLatin1String("searchset") &&
                bundle.contains(QStringLiteral("total")))
                expected = page.total;
            got += page.entries;
            if (page.next.isEmpty()) {
                // The feed's last page. A search that promised more than its pages held was cut
                // short (a server that pages without links): never taken as complete.
                if (expected >= 0 && got < expected) {
                    page.failed = true;
                    page.failure =
                        EngineText::tr("服务器只返回了 %1 条中的 %2 条，没有给出下一页的链接")
                            .arg(expected)
                            .arg(got);
                    last = true;
                } else if (++feed < d->timeFeeds.size()) {
                    url = d->timeFeeds.at(feed);
                    visited.clear();
                    expected = -1;
                    got = 0;
                } else {
                    last = true;
                }
            } else if (visited.contains(page.next) || !sameOrigin(page.next, net.base)) {
                page.failed = true;
                page.failure = visited.contains(page.next)
                                   ? EngineText::tr("服务器的下一页链接指回已读过的页")
                                   : EngineText::tr("服务器的下一页链接指向另一个服务器：%1")
                                         .arg(QUrl(page.next).host());
                last = true;
            } else {
                url = page.next;
            }
        } else if (!timed) {
            last = last || page.entries == 0 || page.next == cursor;
            cursor = page.next;
        }
        {
            std::lock_guard lock(d->mutex);
            d->queue.push_back(std::move(page));
        }
        d->cv.notify_all();
        if (last)
            break;
    }
    {
        std::lock_guard lock(d->mutex);
        d->finished = true;
    }
    d->cv.notify_all();
}

void PageFetcher::recycle(FetchedPage &&page)
{
    {
        std::lock_guard lock(d->mutex);
        if (!d->finished) {
            d->trash.push_back(std::move(page));
            return;
        }
    }
    // the fetch thread is done: destroyed here, when `page` goes
}

std::optional<FetchedPage> PageFetcher::take()
{
    std::unique_lock lock(d->mutex);
    if (d->queue.empty() && !d->finished)
        d->writerWaited = true;
    // Events of this thread keep being delivered while it waits (a caller may serve sockets on
    // it, as the tests' fault proxy does).
    while (d->queue.empty() && !d->finished) {
        lock.unlock();
        QCoreApplication::processEvents();
        lock.lock();
        d->cv.wait_for(lock, std::chrono::milliseconds(2),
                       [this] { return !d->queue.empty() || d->finished; });
    }
    if (d->queue.empty())
        return std::nullopt;
    FetchedPage page = std::move(d->queue.front());
    d->queue.pop_front();
    lock.unlock();
    d->cv.notify_all();
    return page;
}

} // namespace Sync
