#include "reporttablesets.h"

#include "reporttablesql.h"
#include "residentindex.h"
#include "sqlitestmt.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcReportTable)

namespace Models {

namespace {
std::atomic_bool g_enabled{true};

// Row numbers beyond this are not kept as a byte each (a database never has them; a SELECT of
// other integers is left to SQLite).
constexpr qint64 MaxRid = 64LL * 1024 * 1024;

// When a string or quoted name, or a "--" comment, starts at `i`: the position of its last
// character (-1 when it never ends); else `i` itself.
qsizetype skipQuoted(const QString &sql, qsizetype i)
{
    const QChar c = sql.at(i);
    if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
        return sql.indexOf(c, i + 1);
    if (c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--")) {
        const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
        return end < 0 ? sql.size() - 1 : end;
    }
    return i;
}

// The position of the parenthesis closing the one at `open`, outside literals and comments; -1
// when none.
qsizetype closing(const QString &sql, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (const qsizetype end = skipQuoted(sql, i); end != i) {
            if (end < 0)
                return -1;
            i = end;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

// `x IN (A UNION B)` holds exactly when `x IN (A) OR x IN (B)`: the set of the compound is the
// union of its parts' sets.
QStringList ReportRidSets::unionParts(const QString &sql)
{
    static const QRegularExpression keyword(
        QStringLiteral("\\G(UNION\\s+ALL|UNION|INTERSECT|EXCEPT|ORDER\\s+BY|LIMIT|WITH)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList parts;
    qsizetype start = 0;
    int depth = 0;
    bool tail = false; // an ORDER BY or LIMIT after the last UNION
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (const qsizetype end = skipQuoted(sql, i); end != i) {
            if (end < 0)
                return {};
            i = end;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (depth == 0 && c.isLetter() &&
                   (i == 0 || (!sql.at(i - 1).isLetterOrNumber() && sql.at(i - 1) != u'_'))) {
            const QRegularExpressionMatch m = keyword.match(sql, i);
            if (!m.hasMatch())
                continue;
            const QString word = m.captured(1).toUpper();
            if (word.startsWith(QLatin1String("UNION"))) {
                parts << sql.mid(start, i - start).trimmed();
                start = m.capturedEnd();
                tail = false;
            } else if (word.startsWith(QLatin1String("ORDER")) || word == QLatin1String("LIMIT")) {
                tail = true;
            } else {
                return {}; // INTERSECT, EXCEPT, or a WITH at the top
            }
            i = m.capturedEnd() - 1;
        }
    }
    if (parts.isEmpty() || tail)
        return {};
    parts << sql.mid(start).trimmed();
    return parts;
}

void ReportRidSets::setEnabled(bool on)
{
    g_enabled = on;
}

ReportRidSets::ReportRidSets(sqlite3 *h) : m_h(h)
{
    sqlite3_create_function_v2(m_h, "jiayi_in_set", 2, SQLITE_UTF8, this, &ReportRidSets::inSet,
                               nullptr, nullptr, nullptr);
}

ReportRidSets::~ReportRidSets()
{
    sqlite3_create_function_v2(m_h, "jiayi_in_set", 2, SQLITE_UTF8, nullptr, nullptr, nullptr,
                               nullptr, nullptr);
}

void ReportRidSets::inSet(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *self = static_cast<const ReportRidSets *>(sqlite3_user_data(ctx));
    const qint64 set = sqlite3_value_int64(argv[0]);
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx); // NULL IN (…) is NULL
        return;
    }
    if (sqlite3_value_type(argv[1]) != SQLITE_INTEGER || set < 0 ||
        set >= qint64(self->m_sets.size())) {
        sqlite3_result_error(ctx, "jiayi_in_set: not a row number", -1);
        return;
    }
    const qint64 rid = sqlite3_value_int64(argv[1]);
    const std::vector<unsigned char> &s = self->m_sets[size_t(set)];
    sqlite3_result_int(ctx, rid >= 0 && rid < qint64(s.size()) && s[size_t(rid)] ? 1 : 0);
}

Result<void> ReportRidSets::readIds()
{
    if (m_idsRead)
        return {};
    QElapsedTimer timer;
    timer.start();
    m_ids.reserve(size_t(residentRowsEstimate(m_h))); // room for every row at once
    SqliteStmt st(m_h, "SELECT rid, id FROM resident");
    if (!st.ok())
        return makeError(QStringLiteral("db.query"), st.error());
    int rc;
    while ((rc = st.stepCode()) == SQLITE_ROW) {
        const char *id = reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), 1));
        if (!id)
            continue;
        m_ids.add(id, sqlite3_column_bytes(st.handle(), 1), sqlite3_column_int64(st.handle(), 0));
    }
    if (rc != SQLITE_DONE)
        return makeError(rc == SQLITE_INTERRUPT ? QStringLiteral("report.cancelled")
                                                : QStringLiteral("db.query"),
                         st.error());
    m_ids.finish();
    m_idsRead = true;
    qCDebug(lcReportTable) << "every resident's id read in" << timer.elapsed() << "ms";
    return {};
}

Result<int> ReportRidSets::read(const QString &select, const ReportSqlParams &params, bool ids)
{
    const QString key = (ids ? QStringLiteral("id:") : QStringLiteral("rid:")) + select;
    if (const auto it = m_byText.constFind(key); it != m_byText.cend())
        return *it;
    static const QRegularExpression namesR(QStringLiteral("(?<![\\w.])r\\."));
    if (namesR.match(select).hasMatch())
        return -1; // correlated with the statement's resident row
    QElapsedTimer timer;
    timer.start();
    if (const QStringList parts = unionParts(select); !parts.isEmpty()) {
        // Each part once (another statement may ask for it alone), then their union.
        std::vector<int> of;
        for (const QString &part : parts) {
            auto n = read(part, params, ids);
            if (!n)
                return n.error();
            if (*n < 0)
                break; // a part that cannot be a set: the compound as written
            of.push_back(*n);
        }
        if (of.size() == size_t(parts.size())) {
            std::vector<unsigned char> set;
            for (int n : of) {
                const std::vector<unsigned char> &p = m_sets[size_t(n)];
                if (p.size() > set.size())
                    set.resize(p.size(), 0);
                for (size_t i = 0; i < p.size(); ++i)
                    set[i] |= p[i];
            }
            m_sets.push_back(std::move(set));
            const int n = int(m_sets.size()) - 1;
            m_byText.insert(key, n);
            qCDebug(lcReportTable).noquote() << "set" << n << "the union of" << parts.size()
                                             << "sets in" << timer.elapsed() << "ms";
            return n;
        }
    }
    SqliteStmt st(m_h, select);
    if (!st.ok() || sqlite3_column_count(st.handle()) != 1)
        return -1; // names a CTE of the statement, or not one column: as written
    if (!bindReportParams(st.handle(), params))
        return -1;
    std::vector<unsigned char> set;
    auto add = [&set](qint64 rid) {
        if (size_t(rid) >= set.size())
            set.resize(std::max(size_t(rid) + 1, set.size() * 3 / 2 + 1024), 0);
        set[size_t(rid)] = 1;
    };
    int rc;
    while ((rc = st.stepCode()) == SQLITE_ROW) {
        const int type = sqlite3_column_type(st.handle(), 0);
        if (ids) {
            if (type != SQLITE_TEXT)
                return -1; // NULL, a number or a blob: SQLite's IN rules, not resident ids
            // Every resident's id is read at the first id (an empty SELECT needs none).
            if (auto e = readIds(); !e)
                return e.error();
            const char *p = reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), 0));
            const qint64 rid = m_ids.find(p, sqlite3_column_bytes(st.handle(), 0));
            if (rid >= 0) // else not a resident's id: no r.id equals it
                add(rid);
            continue;
        }
        if (type != SQLITE_INTEGER)
            return -1; // NULL, text or real: SQLite's IN rules, not a set of row numbers
        const qint64 rid = sqlite3_column_int64(st.handle(), 0);
        if (rid < 0 || rid > MaxRid)
            return -1;
        add(rid);
    }
    if (rc != SQLITE_DONE)
        return makeError(rc == SQLITE_INTERRUPT ? QStringLiteral("report.cancelled")
                                                : QStringLiteral("db.query"),
                         st.error());
    qCDebug(lcReportTable).noquote()
        << "set" << m_sets.size() << "read in" << timer.elapsed() << "ms:" << select.left(120);
    m_sets.push_back(std::move(set));
    const int n = int(m_sets.size()) - 1;
    m_byText.insert(key, n);
    return n;
}

