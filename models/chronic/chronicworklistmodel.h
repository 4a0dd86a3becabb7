#pragma once

#include "chronicworklist.h"
#include "staffdirectory.h"

#include <QAbstractTableModel>

namespace Models {

// The follow-up worklist for views: a table over WorklistRow values, loaded by reload().
class ChronicWorklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Sex,
        Age,
        Village,
        Programme,
        LastVisit,
        LastClass,
        NextDue,
        Overdue,
        Doctor,
        Phone,
        ColumnCount
    };
    // AlertRole: true where the view should draw the cell as a warning (overdue, not controlled).
    enum Role { RegistrationIdRole = Qt::UserRole + 1, ResidentIdRole, AlertRole };

    ChronicWorklistModel(QString connectionName, Scope scope, QObject *parent = nullptr);

    WorklistFilter filter() const { return m_filter; }
    void setFilter(const WorklistFilter &filter); // reloads
    Result<void> reload();
    const QVector<WorklistRow> &rows() const { return m_rows; }
    int rowOfRegistration(const QString &registrationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    QString m_conn;
    Scope m_scope;
    WorklistFilter m_filter;
    QVector<WorklistRow> m_rows;
    StaffDirectory m_staff; // 责任医生 by name
};

} // namespace Models
