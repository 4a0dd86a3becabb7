#pragma once

#include "reporttabledef.h"
#include "reporttableperiod.h"
#include "result.h"
#include "scope.h"

#include <QDate>
#include <QJsonObject>
#include <QVariant>
#include <QVector>

#include <functional>

namespace Models {

struct ReportTableRequest
{
    QString tableId;
    ReportPeriod period;
    QString areaCode; // empty: every village in scope; a county, township or village code
    QString reviewer; // 审核人; empty leaves a line to sign by hand
    QDate filledOn = QDate::currentDate();
};

// The standard header of every table (填报单位, 报送周期, 填报时间, 审核人, 填表人).
struct ReportHeader
{
    QString unit;
    QString period;
    QDate filledOn;
    QString reviewer;
    QString preparer;
};

struct ReportRow
{
    QString villageCode; // empty on the 合计 row
    QString name;
    // Per column of the definition: qint64 for a count, double (percent, one decimal) for a
    // rate, null when unknown (a figure not set, a rate over nothing).
    QVector<QVariant> values;
    bool total = false;
};

struct ReportArea
{
    QString code;
    QString name;
    QString level; // county, township, village
};

struct ReportTable
{
    ReportTableDef def;
    ReportPeriod period;
    QString areaCode;
    QString areaName;
    ReportHeader header;
    QVector<ReportRow> rows; // one per village (by code), then the 合计 row
    qint64 milliseconds = 0;

    const ReportRow &total() const { return rows.last(); }
    QJsonObject toJson() const;
    // How a cell reads: "12", "71.4", "—".
    static QString text(const QVariant &value);
};

// Computes a table of the set for a period and an area: one row per village in the caller's
// scope (a village doctor: their villages only), each count by the table's SQL, every rate from
// its two counts, and a 合计 row that is the sum of the village rows (a rate of the sums).
//
// The SQL sees the villages to report in temp.report_village(code) and these named parameters:
//   :from :to        the period (YYYY-MM-DD, inclusive)
//   :from_utc :to_utc  its bounds as UTC times (ISO, to_utc exclusive), for columns like created_at
//   :year            the year of :to
//   :months          calendar months of the period
//   :std_visits      face-to-face follow-ups that make a patient 规范管理 in the period: the
//                    active chronic rule set's yearly minimum scaled to the period, at least 1
//   :sbp_below :dbp_below :fbg_below   the chronic rule set's control targets
// and these macros, so that one definition serves every table and screen:
//   @population(alias, :param)       Population::livingOn — who counts on that day
//   @key_population(:param[, code])  KeyPopulation (contract rules) on alias r
//   @contracted(expr)                a contract covering a day of [:from, :to] (签约)
//   @std_modes                       the follow-up modes that count as face to face, "(1,2)"
class ReportTableEngine
{
public:
    using Progress = std::function<bool(int done, int total)>; // false cancels

    explicit ReportTableEngine(QString connectionName,
                               const ReportTableSet &tables = ReportTableSet::builtIn());

    Result<ReportTable> compute(const Scope &scope, const ReportTableRequest &request,
                                const Progress &progress = {}) const;
    // The areas a user may choose: townships with villages in scope, then those villages.
    Result<QVector<ReportArea>> areas(const Scope &scope) const;

private:
    QString m_conn;
    ReportTableSet m_tables;
};

} // namespace Models
