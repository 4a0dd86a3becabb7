#pragma once

// The national immunization schedule as data (resources/rules/nip_*.json,
// docs/domain/immunization.md): products mapped to antigens, series of doses by antigen, regimens
// by age or health state, alternatives (JE, HepA), substitutions and catch-up limits. Loaded and
// validated once; the planner (vaccineplanner.h) interprets it. Nothing here knows a vaccine by
// name.

#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Models {

// A calendar duration: years, months and days added in that order (QDate::addYears/addMonths
// clamp to the end of the month: 1 month after 31 January is the end of February).
struct Duration
{
    int years = 0;
    int months = 0;
    int days = 0;
    bool set = false;

    static Duration parse(const QString &text, bool *ok = nullptr); // "28d", "6m", "4y", "1y6m"
    // The same date as d.addYears(years).addMonths(months).addDays(days), by integer arithmetic
    // on one year/month/day split (the planner computes millions of these for a township).
    QDate after(const QDate &d) const;
    QString toString() const;
};

struct VaccineProduct
{
    QString abbr; // schedule abbreviation: "HepB", "DTaP-IPV/Hib"
    QString nameZh;
    QStringList antigens;
    bool live = false;
    QString route; // IM, SC, ID, PO
    QString site;
    QString dose;
    QStringList codes; // docs/domain/immunization.md 6 vaccine codes
    Duration maxAge;   // not given from this age
    bool programme = false;
    bool injectableLive() const { return live && route != QLatin1String("PO"); }
    // The usual site as a resources/codes/vaccine_site.json code (MO for oral, LT for a thigh
    // first, otherwise the left upper arm); `site` keeps the schedule's own words.
    QString siteCode() const;
};

struct DoseRule
{
    int number = 0;
    QString vaccine; // product given for this dose
    Duration minAge;
    Duration minInterval;                      // after the previous dose of the series
    QList<QPair<int, Duration>> intervalsFrom; // (earlier dose number, minimum interval)
    Duration grace;                        // overdue after recommended + grace (unset: settings)
    Duration completeBy;                   // recommended completion age (timely)
    Duration maxAge;                       // not given from this age
    QList<QPair<Duration, QString>> notes; // (from age, text)
    QString afterSeries;                   // interval after the last dose of another series
    QMap<int, Duration> afterSeriesIntervals;
    QString earlyIfIncompleteSeries; // that series incomplete at earlyAtAge: min age becomes
                                     // earlyMinAge
    Duration earlyAtAge;
    Duration earlyMinAge;
    bool onlyIfAlsoNeeds = false;
};

struct Regimen
{
    QString id;
    QString whenState; // chosen when the child has this health state
    Duration fromAge;  // chosen when the child is at least this old on the planning date
    bool catchUp = false;
    QString ruleZh;
    int completeMinDoses = 0; // with completeIncludesAny: the series is complete early
    QStringList completeIncludesAny;
    QList<DoseRule> doses;
};

struct Cohort
{
    QDate bornFrom;
    int doses = 0;
    QMap<QString, int> alsoNeeds; // antigen -> doses containing it
};

struct Series
{
    QString id;
    QString nameZh;
    QString antigen;
    QString group; // alternatives share a group (JE, HepA)
    bool groupDefault = false;
    QStringList accepts;                // when set, only these products count
    QStringList routeProducts;          // a first dose of these products chooses this series' route
    QMap<QString, QString> substitutes; // contraindicated product -> product given instead
    Duration countsFromAge;             // a dose counts only if given at this age or older
    Duration countsBelowAge;            // ... or younger than this
    QList<Cohort> cohorts;
    QList<Regimen> regimens; // the first whose whenState/fromAge matches, else the last plain one
};

struct HealthState
{
    QString code;
    QString nameZh;
    QStringList contraindicated; // products; "*" with "allergy:<product>" means that product
};

class Schedule
{
public:
    QString version;
    QString titleZh;
    QDate bornFrom;
    QDate bornTo;
    QStringList dataChoices;
    Duration overdueGrace;
    Duration liveInterval;
    int dueSoonDays = 14;
    int observationMinutes = 30; // 留观: a vaccinated child stays this long before leaving
    int lotNearExpiryDays = 30;  // lots expiring within this many days are highlighted
    QMap<QString, VaccineProduct> products;
    QList<Series> series;
    QMap<QString, HealthState> healthStates;

    // A product by abbreviation (case-insensitive) or by docs/domain/immunization.md 6 code; null
    // when unknown.
    const VaccineProduct *product(const QString &nameOrCode) const;
    const Series *findSeries(const QString &id) const;
    int seriesIndex(const QString &id) const;
    // Products contraindicated by the child's health states.
    QStringList contraindicatedBy(const QStringList &states) const;
    bool knowsState(const QString &state) const;
    // For each series (by index), whether a dose of `product` counts in it (the series' accepted
    // products, or else its antigen): built once per schedule, read for every dose the planner
    // counts.
    QVector<bool> seriesCounting(const VaccineProduct &product) const;

    // Parses one file (json), resolving "extends" against `base` (may be null).
    static Result<Schedule> fromJson(const QByteArray &json, const Schedule *base = nullptr);

private:
    QHash<QString, QString> m_lookup;         // lower-case abbr and codes -> abbr
    QHash<QString, QVector<bool>> m_countsIn; // product abbr -> counts in series i
    friend class ScheduleSet;
    void buildLookup();
};

// Every schedule version shipped in resources/rules/nip_*.json, selected by birth date.
class ScheduleSet
{
public:
    static const ScheduleSet &instance(); // loads and validates once; aborts start on bad data
    static Result<ScheduleSet> load(const QStringList &files);
    const Schedule &forBirth(const QDate &birth) const;
    const Schedule *byVersion(const QString &version) const;
    const QList<Schedule> &all() const { return m_schedules; }

private:
    QList<Schedule> m_schedules;
};

} // namespace Models
