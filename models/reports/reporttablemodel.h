#pragma once

#include "reporttable.h"
#include "tableexport.h"

#include <QAbstractTableModel>

namespace Models {

// A computed report table for a view and for the exports: column 0 is the village (村（居委会）),
// then the definition's columns; the last row is 合计. Counts and rates are numbers in EditRole
// (so an .xlsx gets numbers), text in DisplayRole ("—" when unknown).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        TotalRowRole = Qt::UserRole + 1, // bool, on every cell of the 合计 row
        DefinitionRole,                  // headerData: the column's definition in words
        GroupRole,                       // headerData: the heading over several columns
        VillageCodeRole,
    };

    explicit ReportTableModel(QObject *parent = nullptr);
    void setTable(const ReportTable &table);
    void clear();
    const ReportTable &table() const { return m_table; }
    bool hasTable() const { return !m_table.rows.isEmpty(); }
    // Per column of the model (village first): the group heading, empty when none.
    QStringList columnGroups() const;
    // The standard header above the table (填报单位, 报送周期) and below it (审核人, 填表人,
    // 填报时间), the group headings and the notes, for the exports and the print.
    TableDocument document() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace Models
