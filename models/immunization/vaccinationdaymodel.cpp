#include "vaccinationdaymodel.h"

#include "vaccinenames.h"

namespace Models {

namespace {
QString hhmm(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm"));
}
} // namespace

void VaccinationDayModel::setChildren(QVector<VaccinatedChild> children, const QDateTime &now)
{
    beginResetModel();
    m_children = std::move(children);
    m_now = now;
    endResetModel();
}

void VaccinationDayModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_children.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int VaccinationDayModel::observing() const
{
    int n = 0;
    for (const VaccinatedChild &c : m_children)
        n += c.mayLeaveAt > m_now ? 1 : 0;
    return n;
}

QString VaccinationDayModel::summary() const
{
    if (m_children.isEmpty())
        return tr("今日尚无本单位接种");
    const VaccinatedChild *next = nullptr;
    for (const VaccinatedChild &c : m_children)
        if (c.mayLeaveAt > m_now && (!next || c.mayLeaveAt < next->mayLeaveAt))
            next = &c;
    const QString head =
        tr("今日已接种 %1 人，留观中 %2 人").arg(m_children.size()).arg(observing());
    return next ? tr("%1；下一位可离开：%2 %3").arg(head, next->name, hhmm(next->mayLeaveAt))
                : head;
}

int VaccinationDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_children.size());
}

int VaccinationDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaccinationDayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_children.size())
        return {};
    const VaccinatedChild &c = m_children.at(index.row());
    const bool observing = c.mayLeaveAt > m_now;
    if (role == ResidentIdRole)
        return c.residentId;
    if (role == ObservingRole)
        return observing;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return c.name;
    case Vaccines: {
        QStringList names;
        for (const QString &v : c.vaccines)
            names << VaccineNames::name(v);
        return names.join(QStringLiteral("、"));
    }
    case Time:
        return hhmm(c.lastGivenAt);
    case Guardian:
        return c.guardian.text();
    case Leave:
        if (!observing)
            return tr("可离开");
        //: observation: "10:45 可离开（还需 12 分钟）"
        return tr("%1 可离开（还需 %2 分钟）")
            .arg(hhmm(c.mayLeaveAt))
            .arg((m_now.secsTo(c.mayLeaveAt) + 59) / 60);
    }
    return {};
}

QVariant VaccinationDayModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("姓名");
    case Vaccines:
        return tr("疫苗");
    case Time:
        return tr("接种时间");
    case Guardian:
        return tr("监护人");
    case Leave:
        return tr("留观");
    }
    return {};
}

} // namespace Models
