#pragma once

#include "timeline.h"

#include <QAbstractTableModel>

namespace Models {

// A resident's timeline for the resident screen: newest first, filterable by kind.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Kind, Title, Summary, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, KindRole, DetailRole };

    TimelineModel(QString connectionName, Scope scope, QObject *parent = nullptr);
    Result<void> load(const QString &residentId);
    void setKindFilter(const QString &kind); // empty = every kind
    const TimelineEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    QString m_conn;
    Scope m_scope;
    QString m_kind;
    QVector<TimelineEntry> m_all;
    QVector<int> m_rows; // indexes into m_all after the filter
    QHash<QString, QString> m_labels;
};

} // namespace Models
