#pragma once

// Prepared sqlite3 statements kept for the length of one sync (the hot paths of pull and push run
// each statement thousands of times; Qt SQL prepares on every call). Same connection, same
// transaction as the Qt SQL handle it was taken from. Private to sync/.

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <sqlite3.h>

namespace Sync {

// One use of a cached statement; resets it (and clears its bindings) when it goes out of scope.
class SqlQuery
{
public:
    SqlQuery(sqlite3_stmt *s) : m_s(s) {}
    SqlQuery(SqlQuery &&o) noexcept : m_s(o.m_s) { o.m_s = nullptr; }
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;
    ~SqlQuery()
    {
        if (m_s) {
            sqlite3_reset(m_s);
            sqlite3_clear_bindings(m_s);
        }
    }
    bool valid() const { return m_s != nullptr; }
    SqlQuery &bind(int i, const QString &v)
    {
        if (v.isNull())
            return bind(i, QStringLiteral(""));
        const QByteArray b = v.toUtf8();
        sqlite3_bind_text(m_s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    SqlQuery &bindUtf8(int i, const QByteArray &b)
    {
        sqlite3_bind_text(m_s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    SqlQuery &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_s, i, v);
        return *this;
    }
    SqlQuery &bind(int i, int v) { return bind(i, qint64(v)); }
    SqlQuery &null(int i)
    {
        sqlite3_bind_null(m_s, i);
        return *this;
    }
    // JSON value as SQL value: null, integer (whole numbers), real, 0/1 (bool), text.
    SqlQuery &bind(int i, const QJsonValue &v)
    {
        if (v.isNull() || v.isUndefined())
            return null(i);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d == double(qint64(d)))
                return bind(i, qint64(d));
            sqlite3_bind_double(m_s, i, d);
            return *this;
        }
        if (v.isBool())
            return bind(i, qint64(v.toBool() ? 1 : 0));
        return bind(i, v.toString());
    }
    bool next()
    {
        m_rc = sqlite3_step(m_s);
        return m_rc == SQLITE_ROW;
    }
    bool run()
    {
        m_rc = sqlite3_step(m_s);
        return m_rc == SQLITE_DONE || m_rc == SQLITE_ROW;
    }
    QString text(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_s, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_s, i)) : QString();
    }
    QByteArray utf8(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_s, i));
        return p ? QByteArray(p, sqlite3_column_bytes(m_s, i)) : QByteArray();
    }
    qint64 i64(int i) const { return sqlite3_column_int64(m_s, i); }
    // Column as JSON: NULL -> null, INTEGER -> whole number, REAL -> number, else text.
    QJsonValue value(int i) const
    {
        switch (sqlite3_column_type(m_s, i)) {
        case SQLITE_NULL:
            return QJsonValue(QJsonValue::Null);
        case SQLITE_INTEGER:
            return QJsonValue(qint64(sqlite3_column_int64(m_s, i)));
        case SQLITE_FLOAT:
            return QJsonValue(sqlite3_column_double(m_s, i));
        default:
            return QJsonValue(text(i));
        }
    }

private:
    sqlite3_stmt *m_s = nullptr;
    int m_rc = 0;
};

class SqlCache
{
public:
    explicit SqlCache(sqlite3 *h = nullptr) : m_h(h) {}
    ~SqlCache() { clear(); }
    SqlCache(const SqlCache &) = delete;
    SqlCache &operator=(const SqlCache &) = delete;
    void setHandle(sqlite3 *h)
    {
        clear();
        m_h = h;
    }
    sqlite3 *handle() const { return m_h; }
    // The statement for `sql`, prepared once. An invalid query (prepare failed) runs as false.
    SqlQuery query(const QByteArray &sql)
    {
        auto it = m_stmts.find(sql);
        if (it == m_stmts.end()) {
            sqlite3_stmt *s = nullptr;
            if (sqlite3_prepare_v3(m_h, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                   &s, nullptr) != SQLITE_OK)
                s = nullptr;
            it = m_stmts.insert(sql, s);
        }
        return SqlQuery(*it);
    }
    SqlQuery query(const QString &sql) { return query(sql.toUtf8()); }
    SqlQuery query(const char *sql) { return query(QByteArray(sql)); }
    bool exec(const char *sql)
    {
        return sqlite3_exec(m_h, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_h)); }
    void clear()
    {
        for (sqlite3_stmt *s : std::as_const(m_stmts))
            sqlite3_finalize(s);
        m_stmts.clear();
    }

private:
    sqlite3 *m_h = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_stmts;
};

} // namespace Sync
