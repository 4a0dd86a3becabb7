#pragma once

// Internals of the sync client, shared by its parts (private to sync/):
//   syncengine.cpp   run(): lock, transport set-up, pull then push, summary
//   enginestore.cpp  the workstation database: rows, versions, outbox acks, conflicts, parking
//   enginehttp.cpp   HTTP (blocking, retrying, and started-now-collected-later for pipelining)
//   engineconnect.cpp the server's CapabilityStatement: its FHIR base and what it offers
//   enginepull.cpp   pull: pages from the platform's cursor, pipelined
//   enginemerge.cpp  applying what the platform holds to one record (write, skip or merge)
//   enginepush.cpp   push: squashed outbox, transaction Bundles, per-entry results

#include "merge.h"
#include "recordmapper.h"
#include "sqlcache.h"
#include "syncengine.h"
#include "synclogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlDatabase>
#include <QSslConfiguration>

#include <atomic>
#include <memory>
#include <optional>
#include <unordered_map>

class QNetworkReply;

namespace Sync {

struct EngineText
{
    Q_DECLARE_TR_FUNCTIONS(Sync::SyncEngine)
};

QString nowUtc();
QString compact(const QJsonObject &o);
QJsonObject parseObject(const QByteArray &utf8);
QString versionFromEtag(const QString &etag);
// Whether `incoming` is a later version than `held`: by number when both are numbers (HAPI, our
// platform), otherwise any other version is later (opaque ids such as Medplum's UUIDs; the
// pull passes only the newest version of a resource, see PageFetcher).
bool laterVersion(const QString &held, const QString &incoming);
// The version of a transaction-response entry: its etag, else the version in its location
// (Type/id/_history/v), else its resource's meta.versionId; empty when it names none.
QString entryVersion(const QJsonObject &entry);

// The soft deletion for servers read by search (they never list a deleted resource): the last
// content with meta.tag record-status|deleted (https://jiayi.example/fhir/CodeSystem/).
QJsonObject withDeletedTag(QJsonObject resource);
bool hasDeletedTag(const QJsonObject &resource);

// What the server offers, read from its CapabilityStatement when a sync connects.
struct ServerCaps
{
    QString base;            // the FHIR base URL (no trailing '/')
    bool cursorFeed = false; // jiayi-platform's change feed: a server cursor, own writes elided
    bool systemHistory = false;
    bool transaction = false;
    bool listsResources = false; // false: the statement names no types; all are assumed searchable
    QSet<QString> historyTypes, searchTypes, lastUpdatedTypes;
    QString software;
    QString mode() const
    {
        return cursorFeed      ? QStringLiteral("cursor")
               : systemHistory ? QStringLiteral("history")
                               : QStringLiteral("search");
    }
};

// What the engine needs of a mapper, computed once per sync.
struct Kind
{
    const RecordMapper *mapper = nullptr;
    QString entity, table;
    QStringList columns;     // synced columns, id first
    QStringList stored;      // columns in `table` (columns without the link columns), id first
    bool hasLinks = false;   // some columns live in link tables (readLinks / afterWrite)
    QStringList normColumns; // columns + deleted
    QStringList types; // version keys of its parts (Part::key(); repeated parts add index keys)
    std::vector<Part> parts;
    QStringList identity;
    QJsonObject defaults; // normalised defaults
    QByteArray selectSql, versionSql;
};

struct LocalRow
{
    QJsonObject row; // synced columns + deleted
    QString serverVersion;
    QJsonObject base;
    bool dirty = false;
};

struct Incoming
{
    QString type, version; // type: the part key (Part::key(), e.g. "Observation-bp")
    bool deleted = false;
    QJsonObject resource;
    bool elided = false; // our own write coming back without its body (X-Jiayi-Client)
    bool converted =
        false; // `partial` holds mapper.fromFhir(type, resource) already (parts not repeated)
    QJsonObject partial;
};

struct Reply
{
    int status = 0; // 0: no HTTP response (network error, timeout)
    QByteArray body;
    QString error;
    QDateTime date;
    int retryAfterMs = -1;
    QByteArray etag;
    QJsonObject json() const { return parseObject(body); }
};

// HTTP with the engine's settings; one per thread (a QNetworkAccessManager belongs to the thread
// that made it). enginehttp.cpp.
struct Transport
{
    SyncConfig cfg;
    QString base; // the FHIR base URL; paths are appended to it (an absolute URL is used as is)
    bool gzipRequests = true;
    QSslConfiguration ssl;
    QString clientId; // sent as X-Jiayi-Client when set (jiayi-platform only)
    QNetworkAccessManager *nam = nullptr;
    const QAtomicInteger<int> *cancel = nullptr; // the engine's cancel flag
    const std::atomic<bool> *stop = nullptr;     // a pipeline stage being wound down
    qint64 clockSkewSeconds = 0;
    bool sawDate = false;

