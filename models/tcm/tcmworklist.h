#pragma once

#include "result.h"
#include "scope.h"

#include <QDate>
#include <QVector>

namespace Models {

// Who is due for TCM health management on `on`, in the population that day and in the caller's
// villages: residents 65+ without an assessment in `on`'s year, and children whose month-age
// window (6, 12, ... 36 months) holds `on` without that age's service.
struct TcmDueRow
{
    QString residentId;
    QString name;
    QString villageCode;
    QString kind;   // "elderly" | "child"
    int months = 0; // child: the month age due
    QDate dueFrom, dueUntil;
};

Result<QVector<TcmDueRow>> tcmDue(const QString &connectionName, const Scope &scope,
                                  const QDate &on = QDate::currentDate(),
                                  const QString &villageCode = {});

} // namespace Models
