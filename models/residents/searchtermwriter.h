#pragma once

#include <QString>

#include <memory>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;

namespace Models {

class SqliteStmt;

// Bulk writing of search terms (the import; usable by the sync for a page of residents): the
// terms of many residents inserted in key order, (term, rid) ascending, 64 rows a statement with
// INSERT OR IGNORE, inside the caller's transaction. In key order consecutive inserts land on the
// same or neighbouring pages of the search_term B-tree instead of a random page each.
//
//   SearchTermWriter w(h);                       // h: the connection's sqlite3 handle
//   std::vector<SearchTermWriter::Row> rows;
//   SearchTermWriter::append(rows, rid, name, idNumber, phone, recordNo);   // per resident
//   if (!w.insert(rows)) ... w.error() ...        // sorts, then inserts
//
// The terms are exactly those of searchTermsFor(); the old per-resident path (INSERT OR IGNORE
// one term at a time) stays valid and may be mixed with this one.
class SearchTermWriter
{
public:
    using Row = std::pair<std::string, qint64>;            // UTF-8 term, resident rid
    using RowRef = std::pair<const std::string *, qint64>; // a term held elsewhere, rid

    explicit SearchTermWriter(sqlite3 *h);
    ~SearchTermWriter();
    SearchTermWriter(const SearchTermWriter &) = delete;
    SearchTermWriter &operator=(const SearchTermWriter &) = delete;

    bool ok() const;
    QString error() const { return m_error; }

    // Appends one resident's terms (searchTermsFor) as UTF-8 rows.
    static void append(std::vector<Row> &out, qint64 rid, const QString &name,
                       const QString &idNumber, const QString &phone, const QString &recordNo);
    // Sorts `rows` by (term, rid) and inserts them.
    bool insert(std::vector<Row> &rows);
    // Inserts rows already sorted by (term, rid).
    bool insertSorted(const std::vector<RowRef> &rows);
    // Merges runs that are each sorted by (term, rid) into one sorted sequence (a k-way merge:
    // cheaper than sorting the whole again when the runs were sorted on another thread).
    static std::vector<RowRef> merge(const std::vector<std::vector<RowRef>> &runs);

private:
    bool run(SqliteStmt &st);
    std::unique_ptr<SqliteStmt> m_many;
    std::unique_ptr<SqliteStmt> m_one;
    QString m_error;
};

} // namespace Models
