#include "residentduepanel.h"

#include "chronicrules.h"
#include "chronicworklist.h"
#include "contractrepository.h"
#include "contracttasks.h"
#include "formschema.h"
#include "healthrecordrepository.h"
#include "immunizationrepository.h"
#include "residentlifecycle.h"
#include "residentrepository.h"
#include "vaccineplanner.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QSet>

namespace Gui {

namespace {
QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

ResidentDuePanel::ResidentDuePanel(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_overdue = valueLabel(QStringLiteral("residentOverdue"), this);
    m_overdue->setStyleSheet(QStringLiteral("color:#b00020;font-weight:bold"));
    m_next = valueLabel(QStringLiteral("residentNextDue"), this);
    m_allergy = valueLabel(QStringLiteral("residentAllergies"), this);
    m_household = valueLabel(QStringLiteral("residentHousehold"), this);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const QList<QPair<QString, QLabel *>> rows{{tr("逾期"), m_overdue},
                                               {tr("下次"), m_next},
                                               {tr("过敏"), m_allergy},
                                               {tr("家庭"), m_household}};
    for (int i = 0; i < rows.size(); ++i) {
        auto *title = new QLabel(rows[i].first + tr("："), this);
        title->setStyleSheet(QStringLiteral("color:#555"));
        grid->addWidget(title, i / 2, (i % 2) * 2, Qt::AlignTop);
        grid->addWidget(rows[i].second, i / 2, (i % 2) * 2 + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
}

QString ResidentDuePanel::overdueText() const
{
    return m_overdue->text();
}
QString ResidentDuePanel::nextText() const
{
    return m_next->text();
}
QString ResidentDuePanel::allergyText() const
{
    return m_allergy->text();
}
QString ResidentDuePanel::householdText() const
{
    return m_household->text();
}

void ResidentDuePanel::setResident(const Models::Resident &r, const QDate &today)
{
    m_allergy->setText(allergies(r));
    m_household->setText(household(r, today));
    if (!r.livingOn(today)) {
        // Out of the population (died, moved away, record closed): nothing is due any more.
        m_overdue->setText(tr("无（档案已关闭，不再安排随访、接种和签约服务）"));
        m_overdue->setStyleSheet(QString());
        m_next->setText(tr("无待办"));
        return;
    }
    QStringList next;
    QStringList overdue = chronic(r, today, &next);
    overdue << vaccines(r, today, &next) << contractTasks(r, today, &next);
    m_overdue->setText(overdue.isEmpty() ? tr("无") : overdue.join(tr("；")));
    m_overdue->setStyleSheet(overdue.isEmpty() ? QString()
                                               : QStringLiteral("color:#b00020;font-weight:bold"));
    m_next->setText(next.isEmpty() ? tr("无待办") : next.join(tr("；")));
}

// Open chronic registrations by the work-list rules (the same dates as 慢病随访's lists).
QStringList ResidentDuePanel::chronic(const Models::Resident &r, const QDate &today,
                                      QStringList *next) const
{
    Models::WorklistFilter f;
    f.kind = Models::WorklistKind::AllOpen;
    f.today = today;
    f.villageCode = r.villageCode;
    f.residentId = r.id;
    auto rows = Models::chronicWorklist(m_context.connection, m_context.scope, f,
                                        Models::ChronicRuleSet::active());
    QStringList overdue;
    if (!rows)
        return overdue;
    for (const Models::WorklistRow &w : std::as_const(*rows)) {
        const QString what =
            w.programme == QLatin1String("diabetes") ? tr("糖尿病随访") : tr("高血压随访");
        if (w.daysOverdue > 0)
            overdue
                << tr("%1逾期 %2 天（应于 %3）").arg(what).arg(w.daysOverdue).arg(day(w.nextDue));
        else if (w.nextDue.isValid())
            *next << tr("%1 %2").arg(what, day(w.nextDue));
    }
    return overdue;
}

// Children's doses from the national programme plan.
QStringList ResidentDuePanel::vaccines(const Models::Resident &r, const QDate &today,
                                       QStringList *next) const
{
    QStringList overdue;
    if (!r.birthDate.isValid() || r.birthDate.addYears(7) <= today)
        return overdue;
    auto child = Models::ImmunizationRepository(m_context.connection).child(m_context.scope, r.id);
    if (!child)
        return overdue;
    const Models::Plan plan = Models::VaccinePlanner().plan(child->facts(), today);
    QDate first;
    QString firstName;
    for (const Models::PlannedDose &d : plan.doses) {
        const QString name = tr("%1 第%2剂").arg(d.seriesName).arg(d.dose);
        if (d.status == Models::DoseStatus::Overdue)
            overdue << tr("接种 %1").arg(name);
        else if ((d.status == Models::DoseStatus::Due ||
                  d.status == Models::DoseStatus::Upcoming) &&
                 d.recommended.isValid() && (!first.isValid() || d.recommended < first)) {
            first = d.recommended;
            firstName = name;
        }
    }
    if (first.isValid())
        *next << tr("接种 %1 %2").arg(firstName, day(qMax(first, today)));
    return overdue;
}

QStringList ResidentDuePanel::contractTasks(const Models::Resident &r, const QDate &today,
                                            QStringList *next) const
{
    QStringList overdue;
    auto tasks = Models::ContractTasks::forResident(m_context.connection, m_context.scope, r.id);
    auto contracts =
        Models::ContractRepository(m_context.connection).forResident(m_context.scope, r.id);
    if (!tasks || !contracts)
        return overdue;
    QSet<QString> current; // tasks of an ended contract are not owed any more (as the header)
    for (const Models::Contract &c : std::as_const(*contracts))
        if (c.covers(today))
            current.insert(c.id);
    const Models::ContractTask *first = nullptr;
    int late = 0;
    for (const Models::ContractTask &t : std::as_const(*tasks)) {
        if (t.status != QLatin1String("open") || !t.dueOn.isValid() ||
            !current.contains(t.contractId))
            continue;
        if (t.dueOn < today)
            ++late;
        else if (!first || t.dueOn < first->dueOn)
            first = &t;
    }
    if (late > 0)
        overdue << tr("签约服务 %n 项逾期", nullptr, late);
    if (first)
        *next << tr("签约服务“%1” %2").arg(first->name, day(first->dueOn));
    return overdue;
}

QString ResidentDuePanel::allergies(const Models::Resident &r) const
{
    auto info =
        Models::HealthRecordRepository(m_context.connection).basicInfo(m_context.scope, r.id);
    if (!info)
        return tr("未填（个人基本信息表）");
    const Models::FormSchema &schema = Models::FormSchema::get(QStringLiteral("basic_info_form"));
    const Models::FormField *field = schema.field(QStringLiteral("drug_allergy"));
    const QJsonValue v = info->form.value(QStringLiteral("drug_allergy"));
    if (!field || v.isUndefined() || v.isNull())
        return tr("未填（个人基本信息表）");
    QString text = Models::FormSchema::valueText(*field, v);
    const QString other = info->form.value(QStringLiteral("drug_allergy_other")).toString();
    if (!other.isEmpty())
        text += tr("（%1）").arg(other);
    return text.isEmpty() ? tr("未填（个人基本信息表）") : text;
}

QString ResidentDuePanel::household(const Models::Resident &r, const QDate &today) const
{
    if (r.householdId.isEmpty())
        return tr("未加入家庭");
    Models::ResidentRepository residents(m_context.connection);
    auto members = residents.members(m_context.scope, r.householdId);
    if (!members)
        return members.error().message;
    QString headId;
    if (auto households = residents.households(m_context.scope, r.villageCode))
        for (const Models::Household &h : std::as_const(*households))
            if (h.id == r.householdId)
                headId = h.headId;
    Models::ContractRepository contracts(m_context.connection);
    QStringList parts;
    int signedCount = 0;
    for (const Models::Resident &m : std::as_const(*members)) {
        bool isSigned = false;
        if (auto list = contracts.forResident(m_context.scope, m.id))
            for (const Models::Contract &c : std::as_const(*list))
                isSigned |= c.covers(today) && !c.terminatedOn.isValid();
        signedCount += isSigned;
        QString text = m.name;
        if (m.id == headId)
            text += tr("（户主）");
        if (!m.isActive())
            text += tr("（%1）").arg(Models::lifeStatusLabel(m.lifeStatus));
        if (isSigned)
            text += tr("·已签约");
        parts << text;
    }
    return tr("%n 人，%1 人已签约：", nullptr, int(members->size())).arg(signedCount) +
           parts.join(tr("、"));
}

} // namespace Gui
