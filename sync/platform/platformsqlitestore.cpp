// The SQLite store (schema and SQL of the township platform).
#include "platformsqlitestore.h"

#include <QDir>
#include <QJsonDocument>

#include <sqlite3.h>

namespace Platform {

namespace {
struct Stmt
{
    sqlite3_stmt *s = nullptr;
    bool owned = true;
    Stmt(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &s, nullptr); }
    explicit Stmt(sqlite3_stmt *cached) : s(cached), owned(false) {}
    ~Stmt()
    {
        if (owned) {
            sqlite3_finalize(s);
        } else {
            sqlite3_reset(s);
            sqlite3_clear_bindings(s);
        }
    }
    Stmt &bind(int i, const QString &v)
    {
        const QByteArray b = v.toUtf8();
        sqlite3_bind_text(s, i, b.constData(), b.size(), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt &bind(int i, const QByteArray &v)
    {
        sqlite3_bind_text(s, i, v.constData(), v.size(), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(s, i, v);
        return *this;
    }
    bool step() { return sqlite3_step(s) == SQLITE_ROW; }
    void reset() { sqlite3_reset(s); }
    int run() { return sqlite3_step(s); }
    QString text(int i) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                                 sqlite3_column_bytes(s, i));
    }
    QByteArray bytes(int i) const
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                          sqlite3_column_bytes(s, i));
    }
    qint64 i64(int i) const { return sqlite3_column_int64(s, i); }
};

void exec(sqlite3 *db, const char *sql)
{
    sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

} // namespace

sqlite3_stmt *SqliteStore::prepared(const char *sql)
{
    for (const auto &[text, st] : m_stmts)
        if (text == sql)
            return st;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr);
    m_stmts.emplace_back(sql, st);
    return st;
}

SqliteStore::~SqliteStore()
{
    for (const auto &[text, st] : m_stmts)
        sqlite3_finalize(st);
    if (m_db)
        sqlite3_close(m_db);
}

