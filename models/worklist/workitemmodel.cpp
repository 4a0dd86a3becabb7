#include "workitemmodel.h"

#include "dates.h"
#include "immunizationmodels.h"

namespace Models {

WorkItemModel::WorkItemModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void WorkItemModel::setList(DailyWorklist list)
{
    beginResetModel();
    m_list = std::move(list);
    rebuild();
    endResetModel();
}

void WorkItemModel::setFilter(const QString &source, bool overdueOnly)
{
    if (source == m_source && overdueOnly == m_overdueOnly)
        return;
    beginResetModel();
    m_source = source;
    m_overdueOnly = overdueOnly;
    rebuild();
    endResetModel();
}

void WorkItemModel::rebuild()
{
    m_rows.clear();
    m_first.clear();
    m_firstOfResident.clear();
    QString last, lastResident;
    for (int i = 0; i < m_list.items.size(); ++i) {
        const WorkItem &w = m_list.items.at(i);
        if ((!m_source.isEmpty() && w.source != m_source) || (m_overdueOnly && !w.overdue()))
            continue;
        const QString key = w.isQueue() ? QStringLiteral("queue") : w.householdKey();
        m_rows << i;
        m_first << (key != last);
        m_firstOfResident << (w.isQueue() || w.residentId != lastResident);
        last = key;
        lastResident = w.residentId;
    }
}

int WorkItemModel::rowOfResident(const QString &residentId, const QString &source) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const WorkItem &w = item(r);
        if (w.residentId == residentId && (source.isEmpty() || w.source == source))
            return r;
    }
    return -1;
}

int WorkItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkItem &w = item(index.row());
    switch (role) {
    case ResidentIdRole:
        return w.residentId;
    case FormRole:
        return w.form;
    case FormRefRole:
        return w.formRef;
    case SourceRole:
        return w.source;
    case OverdueRole:
        return w.overdue();
    case HouseholdFirstRole:
        return m_first.at(index.row());
    case ResidentFirstRole:
        return m_firstOfResident.at(index.row());
    case QueueRole:
        return w.isQueue();
    case ItemRole:
        return m_rows.at(index.row());
    case Qt::ToolTipRole:
        if (index.column() == Reason || index.column() == Household)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Household:
        if (w.isQueue())
            return tr("本机待办");
        // Several villages: the village first, unless the address starts with it already.
        return m_list.area.size() == 12 || w.address.startsWith(w.villageName)
                   ? w.address
                   : w.villageName + QStringLiteral(" ") + w.address;
    case Head:
        return w.headName;
    case Resident:
        return w.name;
    case SexAge:
        if (w.isQueue())
            return QString();
        // A child's age in months, as the immunization screens write it (8月龄, 3岁2月).
        return QStringLiteral("%1 %2").arg(
            w.sex == QLatin1String("M") ? tr("男") : tr("女"),
            ageInYears(w.birthDate, m_list.date) < 7
                ? SessionListModel::ageText(w.birthDate, m_list.date)
                : tr("%1岁").arg(ageInYears(w.birthDate, m_list.date)));
    case Programme:
        return w.programme;
    case Reason:
        return w.fullReason();
    case DueDate:
        return isoDate(w.dueDate);
    case Status:
        return w.statusText(m_list.date);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Household:
        return tr("户（地址）");
    case Head:
        return tr("户主");
    case Resident:
        return tr("居民");
    case SexAge:
        return tr("性别年龄");
    case Programme:
        return tr("项目");
    case Reason:
        return tr("事由");
    case DueDate:
        return tr("应做日期");
    case Status:
        return tr("状态");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Models
