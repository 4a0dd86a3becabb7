#pragma once

#include "vaccinationday.h"

#include <QAbstractTableModel>

namespace Models {

// 今日已接种: children vaccinated here today, the last first, with the time of the last dose and
// when the 30-minute observation ends. setNow() moves the clock (the view calls it on a timer);
// ObservingRole says who must still stay, for the view's colours.
class VaccinationDayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Vaccines, Time, Guardian, Leave, ColumnCount };
    enum Role { ResidentIdRole = Qt::UserRole + 1, ObservingRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setChildren(QVector<VaccinatedChild> children, const QDateTime &now);
    void setNow(const QDateTime &now); // UTC
    const QVector<VaccinatedChild> &children() const { return m_children; }
    int observing() const;   // still in observation at `now`
    QString summary() const; // "留观 2 人；王小丫 10:45 可离开"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<VaccinatedChild> m_children;
    QDateTime m_now;
};

} // namespace Models