    bool cancelled() const
    {
        return (cancel && cancel->loadRelaxed() != 0) || (stop && stop->load());
    }
    QNetworkReply *start(const QByteArray &method, const QString &path,
                         const QByteArray &body = {});
    Reply collect(QNetworkReply *reply); // waits; aborts the transfer when cancelled
    Reply http(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return collect(start(method, path, body));
    }
    static bool transient(const Reply &r)
    {
        return r.status == 0 || r.status == 429 || r.status >= 500;
    }
    // Retries network errors, timeouts, 429 and 5xx with exponential back-off.
    Reply httpRetry(const QByteArray &method, const QString &path, const QByteArray &body = {});
};

struct FetchedRecord
{
    const Kind *kind = nullptr;
    QString id;
    QList<Incoming> incoming;
};

// One page of the change feed, parsed and mapped on the fetch thread (enginefetch.cpp).
struct FetchedPage
{
    bool failed = false;
    Reply reply;     // when failed
    QString failure; // when failed without a failed request (a feed cut short, a link loop)
    int entries = 0;
    int older = 0;    // entries skipped: an older version of a resource this pull has newer
    QDateTime newest; // the latest meta.lastUpdated on the page (time feeds)
    QString next;     // cursor after this page
    qint64 total = 0; // changes after this page (progress hint)
    qint64 clockSkewSeconds = 0;
    bool sawDate = false;
    QList<FetchedRecord> records; // referenced kinds first
};

// Fetches pages on its own thread, at most two ahead of the writer: jiayi-platform's change feed
// from `cursor`, or, when `timeFeeds` are given, each of those URLs in turn (a history or a
// _lastUpdated search), following whatever link[next] each page carries.
class PageFetcher
{
public:
    PageFetcher(const Transport &proto, QString cursor,
                QHash<const RecordMapper *, const Kind *> kinds, QStringList timeFeeds = {});
    ~PageFetcher();
    std::optional<FetchedPage> take(); // blocks; nothing when the feed is exhausted or stopped
    // Hands a written page back: it is destroyed on the fetch thread, which allocated it (a free
    // into another thread's malloc arena takes that arena's lock: both threads stalled on it).
    void recycle(FetchedPage &&page);

private:
    void run();
    struct State;
    std::unique_ptr<State> d;
};

struct PendingRecord
{
    const RecordMapper *mapper = nullptr;
    QString id;
    qint64 maxSeq = 0;
};

struct Built
{
    PendingRecord rec;
    QJsonObject row;
    QMap<QString, QString> versions;
    QList<QJsonObject> entries;
    QStringList types; // type of each entry
};

// A Bundle POSTed and not yet answered (the push builds the next one meanwhile).
struct StartedBatch
{
    QNetworkReply *reply = nullptr;
    QByteArray body;
    QString cursor; // sent with it (`_since`)
    QString path;   // "?_since=<cursor>" or empty
    bool ready = false;
};

struct SyncEngine::Impl
{
    SyncEngine *q = nullptr;
    QString conn;
    Models::Scope scope;
    SyncConfig cfg;
    SyncSummary sum;
    QHash<QString, QString> villageCache;
    QSet<QString> knownVillages;
    QSet<QString> parkedIds;                              // entity/id in sync_parked
    QHash<QString, QByteArray> writeSql;                  // INSERT/UPDATE text per kind and shape
    std::unordered_map<const RecordMapper *, Kind> kinds; // node-based: a Kind never moves
    MapContext ctx;
    SqlCache sql;
    bool fatal = false;
    ServerCaps caps;
    int heldAlready = 0; // incoming entries whose version this workstation holds (time feeds)
    QString lastWriteError;
    int lastPercent = -1;
    QSet<QString> mergedAfterConflict; // 412 -> merged: sent again in the next round
    int echoesSkipped = 0;             // elided own writes of the current page already held

