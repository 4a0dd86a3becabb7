#pragma once

// Private to models/: a prepared sqlite3 statement for the bulk paths (import, duplicate scan,
// merge), where Qt SQL's per-call overhead would dominate.

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace Models {

class SqliteStmt
{
public:
    SqliteStmt(sqlite3 *h, const char *sql) : m_h(h)
    {
        m_ok = sqlite3_prepare_v2(h, sql, -1, &m_st, nullptr) == SQLITE_OK;
    }
    ~SqliteStmt() { sqlite3_finalize(m_st); }
    bool ok() const { return m_ok; }
    sqlite3_stmt *handle() const { return m_st; }
    SqliteStmt &text(int i, const QString &s)
    {
        const QByteArray b = s.toUtf8();
        sqlite3_bind_text(m_st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    SqliteStmt &text(int i, const QByteArray &b) { return utf8(i, b); }
    SqliteStmt &utf8(int i, const QByteArray &b)
    {
        sqlite3_bind_text(m_st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    SqliteStmt &textOrNull(int i, const QString &s)
    {
        if (s.isEmpty())
            sqlite3_bind_null(m_st, i);
        else
            text(i, s);
        return *this;
    }
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
    // Runs a statement that returns no rows.
    bool run()
    {
        const int rc = sqlite3_step(m_st);
        sqlite3_reset(m_st);
        return rc == SQLITE_DONE;
    }
    // Row stepping for queries: call step() until false, then reset().
    bool step() { return sqlite3_step(m_st) == SQLITE_ROW; }
    void reset()
    {
        sqlite3_reset(m_st);
        sqlite3_clear_bindings(m_st);
    }
    QString columnText(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_st, i)) : QString();
    }
    qint64 columnInt(int i) const { return sqlite3_column_int64(m_st, i); }
    double columnReal(int i) const { return sqlite3_column_double(m_st, i); }
    bool columnIsNull(int i) const { return sqlite3_column_type(m_st, i) == SQLITE_NULL; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_h)); }
    SqliteStmt(const SqliteStmt &) = delete;
    SqliteStmt &operator=(const SqliteStmt &) = delete;

private:
    sqlite3 *m_h = nullptr;
    sqlite3_stmt *m_st = nullptr;
    bool m_ok = false;
};

inline bool sqliteExec(sqlite3 *h, const char *sql)
{
    return sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace Models
