#pragma once

#include "contractworklists.h"

#include <QAbstractTableModel>

namespace Models {

// The rows of one contract work list, for a view and for printing.
class WorkListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Kind { Expiring, UnsignedKey, PartlySigned };
    enum Role { ResidentIdRole = Qt::UserRole + 1, ContractIdRole, HouseholdIdRole };

    explicit WorkListModel(Kind kind, QObject *parent = nullptr);
    void setRows(QVector<WorkRow> rows, const QDate &today);
    const QVector<WorkRow> &rows() const { return m_rows; }
    Kind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QStringList columns() const;
    Kind m_kind;
    QVector<WorkRow> m_rows;
    QDate m_today;
};

} // namespace Models
