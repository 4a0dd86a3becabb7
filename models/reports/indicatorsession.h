#pragma once

// Private to models/reports: one engine call's state. The residents of the area are read once
// into an index (id -> position, village); every SELECT of a definition becomes a bitmap over
// that index, cached by its text, so the denominators the indicators share are read once; the
// dose planner's sets are built once per period.

#include "indicatorcatalog.h"
#include "indicatorengine.h"
#include "indicatortargets.h"
#include "residentindex.h"

#include <QByteArray>
#include <QHash>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Models {

struct IndicatorBits
{
    std::vector<quint8> in; // one byte per resident of the index
    qint64 count = 0;
};
using IndicatorBitsPtr = std::shared_ptr<const IndicatorBits>;

struct IndicatorSets
{
    IndicatorBitsPtr numerator; // already inside the denominator
    IndicatorBitsPtr denominator;
};

// The error of a failed read, shared by the session's files (indicatorsession*.cpp).
Error indicatorReadError(const QString &detail, const QString &id = {});

class IndicatorSession
{
public:
    IndicatorSession(const QString &connectionName, const IndicatorCatalog &catalog,
                     const Scope &scope, const IndicatorArea &area,
                     const IndicatorControl &control);
    ~IndicatorSession();

    // Permission, scope, the area, the stored targets and settings.
    Result<void> open();
    // A new period: caches are dropped; the index is read again only when the area depends on
    // the period (a doctor's signed residents).
    Result<void> setPeriod(const IndicatorPeriod &period);
    // The residents of the area as `other` (same area, another connection) has read them, so a
    // second thread does not read them again; call before setPeriod. `other` must not read its
    // index meanwhile (it reads it only in setPeriod).
    void adoptIndex(const IndicatorSession &other);
    // The dose planner's pass for `period`, before the residents of the area are known: the
    // second thread runs it while the first reads them; the vaccination indicators of that
    // period then take its visits instead of planning again.
    Result<void> prefetchPlanner(const IndicatorPeriod &period);

    Result<IndicatorSets> sets(const IndicatorDefinition &d);
    Result<IndicatorResult> evaluate(const IndicatorDefinition &d);
    Result<QVector<IndicatorPerson>> people(const IndicatorBits &set, const QString &villageCode);

    // Why the SELECT (markers expanded) does not prepare or returns more than one column; empty
    // when it is fine.
    QString prepareProblem(const QString &sql) const;

    // What {key_population:r} becomes (the benchmark's baseline runs the same SQL).
    static QString keyPopulationSql();
    // The same in parts: the age bands as a condition on r (empty: none), and the SELECTs of
    // the residents in a chronic programme or with a flag (empty: none).
    struct KeyPopulationParts
    {
        QString age, chronic, flag;
    };
    static KeyPopulationParts keyPopulationParts();

    const IndicatorArea &area() const { return m_area; }
    const IndicatorTargets &targets() const { return m_targets; }
    bool cancelled() const;
    Error cancelledError() const;

private:
    struct Index
    {
        ResidentIndex ids;
        std::vector<int> village; // index into m_villageCodes
        // The day each resident left the population (deceased, moved away, record closed) as
        // yyyymmdd, 0 for none; `leavingExact` when every such day is an ISO date, so that
        // comparing the numbers is SQLite's comparison of the texts.
        std::vector<qint32> leaving;
        bool leavingExact = true;
        int size() const { return int(village.size()); }
    };
    struct Planner
    {
        QHash<QString, std::pair<IndicatorBitsPtr, IndicatorBitsPtr>> bySeries; // due, given
        IndicatorBitsPtr timelyDue, timely;
    };

    QString expand(const QString &sql) const;
    Result<void> bind(sqlite3_stmt *st) const;
    Result<IndicatorBitsPtr> select(const QString &sql);
    IndicatorBitsPtr livingFromIndex() const;
    Result<IndicatorBitsPtr> keyPopulation();
    Result<void> readIndex();
    Result<void> readPlanner();
    struct PlannerVisit // one DoseVisit, kept (prefetchPlanner)
    {
        QString residentId, series;
        bool given, timely;
    };
    Result<void>
    planVisits(const IndicatorPeriod &period,
               const std::function<void(const QString &, const QString &, bool, bool)> &visit);
    struct Tally // numerator and denominator residents per village (m_villageCodes' order)
    {
        std::vector<qint64> numerator, denominator;
    };
    Tally tally(const IndicatorSets &s) const;
    IndicatorCount count(const IndicatorDefinition &d, const IndicatorSets &s, const Tally &t,
                         int village) const;
    std::optional<qint64> expectedPatients(const QString &programme, const QString &area) const;
    bool coversWholeDatabase() const;
    Result<QString> areaLabel() const;

    QString m_conn;
    const IndicatorCatalog &m_catalog;
    Scope m_scope;
    IndicatorArea m_area;
    IndicatorControl m_control;
    IndicatorTargets m_targets;
    IndicatorPeriod m_period;
    sqlite3 *m_h = nullptr;
    QHash<QString, QVariant> m_params;
    QStringList m_villageCodes;            // villages met in the index, by first appearance
    QHash<QString, int> m_villagePosition; // code -> index in m_villageCodes
    QHash<QString, QString> m_villageNames;
    QStringList m_allVillages;               // every village of the database
    QHash<QString, qint64> m_chronicTargets; // "programme|area" -> population, for the year
    Index m_index;
    bool m_indexRead = false;
    QHash<QString, IndicatorBitsPtr> m_cache;
    std::unique_ptr<Planner> m_planner;
    std::vector<PlannerVisit> m_visits; // prefetchPlanner's, for m_visitsPeriod
    std::optional<IndicatorPeriod> m_visitsPeriod;
};

} // namespace Models
