#include "indicatorsql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Models::IndicatorSql {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorCatalog)
};

bool identStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}
bool ident(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Calls `visit(i)` for every position of `sql` outside '...' and "..." literals and comments.
template <typename F> void eachCodePosition(const QString &sql, F visit)
{
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = sql.indexOf(c, i + 1);
            i = end < 0 ? sql.size() : end;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? sql.size() : end;
            continue;
        }
        i = visit(i);
    }
}

const QStringList &knownMarkers()
{
    static const QStringList k{QStringLiteral("living"), QStringLiteral("area"),
                               QStringLiteral("key_population"), QStringLiteral("chronic_modes")};
    return k;
}
} // namespace

QVector<Marker> markers(const QString &sql)
{
    QVector<Marker> out;
    eachCodePosition(sql, [&](qsizetype i) {
        if (sql.at(i) != QLatin1Char('{'))
            return i;
        const qsizetype end = sql.indexOf(QLatin1Char('}'), i);
        if (end < 0)
            return i;
        const QString body = sql.mid(i + 1, end - i - 1);
        Marker m;
        m.position = i;
        m.length = end - i + 1;
        const qsizetype colon = body.indexOf(QLatin1Char(':'));
        m.kind = (colon < 0 ? body : body.left(colon)).trimmed();
        m.alias = colon < 0 ? QString() : body.mid(colon + 1).trimmed();
        out << m;
        return end;
    });
    return out;
}

QStringList parameters(const QString &sql)
{
    QStringList out;
    eachCodePosition(sql, [&](qsizetype i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('{')) { // a marker ({living:r}): its colon is no parameter
            const qsizetype end = sql.indexOf(QLatin1Char('}'), i);
            return end < 0 ? i : end;
        }
        if ((c != QLatin1Char(':') && c != QLatin1Char('@') && c != QLatin1Char('$')) ||
            i + 1 >= sql.size() || !identStart(sql.at(i + 1)))
            return i;
        qsizetype j = i + 1;
        while (j < sql.size() && ident(sql.at(j)))
            ++j;
        const QString name = sql.mid(i + 1, j - i - 1);
        if (!out.contains(name))
            out << name;
        return j - 1;
    });
    return out;
}

QString problem(const QString &sql, bool denominator, const QStringList &knownParameters)
{
    const QString s = sql.trimmed();
    if (s.isEmpty())
        return Text::tr("缺少 SQL");
    static const QRegularExpression start(QStringLiteral("^(SELECT|WITH)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!start.match(s).hasMatch())
        return Text::tr("SQL 必须是一条 SELECT 语句");
    bool extraStatement = false;
    eachCodePosition(s, [&](qsizetype i) {
        if (s.at(i) == QLatin1Char(';') && !s.mid(i + 1).trimmed().isEmpty())
            extraStatement = true;
        return i;
    });
    if (extraStatement)
        return Text::tr("SQL 只能有一条语句");
    bool living = false, area = false;
    for (const Marker &m : markers(s)) {
        if (!knownMarkers().contains(m.kind))
            return Text::tr("未知的标记 {%1}").arg(m.kind);
        const bool needsAlias = m.kind != QLatin1String("chronic_modes");
        static const QRegularExpression alias(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (needsAlias && !alias.match(m.alias).hasMatch())
            return Text::tr("标记 {%1} 缺少表别名（如 {%1:r}）").arg(m.kind);
        if (!needsAlias && !m.alias.isEmpty())
            return Text::tr("标记 {%1} 不带别名").arg(m.kind);
        if (m.kind == QLatin1String("key_population") && m.alias != QLatin1String("r"))
            return Text::tr("标记 {key_population} 只能用于别名 r 的居民表");
        living = living || m.kind == QLatin1String("living");
        area = area || m.kind == QLatin1String("area");
    }
    if (denominator && !living)
        return Text::tr("分母必须用 {living:别名} 限定期末在册人口");
    if (denominator && !area)
        return Text::tr("分母必须用 {area:别名} 限定所选辖区");
    for (const QString &p : parameters(s))
        if (!knownParameters.contains(p))
            return Text::tr("未知的参数 :%1").arg(p);
    return {};
}

QString expand(const QString &sql, const std::function<QString(const Marker &)> &replace)
{
    QString out = sql;
    const QVector<Marker> all = markers(sql);
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        out.replace(it->position, it->length, replace(*it));
    return out;
}

} // namespace Models::IndicatorSql
