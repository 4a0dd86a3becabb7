#pragma once

#include "contract.h"

#include <QAbstractTableModel>

namespace Models {

// The services of a package being edited, one per row with labelled columns: 任务代码, 名称,
// 次数/年, 适用人群. Shows labels (65岁以上老年人); EditRole reads and writes the codes.
class PackageServiceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Name, PerYear, AppliesTo, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setServices(QList<PackageService> services);
    const QList<PackageService> &services() const { return m_services; }
    int addService(); // an empty row at the end; returns its row

    // Service kinds the bundled catalogue knows (code, label), for the pick list.
    static QList<QPair<QString, QString>> knownKinds();
    // Key populations (code, label), "" first meaning every signed resident.
    static QList<QPair<QString, QString>> populations();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<PackageService> m_services;
};

} // namespace Models
