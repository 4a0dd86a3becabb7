#pragma once

#include "contract.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Models {

// A resident's contracts, newest first, with their status on a day.
class ContractHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Team, Doctor, Start, End, Status, Packages, Tags, ColumnCount };
    enum Role { ContractIdRole = Qt::UserRole + 1 };

    explicit ContractHistoryModel(QObject *parent = nullptr);
    void setContracts(QVector<Contract> contracts, const QHash<QString, QString> &packageNames,
                      const QDate &today);
    const Contract *contract(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<Contract> m_contracts;
    QHash<QString, QString> m_packageNames;
    QDate m_today;
};

// The tasks of a resident's contracts: which are done and which are due.
class ContractTaskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Seq, Due, State, Done, ColumnCount };
    explicit ContractTaskModel(QObject *parent = nullptr);
    void setTasks(QVector<ContractTask> tasks, const QDate &today);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<ContractTask> m_tasks;
    QDate m_today;
};

} // namespace Models
