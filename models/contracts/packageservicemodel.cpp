#include "packageservicemodel.h"

#include "contractrules.h"

namespace Models {

void PackageServiceModel::setServices(QList<PackageService> services)
{
    beginResetModel();
    m_services = std::move(services);
    endResetModel();
}

int PackageServiceModel::addService()
{
    const int row = int(m_services.size());
    beginInsertRows({}, row, row);
    m_services.append(PackageService{{}, {}, 1, {}});
    endInsertRows();
    return row;
}

QList<QPair<QString, QString>> PackageServiceModel::knownKinds()
{
    QList<QPair<QString, QString>> out;
    QStringList seen;
    for (const Package &p : ContractRules::get().packages)
        for (const PackageService &s : p.services)
            if (!seen.contains(s.kind)) {
                seen << s.kind;
                out.append({s.kind, s.name});
            }
    return out;
}

QList<QPair<QString, QString>> PackageServiceModel::populations()
{
    QList<QPair<QString, QString>> out{{QString(), tr("所有签约居民")}};
    for (const KeyPopulationRule &k : ContractRules::get().keyPopulations)
        out.append({k.code, k.label()});
    return out;
}

int PackageServiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int PackageServiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageServiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    if (role != Qt::EditRole && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const PackageService &s = m_services.at(index.row());
    switch (index.column()) {
    case Kind:
        return s.kind;
    case Name:
        return s.name;
    case PerYear:
        return s.perYear;
    case AppliesTo:
        if (role == Qt::EditRole)
            return s.appliesTo; // the code; people read the label
        for (const auto &p : populations())
            if (p.first == s.appliesTo)
                return p.second;
        return s.appliesTo;
    }
    return {};
}

bool PackageServiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_services.size())
        return false;
    PackageService &s = m_services[index.row()];
    switch (index.column()) {
    case Kind:
        s.kind = value.toString().trimmed();
        if (s.name.isEmpty()) // a known kind brings its usual name
            for (const auto &k : knownKinds())
                if (k.first == s.kind)
                    s.name = k.second;
        emit dataChanged(index, index.siblingAtColumn(Name));
        return true;
    case Name:
        s.name = value.toString().trimmed();
        break;
    case PerYear:
        s.perYear = value.toInt();
        break;
    case AppliesTo:
        s.appliesTo = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags PackageServiceModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                           : Qt::NoItemFlags;
}

QVariant PackageServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("任务代码");
    case Name:
        return tr("名称");
    case PerYear:
        return tr("次数/年");
    case AppliesTo:
        return tr("适用人群");
    }
    return {};
}

bool PackageServiceModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_services.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_services.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace Models
