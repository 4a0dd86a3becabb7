#pragma once

#include "result.h"
#include "scope.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace Models {

// Residents aged 65 and over on `on`, in the population on that day and in the caller's
// villages, whose service of `on`'s year is not complete, with what is missing ("service" when
// there is none at all). The daily work list and the 老年人健康管理率 read this.
struct ElderlyWorkRow
{
    QString residentId;
    QString name;
    QString villageCode;
    int age = 0;
    QString serviceId;   // empty: no visit this year
    QStringList missing; // elderlyMissingParts codes, or "service"
};

struct ElderlyWorklistFilter
{
    QDate on = QDate::currentDate();
    QString villageCode;          // empty: every village of the scope
    bool includeComplete = false; // also the residents whose service is complete (missing empty)
};

Result<QVector<ElderlyWorkRow>> elderlyWorklist(const QString &connectionName, const Scope &scope,
                                                const ElderlyWorklistFilter &filter);

} // namespace Models
