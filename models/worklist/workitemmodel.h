#pragma once

#include "dailyworklist.h"

#include <QAbstractTableModel>

namespace Models {

// The daily work list as a table, one row per item in route order, every column filled on every
// row (so an export has the household on each line; the page draws it once per household).
// Filters by programme and by "overdue only" keep the route order.
class WorkItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Household,
        Head,
        Resident,
        SexAge,
        Programme,
        Reason,
        DueDate,
        Status,
        ColumnCount
    };
    enum Role {
        ResidentIdRole = Qt::UserRole + 1,
        FormRole,
        FormRefRole,
        SourceRole,
        OverdueRole,        // bool
        HouseholdFirstRole, // bool: the first row shown of its household (or of the queue)
        ResidentFirstRole,  // bool: the first row shown of its resident
        QueueRole,          // bool: the clinic's own queue
        ItemRole,           // int: index into list().items
    };

    explicit WorkItemModel(QObject *parent = nullptr);

    void setList(DailyWorklist list);
    const DailyWorklist &list() const { return m_list; }
    // Empty source: every programme.
    void setFilter(const QString &source, bool overdueOnly);
    const WorkItem &item(int row) const { return m_list.items.at(m_rows.at(row)); }
    int rowOfResident(const QString &residentId, const QString &source = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    DailyWorklist m_list;
    QString m_source;
    bool m_overdueOnly = false;
    QVector<int> m_rows;             // shown items
    QVector<bool> m_first;           // per shown row: first of its household
    QVector<bool> m_firstOfResident; // per shown row: first of its resident
};

} // namespace Models
