#pragma once

// Private to models/worklist: who the items are for (the resident's row, household and village,
// read once each) and the route order.

#include "scope.h"
#include "sqlitestmt.h"
#include "workitem.h"

#include <QHash>
#include <QVector>

#include <mutex>
#include <vector>

namespace Models {

class WorklistResidents
{
public:
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
    // What the threads of one work list have read: a resident or household that one thread
    // looked up is not read again by another (a township's elderly are on several sources).
    struct Shared
    {
        std::mutex lock;
        QHash<QString, Who> who;
        QHash<QString, Household> households; // by household id, or "@" + address without one
    };

    // `area`: the prefix of the villages kept (empty: all in scope). `shared`: the rows read by
    // every thread of the work list (each thread reads with its own connection).
    WorklistResidents(const QString &connectionName, const Scope &scope, const QString &area,
                      const QDate &date, Shared *shared);
    bool ok() const { return m_resident.ok() && m_household.ok() && m_village.ok(); }
    QString error() const;

    // Fills the item's "who" from its resident; false when the resident is not in the
    // population on the day, not in scope or not in the area.
    bool fill(WorkItem &item);

private:
    Household household(const QString &id, const QString &ownAddress);
    const QString &villageName(const QString &code);

    const Scope &m_scope;
    const QString m_area;
    const QByteArray m_date;
    SqliteStmt m_resident, m_household, m_village;
    Shared &m_shared;
    QHash<QString, QString> m_villages;
};

// The route order of filled items, as positions in `items`, of those `keep` marks (all when it is
// empty): village, 组 (or the address when it names none), house number, household (its head
// first), resident; a resident's overdue items first, then by date, then by the sources' order.
// Positions, so that the work list moves each of a township's 22,000 items once, into its place
// in the answer.
std::vector<int> routeOrder(const QVector<WorkItem> &items, const QHash<QString, int> &sourceOrder,
                            const std::vector<bool> &keep);

} // namespace Models
