#include "chronicworklistmodel.h"
#include "dates.h"

#include "chronicrules.h"
#include "codetable.h"

namespace Models {

ChronicWorklistModel::ChronicWorklistModel(QString connectionName, Scope scope, QObject *parent)
    : QAbstractTableModel(parent), m_conn(std::move(connectionName)), m_scope(std::move(scope)),
      m_staff(m_conn)
{
}

void ChronicWorklistModel::setFilter(const WorklistFilter &filter)
{
    m_filter = filter;
    (void)reload();
}

Result<void> ChronicWorklistModel::reload()
{
    auto rows = chronicWorklist(m_conn, m_scope, m_filter, ChronicRuleSet::active());
    m_staff.reload(); // staff may have been added since the last load
    beginResetModel();
    m_rows = rows ? *rows : QVector<WorklistRow>();
    endResetModel();
    if (!rows) {
        emit loadFailed(rows.error().message);
        return rows.error();
    }
    return {};
}

int ChronicWorklistModel::rowOfRegistration(const QString &registrationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).registrationId == registrationId)
            return int(i);
    return -1;
}

int ChronicWorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChronicWorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChronicWorklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorklistRow &r = m_rows.at(index.row());
    if (role == RegistrationIdRole)
        return r.registrationId;
    if (role == ResidentIdRole)
        return r.residentId;
    if (role == AlertRole)
        return (index.column() == Overdue && r.daysOverdue > 0) ||
               (index.column() == LastClass && r.lastClass > 1);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Sex:
        return CodeTable::get(QStringLiteral("sex")).label(r.sex);
    case Age:
        return ageInYears(r.birthDate, m_filter.today);
    case Village:
        return r.villageName;
    case Programme:
        return programmeLabel(r.programme);
    case LastVisit:
        return r.lastVisit.isValid() ? r.lastVisit.toString(Qt::ISODate) : tr("未随访");
    case LastClass:
        return r.lastClass ? classLabel(FollowupClass(r.lastClass)) : QString();
    case NextDue:
        return r.nextDue.toString(Qt::ISODate);
    case Overdue:
        if (!r.closeReason.isEmpty())
            return tr("已结案（失访）");
        return r.daysOverdue > 0 ? tr("逾期 %1 天").arg(r.daysOverdue) : QString();
    case Doctor:
        return m_staff.displayName(r.doctorId);
    case Phone:
        return r.phone;
    }
    return {};
}

QVariant ChronicWorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("姓名");
    case Sex:
        return tr("性别");
    case Age:
        return tr("年龄");
    case Village:
        return tr("村（居委会）");
    case Programme:
        return tr("疾病");
    case LastVisit:
        return tr("上次随访");
    case LastClass:
        return tr("上次分类");
    case NextDue:
        return tr("应随访日期");
    case Overdue:
        return tr("逾期");
    case Doctor:
        return tr("责任医生");
    case Phone:
        return tr("电话");
    }
    return {};
}

} // namespace Models
