#pragma once

#include "result.h"
#include "scope.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Models {

struct IndicatorFilter
{
    QDate from;
    QDate to;
    QString villageCode; // empty: every village in scope (or every village the team serves)
    QString teamId;      // empty: every team
};

struct CategoryCount
{
    QString code;
    QString label;
    qint64 total = 0;
    qint64 signedCount = 0;
};

// Contract indicators with their denominators spelled out (docs/domain/contracts.md 6 warns that
// public implementations differ: one divides signed key-population members by all signed
// residents).
//  - population: living residents (not deleted) of the selected villages; with a team, the
//    villages the team serves.
//  - signed: population members with a contract (of the team, when given) covering at least one
//    day of [from, to].
//  - 签约率 = signed / population.
//  - key population: population members in any key-population category on `to` (age from the
//    birth date, hypertension/diabetes from registrations open on `to`, the rest from flags).
//  - 重点人群签约率 = key-population members signed / key-population members (not / signed).
//  - renewal rate = contracts that ended in [from, to] without termination and have a linked
//    renewal / those contracts.
//  - task completion = tasks due in [from, to] done / tasks due in [from, to] (cancelled
//    tasks excluded); per contract: contracts whose due tasks are all done / contracts with
//    tasks due.
struct ContractIndicatorValues
{
    IndicatorFilter filter;
    qint64 population = 0;
    qint64 signedResidents = 0;
    qint64 keyPopulation = 0;
    qint64 keySigned = 0;
    QList<CategoryCount> categories;
    qint64 contractsEnded = 0;
    qint64 contractsRenewed = 0;
    qint64 tasksDue = 0;
    qint64 tasksDone = 0;
    qint64 contractsWithTasks = 0;
    qint64 contractsAllTasksDone = 0;

    static double rate(qint64 num, qint64 den)
    {
        return den > 0 ? 100.0 * double(num) / double(den) : 0.0;
    }
    double signRate() const { return rate(signedResidents, population); }
    double keySignRate() const { return rate(keySigned, keyPopulation); }
    double renewalRate() const { return rate(contractsRenewed, contractsEnded); }
    double taskCompletion() const { return rate(tasksDone, tasksDue); }
    double contractCompletion() const { return rate(contractsAllTasksDone, contractsWithTasks); }
    QJsonObject toJson() const;
};

class ContractIndicators
{
public:
    explicit ContractIndicators(QString connectionName);
    Result<ContractIndicatorValues> compute(const Scope &scope,
                                            const IndicatorFilter &filter) const;

private:
    QString m_conn;
};

} // namespace Models
