#include "reporttablemodel.h"

namespace Models {

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_table = ReportTable{};
    endResetModel();
}

QStringList ReportTableModel::columnGroups() const
{
    QStringList out{QString()};
    for (const ReportColumn &c : m_table.def.columns)
        out << c.displayGroup();
    return out;
}

TableDocument ReportTableModel::document() const
{
    const ReportHeader &h = m_table.header;
    TableDocument doc;
    doc.title = m_table.def.displayTitle();
    doc.headerFields = {{tr("填报单位"), h.unit}, {tr("报送周期"), h.period}};
    doc.footerFields = {{tr("审核人"), h.reviewer},
                        {tr("填表人"), h.preparer},
                        {tr("填报时间"), h.filledOn.toString(Qt::ISODate)}};
    doc.columnGroups = columnGroups();
    doc.notes = m_table.def.displayNotes();
    doc.lastRowIsTotal = true;
    return doc;
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_table.def.columns.isEmpty() ? 0
                                                             : int(m_table.def.columns.size()) + 1;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const ReportRow &row = m_table.rows.at(index.row());
    const int c = index.column() - 1;
    switch (role) {
    case Qt::DisplayRole:
        return c < 0 ? row.name : ReportTable::text(row.values.at(c));
    case Qt::EditRole:
        return c < 0 ? QVariant(row.name) : row.values.at(c);
    case Qt::TextAlignmentRole:
        return c < 0 ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                     : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return c < 0 ? QVariant() : QVariant(m_table.def.columns.at(c).displayDefinition());
    case TotalRowRole:
        return row.total;
    case VillageCodeRole:
        return row.villageCode;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("村（居委会）");
        return {};
    }
    const ReportColumn &c = m_table.def.columns.at(section - 1);
    switch (role) {
    case Qt::DisplayRole:
        return c.displayLabel();
    case Qt::ToolTipRole:
    case DefinitionRole:
        return c.displayDefinition();
    case GroupRole:
        return c.displayGroup();
    default:
        return {};
    }
}

} // namespace Models
