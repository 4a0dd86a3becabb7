#pragma once

#include "immunization.h"
#include "immunizationcoverage.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Models {

// Per-vaccine, per-dose coverage rows of an ImmunizationCoverage result, for a view.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Vaccine, Dose, Due, Given, Rate, Timely, TimelyRate, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const CoverageResult &result);
    const CoverageResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    CoverageResult m_result;
};

// The children behind schedule of a coverage result.
class BehindModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Birth, Village, OverdueDoses, MaxDays, Doses, ColumnCount };
    enum Role { ResidentIdRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QVector<BehindChild> rows);
    // Village code → name, so the list names villages (the code stays in the tooltip).
    void setVillageNames(QHash<QString, QString> names) { m_villageNames = std::move(names); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<BehindChild> m_rows;
    QHash<QString, QString> m_villageNames;
};

} // namespace Models

namespace Models {

// The clinic's stock of vaccine lots.
class LotListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Vaccine, Code, LotNo, Manufacturer, Expiry, Received, Remaining, ColumnCount };
    // NearExpiryRole: expires within the schedule's lot_near_expiry_days of `today`.
    enum Role { NearExpiryRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;
    void setLots(QVector<VaccineLot> lots, const QDate &today = QDate::currentDate());
    int nearExpiryCount() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<VaccineLot> m_lots;
    QDate m_today;
};

} // namespace Models
