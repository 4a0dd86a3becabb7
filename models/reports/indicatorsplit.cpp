// IndicatorSql::split: a SELECT of resident ids as an intersection of simpler ones (see
// indicatorsql.h); text only, so its cases are tested without a database (tst_indicatorsplit).
#include "indicatorsql.h"

#include <QRegularExpression>

#include <optional>

namespace Models::IndicatorSql {

namespace {

bool wordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The WHERE clause cut at its top-level ANDs (the AND of a BETWEEN stays inside its condition);
// nothing when it is anything but a plain conjunction.
std::optional<QStringList> conjuncts(const QString &where)
{
    static const QStringList stops{
        QStringLiteral("OR"),        QStringLiteral("CASE"),   QStringLiteral("UNION"),
        QStringLiteral("INTERSECT"), QStringLiteral("EXCEPT"), QStringLiteral("GROUP"),
        QStringLiteral("HAVING"),    QStringLiteral("ORDER"),  QStringLiteral("LIMIT"),
        QStringLiteral("WINDOW"),    QStringLiteral("FROM"),   QStringLiteral("JOIN")};
    if (where.contains(QStringLiteral("--")) || where.contains(QStringLiteral("/*")) ||
        where.contains(QLatin1Char(';')))
        return std::nullopt;
    QStringList out;
    int depth = 0;
    bool between = false; // a BETWEEN waits for its AND
    qsizetype start = 0;
    for (qsizetype i = 0; i < where.size(); ++i) {
        const QChar c = where.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = where.indexOf(c, i + 1);
            if (end < 0)
                return std::nullopt;
            i = end;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth < 0)
                return std::nullopt;
        } else if (c == QLatin1Char('{')) {
            const qsizetype end = where.indexOf(QLatin1Char('}'), i);
            if (end < 0)
                return std::nullopt;
            i = end;
        } else if (wordChar(c) && (i == 0 || !wordChar(where.at(i - 1)))) {
            qsizetype j = i;
            while (j < where.size() && wordChar(where.at(j)))
                ++j;
            const QString word = where.mid(i, j - i).toUpper();
            // A parameter (:from) or a column (c.order) is no keyword.
            const QChar before = i > 0 ? where.at(i - 1) : QChar();
            const bool keyword = before != QLatin1Char(':') && before != QLatin1Char('@') &&
                                 before != QLatin1Char('$') && before != QLatin1Char('.');
            if (depth == 0 && keyword) {
                if (stops.contains(word))
                    return std::nullopt;
                if (word == QLatin1String("BETWEEN")) {
                    between = true;
                } else if (word == QLatin1String("AND")) {
                    if (between) {
                        between = false;
                    } else {
                        out << where.mid(start, i - start).trimmed();
                        start = j;
                    }
                }
            }
            i = j - 1;
        }
    }
    if (depth != 0 || between)
        return std::nullopt;
    out << where.mid(start).trimmed();
    for (const QString &part : std::as_const(out))
        if (part.isEmpty())
            return std::nullopt;
    return out;
}

// Whether `part` names the alias (`x.` not preceded by a word character or a dot, or a marker
// {kind:x}).
bool names(const QString &part, const QString &alias)
{
    const QRegularExpression re(QStringLiteral("(?<![\\w.])%1\\.|\\{\\s*\\w+\\s*:\\s*%1\\s*\\}")
                                    .arg(QRegularExpression::escape(alias)));
    return re.match(part).hasMatch();
}

} // namespace

Split split(const QString &sql)
{
    static const QRegularExpression residents(
        QStringLiteral("^\\s*SELECT\\s+r\\.id\\s+FROM\\s+resident\\s+r\\s+WHERE\\s+(.+?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression joined(
        QStringLiteral("^\\s*SELECT\\s+r\\.id\\s+FROM\\s+(\\w+)\\s+(?:AS\\s+)?(\\w+)\\s+CROSS\\s+"
                       "JOIN\\s+resident\\s+r\\s+ON\\s+r\\.id\\s*=\\s*\\2\\.resident_id\\s+WHERE"
                       "\\s+(.+?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression keyMarker(
        QStringLiteral("^\\{\\s*key_population\\s*:\\s*r\\s*\\}$"));
    Split out;
    if (const auto m = residents.match(sql); m.hasMatch()) {
        const auto parts = conjuncts(m.captured(1));
        if (!parts)
            return {};
        QStringList rest;
        for (const QString &p : *parts) {
            if (keyMarker.match(p).hasMatch())
                out.keyPopulation = true;
            else if (p.contains(QStringLiteral("key_population")))
                return {};
            else
                rest << p;
        }
        if (!out.keyPopulation || rest.isEmpty())
            return {};
        out.selects << QStringLiteral("SELECT r.id FROM resident r WHERE ") +
                           rest.join(QStringLiteral(" AND "));
        return out;
    }
    const auto m = joined.match(sql);
    if (!m.hasMatch())
        return {};
    const QString table = m.captured(1), alias = m.captured(2);
    if (alias.compare(QLatin1String("r"), Qt::CaseInsensitive) == 0 ||
        table.compare(QLatin1String("resident"), Qt::CaseInsensitive) == 0)
        return {};
    const auto parts = conjuncts(m.captured(3));
    if (!parts)
        return {};
    QStringList mine, theirs;
    for (const QString &p : *parts) {
        const bool r = names(p, QStringLiteral("r")), x = names(p, alias);
        if (r == x || p.contains(QStringLiteral("key_population")))
            return {}; // both or neither: keep the SELECT whole
        (r ? mine : theirs) << p;
    }
    if (mine.isEmpty() || theirs.isEmpty())
        return {};
    out.selects << QStringLiteral("SELECT r.id FROM resident r WHERE ") +
                       mine.join(QStringLiteral(" AND "))
                << QStringLiteral("SELECT %1.resident_id FROM %2 %1 WHERE ").arg(alias, table) +
                       theirs.join(QStringLiteral(" AND "));
    return out;
}

} // namespace Models::IndicatorSql
