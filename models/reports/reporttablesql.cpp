#include "reporttablesql.h"

#include "chronicrules.h"
#include "contractrules.h"
#include "keypopulation.h"
#include "population.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

#include <cmath>
#include <functional>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ReportTable)
};

Error sqlError(const QString &what)
{
    return makeError(QStringLiteral("report.definition"),
                     Text::tr("报表定义的查询有误：%1").arg(what));
}

// Replaces every match of `re` by what `make` returns for it; stops at the first error.
Result<QString>
replaceAll(const QString &sql, const QRegularExpression &re,
           const std::function<Result<QString>(const QRegularExpressionMatch &)> &make)
{
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : re.globalMatch(sql)) {
        auto r = make(m);
        if (!r)
            return r.error();
        out += sql.mid(last, m.capturedStart() - last) + *r;
        last = m.capturedEnd();
    }
    return out + sql.mid(last);
}

} // namespace

ReportSqlParams ReportSqlParams::make(const ReportPeriod &period, const ChronicRuleSet &rules)
{
    ReportSqlParams p;
    p.from = period.from.toString(Qt::ISODate);
    p.to = period.to.toString(Qt::ISODate);
    // Times are stored in UTC (created_at): a local day's bounds in the same form compare as text.
    p.fromUtc = period.from.startOfDay().toUTC().toString(Qt::ISODateWithMs);
    p.toUtc = period.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs);
    p.year = period.to.year();
    p.months = period.months();
    // The yearly minimum of face-to-face follow-ups, pro rata: a quarter asks for 1 of 4, half a
    // year for 2, a year for all 4 (docs/domain/report-tables.md).
    p.stdVisits = qMax(1, int(std::ceil(rules.standardMinFollowups() * p.months / 12.0 - 1e-9)));
    p.sbpBelow = rules.controlSbpBelow();
    p.dbpBelow = rules.controlDbpBelow();
    p.fbgBelow = rules.controlFbgBelow();
    return p;
}

