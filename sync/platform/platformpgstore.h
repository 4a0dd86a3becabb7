#pragma once

// The PostgreSQL store (--database postgresql://user@host:port/db): several platform processes on
// one database. Nothing another process needs lives here: versions, the feed cursor (a sequence
// drawn under the feed lock) and tokens are rows; each transaction Bundle is one transaction.

#include "platformpgpool.h"
#include "platformstore.h"

#include <memory>

namespace Platform {

class PgStore final : public Store
{
public:
    bool open(const QString &uri, QString *error);
    QString addToken(const QString &clinic, const QStringList &areas) override;
    std::optional<Token> tokenFor(const QString &secret) override;
    std::vector<EntryResult> transaction(const Token &token, const std::vector<Write> &writes,
                                         int *failedIndex, const QString &client = {},
                                         qint64 since = -1, qint64 *jumpTo = nullptr) override;
    std::vector<Change> changes(const Token &token, qint64 since, int count, const QString &type,
                                qint64 *last, const QString &client = {}) override;
    std::optional<Change> read(const Token &token, const QString &type, const QString &id) override;
    std::vector<QByteArray> current(const Token &token, const QString &type) override;
    qint64 count(bool includeDeleted) override;
    bool ping() override;
    qint64 remainingAfter(qint64 seq) override;

    static int schemaVersion(); // the newest numbered migration this build carries

private:
    // Retry: run the Bundle again; RetryOneByOne: again, writing row by row (to name the entry
    // PostgreSQL refuses).
    enum class Outcome { Done, Retry, RetryOneByOne };
    Outcome attempt(PgPool::Lease &db, const Token &token, const std::vector<Write> &writes,
                    int *failedIndex, const QString &client, qint64 since, qint64 *jumpTo,
                    std::vector<EntryResult> *out, bool bulk);
    bool migrate(const QByteArray &uri, QString *error);
    std::unique_ptr<PgPool> m_pool;
};

} // namespace Platform
