#pragma once

#include "result.h"
#include "scope.h"

#include <QDate>
#include <QList>
#include <QPair>

#include <functional>

namespace Models {

struct DemoOptions
{
    int residents = 2000;
    quint64 seed = 1;
    QString countyCode = QStringLiteral("430121"); // a well-formed GB/T 2260 county code
    QString countyName = QStringLiteral("示范县");
    QDate today = QDate::currentDate(); // ages are relative to this day
};

struct DemoSummary
{
    int residents = 0;
    int households = 0;
    int villages = 0;
    int townships = 0;
    qint64 milliseconds = 0;
    QList<QPair<QString, qint64>> partMilliseconds;    // residents first, then each extension
    QList<QPair<QString, qint64>> partCpuMilliseconds; // the same parts, process CPU time
};

// Builds a deterministic township from a seed: areas, households of 1-6 people, a realistic
// age and sex pyramid, surnames by frequency, valid identity numbers consistent with birth
// date, sex and county, phones, addresses, health-record numbers, search terms and outbox
// entries. All in one transaction: cancelled or failed, the database is as it was.
// `progress(done, total)` returning false cancels.
class DemoGenerator
{
public:
    using Progress = std::function<bool(int done, int total)>;
    static Result<DemoSummary> generate(const QString &connectionName, const Scope &scope,
                                        const DemoOptions &options, const Progress &progress = {});
};

} // namespace Models
