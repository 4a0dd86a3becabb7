// The contract sources of the daily work list: renewals (the contract rules' reminder and grace
// windows) and package tasks, over ContractWorkLists.
#include "worklistbuiltins.h"

#include "contractrules.h"
#include "contractworklists.h"
#include "dates.h"

#include <QCoreApplication>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::WorklistSources)
};

int daysLate(const QDate &due, const QDate &day)
{
    return due.isValid() && due < day ? int(due.daysTo(day)) : 0;
}
} // namespace

Result<QVector<WorkItem>> ContractRenewalSource::collect(const WorklistSourceRequest &r) const
{
    const WorklistSourceDefinition &d = *r.definition;
    const ContractRules &rules = ContractRules::get();
    auto rows = ContractWorkLists(r.connection)
                    .expiring(r.scope, r.date.addDays(-rules.renewalGraceDays),
                              r.date.addDays(rules.reminderDays),
                              r.villageCode.isEmpty() ? r.areaPrefix : r.villageCode);
    if (!rows)
        return rows.error();
    QVector<WorkItem> out;
    for (const WorkRow &w : *rows) {
        WorkItem i;
        i.residentId = w.residentId;
        i.source = d.id;
        i.programme = d.programme();
        i.kind = QStringLiteral("renewal");
        i.dueDate = w.endDate;
        i.daysOverdue = daysLate(w.endDate, r.date);
        i.form = QStringLiteral("contract_renewal");
        i.formRef = w.contractId;
        i.subject = w.contractId;
        const QString team = w.teamName.isEmpty() ? QString() : Text::tr("（%1）").arg(w.teamName);
        i.reason =
            i.daysOverdue > 0
                ? Text::tr("家庭医生签约已于 %1 到期，待续约%2").arg(isoDate(w.endDate), team)
                : Text::tr("家庭医生签约将于 %1 到期，请续约%2").arg(isoDate(w.endDate), team);
        out << std::move(i);
    }
    return out;
}

Result<QVector<WorkItem>> ContractTaskSource::collect(const WorklistSourceRequest &r) const
{
    const WorklistSourceDefinition &d = *r.definition;
    auto tasks = ContractWorkLists(r.connection)
                     .tasksDue(r.scope, r.date, r.weekEnd,
                               r.villageCode.isEmpty() ? r.areaPrefix : r.villageCode);
    if (!tasks)
        return tasks.error();
    const QJsonObject forms = d.params.value(QStringLiteral("forms")).toObject();
    const QString defaultForm =
        d.params.value(QStringLiteral("default_form")).toString(QStringLiteral("contract_task"));
    QVector<WorkItem> out;
    for (const ContractTask &t : *tasks) {
        const QJsonObject spec = forms.value(t.kind).toObject();
        WorkItem i;
        i.residentId = t.residentId;
        i.source = d.id;
        i.programme = d.programme();
        i.kind = QStringLiteral("task");
        i.dueDate = t.dueOn;
        i.daysOverdue = daysLate(t.dueOn, r.date);
        i.form = spec.value(QStringLiteral("form")).toString(defaultForm);
        // A task another form does is about what that form is about (a chronic follow-up: the
        // programme, whose open registration the opener finds; a health check: the resident);
        // a task done on its own is about itself.
        if (i.form == defaultForm) {
            i.formRef = i.subject = t.id;
        } else {
            i.subject = spec.value(QStringLiteral("programme")).toString();
            i.formRef = spec.value(QStringLiteral("ref")).toString() == QLatin1String("resident")
                            ? t.residentId
                            : QString();
        }
        i.foldLabel = t.name;
        i.reason = i.daysOverdue > 0
                       ? Text::tr("签约服务“%1”逾期，应于 %2").arg(t.name, isoDate(t.dueOn))
                       : Text::tr("签约服务“%1”应于 %2").arg(t.name, isoDate(t.dueOn));
        out << std::move(i);
    }
    return out;
}

} // namespace Models
