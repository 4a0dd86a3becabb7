#include "transaction.h"

#include "dbaccess.h"
#include "encrypteddb.h"
#include "logging.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <atomic>

namespace Models {

namespace {

// Runs one statement on the handle; the driver's text when it fails.
bool run(sqlite3 *h, const QByteArray &sql, QString *detail = nullptr)
{
    if (!h) {
        if (detail)
            *detail = QStringLiteral("no sqlite3 handle");
        return false;
    }
    if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    if (detail)
        *detail = QString::fromUtf8(sqlite3_errmsg(h));
    return false;
}

QByteArray nextSavepointName()
{
    static std::atomic<quint64> counter{0};
    return QByteArray("jiayi_tx_") + QByteArray::number(++counter);
}

} // namespace

Transaction::Transaction(const QString &connectionName) : m_h(sqliteHandle(connectionName))
{
    if (m_h && !sqlite3_get_autocommit(m_h)) {
        m_savepoint = nextSavepointName();
        m_open = run(m_h, "SAVEPOINT " + m_savepoint, &m_detail);
    } else {
        // IMMEDIATE takes the write lock now: a writer never fails half-way with SQLITE_BUSY
        // because another connection (sync, checkpoint) wrote in between.
        m_open = run(m_h, "BEGIN IMMEDIATE", &m_detail);
    }
    if (!m_open)
        qCWarning(lcDb) << "could not begin transaction:" << m_detail;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

void Transaction::rollback()
{
    m_open = false;
    if (m_savepoint.isEmpty()) {
        run(m_h, "ROLLBACK");
        return;
    }
    // ROLLBACK TO keeps the savepoint on the stack; RELEASE then removes it, leaving the outer
    // transaction as it was before this guard.
    run(m_h, "ROLLBACK TO " + m_savepoint);
    run(m_h, "RELEASE " + m_savepoint);
}

Error Transaction::error() const
{
    if (m_open)
        return {};
    return makeError(QStringLiteral("db.tx"),
                     QCoreApplication::translate("Models::Database", "数据库事务未能开始"), {},
                     m_detail);
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return error();
    QString detail;
    if (run(m_h, m_savepoint.isEmpty() ? QByteArray("COMMIT") : "RELEASE " + m_savepoint,
            &detail)) {
        m_open = false;
        return {};
    }
    qCWarning(lcDb) << "commit failed:" << detail;
    const int code = sqlite3_errcode(m_h);
    rollback();
    if (const QString tampered = EncryptedDb::describeAuthFailure(); !tampered.isEmpty())
        return makeError(QStringLiteral("db.tampered"), tampered, {}, detail);
    return makeError(
        (code & 0xff) == SQLITE_CONSTRAINT ? QStringLiteral("db.constraint")
                                           : QStringLiteral("db.error"),
        QCoreApplication::translate("Models::Database", "保存失败：数据库拒绝了这次修改"), {},
        QStringLiteral("commit: ") + detail);
}

} // namespace Models
