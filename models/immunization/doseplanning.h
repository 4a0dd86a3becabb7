#pragma once

// Private to models/immunization: VaccinePlanner::plan, step by step. One DosePlanning plans one
// child on one day: the history resolved and counted per series, the route chosen in each group
// of alternatives, then each series dose by dose.

#include "vaccineplanner.h"

#include <QHash>
#include <QSet>

namespace Models {

class DosePlanning
{
public:
    // `explain` false leaves the rule texts empty (bulk lists and indicators).
    DosePlanning(const Schedule &schedule, const ChildFacts &child, const QDate &on, bool explain);
    Plan plan();

    // A history entry resolved to its product.
    struct Counted
    {
        const VaccineProduct *product;
        QDate date;
        int index; // into ChildFacts::doses
    };

private:
    // One series being planned.
    struct SeriesRun
    {
        int index;
        const Series &series;
        const Regimen &regimen;
        bool otherRoute; // its group chose another series
        QVector<Counted> have;
        int doses;            // planned doses: the target, or more when more were given
        QVector<QDate> dates; // given or anticipated date of each dose (1-based)
        QStringList products; // given and planned products, for complete_when
        bool complete = false;
    };

    // The steps, in order.
    void resolveHistory();
    void countPerSeries();
    void chooseRoutes();
    QString chooseRoute(const QString &group) const;
    void markRouteCounted();
    void planSeries(int index);
    // One dose; false when the series stops there (its age limit).
    bool planDose(SeriesRun &run, int k);
    PlannedDose newDose(const SeriesRun &run, int k, const DoseRule &rule) const;
    void given(SeriesRun &run, int k, PlannedDose &d);
    bool notNeeded(SeriesRun &run, PlannedDose &d);
    bool substituteOrContraindicated(SeriesRun &run, int k, PlannedDose &d, QStringList &why);
    QString earliestDate(const SeriesRun &run, int k, const DoseRule &rule, PlannedDose &d) const;
    bool ageLimitReached(SeriesRun &run, int k, const DoseRule &rule, PlannedDose &d);
    void openDose(SeriesRun &run, int k, const DoseRule &rule, PlannedDose &d, QStringList why,
                  const QString &limit);

    // Rule texts cost more than the planning; bulk callers (coverage, demo) skip them.
    template <typename Make> QString because(Make &&make) const
    {
        return m_explain ? QString(make()) : QString();
    }

    const Schedule &m_s;
    const ChildFacts &m_child;
    const QDate m_on;
    const bool m_explain;
    Plan m_plan;
    QVector<Counted> m_history;          // by date
    QStringList m_contraindicated;       // products, from the health states
    QVector<QDate> m_liveDates;          // injectable live vaccines given
    QVector<QVector<Counted>> m_counted; // doses that count, per series (one per day)
    QHash<QString, QString> m_route;     // group -> chosen series
    QSet<int> m_countedByRoute;          // history entries counted in a chosen series
};

} // namespace Models
