#include "immunizationmodels.h"
#include "dates.h"

#include "codetable.h"
#include "vaccinenames.h"

namespace Models {

namespace {
} // namespace

// ---- session list -------------------------------------------------------------------------

void SessionListModel::setEntries(QVector<SessionEntry> entries, const QDate &day)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_day = day;
    endResetModel();
}

int SessionListModel::rowOf(const QString &residentId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).residentId == residentId)
            return i;
    return -1;
}

QString SessionListModel::ageText(const QDate &birth, const QDate &on)
{
    int months = (on.year() - birth.year()) * 12 + on.month() - birth.month();
    if (on.day() < birth.day() && birth.addMonths(months) > on)
        --months;
    if (months < 0)
        return {};
    if (months < 24)
        return tr("%1月龄").arg(months);
    if (months % 12 == 0)
        return tr("%1岁").arg(months / 12);
    return tr("%1岁%2月").arg(months / 12).arg(months % 12);
}

QString SessionListModel::dosesText(const QVector<PlannedDose> &doses)
{
    QStringList parts;
    for (const PlannedDose &d : doses)
        parts << tr("%1第%2剂").arg(VaccineNames::name(d.vaccine)).arg(d.dose) +
                     (d.status == DoseStatus::Overdue ? tr("(逾期)") : QString());
    return parts.join(QStringLiteral("、"));
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const SessionEntry &e = m_entries.at(index.row());
    if (role == ResidentIdRole)
        return e.residentId;
    if (role == OverdueRole)
        return e.overdue;
    if (role == Qt::ToolTipRole && index.column() == Doses)
        return dosesText(e.open);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e.name;
    case Sex:
        return e.sex == QLatin1Char('M')   ? tr("男")
               : e.sex == QLatin1Char('F') ? tr("女")
                                           : QString();
    case Age:
        return ageText(e.birth, m_day);
    case Doses:
        return dosesText(e.open);
    case Overdue:
        return e.overdue ? QVariant(e.overdue) : QVariant();
    case Phone: // the guardian when recorded (母亲 张丽 138…), else the child's phone
        return e.guardian.isEmpty() ? e.phone : e.guardian.text();
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("姓名");
    case Sex:
        return tr("性别");
    case Age:
        return tr("年龄");
    case Doses:
        return tr("本次可种");
    case Overdue:
        return tr("逾期剂次");
    case Phone:
        return tr("监护人/电话");
    }
    return {};
}

// ---- immunization card ---------------------------------------------------------------------

void ImmunizationCardModel::setChild(const ChildImmunization &child, const Plan &plan,
                                     const QDate &on)
{
    beginResetModel();
    m_child = child;
    m_plan = plan;
    m_on = on;
    endResetModel();
}

QVector<PlannedDose> ImmunizationCardModel::openDoses() const
{
    QVector<PlannedDose> out;
    for (const PlannedDose &d : m_plan.doses)
        if (d.isOpen())
            out << d;
    return out;
}

const VaccineDose *ImmunizationCardModel::doseOf(const PlannedDose &p) const
{
    if (p.givenIndex < 0 || p.givenIndex >= m_child.doses.size())
        return nullptr;
    return &m_child.doses.at(p.givenIndex);
}

QString ImmunizationCardModel::detail(const PlannedDose &d, const QDate &on)
{
    switch (d.status) {
    case DoseStatus::Given:
        return {};
    case DoseStatus::Overdue:
        return tr("逾期%1天；%2").arg(d.recommended.daysTo(on)).arg(d.rule);
    case DoseStatus::Due:
        return d.catchUp ? tr("补种：%1").arg(d.rule) : d.rule;
    case DoseStatus::Upcoming: {
        const qint64 days = on.daysTo(d.earliest);
        const int soonDays = ScheduleSet::instance().all().last().dueSoonDays; // "due soon" is data
        const QString soon = days <= soonDays ? tr("（%1天后）").arg(days) : QString();
        return tr("%1起可种%2；%3").arg(isoDate(d.earliest), soon, d.rule);
    }
    case DoseStatus::NotNeeded:
    case DoseStatus::Contraindicated:
        return d.rule;
    }
    return {};
}

int ImmunizationCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.doses.size());
}

int ImmunizationCardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImmunizationCardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.doses.size())
        return {};
    const PlannedDose &p = m_plan.doses.at(index.row());
    const VaccineDose *g = doseOf(p);
    switch (role) {
    case StatusRole:
        return statusKey(p.status);
    case SeriesRole:
        return p.series;
    case DoseNumberRole:
        return p.dose;
    case Qt::ToolTipRole: // the columns the narrow card leaves out, and the whole rule
        if (g)
            return tr("%1\n疫苗编码 %2　生产企业 %3　有效期 %4　接种单位 %5")
                .arg(detail(p, m_on), g->vaccineCode, g->manufacturer, isoDate(g->expiry),
                     data(index.siblingAtColumn(Clinic)).toString());
        return detail(p, m_on);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Vaccine:
        return VaccineNames::name(g ? g->vaccine : p.vaccine);
    case Dose:
        return tr("第%1剂").arg(p.dose);
    case Status:
        return statusLabel(p.status) +
               (p.catchUp && p.status != DoseStatus::Given ? tr("·补种") : QString());
    case Date:
        if (p.status == DoseStatus::NotNeeded || p.status == DoseStatus::Contraindicated)
            return QString(); // no date to keep
        return p.status == DoseStatus::Given ? isoDate(p.given) : isoDate(p.earliest);
    case Detail:
        return detail(p, m_on);
    case Code:
        return g ? g->vaccineCode : QString();
    case Manufacturer:
        return g ? g->manufacturer : QString();
    case Lot:
        return g ? g->lotNo : QString();
    case Expiry:
        return g ? isoDate(g->expiry) : QString();
    case Site:
        return g ? CodeTable::get(QStringLiteral("vaccine_site")).label(g->site) : QString();
    case Route:
        return g ? CodeTable::get(QStringLiteral("vaccine_route")).label(g->route) : QString();
    case Clinic:
        return g ? (g->clinic.isEmpty() && g->source == QLatin1String("here") ? tr("本单位")
                                                                              : g->clinic)
                 : QString();
    case Vaccinator:
        return g ? (m_staff ? m_staff->displayName(g->vaccinator) : g->vaccinator) : QString();
    }
    return {};
}

QVariant ImmunizationCardModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Vaccine:
        return tr("疫苗");
    case Dose:
        return tr("剂次");
    case Status:
        return tr("状态");
    case Date:
        return tr("接种/可种日期");
    case Detail:
        return tr("说明");
    case Code:
        return tr("疫苗编码");
    case Manufacturer:
        return tr("生产企业");
    case Lot:
        return tr("批号");
    case Expiry:
        return tr("有效期");
    case Site:
        return tr("部位");
    case Route:
        return tr("途径");
    case Clinic:
        return tr("接种单位");
    case Vaccinator:
        return tr("接种者");
    }
    return {};
}

} // namespace Models
