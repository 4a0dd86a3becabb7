#include "indicatortablemodel.h"

#include "codetable.h"
#include "dates.h"

namespace Models {

IndicatorTableModel::IndicatorTableModel(QObject *parent, const IndicatorCatalog &catalog)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
}

void IndicatorTableModel::setRun(const IndicatorRun &run)
{
    beginResetModel();
    m_run = run;
    endResetModel();
}

const IndicatorResult *IndicatorTableModel::result(int row) const
{
    return row >= 0 && row < m_run.results.size() ? &m_run.results.at(row) : nullptr;
}

const IndicatorDefinition *IndicatorTableModel::definition(int row) const
{
    const IndicatorResult *r = result(row);
    return r ? m_catalog.find(r->id) : nullptr;
}

int IndicatorTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_run.results.size(); ++i)
        if (m_run.results.at(i).id == id)
            return i;
    return -1;
}

QString IndicatorTableModel::statusText(TargetStatus s)
{
    switch (s) {
    case TargetStatus::Met:
        return tr("✓ 达标");
    case TargetStatus::Near:
        return tr("△ 接近目标");
    case TargetStatus::Below:
        return tr("✗ 未达标");
    case TargetStatus::NoData:
        return tr("… 无数据");
    case TargetStatus::NoTarget:
        break;
    }
    return tr("— 未设目标");
}

QString IndicatorTableModel::percent(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_run.results.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    const IndicatorResult *r = result(index.row());
    const IndicatorDefinition *d = definition(index.row());
    if (!r || !d)
        return {};
    const int c = index.column();
    switch (role) {
    case IdRole:
        return r->id;
    case StatusRole:
        return int(r->status);
    case DrillRole:
        if (c == Numerator)
            return int(IndicatorSet::Numerator);
        if (c == Denominator)
            return int(IndicatorSet::Denominator);
        if (c == Value || c == Gap || c == Status)
            return int(IndicatorSet::Gap);
        return -1;
    case NumberRole:
        if (c == Value)
            return r->total.value() ? QVariant(*r->total.value()) : QVariant();
        if (c == Numerator)
            return r->total.numerator;
        if (c == Denominator)
            return r->total.denominator;
        if (c == Target)
            return r->target ? QVariant(*r->target) : QVariant();
        if (c == Gap)
            return r->gapResidents;
        return {};
    case Qt::TextAlignmentRole:
        return int((c >= Value && c <= Gap ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (c == Numerator)
            return tr("分子：%1").arg(d->numerator.displayWords());
        if (c == Denominator) {
            QString t = tr("分母：%1").arg(d->denominator.displayWords());
            if (r->total.denominatorFromSetting)
                t += QLatin1Char('\n') + tr("本期分母来自设置或估算；登记在册的相应居民 %1 人")
                                             .arg(r->total.denominatorResidents);
            return t;
        }
        if (c == Target)
            return tr("目标来源：%1").arg(r->targetSource);
        if (c == Gap && r->gapPoints)
            return tr("距目标 %1 个百分点").arg(*r->gapPoints, 0, 'f', 1);
        if (c == Programme)
            return m_catalog.programmeName(d->programme);
        return tr("%1 = 分子 ÷ 分母\n分子：%2\n分母：%3")
            .arg(d->displayName(), d->numerator.displayWords(), d->denominator.displayWords());
    case Qt::DisplayRole:
        switch (c) {
        case Programme:
            return m_catalog.programmeShortName(d->programme);
        case Name:
            return d->displayName();
        case Value:
            return percent(r->total.value());
        case Numerator:
            return QString::number(r->total.numerator);
        case Denominator:
            return QString::number(r->total.denominator);
        case Target:
            return r->target ? QString::number(*r->target, 'g', 4) + QLatin1Char('%')
                             : QStringLiteral("—");
        case Gap:
            if (r->status == TargetStatus::Near || r->status == TargetStatus::Below)
                return tr("差 %1 人").arg(r->gapResidents);
            return QStringLiteral("—");
        case Status:
            return statusText(r->status);
        }
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Programme:
        return tr("项目");
    case Name:
        return tr("指标");
    case Value:
        return tr("值");
    case Numerator:
        return tr("分子");
    case Denominator:
        return tr("分母");
    case Target:
        return tr("目标");
    case Gap:
        return tr("差距");
    case Status:
        return tr("状态");
    }
    return {};
}

IndicatorPeopleModel::IndicatorPeopleModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void IndicatorPeopleModel::setPeople(const IndicatorPeople &people, const QDate &ageOn)
{
    beginResetModel();
    m_people = people;
    m_ageOn = ageOn;
    endResetModel();
}

int IndicatorPeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.people.size());
}

int IndicatorPeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorPeopleModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_people.people.size())
        return {};
    const IndicatorPerson &p = m_people.people.at(index.row());
    if (role == ResidentIdRole)
        return p.residentId;
    if (role == Qt::TextAlignmentRole && index.column() == Age)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.name;
    case Sex:
        return CodeTable::get(QStringLiteral("sex")).label(p.sex);
    case Birth:
        return isoDate(p.birth);
    case Age: {
        const int age = ageInYears(p.birth, m_ageOn);
        return age < 0 ? QString() : QString::number(age);
    }
    case Village:
        return p.villageName.isEmpty() ? p.villageCode : p.villageName;
    case Phone:
        return p.phone;
    case RecordNo:
        return p.recordNo;
    }
    return {};
}

QVariant IndicatorPeopleModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Name:
        return tr("姓名");
    case Sex:
        return tr("性别");
    case Birth:
        return tr("出生日期");
    case Age:
        return tr("年龄");
    case Village:
        return tr("村");
    case Phone:
        return tr("电话");
    case RecordNo:
        return tr("档案编号");
    }
    return {};
}

} // namespace Models
