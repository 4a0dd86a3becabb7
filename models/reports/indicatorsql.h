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

namespace Models::IndicatorSql {

// A SELECT of resident ids the engine answers as the intersection of simpler SELECTs' sets
// (each read once and cached by the session, a shared population read once for all of them)
// instead of having SQLite test every resident against every condition. Two shapes, nothing
// else (any doubt: empty, and the SELECT runs as written):
// - SELECT r.id FROM resident r WHERE a AND b AND {key_population:r}
//   -> {SELECT r.id FROM resident r WHERE a AND b} and keyPopulation;
// - SELECT r.id FROM T x CROSS JOIN resident r ON r.id = x.resident_id WHERE a AND b AND c
//   -> {SELECT r.id FROM resident r WHERE <the conditions naming r only>,
//       SELECT x.resident_id FROM T x WHERE <the conditions naming x only>}
//   (resident.id is unique, so "some row of T meets c, and its resident meets a and b" is the
//   intersection of the two sets).
// The WHERE must be top-level ANDs only: no OR, CASE, compound SELECT, grouping or comment
// outside parentheses; a condition naming both aliases or neither keeps the SELECT whole.
struct Split
{
    QStringList selects;
    bool keyPopulation = false; // intersected with the key populations as well
    bool isEmpty() const { return selects.isEmpty(); }
};
Split split(const QString &sql);

} // namespace Models::IndicatorSql
