#include "platformpgpool.h"

#include <QLoggingCategory>
#include <QStringList>

#include <libpq-fe.h>

namespace Platform {

namespace {
Q_LOGGING_CATEGORY(lcPg, "jiayi.platform.pg", QtWarningMsg)
}

PgResult &PgResult::operator=(PgResult &&o) noexcept
{
    if (this != &o) {
        PQclear(m_r);
        m_r = std::exchange(o.m_r, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    PQclear(m_r);
}

bool PgResult::ok() const
{
    const ExecStatusType s = m_r ? PQresultStatus(m_r) : PGRES_FATAL_ERROR;
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

QByteArray PgResult::state() const
{
    const char *s = m_r ? PQresultErrorField(m_r, PG_DIAG_SQLSTATE) : nullptr;
    return s ? QByteArray(s) : QByteArray("08006"); // no result: the connection failed
}

QString PgResult::error() const
{
    const char *s = m_r ? PQresultErrorField(m_r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    return s ? QString::fromUtf8(s) : QStringLiteral("connection to the database failed");
}

int PgResult::rows() const
{
    return m_r ? PQntuples(m_r) : 0;
}

bool PgResult::isNull(int row, int col) const
{
    return PQgetisnull(m_r, row, col) != 0;
}

QByteArray PgResult::bytes(int row, int col) const
{
    return QByteArray(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col));
}

QByteArray pgTextArray(const QStringList &values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (const char c : values[i].toUtf8()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + '}';
}

PgArray &PgArray::text(QByteArrayView v)
{
    if (m_text.size() > 1)
        m_text += ',';
    m_text.reserve(m_text.size() + v.size() + v.size() / 4 + 2);
    m_text += '"';
    for (const char c : v) {
        if (c == '"' || c == '\\')
            m_text += '\\';
        m_text += c;
    }
    m_text += '"';
    return *this;
}

PgArray &PgArray::bare(QByteArrayView v)
{
    if (m_text.size() > 1)
        m_text += ',';
    m_text += v;
    return *this;
}

PgPool::PgPool(QByteArray uri, std::vector<std::pair<QByteArray, QByteArray>> statements,
               int maxConnections)
    : m_uri(std::move(uri)), m_statements(std::move(statements)), m_max(maxConnections)
{
}

PgPool::~PgPool()
{
    for (pg_conn *c : m_idle)
        PQfinish(c);
}

pg_conn *PgPool::connect(QString *error)
{
    pg_conn *c = PQconnectdb(m_uri.constData());
    if (PQstatus(c) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(c)).trimmed();
        PQfinish(c);
        return nullptr;
    }
    // No JIT: the platform's statements are short, but a prepared statement's generic plan
    // estimates a feed page at millions of rows, above jit_above_cost, and compiling it took
    // 300 ms of each 2,000-row page (docs/decisions.md, "The feed's covering index").
    if (PgResult j(PQexec(c, "SET jit = off")); !j.ok()) {
        *error = QStringLiteral("SET jit: ") + j.error();
        PQfinish(c);
        return nullptr;
    }
    for (const auto &[name, sql] : m_statements) {
        PgResult r(PQprepare(c, name.constData(), sql.constData(), 0, nullptr));
        if (!r.ok()) {
            *error = QStringLiteral("preparing %1: %2").arg(QString::fromLatin1(name), r.error());
            PQfinish(c);
            return nullptr;
        }
    }
    return c;
}

bool PgPool::connectOnce(QString *error)
{
    pg_conn *c = connect(error);
    if (!c)
        return false;
    release(c);
    std::lock_guard lock(m_mutex);
    ++m_open;
    return true;
}

pg_conn *PgPool::acquire(QString *error)
{
    std::unique_lock lock(m_mutex);
    m_freed.wait(lock, [this] { return !m_idle.empty() || m_open < m_max; });
    if (!m_idle.empty()) {
        pg_conn *c = m_idle.back();
        m_idle.pop_back();
        if (PQstatus(c) == CONNECTION_OK)
            return c;
        // The database restarted or the connection broke: a fresh one (statements prepared).
        PQfinish(c);
        --m_open;
    }
    ++m_open;
    lock.unlock();
    pg_conn *c = connect(error);
    if (!c) {
        qCWarning(lcPg) << "cannot connect to the database:" << *error;
        lock.lock();
        --m_open;
        m_freed.notify_one();
    }
    return c;
}

void PgPool::release(pg_conn *c)
{
    // A lease that ended inside a transaction (an early return): roll it back first.
    if (PQstatus(c) == CONNECTION_OK && PQtransactionStatus(c) != PQTRANS_IDLE)
        PQclear(PQexec(c, "ROLLBACK"));
    std::lock_guard lock(m_mutex);
    if (PQstatus(c) == CONNECTION_OK) {
        m_idle.push_back(c);
    } else {
        PQfinish(c);
        --m_open;
    }
    m_freed.notify_one();
}

PgPool::Lease::Lease(PgPool &pool) : m_pool(pool), m_error(), m_conn(pool.acquire(&m_error))
{
}

PgPool::Lease::~Lease()
{
    if (m_conn)
        m_pool.release(m_conn);
}

PgResult PgPool::Lease::exec(const char *sql)
{
    return PgResult(m_conn ? PQexec(m_conn, sql) : nullptr);
}

PgResult PgPool::Lease::run(const char *statement, const PgParams &p)
{
    if (!m_conn)
        return PgResult();
    std::vector<const char *> values(size_t(p.size()));
    for (int i = 0; i < p.size(); ++i)
        values[size_t(i)] = p.at(i);
    return PgResult(
        PQexecPrepared(m_conn, statement, p.size(), values.data(), nullptr, nullptr, 0));
}

} // namespace Platform
