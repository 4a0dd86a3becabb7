#pragma once

// Counts the indicators of resources/rules/indicators.json for a period and an area: value,
// numerator, denominator, target and gap, the breakdown by village, the monthly trend of one
// indicator and the residents behind any number, all from each indicator's two SELECTs of
// resident ids (docs/decisions.md says why). Read-only; "report.read" (and "resident.read" for
// the lists of residents); a village doctor sees only their villages. Long: run it off the UI
// thread on a connection of its own (IndicatorRunner does), with progress and cancel.

#include "indicatorcatalog.h"
#include "indicatorresult.h"
#include "result.h"
#include "scope.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Models {

struct IndicatorControl
{
    std::function<void(int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr; // set to stop: the call returns "indicator.cancelled"
};

class IndicatorEngine
{
public:
    explicit IndicatorEngine(QString connectionName,
                             const IndicatorCatalog &catalog = IndicatorCatalog::get());

    // Every definition's SELECTs, markers expanded, prepared on this database: the first one
    // SQLite refuses (or that returns more than one column) is named with its indicator id.
    Result<void> check() const;

    // The indicators `ids` (empty: all) for the period and area.
    Result<IndicatorRun> evaluate(const Scope &scope, const IndicatorPeriod &period,
                                  const IndicatorArea &area, const QStringList &ids = {},
                                  const IndicatorControl &control = {}) const;
    // One indicator, year to date at the end of each month of `year` up to `upTo`'s month
    // (the whole year when upTo is invalid or later).
    Result<IndicatorTrend> trend(const Scope &scope, const QString &id, int year,
                                 const IndicatorArea &area, const QDate &upTo = {},
                                 const IndicatorControl &control = {}) const;
    // The residents behind a number; `villageCode` narrows to one village of the area.
    Result<IndicatorPeople> residents(const Scope &scope, const QString &id,
                                      const IndicatorPeriod &period, const IndicatorArea &area,
                                      IndicatorSet which, const QString &villageCode = {},
                                      const IndicatorControl &control = {}) const;

    const IndicatorCatalog &catalog() const { return m_catalog; }

private:
    QString m_conn;
    const IndicatorCatalog &m_catalog;
};

} // namespace Models
