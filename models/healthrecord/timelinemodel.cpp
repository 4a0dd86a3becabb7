#include "timelinemodel.h"

namespace Models {

TimelineModel::TimelineModel(QString connectionName, Scope scope, QObject *parent)
    : QAbstractTableModel(parent), m_conn(std::move(connectionName)), m_scope(std::move(scope))
{
    for (const TimelineSource &s : timelineSources())
        m_labels.insert(QLatin1String(s.kind), s.translatedLabel());
}

Result<void> TimelineModel::load(const QString &residentId)
{
    auto entries = Timeline::load(m_conn, m_scope, residentId);
    beginResetModel();
    m_all = entries ? *entries : QVector<TimelineEntry>();
    applyFilter();
    endResetModel();
    if (!entries)
        return entries.error();
    return {};
}

void TimelineModel::setKindFilter(const QString &kind)
{
    beginResetModel();
    m_kind = kind;
    applyFilter();
    endResetModel();
}

void TimelineModel::applyFilter()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (m_kind.isEmpty() || m_all.at(i).kind == m_kind)
            m_rows << i;
}

const TimelineEntry *TimelineModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_all.at(m_rows.at(row)) : nullptr;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const TimelineEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return e->date.toString(Qt::ISODate);
        case Kind:
            return m_labels.value(e->kind, e->kind);
        case Title:
            return e->title;
        case Summary:
            return e->summary;
        }
        return {};
    case Qt::ToolTipRole:
        return e->summary;
    case EntryIdRole:
        return e->id;
    case KindRole:
        return e->kind;
    case DetailRole:
        return e->detail;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("日期");
    case Kind:
        return tr("类别");
    case Title:
        return tr("事项");
    case Summary:
        return tr("摘要");
    }
    return {};
}

} // namespace Models
