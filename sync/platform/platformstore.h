#pragma once

// Storage of the reference platform: one SQLite file under --data DIR. Every write takes the
// store's mutex, so the sequence numbers that form the pull cursor become visible in order.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

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
    ~Store();
    bool open(const QString &dir, QString *error);
    QString addToken(const QString &clinic, const QStringList &areas); // returns the secret
    std::optional<Token> tokenFor(const QString &secret);

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
    std::vector<EntryResult> transaction(const Token &token, const std::vector<Write> &writes,
                                         int *failedIndex, const QString &client = {},
                                         qint64 since = -1, qint64 *jumpTo = nullptr);
    // Changes after `since`; `client` marks that workstation's own writes (Change::own).
    std::vector<Change> changes(const Token &token, qint64 since, int count, const QString &type,
                                qint64 *last, const QString &client = {});
    std::optional<Change> read(const Token &token, const QString &type, const QString &id);
    qint64 count(bool includeDeleted);
    bool ping(); // the database answers (GET /healthz)
    qint64 remainingAfter(qint64 seq);

private:
    EntryResult apply(const Token &token, const Write &w, const QString &client);
    qint64 sequence();
    bool nothingVisibleBetween(const Token &token, qint64 from, qint64 to, int limit);
    sqlite3_stmt *prepared(const char *sql); // cached for the life of the store
    sqlite3 *m_db = nullptr;
    std::vector<std::pair<const char *, sqlite3_stmt *>> m_stmts;
    std::mutex m_mutex;
    qint64 m_seq = 0; // the last sequence handed out in the open transaction
};

QString validate(const QString &type, const QString &id,
                 const QJsonObject &resource); // "" if valid
QString areaOf(const QJsonObject &resource);
// The text of each Bundle.entry[i].resource in a JSON body (an empty view where an entry has none);
// empty when the body is not an object with an entry array.
std::vector<QByteArrayView> entryResources(QByteArrayView body);

} // namespace Platform
