#pragma once

// The county summary (GET /fhir/$county-summary, `jiayi-platform summary`): the MeasureReports
// the workstations send each month (one per indicator per clinic, docs/county-summary.md) summed
// over a month, a quarter or a year, per indicator: per clinic, per township and in total, with
// the months each clinic has not reported. As JSON or as CSV (UTF-8 with a BOM, for Excel).

#include "platformstore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Platform {

struct SummaryPeriod
{
    QString text;       // as asked: "2026-11", "2026-Q3", "2026"
    QStringList months; // "2026-07", "2026-08", "2026-09"
    // Nothing when `text` is none of the three forms.
    static std::optional<SummaryPeriod> parse(const QString &text);
};

// `reports`: the current MeasureReports the asker may see (every period: a clinic that reported
// once is expected every month). `areas`: the asker's areas, echoed in the answer.
QByteArray countySummaryJson(const std::vector<QByteArray> &reports, const SummaryPeriod &period,
                             const QStringList &areas);
QByteArray countySummaryCsv(const std::vector<QByteArray> &reports, const SummaryPeriod &period);

} // namespace Platform
