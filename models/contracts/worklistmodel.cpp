#include "worklistmodel.h"
#include "dates.h"

#include "codetable.h"
#include "contractrules.h"

namespace Models {

WorkListModel::WorkListModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind)
{
}

void WorkListModel::setRows(QVector<WorkRow> rows, const QDate &today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

int WorkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QStringList WorkListModel::columns() const
{
    switch (m_kind) {
    case Expiring:
        return {tr("村（居委会）"), tr("团队"), tr("签约医生"), tr("姓名"),  tr("性别"),
                tr("年龄"),         tr("电话"), tr("到期日"),   tr("协议号")};
    case UnsignedKey:
        return {tr("村（居委会）"), tr("姓名"), tr("性别"), tr("年龄"), tr("电话"), tr("重点人群")};
    case PartlySigned:
        return {tr("村（居委会）"), tr("户主"), tr("电话"), tr("已签约"), tr("家庭人数")};
    }
    return {};
}

int WorkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QVariant WorkListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole)
        return columns().value(section);
    return {};
}

QVariant WorkListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkRow &w = m_rows.at(index.row());
    if (role == ResidentIdRole)
        return w.residentId;
    if (role == ContractIdRole)
        return w.contractId;
    if (role == HouseholdIdRole)
        return w.householdId;
    if (role != Qt::DisplayRole)
        return {};
    auto age = [&] { return ageInYears(w.birthDate, m_today); };
    const QString sex = CodeTable::get(QStringLiteral("sex")).label(w.sex);
    switch (m_kind) {
    case Expiring: {
        const QVariant cols[] = {
            w.villageName, w.teamName, w.doctorName, w.residentName,
            sex,           age(),      w.phone,      w.endDate.toString(Qt::ISODate),
            w.contractNo};
        return cols[index.column()];
    }
    case UnsignedKey: {
        QStringList tags;
        for (const QString &t : w.tags)
            if (const auto *k = ContractRules::get().keyPopulation(t))
                tags << k->label();
        const QVariant cols[] = {w.villageName, w.residentName, sex,
                                 age(),         w.phone,        tags.join(QStringLiteral("、"))};
        return cols[index.column()];
    }
    case PartlySigned: {
        const QVariant cols[] = {w.villageName, w.residentName, w.phone, w.signedMembers,
                                 w.members};
        return cols[index.column()];
    }
    }
    return {};
}

} // namespace Models
