#pragma once

// The SQLite store: one file under --data DIR, one process. Every write takes the store's mutex,
// so the sequence numbers that form the pull cursor become visible in order.

#include "platformstore.h"

#include <mutex>

struct sqlite3;
struct sqlite3_stmt;

namespace Platform {

class SqliteStore final : public Store
{
public:
    ~SqliteStore() override;
    bool open(const QString &dir, QString *error);
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

private:
    EntryResult apply(const Token &token, const Write &w, const QString &client);
    qint64 sequence();
    bool nothingVisibleBetween(const Token &token, qint64 from, qint64 to, int limit);
    sqlite3_stmt *prepared(const char *sql); // cached for the life of the store
    sqlite3 *m_db = nullptr;
    std::vector<std::pair<const char *, sqlite3_stmt *>> m_stmts;
    std::mutex m_mutex;
    qint64 m_seq = 0; // the last sequence handed out in the open transaction
};

} // namespace Platform