bool SqliteStore::open(const QString &dir, QString *error)
{
    QDir().mkpath(dir);
    const QByteArray path = QDir(dir).filePath(QStringLiteral("platform.sqlite")).toUtf8();
    if (sqlite3_open(path.constData(), &m_db) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    sqlite3_busy_timeout(m_db, 10000);
    // Schema 2: `resource` is a rowid table (inserts append; session 1's WITHOUT ROWID table kept
    // whole JSON documents in a B-tree ordered by random UUIDs, so every insert moved rows around)
    // with the JSON last; (type, id) and seq are unique indexes. A data dir of schema 1 is
    // converted once, in one transaction, when the platform opens it.
    exec(m_db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;"
               "CREATE TABLE IF NOT EXISTS counter(name TEXT PRIMARY KEY, value INTEGER NOT NULL);"
               "INSERT OR IGNORE INTO counter VALUES('seq', 0);"
               "CREATE TABLE IF NOT EXISTS token(hash TEXT PRIMARY KEY, clinic TEXT NOT NULL,"
               " areas TEXT NOT NULL, created_at TEXT NOT NULL);");
    const char *v2 =
        "CREATE TABLE %s(type TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,"
        " seq INTEGER NOT NULL, area TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
        " last_modified TEXT NOT NULL, writer TEXT, json TEXT NOT NULL)";
    QByteArray existing;
    {
        Stmt t(m_db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'resource'");
        if (t.step())
            existing = t.bytes(0);
    }
    if (existing.isEmpty()) {
        exec(m_db, "BEGIN IMMEDIATE");
        exec(m_db, QByteArray(v2).replace("%s", "resource").constData());
        exec(m_db, "CREATE UNIQUE INDEX resource_key ON resource(type, id);"
                   "CREATE UNIQUE INDEX resource_seq ON resource(seq); COMMIT");
    } else if (existing.contains("WITHOUT ROWID")) {
        // Which workstation wrote the current version (schema 1 data dirs from before it existed).
        sqlite3_exec(m_db, "ALTER TABLE resource ADD COLUMN writer TEXT", nullptr, nullptr,
                     nullptr);
        exec(m_db, "BEGIN IMMEDIATE");
        exec(m_db, QByteArray(v2).replace("%s", "resource_v2").constData());
        const bool ok =
            sqlite3_exec(m_db,
                         "INSERT INTO resource_v2(type, id, version, seq, area, deleted, "
                         "last_modified, writer, json)"
                         " SELECT type, id, version, seq, area, deleted, last_modified, writer, "
                         "json FROM resource ORDER BY seq;"
                         "DROP TABLE resource; ALTER TABLE resource_v2 RENAME TO resource;"
                         "CREATE UNIQUE INDEX resource_key ON resource(type, id);"
                         "CREATE UNIQUE INDEX resource_seq ON resource(seq);",
                         nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!ok || sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            exec(m_db, "ROLLBACK");
            return false;
        }
    }
    return true;
}

QString SqliteStore::addToken(const QString &clinic, const QStringList &areas)
{
    std::lock_guard lock(m_mutex);
    const QString secret = newTokenSecret();
    Stmt s(m_db, "INSERT INTO token(hash, clinic, areas, created_at) VALUES(?,?,?,?)");
    s.bind(1, tokenHash(secret))
        .bind(2, clinic)
        .bind(3, areas.join(QLatin1Char(',')))
        .bind(4, nowIso())
        .run();
    return secret;
}

std::optional<Token> SqliteStore::tokenFor(const QString &secret)
{
    std::lock_guard lock(m_mutex);
    Stmt s(m_db, "SELECT clinic, areas FROM token WHERE hash = ?");
    s.bind(1, tokenHash(secret));
    if (!s.step())
        return std::nullopt;
    return Token{s.text(0), s.text(1).split(QLatin1Char(','), Qt::SkipEmptyParts)};
}

EntryResult SqliteStore::apply(const Token &token, const Write &w, const QString &client)
{
    Current cur;
    {
        Stmt s(prepared("SELECT version, deleted, json, area, last_modified FROM resource WHERE "
                        "type = ? AND id = ?"));
        s.bind(1, w.type).bind(2, w.id);
        if (s.step())
            cur = Current{true, s.i64(0), s.i64(1) != 0, s.bytes(2), s.text(3), s.text(4)};
    }
    Planned p;
    if (auto answer = planWrite(token, w, cur, nowIso(), &p))
        return *answer;
    const qint64 seq = ++m_seq; // written back to `counter` once per transaction
    Stmt up(prepared(
        "INSERT INTO resource(type, id, version, seq, area, deleted, last_modified, json, writer)"
        " VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(type, id) DO UPDATE SET version=excluded.version,"
        " seq=excluded.seq, area=excluded.area, deleted=excluded.deleted,"
        " last_modified=excluded.last_modified, json=excluded.json, writer=excluded.writer"));
    up.bind(1, w.type)
        .bind(2, w.id)
        .bind(3, p.version)
        .bind(4, seq)
        .bind(5, p.area)
        .bind(6, qint64(p.deleted ? 1 : 0))
        .bind(7, p.lastModified)
        .bind(8, p.json)
        .bind(9, client);
    if (up.run() != SQLITE_DONE)
        return EntryResult{500, {}, {}, QString::fromUtf8(sqlite3_errmsg(m_db))};
    return EntryResult{p.created ? 201 : 200, QString::number(p.version), p.lastModified, {}};
}

qint64 SqliteStore::sequence()
{
    Stmt s(prepared("SELECT value FROM counter WHERE name = 'seq'"));
    return s.step() ? s.i64(0) : 0;
}

// True when no resource this token may see has a sequence in (from, to): a client whose cursor
// is `from` has seen everything before `to`. Gives up (false) after `limit` rows of other areas.
bool SqliteStore::nothingVisibleBetween(const Token &token, qint64 from, qint64 to, int limit)
{
    Stmt s(prepared("SELECT area FROM resource WHERE seq > ? AND seq < ? ORDER BY seq"));
    s.bind(1, from).bind(2, to);
    for (int n = 0; s.step(); ++n)
        if (n >= limit || token.allows(s.text(0)))
            return false;
    return true;
}

std::vector<EntryResult> SqliteStore::transaction(const Token &token,
                                                  const std::vector<Write> &writes,
                                                  int *failedIndex, const QString &client,
                                                  qint64 since, qint64 *jumpTo)
{
    std::lock_guard lock(m_mutex);
    *failedIndex = -1;
    if (jumpTo)
        *jumpTo = -1;
    exec(m_db, "BEGIN IMMEDIATE");
    m_seq = sequence();
    const qint64 before = m_seq;
    std::vector<EntryResult> out;
    for (size_t i = 0; i < writes.size(); ++i) {
        EntryResult r = apply(token, writes[i], client);
        out.push_back(r);
        if (r.status >= 400) {
            *failedIndex = int(i);
            exec(m_db, "ROLLBACK");
            return out;
        }
    }
    bool ok = true;
    if (m_seq != before) {
        Stmt c(prepared("UPDATE counter SET value = ? WHERE name = 'seq'"));
        c.bind(1, m_seq);
        ok = c.run() == SQLITE_DONE;
    }
    // The writes of this transaction hold the sequences (before, m_seq]; they are the client's.
    qint64 jump = -1;
    if (jumpTo && since >= 0 && since <= before &&
        nothingVisibleBetween(token, since, before + 1, 10000))
        jump = m_seq;
    if (!ok || sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        exec(m_db, "ROLLBACK");
        *failedIndex = 0;
        out.assign(1, EntryResult{500, {}, {}, QStringLiteral("commit failed")});
        return out;
    }
    if (jumpTo)
        *jumpTo = jump;
    return out;
}

std::vector<Change> SqliteStore::changes(const Token &token, qint64 since, int count,
                                         const QString &type, qint64 *last, const QString &client)
{
    std::lock_guard lock(m_mutex);
    std::vector<Change> out;
    out.reserve(size_t(qMax(0, count)));
    *last = since;
    Stmt s(prepared("SELECT seq, type, id, version, deleted, last_modified, area, writer = ?2, "
                    "json FROM resource"
                    " WHERE seq > ?1 ORDER BY seq"));
    s.bind(1, since).bind(2, client.isEmpty() ? QStringLiteral("-") : client);
    while (int(out.size()) < count && s.step()) {
        *last = s.i64(0); // the cursor moves past records outside the scope too
        if (!token.allows(s.text(6)) || (!type.isEmpty() && s.text(1) != type))
            continue;
        const bool own = s.i64(7) != 0;
        out.push_back(Change{s.i64(0), s.text(1), s.text(2), QString::number(s.i64(3)), s.text(5),
                             s.i64(4) != 0, own ? QByteArray() : s.bytes(8), own});
    }
    return out;
}

std::optional<Change> SqliteStore::read(const Token &token, const QString &type, const QString &id)
{
    std::lock_guard lock(m_mutex);
    Stmt s(m_db, "SELECT seq, version, deleted, last_modified, json, area FROM resource WHERE type "
                 "= ? AND id = ?");
    s.bind(1, type).bind(2, id);
    if (!s.step() || !token.allows(s.text(5)))
        return std::nullopt;
    return Change{s.i64(0),  type,          id,        QString::number(s.i64(1)),
                  s.text(3), s.i64(2) != 0, s.bytes(4)};
}

std::vector<QByteArray> SqliteStore::current(const Token &token, const QString &type)
{
    // Only the text is copied under the store's lock (every write waits for it); the caller
    // parses it afterwards.
    std::lock_guard lock(m_mutex);
    std::vector<QByteArray> out;
    Stmt s(m_db, "SELECT area, json FROM resource WHERE type = ? AND deleted = 0");
    s.bind(1, type);
    while (s.step())
        if (token.allows(s.text(0)))
            out.push_back(s.bytes(1));
    return out;
}

qint64 SqliteStore::remainingAfter(qint64 seq)
{
    // Sequence numbers drawn after `seq` (the counter), not a count of rows: see PgStore.
    std::lock_guard lock(m_mutex);
    return qMax<qint64>(0, sequence() - seq);
}

bool SqliteStore::ping()
{
    std::lock_guard lock(m_mutex);
    Stmt s(m_db, "SELECT value FROM counter WHERE name = 'seq'");
    return s.step();
}

qint64 SqliteStore::count(bool includeDeleted)
{
    std::lock_guard lock(m_mutex);
    Stmt s(m_db, includeDeleted ? "SELECT count(*) FROM resource"
                                : "SELECT count(*) FROM resource WHERE deleted = 0");
    return s.step() ? s.i64(0) : -1;
}

} // namespace Platform
