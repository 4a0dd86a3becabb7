#pragma once

// libpq plumbing for the PostgreSQL store: a pool of connections shared by the HTTP worker
// threads (one connection per request at a time), statements prepared on every connection, and
// results that free themselves.

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_result;

namespace Platform {

class PgResult
{
public:
    explicit PgResult(pg_result *r = nullptr) : m_r(r) {}
    PgResult(PgResult &&o) noexcept : m_r(std::exchange(o.m_r, nullptr)) {}
    PgResult &operator=(PgResult &&o) noexcept;
    ~PgResult();
    bool ok() const;          // a command or query that succeeded
    QByteArray state() const; // SQLSTATE ("40P01", ...) when it failed
    QString error() const;    // the server's primary message
    int rows() const;
    bool isNull(int row, int col) const;
    QByteArray bytes(int row, int col) const;
    QString text(int row, int col) const { return QString::fromUtf8(bytes(row, col)); }
    qint64 i64(int row, int col) const { return bytes(row, col).toLongLong(); }
    bool boolean(int row, int col) const { return bytes(row, col) == "t"; }

private:
    pg_result *m_r;
};

// Parameters in text format (what libpq sends when no binary format is asked for).
class PgParams
{
public:
    PgParams &operator<<(const QString &v) { return add(v.toUtf8()); }
    PgParams &operator<<(const QByteArray &v) { return add(v); }
    PgParams &operator<<(qint64 v) { return add(QByteArray::number(v)); }
    PgParams &operator<<(int v) { return add(QByteArray::number(v)); }
    PgParams &operator<<(bool v) { return add(v ? QByteArray("t") : QByteArray("f")); }
    PgParams &add(QByteArray v)
    {
        m_values.push_back(std::move(v));
        return *this;
    }
    int size() const { return int(m_values.size()); }
    const char *at(int i) const { return m_values[size_t(i)].constData(); }

private:
    std::vector<QByteArray> m_values;
};

// A PostgreSQL text array literal ({"a","b"}) for a $n::text[] parameter.
QByteArray pgTextArray(const QStringList &values);

// An array literal built element by element (text quoted and escaped; numbers and booleans bare),
// for the one-statement writes of a whole Bundle.
class PgArray
{
public:
    PgArray &text(QByteArrayView v);
    PgArray &text(const QString &v) { return text(QByteArrayView(v.toUtf8())); }
    PgArray &number(qint64 v) { return bare(QByteArray::number(v)); }
    PgArray &boolean(bool v) { return bare(v ? "t" : "f"); }
    QByteArray done() const { return m_text + '}'; }

private:
    PgArray &bare(QByteArrayView v);
    QByteArray m_text = "{";
};

class PgPool
{
public:
    // `statements`: name and SQL of each statement prepared on every connection.
    PgPool(QByteArray uri, std::vector<std::pair<QByteArray, QByteArray>> statements,
           int maxConnections);
    ~PgPool();
    PgPool(const PgPool &) = delete;
    PgPool &operator=(const PgPool &) = delete;

    // One connection, held for the life of the lease (a transaction runs on one connection).
    class Lease
    {
    public:
        explicit Lease(PgPool &pool);
        ~Lease();
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        bool ok() const { return m_conn != nullptr; }
        QString error() const { return m_error; }
        PgResult exec(const char *sql);                         // no parameters
        PgResult run(const char *statement, const PgParams &p); // a prepared statement

    private:
        PgPool &m_pool;
        QString m_error; // before m_conn: acquire() writes it while m_conn is initialised
        pg_conn *m_conn = nullptr;
    };

    bool connectOnce(QString *error); // checks the URI at start (a clear error, not a hang)
    pg_conn *connect(QString *error); // a new connection with every statement prepared

private:
    pg_conn *acquire(QString *error);
    void release(pg_conn *c);
    QByteArray m_uri;
    std::vector<std::pair<QByteArray, QByteArray>> m_statements;
    int m_max;
    int m_open = 0;
    std::vector<pg_conn *> m_idle;
    std::mutex m_mutex;
    std::condition_variable m_freed;
};

} // namespace Platform