Result<QString> expandReportSql(const QString &sql, const ChronicRuleSet &rules)
{
    static const QRegularExpression population(
        QStringLiteral("@population\\(\\s*([A-Za-z_]\\w*)\\s*,\\s*(:[a-z_]+)\\s*\\)"));
    static const QRegularExpression key(
        QStringLiteral("@key_population\\(\\s*(:[a-z_]+)\\s*((?:,\\s*[a-z_]+\\s*)*)\\)"));
    static const QRegularExpression contracted(QStringLiteral("@contracted\\(([^()]+)\\)"));
    static const QRegularExpression modes(QStringLiteral("@std_modes\\b"));
    static const QRegularExpression anyMacro(QStringLiteral("@[a-z_]+"));

    auto s = replaceAll(sql, population, [](const QRegularExpressionMatch &m) -> Result<QString> {
        return Population::livingOn(m.captured(1), m.captured(2));
    });
    if (!s)
        return s;
    s = replaceAll(*s, key, [](const QRegularExpressionMatch &m) -> Result<QString> {
        // The same conditions asked once for the whole statement instead of once per resident:
        // EXISTS (SELECT 1 FROM t a WHERE a.resident_id = r.id AND …) becomes r.id IN (the ids
        // of t's residents that meet them), which ReportRidSets reads once into a set by row
        // number. Whole-township tables probe 200,000 residents; a set answers far faster than
        // a text index each time, and it is read without looking each row's resident up in
        // SQLite's index of ids (about 1.5 µs a row; the sets share one map of every id).
        static const QRegularExpression correlated(QStringLiteral(
            "EXISTS \\(SELECT 1 FROM (\\w+) (\\w+) WHERE \\2\\.resident_id = r\\.id AND "));
        const auto asked = [&m](QString cond) {
            cond.replace(QLatin1Char('?'), m.captured(1)); // every placeholder is the same day
            cond.replace(correlated,
                         QStringLiteral("r.id IN (SELECT \\2.resident_id FROM \\1 \\2 WHERE "));
            return cond;
        };
        static const QRegularExpression comma(QStringLiteral("\\s*,\\s*"));
        const QStringList codes = m.captured(2).split(comma, Qt::SkipEmptyParts);
        int marks = 0;
        if (codes.isEmpty())
            return asked(KeyPopulation::anyKeyPopulationSql(&marks));
        // Several groups: in any of them. The groups held as sets are asked as one set, the
        // union of theirs (one look-up a resident, not one a group); ages stay comparisons.
        static const QRegularExpression oneSet(QStringLiteral("^r\\.id IN \\((SELECT .*)\\)$"));
        QStringList sets, others;
        for (const QString &code : codes) {
            if (!ContractRules::get().keyPopulation(code))
                return sqlError(Text::tr("未知的重点人群 %1").arg(code));
            const QString cond = asked(KeyPopulation::categorySql(code, &marks));
            if (const auto one = oneSet.match(cond); one.hasMatch() && codes.size() > 1)
                sets << one.captured(1);
            else
                others << cond;
        }
        if (!sets.isEmpty())
            others << QStringLiteral("r.id IN (%1)").arg(sets.join(QStringLiteral(" UNION ALL ")));
        return others.size() == 1
                   ? others.first()
                   : QLatin1Char('(') + others.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    });
    if (!s)
        return s;
    s = replaceAll(*s, contracted, [](const QRegularExpressionMatch &m) -> Result<QString> {
        // The same "signed in the period" as ContractIndicators: a live contract covering at
        // least one day of [from, to]. For the resident row r itself, asked once as a set of
        // row numbers (see @key_population).
        const QString who = m.captured(1).trimmed();
        if (who == QLatin1String("r.id"))
            return QStringLiteral("r.id IN (SELECT rc.resident_id FROM contract rc"
                                  " WHERE rc.deleted = 0"
                                  " AND rc.start_date <= :to AND rc.cover_end >= :from)");
        return QStringLiteral("EXISTS (SELECT 1 FROM contract rc WHERE rc.resident_id = %1"
                              " AND rc.deleted = 0 AND rc.start_date <= :to"
                              " AND rc.cover_end >= :from)")
            .arg(who);
    });
    if (!s)
        return s;
    QStringList modeList;
    for (int mode : rules.standardModes())
        modeList << QString::number(mode);
    QString out = *s;
    out.replace(modes, QLatin1Char('(') + modeList.join(QLatin1Char(',')) + QLatin1Char(')'));
    if (const auto left = anyMacro.match(out); left.hasMatch())
        return sqlError(Text::tr("未知的宏 %1").arg(left.captured(0)));
    return out;
}

Result<void> bindReportParams(sqlite3_stmt *st, const ReportSqlParams &p)
{
    for (int i = 1; i <= sqlite3_bind_parameter_count(st); ++i) {
        const char *raw = sqlite3_bind_parameter_name(st, i);
        const QString name = raw ? QString::fromUtf8(raw) : QString();
        auto text = [&](const QString &v) {
            const QByteArray b = v.toUtf8();
            sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        };
        if (name == QLatin1String(":from"))
            text(p.from);
        else if (name == QLatin1String(":to"))
            text(p.to);
        else if (name == QLatin1String(":from_utc"))
            text(p.fromUtc);
        else if (name == QLatin1String(":to_utc"))
            text(p.toUtc);
        else if (name == QLatin1String(":year"))
            sqlite3_bind_int64(st, i, p.year);
        else if (name == QLatin1String(":months"))
            sqlite3_bind_int64(st, i, p.months);
        else if (name == QLatin1String(":std_visits"))
            sqlite3_bind_int64(st, i, p.stdVisits);
        else if (name == QLatin1String(":sbp_below"))
            sqlite3_bind_int64(st, i, p.sbpBelow);
        else if (name == QLatin1String(":dbp_below"))
            sqlite3_bind_int64(st, i, p.dbpBelow);
        else if (name == QLatin1String(":fbg_below"))
            sqlite3_bind_double(st, i, p.fbgBelow);
        else
            return sqlError(
                Text::tr("未知的参数 %1").arg(name.isEmpty() ? QStringLiteral("?") : name));
    }
    return {};
}

} // namespace Models
