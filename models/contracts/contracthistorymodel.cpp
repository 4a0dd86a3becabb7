#include "contracthistorymodel.h"

#include "contractrules.h"

namespace Models {

ContractHistoryModel::ContractHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ContractHistoryModel::setContracts(QVector<Contract> contracts,
                                        const QHash<QString, QString> &packageNames,
                                        const QDate &today)
{
    beginResetModel();
    m_contracts = std::move(contracts);
    std::sort(m_contracts.begin(), m_contracts.end(),
              [](const Contract &a, const Contract &b) { return a.startDate > b.startDate; });
    m_packageNames = packageNames;
    m_today = today;
    endResetModel();
}

const Contract *ContractHistoryModel::contract(int row) const
{
    return row >= 0 && row < m_contracts.size() ? &m_contracts.at(row) : nullptr;
}

int ContractHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contracts.size());
}

int ContractHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractHistoryModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString names[] = {tr("协议号"), tr("团队"), tr("签约医生"), tr("开始"),
                             tr("结束"),   tr("状态"), tr("服务包"),   tr("人群标签")};
    return section < ColumnCount ? names[section] : QVariant();
}

QVariant ContractHistoryModel::data(const QModelIndex &index, int role) const
{
    const Contract *c = contract(index.row());
    if (!c)
        return {};
    if (role == ContractIdRole)
        return c->id;
    const ContractStatus st = ContractRules::get().statusOn(*c, m_today, !c->renewedById.isEmpty());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return c->contractNo;
    case Team:
        return c->teamName;
    case Doctor:
        return c->doctorName;
    case Start:
        return c->startDate.toString(Qt::ISODate);
    case End:
        return c->coverEnd().toString(Qt::ISODate);
    case Status: {
        QString s = statusLabel(st);
        if (st == ContractStatus::Terminated)
            s += QStringLiteral("（%1）").arg(
                ContractRules::label(ContractRules::get().terminateReasons, c->terminateReason));
        else if (!c->renewedById.isEmpty())
            s += tr("（已续约）");
        return s;
    }
    case Packages: {
        QStringList names;
        for (const QString &p : c->packageIds)
            names << m_packageNames.value(p, p);
        return names.join(QStringLiteral("、"));
    }
    case Tags: {
        QStringList names;
        for (const QString &t : c->tags)
            if (const auto *k = ContractRules::get().keyPopulation(t))
                names << k->label();
        return names.join(QStringLiteral("、"));
    }
    }
    return {};
}

ContractTaskModel::ContractTaskModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ContractTaskModel::setTasks(QVector<ContractTask> tasks, const QDate &today)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_today = today;
    endResetModel();
}

int ContractTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int ContractTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractTaskModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString names[] = {tr("服务项目"), tr("第几次"), tr("应完成日期"), tr("状态"),
                             tr("完成日期")};
    return section < ColumnCount ? names[section] : QVariant();
}

QVariant ContractTaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const ContractTask &t = m_tasks.at(index.row());
    const bool overdue = t.status == QLatin1String("open") && t.dueOn < m_today;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.name.isEmpty() ? t.kind : t.name;
    case Seq:
        return t.seq;
    case Due:
        return t.dueOn.toString(Qt::ISODate);
    case State:
        if (t.status == QLatin1String("done"))
            return tr("已完成");
        if (t.status == QLatin1String("cancelled"))
            return tr("已取消");
        return overdue ? tr("逾期未做") : tr("待完成");
    case Done:
        return t.doneOn.isValid() ? t.doneOn.toString(Qt::ISODate) : QString();
    }
    return {};
}

} // namespace Models
