#pragma once

// Storage of the reference platform, behind one interface with two implementations: SQLite (one
// file under --data DIR, a township) and PostgreSQL (--database postgresql://..., a county: several
// platform processes on one database). Both keep the same rules (platformstore.cpp decides what
// an entry writes); each keeps its own SQL.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Platform {

struct Token
{
    QString clinic;
    QStringList areas; // area-code prefixes (6, 9 or 12 digits)
    bool allows(const QString &area) const;
};

struct EntryResult
{
    int status = 200; // HTTP status of the entry
    QString version;  // new or current version
    QString lastModified;
    QString message; // diagnostics when status >= 400
};

struct Change
{
    qint64 seq = 0;
    QString type, id, version, lastModified;
    bool deleted = false;
    QByteArray json;
    bool own = false; // written by the workstation that asks (its echo)
};

class Store
{
public:
    virtual ~Store() = default;
    // `database` empty: SQLite under `dataDir`; else a PostgreSQL connection URI
    // (postgresql://user@host:port/db), whose schema is migrated on open.
    static std::unique_ptr<Store> open(const QString &dataDir, const QString &database,
                                       QString *error);

    virtual QString addToken(const QString &clinic, const QStringList &areas) = 0; // the secret
    virtual std::optional<Token> tokenFor(const QString &secret) = 0;

    // A transaction: all entries or none. On failure `failedIndex` names the entry.
    // `raw`: the resource's text as it came in the request (stored as is, with versionId and
    // lastUpdated written into its meta), or empty (then `resource` is serialised).
    struct Write
    {
        QString method, type, id, ifMatch;
        QJsonObject resource;
        QByteArray raw;
    };
    // `client`: the X-Jiayi-Client id of the workstation writing (kept with each version).
    // `since`: the cursor the client holds (-1: unknown). When nothing this token may see lies
    // between it and the transaction's own writes, `*jumpTo` is the cursor after them (the client
    // may move its cursor there: its own writes need not come back through the feed); else -1.
    virtual std::vector<EntryResult> transaction(const Token &token,
                                                 const std::vector<Write> &writes, int *failedIndex,
                                                 const QString &client = {}, qint64 since = -1,
                                                 qint64 *jumpTo = nullptr) = 0;
    // Changes after `since`; `client` marks that workstation's own writes (Change::own).
    virtual std::vector<Change> changes(const Token &token, qint64 since, int count,
                                        const QString &type, qint64 *last,
                                        const QString &client = {}) = 0;
    virtual std::optional<Change> read(const Token &token, const QString &type,
                                       const QString &id) = 0;
    // The current, not deleted resources of `type` inside the token's areas (the county summary
    // reads the MeasureReports of its areas with it): their stored JSON text.
    virtual std::vector<QByteArray> current(const Token &token, const QString &type) = 0;
    virtual qint64 count(bool includeDeleted) = 0;
    virtual bool ping() = 0; // the database answers (GET /healthz)
    // Sequence numbers drawn after `seq` (every area; rows written again since count once per
    // write): the feed's progress hint, at the cost of an index lookup.
    virtual qint64 remainingAfter(qint64 seq) = 0;
};

// The row of a resource as a store holds it (exists == false: no row yet).
struct Current
{
    bool exists = false;
    qint64 version = 0;
    bool deleted = false;
    QByteArray json;
    QString area, lastModified;
};

// What an accepted entry writes: the next version of the row.
struct Planned
{
    qint64 version = 0;
    bool deleted = false;
    bool created = false; // no row before (201)
    QByteArray json;
    QString area, lastModified;
};

// The rules both stores keep for one entry, given the row as it is: validation, area scoping,
// replays (an unchanged resource or a repeated delete changes nothing and succeeds), If-Match.
// Returns the entry's answer when it writes nothing (a refusal or a replay); otherwise fills
// `plan` and returns nothing. `now`: the lastUpdated of the transaction.
std::optional<EntryResult> planWrite(const Token &token, const Store::Write &w, const Current &cur,
                                     const QString &now, Planned *plan);
QString nowIso();
QString tokenHash(const QString &secret);
QString newTokenSecret();

QString validate(const QString &type, const QString &id,
                 const QJsonObject &resource); // "" if valid
QString areaOf(const QJsonObject &resource);
// The text of each Bundle.entry[i].resource in a JSON body (an empty view where an entry has none);
// empty when the body is not an object with an entry array.
std::vector<QByteArrayView> entryResources(QByteArrayView body);

} // namespace Platform
