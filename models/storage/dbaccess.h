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

// For a read that touches most pages of several tables (a township's work list, indicators,
// report tables): map as much of the file as SQLite allows (its build's maximum, 2 GB on Debian)
// instead of copying pages through read(). This connection only; a no-op where the VFS cannot map.
void mapWholeFile(sqlite3 *h);

Error dbError(const QSqlError &e, const QString &what = {});
Error dbError(const QSqlQuery &q, const QString &what = {});

// Prepared query with positional binds; returns the error if prepare/exec fails.
Result<void> exec(QSqlQuery &q);

} // namespace Models
