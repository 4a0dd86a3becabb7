#pragma once

// Private to models/: the Qt SQL and sqlite3 handles behind a connection name.

#include "result.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

struct sqlite3;

namespace Models {

inline QSqlDatabase db(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

sqlite3 *sqliteHandle(const QString &connectionName);

Error dbError(const QSqlError &e, const QString &what = {});
Error dbError(const QSqlQuery &q, const QString &what = {});

// Prepared query with positional binds; returns the error if prepare/exec fails.
Result<void> exec(QSqlQuery &q);

// Rolls back unless committed (Qt Creator's sqlitetransaction.h, KMyMoney's MyMoneyDbTransaction).
class Transaction
{
public:
    explicit Transaction(const QString &connectionName);
    ~Transaction();
    Result<void> commit();
    bool isOpen() const { return m_open; }
    Q_DISABLE_COPY_MOVE(Transaction)

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Models
