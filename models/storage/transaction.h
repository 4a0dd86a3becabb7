#pragma once

// Private to models/: the one transaction guard (Qt Creator's sqlitetransaction.h, KMyMoney's
// MyMoneyDbTransaction), for every write that spans several statements.

#include "result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace Models {

// Opens BEGIN IMMEDIATE when the connection is in autocommit mode, or a SAVEPOINT when a
// transaction is already open (a repository call made from inside another one, the demo
// generator, an import), and rolls back what it opened unless committed: a nested guard rolls
// back to its savepoint only and leaves the outer transaction open. When it could not open (the
// file is locked by another writer, read-only, gone), isOpen() is false and every site returns
// error() before writing anything, so no statement ever runs in autocommit by accident:
//
//   Transaction tx(m_conn);
//   if (!tx.isOpen())
//       return tx.error();
//   ... writes ...
//   return tx.commit();
class Transaction
{
public:
    explicit Transaction(const QString &connectionName);
    ~Transaction();
    bool isOpen() const { return m_open; }
    bool isNested() const { return !m_savepoint.isEmpty(); }
    // Why the guard did not open (code "db.tx"), or an empty-code Error while it is open.
    Error error() const;
    // COMMIT (or RELEASE of the savepoint); on failure rolls back what it opened.
    Result<void> commit();
    Q_DISABLE_COPY_MOVE(Transaction)

private:
    void rollback();

    sqlite3 *m_h = nullptr;
    QByteArray m_savepoint; // empty for the outermost guard
    QString m_detail;       // driver text when BEGIN or SAVEPOINT failed
    bool m_open = false;
};

} // namespace Models
