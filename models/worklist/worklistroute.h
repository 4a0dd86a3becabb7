#pragma once

// Private to models/worklist: who the items are for (the resident's row, household and village,
// read once each) and the route order.

#include "scope.h"
#include "sqlitestmt.h"
#include "workitem.h"

#include <QHash>
#include <QVector>

namespace Models {

class WorklistResidents
{
public:
    // `area`: the prefix of the villages kept (empty: all in scope).
    WorklistResidents(const QString &connectionName, const Scope &scope, const QString &area,
                      const QDate &date);
    bool ok() const { return m_resident.ok() && m_household.ok() && m_village.ok(); }
    QString error() const;

    // Fills the item's "who" from its resident; false when the resident is not in the
    // population on the day, not in scope or not in the area.
    bool fill(WorkItem &item);

private:
    struct Household
    {
        QString address, headId, headName, group;
        int groupNumber = -1, house = -1;
    };
    struct Who
    {
        bool keep = false;
        QString name, sex, villageCode, householdId, sortKey, ownAddress;
        QDate birth;
    };
    const Household &household(const QString &id, const QString &ownAddress);
    const QString &villageName(const QString &code);

    const Scope &m_scope;
    const QString m_area;
    const QByteArray m_date;
    SqliteStmt m_resident, m_household, m_village;
    QHash<QString, Who> m_who;
    QHash<QString, Household> m_households; // by household id, or "@" + address without one
    QHash<QString, QString> m_villages;
};

// Sorts filled items by route: village, 组 (or the address when it names none), house number,
// household (its head first), resident; a resident's overdue items first, then by date, then by
// the sources' order.
void sortByRoute(QVector<WorkItem> &items, const QHash<QString, int> &sourceOrder);

} // namespace Models
