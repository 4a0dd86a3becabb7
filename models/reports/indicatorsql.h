#pragma once

// Private to models/reports: reading the SELECTs of indicators.json. Markers ({living:r},
// {area:r}, {key_population:r}, {chronic_modes}) and named parameters (:to) are found outside
// string literals, so a date modifier such as '-12 months' or a JSON path '$.height' is never
// taken for one.

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Models::IndicatorSql {

struct Marker
{
    QString kind;  // living, area, key_population, chronic_modes, or anything the file wrote
    QString alias; // the table alias after the colon (empty when none)
    qsizetype position = 0;
    qsizetype length = 0;
};

QVector<Marker> markers(const QString &sql);
// Named parameters (without the colon), each once, in order of first use.
QStringList parameters(const QString &sql);
// Why the SELECT cannot be an indicator's numerator or denominator (translated), or empty:
// one statement, a SELECT (or WITH), known markers with an alias where one is needed, known
// parameters; a denominator must use {living:A} and {area:A}.
QString problem(const QString &sql, bool denominator, const QStringList &knownParameters);
// The SELECT with every marker replaced by what `replace` returns for it.
QString expand(const QString &sql, const std::function<QString(const Marker &)> &replace);

} // namespace Models::IndicatorSql
