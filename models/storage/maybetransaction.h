#pragma once

// Private to models/: a transaction that joins the caller's when one is open
// (ContractTasks::markDone called from a follow-up's save, the demo generator, a clinic's setup
// writing users and teams together), otherwise opens its own.

#include "dbaccess.h"

#include <optional>

namespace Models {

class MaybeTransaction
{
public:
    explicit MaybeTransaction(const QString &connectionName);
    Result<void> commit() { return m_tx ? m_tx->commit() : Result<void>{}; }
    Q_DISABLE_COPY_MOVE(MaybeTransaction)

private:
    std::optional<Transaction> m_tx;
};

} // namespace Models
