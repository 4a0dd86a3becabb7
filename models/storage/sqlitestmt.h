#pragma once

// Private to models/ and sync/: the one prepared sqlite3 statement of the project, for the bulk and
// hot paths (import, search, worklists, demo data, the sync caches), where Qt SQL's per-call
// overhead would dominate. Every raw statement goes through it, so finalize, bind and column
// conversions are written once.

#include <QByteArray>
#include <QDate>
#include <QString>

#include <sqlite3.h>

namespace Models {

class SqliteStmt
{
public:
    // flags: sqlite3_prepare_v3 flags, e.g. SQLITE_PREPARE_PERSISTENT for a cached statement.
    SqliteStmt(sqlite3 *h, const char *sql, unsigned flags = 0) : m_h(h)
    {
        prepare(sql, -1, flags);
    }
    SqliteStmt(sqlite3 *h, const QByteArray &sql, unsigned flags = 0) : m_h(h)
    {
        prepare(sql.constData(), int(sql.size()), flags);
    }
    SqliteStmt(sqlite3 *h, const QString &sql, unsigned flags = 0)
        : SqliteStmt(h, sql.toUtf8(), flags)
    {
    }
    ~SqliteStmt() { sqlite3_finalize(m_st); }
    bool ok() const { return m_ok; }
    sqlite3_stmt *handle() const { return m_st; }

    // Binds (1-based). A null QString binds as empty text; textOrNull binds NULL instead.
    SqliteStmt &text(int i, const QString &s) { return utf8(i, s.toUtf8()); }
    SqliteStmt &text(int i, const QByteArray &b) { return utf8(i, b); }
    SqliteStmt &utf8(int i, const QByteArray &b)
    {
        sqlite3_bind_text(m_st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    SqliteStmt &textOrNull(int i, const QString &s) { return s.isEmpty() ? null(i) : text(i, s); }
    SqliteStmt &integer(int i, qint64 v)
    {
        sqlite3_bind_int64(m_st, i, v);
        return *this;
    }
    SqliteStmt &real(int i, double v)
    {
        sqlite3_bind_double(m_st, i, v);
        return *this;
    }
    SqliteStmt &null(int i)
    {
        sqlite3_bind_null(m_st, i);
        return *this;
    }

    // Runs a statement that returns no rows, then resets it for the next run.
    bool run()
    {
        const int rc = sqlite3_step(m_st);
        sqlite3_reset(m_st);
        return rc == SQLITE_DONE;
    }
    // Row stepping for queries: call step() until false, then reset().
    bool step() { return sqlite3_step(m_st) == SQLITE_ROW; }
    // One step, returning sqlite3's result code (SQLITE_ROW, SQLITE_DONE or an error).
    int stepCode() { return sqlite3_step(m_st); }
    // Back to the start; bindings are cleared as well, so every run binds all its values.
    void reset()
    {
        sqlite3_reset(m_st);
        sqlite3_clear_bindings(m_st);
    }

    // Columns (0-based).
    QString columnText(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_st, i)) : QString();
    }
    QByteArray columnUtf8(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, i));
        return p ? QByteArray(p, sqlite3_column_bytes(m_st, i)) : QByteArray();
    }
    // A YYYY-MM-DD column without a QString on the way (bulk reads); invalid otherwise.
    QDate columnDate(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, i));
        if (!p || sqlite3_column_bytes(m_st, i) != 10 || p[4] != '-' || p[7] != '-')
            return {};
        auto num = [p](int from, int n) {
            int v = 0;
            for (int k = from; k < from + n; ++k)
                v = v * 10 + (p[k] - '0');
            return v;
        };
        return QDate(num(0, 4), num(5, 2), num(8, 2));
    }
    qint64 columnInt(int i) const { return sqlite3_column_int64(m_st, i); }
    double columnReal(int i) const { return sqlite3_column_double(m_st, i); }
    int columnType(int i) const { return sqlite3_column_type(m_st, i); }
    bool columnIsNull(int i) const { return columnType(i) == SQLITE_NULL; }

    // The connection's last error: right after a failed prepare, run or step, that one's text.
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_h)); }
    SqliteStmt(const SqliteStmt &) = delete;
    SqliteStmt &operator=(const SqliteStmt &) = delete;

private:
    void prepare(const char *sql, int bytes, unsigned flags)
    {
        m_ok = sqlite3_prepare_v3(m_h, sql, bytes, flags, &m_st, nullptr) == SQLITE_OK;
        if (!m_ok) {
            sqlite3_finalize(m_st);
            m_st = nullptr;
        }
    }

    sqlite3 *m_h = nullptr;
    sqlite3_stmt *m_st = nullptr;
    bool m_ok = false;
};

inline bool sqliteExec(sqlite3 *h, const char *sql)
{
    return sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// A read transaction for as long as it lives, so that a computation's statements see one state
// of the database (and SQLite takes its shared lock once, not per statement); nothing when the
// connection is already in a transaction, which then stays the caller's. Temporary tables may be
// written inside it.
class SqliteReadTransaction
{
public:
    explicit SqliteReadTransaction(sqlite3 *h)
        : m_h(h), m_own(h && sqlite3_get_autocommit(h) && sqliteExec(h, "BEGIN"))
    {
    }
    ~SqliteReadTransaction()
    {
        if (m_own)
            sqliteExec(m_h, "COMMIT");
    }
    SqliteReadTransaction(const SqliteReadTransaction &) = delete;
    SqliteReadTransaction &operator=(const SqliteReadTransaction &) = delete;

private:
    sqlite3 *m_h;
    bool m_own;
};

} // namespace Models
