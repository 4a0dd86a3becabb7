#include "searchtermwriter.h"

#include "searchterms.h"
#include "sqlitestmt.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>
#include <queue>

namespace Models {

namespace {
constexpr int TermsPerStmt = 64;

bool less(const SearchTermWriter::RowRef &a, const SearchTermWriter::RowRef &b)
{
    const int c = a.first->compare(*b.first); // bytewise, like SQLite's BINARY collation
    return c < 0 || (c == 0 && a.second < b.second);
}
} // namespace

SearchTermWriter::SearchTermWriter(sqlite3 *h)
{
    QByteArray many = "INSERT OR IGNORE INTO search_term(term, rid) VALUES(?,?)";
    for (int i = 1; i < TermsPerStmt; ++i)
        many += ",(?,?)";
    m_many = std::make_unique<SqliteStmt>(h, many);
    if (!m_many->ok())
        m_error = m_many->error();
    m_one =
        std::make_unique<SqliteStmt>(h, "INSERT OR IGNORE INTO search_term(term, rid) VALUES(?,?)");
    if (!m_one->ok() && m_error.isEmpty())
        m_error = m_one->error();
}

SearchTermWriter::~SearchTermWriter() = default;

bool SearchTermWriter::ok() const
{
    return m_many->ok() && m_one->ok();
}

void SearchTermWriter::append(std::vector<Row> &out, qint64 rid, const QString &name,
                              const QString &idNumber, const QString &phone,
                              const QString &recordNo)
{
    for (const QString &t : searchTermsFor(name, idNumber, phone, recordNo))
        out.emplace_back(t.toStdString(), rid);
}

bool SearchTermWriter::run(SqliteStmt &st)
{
    if (!st.run()) {
        m_error = st.error();
        return false;
    }
    return true;
}

bool SearchTermWriter::insert(std::vector<Row> &rows)
{
    std::sort(rows.begin(), rows.end());
    std::vector<RowRef> refs;
    refs.reserve(rows.size());
    for (const Row &r : rows)
        refs.emplace_back(&r.first, r.second);
    return insertSorted(refs);
}

bool SearchTermWriter::insertSorted(const std::vector<RowRef> &rows)
{
    if (!ok())
        return false;
    size_t i = 0;
    for (; i + TermsPerStmt <= rows.size(); i += TermsPerStmt) {
        for (int j = 0; j < TermsPerStmt; ++j) {
            const auto &[term, rid] = rows[i + size_t(j)];
            sqlite3_bind_text(m_many->handle(), 2 * j + 1, term->data(), int(term->size()),
                              SQLITE_STATIC);
            sqlite3_bind_int64(m_many->handle(), 2 * j + 2, rid);
        }
        if (!run(*m_many))
            return false;
    }
    for (; i < rows.size(); ++i) {
        sqlite3_bind_text(m_one->handle(), 1, rows[i].first->data(), int(rows[i].first->size()),
                          SQLITE_STATIC);
        sqlite3_bind_int64(m_one->handle(), 2, rows[i].second);
        if (!run(*m_one))
            return false;
    }
    return true;
}

std::vector<SearchTermWriter::RowRef>
SearchTermWriter::merge(const std::vector<std::vector<RowRef>> &runs)
{
    std::vector<RowRef> out;
    size_t total = 0;
    for (const auto &r : runs)
        total += r.size();
    out.reserve(total);
    // (run, position) heap ordered by the row each points at
    using Head = std::pair<size_t, size_t>;
    auto greater = [&runs](const Head &a, const Head &b) {
        return less(runs[b.first][b.second], runs[a.first][a.second]);
    };
    std::priority_queue<Head, std::vector<Head>, decltype(greater)> heap(greater);
    for (size_t k = 0; k < runs.size(); ++k)
        if (!runs[k].empty())
            heap.emplace(k, 0);
    while (!heap.empty()) {
        auto [k, pos] = heap.top();
        heap.pop();
        out.push_back(runs[k][pos]);
        if (pos + 1 < runs[k].size())
            heap.emplace(k, pos + 1);
    }
    return out;
}

} // namespace Models