    QSqlDatabase db() const { return QSqlDatabase::database(conn, false); }
    void progress(int percent, const QString &stage);
    bool cancelled() const { return q->m_cancel.loadRelaxed() != 0; }
    using LogCategory = const QLoggingCategory &(*)();
    void note(LogCategory category, const char *what, qint64 ms, qint64 n = -1);

    // ---- enginestore.cpp ----
    const Kind &kind(const RecordMapper &m);
    QJsonObject normalised(const Kind &k, const QJsonObject &row) const;
    // The same result in place, cheaper for a row that holds no other keys than the kind's
    // (built from its normalised defaults or base); falls back to normalised() otherwise.
    void normalise(const Kind &k, QJsonObject &row) const;
    bool exec(const char *statement) { return sql.query(statement).run(); } // prepared once
    bool begin() { return exec("BEGIN IMMEDIATE"); }
    bool commit() { return exec("COMMIT"); }
    void rollback() { exec("ROLLBACK"); }
    QString stateValue(const QString &key);
    bool setState(const QString &key, const QString &value);
    std::optional<LocalRow> readRow(const Kind &k, const QString &id);
    QMap<QString, QString> localVersions(const Kind &k, const QString &id, bool *exists);
    bool hasPending(const Kind &k, const QString &id, qint64 after = 0);
    qint64 maxPendingSeq(const Kind &k, const QString &id);
    bool ack(const Kind &k, const QString &id, qint64 upToSeq);
    // `base` may be `row` itself (the platform's row stored with nothing local): then, for a kind
    // without link columns, SQLite makes base_json from the bound values (json_object).
    bool writeRow(const Kind &k, const QJsonObject &row, const std::optional<LocalRow> &old,
                  const QString &serverVersion, const QJsonObject &base, bool dirty);
    bool storeSent(const Kind &k, const QString &id, const QString &versions,
                   const QJsonObject &base, bool dirty);
    void dropInflight(const Kind &k, const QString &id);
    std::optional<QPair<qint64, QJsonObject>> inflight(const Kind &k, const QString &id);
    void ensureVillage(const QJsonObject &row);
    int addConflicts(const Kind &k, const QString &id, const QStringList &fields,
                     const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);
    bool park(const Kind &k, const QString &id, const QList<Incoming> &incoming,
              const QString &reason);
    void unpark(const Kind &k, const QString &id);
    qint64 scalar(const char *statement);

    // ---- enginehttp.cpp ----
    Transport net;
    Reply httpRetry(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        const Reply r = net.httpRetry(method, path, body);
        if (net.sawDate)
            sum.clockSkewSeconds = net.clockSkewSeconds;
        return r;
    }
    static bool transient(const Reply &r) { return Transport::transient(r); }
    QString describe(const Reply &r);

    // ---- enginemerge.cpp ----
    bool applyIncoming(const Kind &k, const QString &id, const QList<Incoming> &incoming);
    bool applyOrPark(const Kind &k, const QString &id, const QList<Incoming> &incoming);
    bool retryParked();

    // ---- engineconnect.cpp ----
    bool connectServer(); // reads the CapabilityStatement, sets caps and the transport's base
    QStringList timeFeeds(const QString &since) const;

    // ---- enginepull.cpp ----
    bool pull();
    bool resolveElided(const Kind &k, const QString &id, QList<Incoming> &incoming);

    // ---- enginepush.cpp ----
    QList<PendingRecord> pending();
    Built build(const PendingRecord &p);
    bool markInflight(const QList<Built> &batch);
    bool succeededAll(const QList<Built> &batch, const QVector<QMap<QString, QString>> &versions,
                      QVector<bool> *ok, const QString &cursorFrom = {},
                      const QString &cursorTo = {});
    bool storeOne(const Built &b, const QMap<QString, QString> &newVersions);
    bool succeeded(const Built &b, const QMap<QString, QString> &newVersions);
    void reject(const Built &b, const Reply &r);
    bool refetchAndMerge(const Built &b);
    QString readVersion(const Built &b, const QString &partKey);
    int failedEntry(const Reply &r);
    void handleFailure(const Built &b, const Reply &r, QSet<QString> &done);
    // The Bundle's text, its records marked in flight and, with `post`, the POST started; `fatal`
    // when the records could not be marked.
    StartedBatch startBatch(const QList<Built> &batch, bool post = true);
    void sendBatch(QList<Built> batch, QSet<QString> &done, int &processed, int total,
                   StartedBatch *started = nullptr);
    void push();
};

} // namespace Sync
