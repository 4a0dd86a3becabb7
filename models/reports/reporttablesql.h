#pragma once

// Private to models/reports: how the SQL of a report table definition becomes a statement (the
// macros and named parameters documented in reporttable.h).

#include "reporttableperiod.h"
#include "result.h"

#include <QString>

struct sqlite3_stmt;

namespace Models {

class ChronicRuleSet;

struct ReportSqlParams
{
    QString from, to;
    QString fromUtc, toUtc; // local midnight of from and of the day after to, in UTC
    int year = 0;
    int months = 1;
    int stdVisits = 1;
    int sbpBelow = 140;
    int dbpBelow = 90;
    double fbgBelow = 7.0;

    static ReportSqlParams make(const ReportPeriod &period, const ChronicRuleSet &rules);
};

// The macros replaced by the SQL they stand for; an unknown @macro is an error.
Result<QString> expandReportSql(const QString &sql, const ChronicRuleSet &rules);
// Binds every named parameter the statement uses; an unknown one is an error.
Result<void> bindReportParams(sqlite3_stmt *st, const ReportSqlParams &p);

} // namespace Models
