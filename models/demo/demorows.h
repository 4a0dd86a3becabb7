#pragma once
#include "demoids.h"
#include "sqlitestmt.h"

// Private to models/: row helpers of the bulk demo parts (contracts): a seeded generator, ids that
// rise in the order they are made, the shared prepared statement and a buffered multi-row INSERT.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <vector>

namespace Models::DemoRows {

class Rng
{
public:
    explicit Rng(quint64 seed) : m_gen(seed) {}
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_gen); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_gen) < p; }
    QString uuid() { return demoUuidString(m_gen); }

    quint64 next() { return m_gen(); }

private:
    std::mt19937_64 m_gen;
};

// Version-4-shaped UUIDs that increase in the order they are made (like UUIDv7's time prefix):
// the first 48 bits climb by a random step, the rest is random. Rows written in the order they
// are generated are then in key order, and every B-tree of the load grows at its end.
class RisingIds
{
public:
    explicit RisingIds(Rng &rng) : m_rng(rng), m_prefix(rng.next() & 0x3FFFFFFFFFFFULL) {}
    QString take()
    {
        m_prefix += (1ULL << 19) + (m_rng.next() & ((1ULL << 19) - 1));
        const quint64 r = m_rng.next(), r2 = m_rng.next();
        char buf[48];
        std::snprintf(buf, sizeof buf, "%08llx-%04llx-4%03llx-%04llx-%012llx",
                      (unsigned long long)(m_prefix >> 16), (unsigned long long)(m_prefix & 0xFFFF),
                      (unsigned long long)(r & 0xFFF),
                      (unsigned long long)(0x8000 | ((r >> 12) & 0x3FFF)),
                      (unsigned long long)(r2 & 0xFFFFFFFFFFFFULL));
        return QString::fromLatin1(buf, 36);
    }

private:
    Rng &m_rng;
    quint64 m_prefix;
};

// Prepared statement with UTF-8 binds; one per table, reused for every row.
using Stmt = SqliteStmt;

// Rows kept in memory (one byte string each: kind, length, bytes per column) and written at
// flush() with multi-row INSERTs of up to 64 rows in the order they were made: a statement per
// 64 rows instead of one per row, each with its statement journal and constraint bookkeeping.
class BufferedInsert
{
public:
    BufferedInsert(sqlite3 *h, QByteArray head, int columns)
        : m_h(h), m_head(std::move(head)), m_columns(columns)
    {
    }
    BufferedInsert &text(int i, const QString &s)
    {
        column(i, 't');
        const QByteArray b = s.toUtf8();
        const qint32 n = qint32(b.size());
        m_row.append(reinterpret_cast<const char *>(&n), sizeof n).append(b);
        return *this;
    }
    BufferedInsert &textOrNull(int i, const QString &s)
    {
        return s.isEmpty() ? null(i) : text(i, s);
    }
    BufferedInsert &null(int i)
    {
        column(i, 'n');
        return *this;
    }
    BufferedInsert &integer(int i, qint64 v)
    {
        column(i, 'i');
        m_row.append(reinterpret_cast<const char *>(&v), sizeof v);
        return *this;
    }
    // An ISO date (YYYY-MM-DD) without going through QString; null when invalid.
    BufferedInsert &date(int i, const QDate &d)
    {
        if (!d.isValid())
            return null(i);
        column(i, 't');
        const qint32 n = 10;
        int y, m, day;
        d.getDate(&y, &m, &day);
        const char text[10] = {char('0' + y / 1000 % 10),
                               char('0' + y / 100 % 10),
                               char('0' + y / 10 % 10),
                               char('0' + y % 10),
                               '-',
                               char('0' + m / 10),
                               char('0' + m % 10),
                               '-',
                               char('0' + day / 10),
                               char('0' + day % 10)};
        m_row.append(reinterpret_cast<const char *>(&n), sizeof n).append(text, 10);
        return *this;
    }
    bool run()
    {
        m_rows.emplace_back(m_row.constData(), m_row.size());
        m_row.resize(0); // keeps its capacity
        m_next = 1;
        return true;
    }
    bool flush()
    {
        for (size_t at = 0; at < m_rows.size(); at += Batch) {
            const int n = int(qMin<size_t>(Batch, m_rows.size() - at));
            SqliteStmt *stmt = statement(n);
            if (!stmt)
                return false;
            sqlite3_stmt *st = stmt->handle();
            int param = 1;
            for (int r = 0; r < n; ++r) {
                const QByteArray &row = m_rows[at + size_t(r)];
                const char *p = row.constData();
                const char *end = p + row.size();
                while (p < end) {
                    const char kind = *p++;
                    if (kind == 't') {
                        qint32 len;
                        memcpy(&len, p, sizeof len);
                        p += sizeof len;
                        sqlite3_bind_text(st, param++, p, len, SQLITE_STATIC);
                        p += len;
                    } else if (kind == 'i') {
                        qint64 v;
                        memcpy(&v, p, sizeof v);
                        p += sizeof v;
                        sqlite3_bind_int64(st, param++, v);
                    } else {
                        sqlite3_bind_null(st, param++);
                    }
                }
            }
            if (!stmt->run())
                return false;
        }
        m_rows.clear();
        return true;
    }
    Q_DISABLE_COPY_MOVE(BufferedInsert)

private:
    static constexpr int Batch = 64;
    // Columns must be given in order 1, 2, 3 ... (as every caller here does).
    void column(int i, char kind)
    {
        Q_ASSERT(i == m_next);
        ++m_next;
        m_row.append(kind);
    }
    SqliteStmt *statement(int rows)
    {
        std::unique_ptr<SqliteStmt> &st = rows == Batch ? m_stmts[0] : m_stmts[1];
        if (st && sqlite3_bind_parameter_count(st->handle()) == rows * m_columns)
            return st.get();
        st.reset();
        QByteArray one = "(?";
        for (int c = 1; c < m_columns; ++c)
            one += ",?";
        one += ')';
        QByteArray sql = m_head + " VALUES" + one;
        for (int r = 1; r < rows; ++r)
            sql += ',' + one;
        st = std::make_unique<SqliteStmt>(m_h, sql);
        return st->ok() ? st.get() : nullptr;
    }
    sqlite3 *m_h;
    QByteArray m_head;
    int m_columns;
    QByteArray m_row;
    int m_next = 1;
    std::vector<QByteArray> m_rows;
    std::unique_ptr<SqliteStmt> m_stmts[2];
};

} // namespace Models::DemoRows