Result<QString> ReportRidSets::rewrite(const QString &sql, const ReportSqlParams &params)
{
    if (!g_enabled)
        return sql;
    static const QRegularExpression in(
        QStringLiteral("(?<![\\w.])r\\.(rid|id)\\s+IN\\s*\\(\\s*(?=SELECT\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatch m;
    for (qsizetype from = 0; (m = in.match(sql, from)).hasMatch();) {
        const qsizetype open = sql.indexOf(QLatin1Char('('), m.capturedStart());
        const qsizetype close = closing(sql, open);
        if (close < 0)
            return sql;
        const bool ids = m.captured(1).compare(QLatin1String("id"), Qt::CaseInsensitive) == 0;
        auto set = read(sql.mid(open + 1, close - open - 1).trimmed(), params, ids);
        if (!set)
            return set.error();
        if (*set >= 0) {
            out += sql.mid(last, m.capturedStart() - last) +
                   QStringLiteral("jiayi_in_set(%1, r.rid)").arg(*set);
            last = close + 1;
        }
        from = *set >= 0 ? close + 1 : m.capturedEnd();
    }
    if (last == 0)
        return sql;
    out += sql.mid(last);
    // r must be the resident table (r.rid its row number): otherwise the statement as written.
    SqliteStmt check(m_h, out);
    return check.ok() ? out : sql;
}

} // namespace Models
