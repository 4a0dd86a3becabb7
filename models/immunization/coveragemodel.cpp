#include "coveragemodel.h"

#include "vaccinenames.h"
#include "vaccineschedule.h"

#include <algorithm>

namespace Models {

void CoverageModel::setResult(const CoverageResult &result)
{
    beginResetModel();
    m_result = result;
    // Doses with nobody due in the period say nothing: leave them out.
    m_result.doses.erase(std::remove_if(m_result.doses.begin(), m_result.doses.end(),
                                        [](const DoseCoverage &d) { return d.due == 0; }),
                         m_result.doses.end());
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.doses.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.doses.size())
        return {};
    const DoseCoverage &d = m_result.doses.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Vaccine)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Vaccine:
        return d.seriesName;
    case Dose:
        return d.dose;
    case Due:
        return d.due;
    case Given:
        return d.given;
    case Rate:
        return QStringLiteral("%1%").arg(d.rate(), 0, 'f', 1);
    case Timely:
        return d.timely;
    case TimelyRate:
        return QStringLiteral("%1%").arg(d.timelyRate(), 0, 'f', 1);
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Vaccine:
        return tr("疫苗");
    case Dose:
        return tr("剂次");
    case Due:
        return tr("应种");
    case Given:
        return tr("实种");
    case Rate:
        return tr("接种率");
    case Timely:
        return tr("及时种");
    case TimelyRate:
        return tr("及时接种率");
    }
    return {};
}

void BehindModel::setRows(QVector<BehindChild> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int BehindModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BehindModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BehindModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BehindChild &b = m_rows.at(index.row());
    if (role == ResidentIdRole)
        return b.residentId;
    if (role == Qt::ToolTipRole && index.column() == Village)
        return b.villageCode;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return b.name;
    case Birth:
        return b.birth.toString(Qt::ISODate);
    case Village:
        return m_villageNames.value(b.villageCode, b.villageCode);
    case OverdueDoses:
        return b.overdueDoses;
    case MaxDays:
        return b.maxOverdueDays;
    case Doses:
        return b.doses.join(QStringLiteral("、"));
    }
    return {};
}

QVariant BehindModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("姓名");
    case Birth:
        return tr("出生日期");
    case Village:
        return tr("村");
    case OverdueDoses:
        return tr("逾期剂次");
    case MaxDays:
        return tr("最长逾期天数");
    case Doses:
        return tr("逾期疫苗");
    }
    return {};
}

} // namespace Models

namespace Models {

void LotListModel::setLots(QVector<VaccineLot> lots, const QDate &today)
{
    beginResetModel();
    m_lots = std::move(lots);
    m_today = today;
    endResetModel();
}

int LotListModel::nearExpiryCount() const
{
    const int days = ScheduleSet::instance().all().last().lotNearExpiryDays;
    return int(std::count_if(m_lots.begin(), m_lots.end(),
                             [&](const VaccineLot &l) { return l.expiresWithin(m_today, days); }));
}

int LotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lots.size());
}

int LotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LotListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lots.size())
        return {};
    const VaccineLot &l = m_lots.at(index.row());
    const int days = ScheduleSet::instance().all().last().lotNearExpiryDays;
    if (role == NearExpiryRole)
        return l.expiresWithin(m_today, days);
    if (role == Qt::ToolTipRole && l.expiresWithin(m_today, days))
        return tr("%1 天内到期，请优先使用").arg(days);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Vaccine:
        return VaccineNames::nameWithCode(l.vaccine);
    case Received:
        return l.dosesReceived;
    case Remaining:
        return l.remaining();
    case Code:
        return l.vaccineCode;
    case LotNo:
        return l.lotNo;
    case Manufacturer:
        return l.manufacturer;
    case Expiry:
        return l.expiry.toString(Qt::ISODate);
    }
    return {};
}

QVariant LotListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Vaccine:
        return tr("疫苗");
    case Code:
        return tr("编码");
    case LotNo:
        return tr("批号");
    case Manufacturer:
        return tr("生产企业");
    case Expiry:
        return tr("有效期至");
    case Received:
        return tr("入库（剂）");
    case Remaining:
        return tr("库存（剂）");
    }
    return {};
}

} // namespace Models
