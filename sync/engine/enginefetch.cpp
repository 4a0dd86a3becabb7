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
FetchedPage parsePage(const Reply &r, const QString &cursor,
                      const QHash<const RecordMapper *, const Kind *> &kinds, int leave)
{
    int n = 0;
    FetchedPage page;
    const QJsonObject bundle = r.json();
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    page.entries = int(entries.size());
    page.total = qint64(bundle.value(QStringLiteral("total")).toDouble());
    page.next = cursor;
    for (const QJsonValue &l : bundle.value(QStringLiteral("link")).toArray())
        if (l.toObject().value(QStringLiteral("relation")).toString() == QLatin1String("next"))
            page.next =
                QUrlQuery(QUrl(l.toObject().value(QStringLiteral("url")).toString()).query())
                    .queryItemValue(QStringLiteral("_since"));
    QHash<QString, qsizetype> index; // entity/id -> position in page.records
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QJsonObject request = e.value(QStringLiteral("request")).toObject();
        const QString url = request.value(QStringLiteral("url")).toString();
        const qsizetype slash = url.indexOf(QLatin1Char('/'));
        if (slash <= 0 || url.indexOf(QLatin1Char('/'), slash + 1) >= 0)
            continue;
        // The record and part a resource belongs to, from its type and id suffix ("<uuid>-bp").
        const std::optional<ResourceRef> ref = resolveResource(url.left(slash), url.mid(slash + 1));
        const Kind *k = ref ? kinds.value(ref->mapper) : nullptr;
        if (!k)
            continue; // a kind this workstation does not hold
        const QString &id = ref->recordId;
        const bool deleted =
            request.value(QStringLiteral("method")).toString() == QLatin1String("DELETE");
        const QJsonValue res = e.value(QStringLiteral("resource"));
        Incoming in{ref->part.key(),
                    versionFromEtag(e.value(QStringLiteral("response"))
                                        .toObject()
                                        .value(QStringLiteral("etag"))
                                        .toString()),
                    deleted, res.toObject(), !deleted && !res.isObject()};
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
} // namespace

PageFetcher::PageFetcher(const Transport &proto, QString cursor,
                         QHash<const RecordMapper *, const Kind *> kinds)
    : d(std::make_unique<State>())
{
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
    QString cursor = d->cursor;
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
        const Reply r = net.httpRetry(
            "GET",
            QStringLiteral("/_history?_since=%1&_count=%2").arg(cursor).arg(net.cfg.pageSize));
        FetchedPage page;
        if (r.status != 200) {
            page.failed = true;
            page.reply = r;
        } else {
            d->leave =
                d->writerWaited.exchange(false) ? qMin(d->leave + 1, 7) : qMax(d->leave - 1, 0);
            page = parsePage(r, cursor, d->kinds, d->leave);
        }
        page.clockSkewSeconds = net.clockSkewSeconds;
        page.sawDate = net.sawDate;
        const bool last = page.failed || page.entries == 0 || page.next == cursor;
        cursor = page.next;
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
