// The two bulk writers (bulkwriter.h).
#include "bulkwriter.h"

#include <QDir>
#include <QFile>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Loader {

namespace {

// The platform's feed lock (platformpgstore.cpp): sequence numbers are drawn only while it is
// held, so their order is the order of commits across every process on the database.
constexpr const char *FeedLock = "SELECT pg_advisory_xact_lock(7236281001)";

// COPY's text format: backslash, tab, newline and carriage return escaped.
void copyField(QByteArray &out, const QByteArray &v)
{
    for (const char c : v) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

class PgWriter final : public BulkWriter
{
public:
    ~PgWriter() override
    {
        if (m_conn)
            PQfinish(m_conn);
    }

    bool open(const QString &uri, QString *error)
    {
        m_conn = PQconnectdb(uri.toUtf8().constData());
        if (PQstatus(m_conn) != CONNECTION_OK) {
            *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            return false;
        }
        const qint64 rows = count();
        if (rows < 0) {
            *error = QStringLiteral("no platform schema in this database (run `jiayi-platform "
                                    "count --database URI` once to create it)");
            return false;
        }
        m_empty = rows == 0;
        return true;
    }

    qint64 count() override
    {
        PGresult *r = PQexec(m_conn, "SELECT count(*) FROM resource");
        const qint64 n = PQresultStatus(r) == PGRES_TUPLES_OK
                             ? QByteArray(PQgetvalue(r, 0, 0)).toLongLong()
                             : -1;
        PQclear(r);
        return n;
    }

    bool finish(QString *error) override
    {
        if (m_frozen) {
            // The whole load commits at once; its pages are already all-visible and frozen.
            // ANALYZE gives the planner its figures and leaves the free space map empty.
            m_frozen = false;
            if (ok(PQexec(m_conn, "COMMIT"), PGRES_COMMAND_OK) &&
                ok(PQexec(m_conn, "ANALYZE resource"), PGRES_COMMAND_OK))
                return true;
            *error = m_error;
            return false;
        }
        // VACUUM marks the loaded pages all-visible, so the change feed's page is found in its
        // index alone from the start (migration 0002); autovacuum would do it later.
        if (ok(PQexec(m_conn, "VACUUM (ANALYZE) resource"), PGRES_COMMAND_OK))
            return true;
        *error = m_error;
        return false;
    }

    // Into an empty store, the whole load is one transaction that empties the table first
    // (TRUNCATE, under the feed lock and an exclusive lock, after counting again), so each COPY
    // may write its rows frozen and their pages all-visible (COPY ... FREEZE). A VACUUM after
    // the load would record every page's last few hundred free bytes in the free space map, and
    // the platform's first inserts would then each read and rewrite one of those pages scattered
    // over the whole table, one disk read and one full-page image per row (docs/decisions.md,
    // "A county's first pushes after a bulk load").
    bool beginFrozen()
    {
        if (!ok(PQexec(m_conn, "BEGIN"), PGRES_COMMAND_OK) ||
            !ok(PQexec(m_conn, FeedLock), PGRES_TUPLES_OK) ||
            !ok(PQexec(m_conn, "LOCK TABLE resource IN ACCESS EXCLUSIVE MODE"), PGRES_COMMAND_OK)) {
            PQclear(PQexec(m_conn, "ROLLBACK"));
            return false;
        }
        if (count() != 0) { // another writer came first: chunk by chunk, as into any store
            PQclear(PQexec(m_conn, "ROLLBACK"));
            m_empty = false;
            return true;
        }
        if (!ok(PQexec(m_conn, "TRUNCATE resource"), PGRES_COMMAND_OK)) {
            PQclear(PQexec(m_conn, "ROLLBACK"));
            return false;
        }
        m_frozen = true;
        return true;
    }

    bool write(const Chunk &chunk, QString *error) override
    {
        if (chunk.empty())
            return true;
        const auto fail = [&](const QString &why) {
            *error = why;
            m_frozen = false; // an empty store's load rolls back whole
            PGresult *r = PQexec(m_conn, "ROLLBACK");
            PQclear(r);
            return false;
        };
        if (m_empty && !m_frozen && !beginFrozen()) {
            *error = lastError();
            return false;
        }
        if (!m_frozen && (!ok(PQexec(m_conn, "BEGIN"), PGRES_COMMAND_OK) ||
                          !ok(PQexec(m_conn, FeedLock), PGRES_TUPLES_OK)))
            return fail(lastError());
        // A block of sequence numbers for the chunk, as nextval would hand them out one by one.
        PGresult *first = PQexec(m_conn, "SELECT nextval('resource_feed_seq')");
        if (PQresultStatus(first) != PGRES_TUPLES_OK) {
            PQclear(first);
            return fail(lastError());
        }
        const qint64 seq0 = QByteArray(PQgetvalue(first, 0, 0)).toLongLong();
        PQclear(first);
        const QByteArray setval = "SELECT setval('resource_feed_seq', " +
                                  QByteArray::number(seq0 + qint64(chunk.size()) - 1) + ")";
        if (!ok(PQexec(m_conn, setval.constData()), PGRES_TUPLES_OK) ||
            !ok(PQexec(m_conn, m_frozen ? "COPY resource(type, id, version, seq, area, deleted, "
                                          "last_modified, json) FROM STDIN (FREEZE)"
                                        : "COPY resource(type, id, version, seq, area, deleted, "
                                          "last_modified, json) FROM STDIN"),
                PGRES_COPY_IN))
            return fail(lastError());
        QByteArray buf;
        buf.reserve(1 << 21);
        qint64 seq = seq0;
        for (const StoredResource &s : chunk) {
            buf += s.type;
            buf += '\t';
            buf += s.id;
            buf += '\t';
            buf += QByteArray::number(s.version);
            buf += '\t';
            buf += QByteArray::number(seq++);
            buf += '\t';
            buf += s.area;
            buf += "\tf\t";
            buf += s.lastModified;
            buf += '\t';
            copyField(buf, s.json);
            buf += '\n';
            if (buf.size() > (1 << 20)) {
                if (PQputCopyData(m_conn, buf.constData(), int(buf.size())) != 1)
                    return fail(lastError());
                buf.clear();
            }
        }
        if ((!buf.isEmpty() && PQputCopyData(m_conn, buf.constData(), int(buf.size())) != 1) ||
            PQputCopyEnd(m_conn, nullptr) != 1)
            return fail(lastError());
        if (!ok(PQgetResult(m_conn), PGRES_COMMAND_OK)) {
            while (PGresult *r = PQgetResult(m_conn))
                PQclear(r);
            return fail(m_error);
        }
        while (PGresult *r = PQgetResult(m_conn))
            PQclear(r);
        if (!m_frozen && !ok(PQexec(m_conn, "COMMIT"), PGRES_COMMAND_OK))
            return fail(lastError());
        return true;
    }

private:
    bool ok(PGresult *r, ExecStatusType want)
    {
        const bool good = PQresultStatus(r) == want;
        if (!good)
            m_error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        return good;
    }
    QString lastError() const
    {
        return m_error.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : m_error;
    }

    PGconn *m_conn = nullptr;
    QString m_error;
    bool m_empty = false;  // the store had no resource when the loader opened it
    bool m_frozen = false; // inside the load's one transaction (beginFrozen)
};

class SqliteWriter final : public BulkWriter
{
public:
    ~SqliteWriter() override
    {
        sqlite3_finalize(m_insert);
        if (m_db)
            sqlite3_close(m_db);
    }

    bool open(const QString &dir, QString *error)
    {
        const QString path = QDir(dir).filePath(QStringLiteral("platform.sqlite"));
        if (!QFile::exists(path)) {
            *error = QStringLiteral("no platform store under %1 (run `jiayi-platform count --data "
                                    "DIR` once to create it)")
                         .arg(dir);
            return false;
        }
        if (sqlite3_open(QFile::encodeName(path).constData(), &m_db) != SQLITE_OK)
            return fail(error);
        sqlite3_busy_timeout(m_db, 60000);
        sqlite3_exec(m_db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     " PRAGMA cache_size=-262144",
                     nullptr, nullptr, nullptr);
        if (sqlite3_prepare_v3(m_db,
                               "INSERT INTO resource(type, id, version, seq, area, deleted,"
                               " last_modified, json) VALUES(?,?,?,?,?,0,?,?)",
                               -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
            return fail(error);
        return true;
    }

    qint64 count() override
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT count(*) FROM resource", -1, &s, nullptr);
        const qint64 n = s && sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
        sqlite3_finalize(s);
        return n;
    }

    bool finish(QString *) override { return true; }

    bool write(const Chunk &chunk, QString *error) override
    {
        if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(error);
        const auto rollback = [&] {
            fail(error);
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            return false;
        };
        qint64 seq = 0;
        {
            sqlite3_stmt *s = nullptr;
            sqlite3_prepare_v2(m_db, "SELECT value FROM counter WHERE name = 'seq'", -1, &s,
                               nullptr);
            if (s && sqlite3_step(s) == SQLITE_ROW)
                seq = sqlite3_column_int64(s, 0);
            sqlite3_finalize(s);
        }
        for (const StoredResource &r : chunk) {
            sqlite3_bind_text(m_insert, 1, r.type.constData(), int(r.type.size()), SQLITE_STATIC);
            sqlite3_bind_text(m_insert, 2, r.id.constData(), int(r.id.size()), SQLITE_STATIC);
            sqlite3_bind_int64(m_insert, 3, r.version);
            sqlite3_bind_int64(m_insert, 4, ++seq);
            sqlite3_bind_text(m_insert, 5, r.area.constData(), int(r.area.size()), SQLITE_STATIC);
            sqlite3_bind_text(m_insert, 6, r.lastModified.constData(), int(r.lastModified.size()),
                              SQLITE_STATIC);
            sqlite3_bind_text(m_insert, 7, r.json.constData(), int(r.json.size()), SQLITE_STATIC);
            const int rc = sqlite3_step(m_insert);
            sqlite3_reset(m_insert);
            if (rc != SQLITE_DONE)
                return rollback();
        }
        sqlite3_stmt *c = nullptr;
        sqlite3_prepare_v2(m_db, "UPDATE counter SET value = ? WHERE name = 'seq'", -1, &c,
                           nullptr);
        sqlite3_bind_int64(c, 1, seq);
        const bool moved = c && sqlite3_step(c) == SQLITE_DONE;
        sqlite3_finalize(c);
        if (!moved || sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return rollback();
        return true;
    }

private:
    bool fail(QString *error)
    {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace

std::unique_ptr<BulkWriter> BulkWriter::open(const QString &dataDir, const QString &database,
                                             QString *error)
{
    if (!database.isEmpty()) {
        auto pg = std::make_unique<PgWriter>();
        if (!pg->open(database, error))
            return nullptr;
        return pg;
    }
    auto lite = std::make_unique<SqliteWriter>();
    if (!lite->open(dataDir, error))
        return nullptr;
    return lite;
}

} // namespace Loader
