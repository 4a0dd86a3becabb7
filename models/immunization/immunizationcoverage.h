#pragma once

// Immunization indicators (docs/domain/immunization.md 7): 建证率, per-vaccine per-dose coverage
// and timely rates for a period and village, and the children behind schedule.

#include "result.h"
#include "scope.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace Models {

struct CoverageQuery
{
    QString villageCode; // empty: every village in scope
    QDate from;
    QDate to;
    int maxAgeYears = 7;    // children 0-6 at the end of the period
    bool behindList = true; // false: no children-behind list (nor their names); counts only
};

// Dose k of a series: due = children whose scheduled date (birth + the dose's age) falls in
// the period and for whom the dose applies (not another route, not contraindicated, not made
// unnecessary by the catch-up rules); given = those of them given the dose by the period end;
// timely = given by the recommended completion age (docs/domain/immunization.md 1).
struct DoseCoverage
{
    QString series;
    QString seriesName;
    int dose = 0;
    int due = 0;
    int given = 0;
    int timely = 0;
    double rate() const { return due ? 100.0 * given / due : 0.0; }
    double timelyRate() const { return due ? 100.0 * timely / due : 0.0; }
};

struct BehindChild
{
    QString residentId;
    QString name;
    QDate birth;
    QString villageCode;
    int overdueDoses = 0;
    int maxOverdueDays = 0;
    QStringList doses; // "HepB-3"...
};

struct CoverageResult
{
    CoverageQuery query;
    int childrenDue = 0; // children 0-6 who should hold a certificate
    int certified = 0;   // of them, with a certificate issued by the period end
    int childrenBehind = 0;
    QVector<DoseCoverage> doses;
    QVector<BehindChild> behind; // most overdue first
    qint64 milliseconds = 0;
    double certificateRate() const { return childrenDue ? 100.0 * certified / childrenDue : 0.0; }
    QJsonObject toJson(int maxBehind = 200) const;
};

// One dose counted in CoverageResult::doses (scheduled in the period and applicable), child by
// child. The indicator engine (models/reports) builds its per-child vaccine sets from these, in
// the same loop as the counts, so the two cannot disagree.
struct DoseVisit
{
    const QString &residentId;
    const QString &series;
    int dose;
    bool given;  // by the period end
    bool timely; // by the recommended completion age
};
using DoseVisitor = std::function<void(const DoseVisit &)>;

class ImmunizationCoverage
{
public:
    explicit ImmunizationCoverage(QString connectionName);
    Result<CoverageResult> compute(const Scope &scope, const CoverageQuery &query,
                                   const DoseVisitor &visit = {}) const;

private:
    QString m_conn;
};

} // namespace Models
