#pragma once

// Prepared sqlite3 statements kept for the length of one sync (the hot paths of pull and push run
// each statement thousands of times; Qt SQL prepares on every call). Same connection, same
// transaction as the Qt SQL handle it was taken from. Private to sync/. The statements are the
// project's one wrapper, Models::SqliteStmt; this file only caches them and adds JSON binds.

#include "sqlitestmt.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <unordered_map>

namespace Sync {

// One use of a cached statement; resets it (and clears its bindings) when it goes out of scope.
class SqlQuery
{
public:
    SqlQuery(Models::SqliteStmt *s) : m_s(s && s->ok() ? s : nullptr) {}
    SqlQuery(SqlQuery &&o) noexcept : m_s(o.m_s) { o.m_s = nullptr; }
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;
    ~SqlQuery()
    {
        if (m_s)
            m_s->reset();
    }
    bool valid() const { return m_s != nullptr; }
    SqlQuery &bind(int i, const QString &v)
    {
        if (m_s)
            m_s->text(i, v); // a null QString binds as empty text
        return *this;
    }
    SqlQuery &bindUtf8(int i, const QByteArray &b)
    {
        if (m_s)
            m_s->utf8(i, b);
        return *this;
    }
    SqlQuery &bind(int i, qint64 v)
    {
        if (m_s)
            m_s->integer(i, v);
        return *this;
    }
    SqlQuery &bind(int i, int v) { return bind(i, qint64(v)); }
    SqlQuery &null(int i)
    {
        if (m_s)
            m_s->null(i);
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
            if (m_s)
                m_s->real(i, d);
            return *this;
        }
        if (v.isBool())
            return bind(i, qint64(v.toBool() ? 1 : 0));
        return bind(i, v.toString());
    }
    bool next() { return m_s && m_s->stepCode() == SQLITE_ROW; }
    bool run()
    {
        if (!m_s)
            return false;
        const int rc = m_s->stepCode();
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    QString text(int i) const { return m_s ? m_s->columnText(i) : QString(); }
    QByteArray utf8(int i) const { return m_s ? m_s->columnUtf8(i) : QByteArray(); }
    qint64 i64(int i) const { return m_s ? m_s->columnInt(i) : 0; }
    // Column as JSON: NULL -> null, INTEGER -> whole number, REAL -> number, else text.
    QJsonValue value(int i) const
    {
        switch (m_s ? m_s->columnType(i) : SQLITE_NULL) {
        case SQLITE_NULL:
            return QJsonValue(QJsonValue::Null);
        case SQLITE_INTEGER:
            return QJsonValue(m_s->columnInt(i));
        case SQLITE_FLOAT:
            return QJsonValue(m_s->columnReal(i));
        default:
            return QJsonValue(text(i));
        }
    }

private:
    Models::SqliteStmt *m_s = nullptr;
};

class SqlCache
{
public:
    explicit SqlCache(sqlite3 *h = nullptr) : m_h(h) {}
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
        if (it == m_stmts.end())
            it = m_stmts
                     .emplace(sql, std::make_unique<Models::SqliteStmt>(
                                       m_h, sql, unsigned(SQLITE_PREPARE_PERSISTENT)))
                     .first;
        return SqlQuery(it->second.get());
    }
    SqlQuery query(const QString &sql) { return query(sql.toUtf8()); }
    SqlQuery query(const char *sql) { return query(QByteArray(sql)); }
    bool exec(const char *sql) { return Models::sqliteExec(m_h, sql); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_h)); }
    void clear() { m_stmts.clear(); }

private:
    struct Hash
    {
        size_t operator()(const QByteArray &b) const { return qHash(b); }
    };
    sqlite3 *m_h = nullptr;
    std::unordered_map<QByteArray, std::unique_ptr<Models::SqliteStmt>, Hash> m_stmts;
};

} // namespace Sync
