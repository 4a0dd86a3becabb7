#pragma once

// Private to models/: the Qt SQL and sqlite3 handles behind a connection name.

#include "result.h"
#include "transaction.h"

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

} // namespace Models
