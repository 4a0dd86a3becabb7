#pragma once

// Item models the immunization screen shows: the village session list and the child's card
// (laid out like the 预防接种证: one row per programme dose). Colours are the view's business:
// StatusRole / OverdueRole say what to colour.

#include "immunization.h"
#include "staffdirectory.h"

#include <QAbstractTableModel>

#include <memory>

namespace Models {

class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Sex, Age, Doses, Overdue, Phone, ColumnCount };
    enum Role { ResidentIdRole = Qt::UserRole + 1, OverdueRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QVector<SessionEntry> entries, const QDate &day);
    const QVector<SessionEntry> &entries() const { return m_entries; }
    int rowOf(const QString &residentId) const;
    static QString ageText(const QDate &birth, const QDate &on); // "8月龄", "3岁2月"
    static QString dosesText(const QVector<PlannedDose> &doses);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<SessionEntry> m_entries;
    QDate m_day;
};

class ImmunizationCardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Vaccine,
        Dose,
        Status,
        Date,
        Detail,
        Code,
        Manufacturer,
        Lot,
        Expiry,
        Site,
        Route,
        Clinic,
        Vaccinator,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1, SeriesRole, DoseNumberRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setChild(const ChildImmunization &child, const Plan &plan, const QDate &on);
    // 接种者 by name (the card is then read with the directory; without it, as stored).
    void setStaffDirectory(const QString &connectionName)
    {
        m_staff = std::make_unique<StaffDirectory>(connectionName);
    }
    const ChildImmunization &child() const { return m_child; }
    const Plan &plan() const { return m_plan; }
    QVector<PlannedDose> openDoses() const;
    // The text of the Detail column: overdue by how much, upcoming from when, catch-up and why.
    static QString detail(const PlannedDose &d, const QDate &on);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    const VaccineDose *doseOf(const PlannedDose &p) const;
    ChildImmunization m_child;
    Plan m_plan;
    QDate m_on;
    std::unique_ptr<StaffDirectory> m_staff;
};

} // namespace Models
