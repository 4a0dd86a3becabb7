// The contract sources of the daily work list: renewals (the contract rules' reminder and grace
// windows) and package tasks, over ContractWorkLists.
#include "worklistbuiltins.h"

#include "chronicrules.h"
#include "chronicworklist.h"
#include "contractrules.h"
#include "contractworklists.h"
#include "dates.h"

#include <QCoreApplication>
#include <QHash>

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
                              r.date.addDays(rules.reminderDays), r.villageCode);
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
        const QString team = w.teamName.isEmpty() ? QString() : Text::tr("（%1）").arg(w.teamName);
        i.reason =
            i.daysOverdue > 0
                ? Text::tr("家庭医生签约已于 %1 到期，待续约%2").arg(isoDate(w.endDate), team)
                : Text::tr("家庭医生签约将于 %1 到期，请续约%2").arg(isoDate(w.endDate), team);
        out << i;
    }
    return out;
}

Result<QVector<WorkItem>> ContractTaskSource::collect(const WorklistSourceRequest &r) const
{
    const WorklistSourceDefinition &d = *r.definition;
    auto tasks =
        ContractWorkLists(r.connection).tasksDue(r.scope, r.date, r.weekEnd, r.villageCode);
    if (!tasks)
        return tasks.error();
    const QJsonObject forms = d.params.value(QStringLiteral("forms")).toObject();
    const QString defaultForm =
        d.params.value(QStringLiteral("default_form")).toString(QStringLiteral("contract_task"));
    // A task done by a chronic follow-up opens that registration's form: the open registrations
    // of the area, read once and only when such a task is due.
    QHash<QString, QString> registration; // resident id + programme -> registration id
    bool registrationsRead = false;
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
        i.formRef = spec.value(QStringLiteral("ref")).toString() == QLatin1String("resident")
                        ? t.residentId
                        : t.id;
        i.foldLabel = t.name;
        i.reason = i.daysOverdue > 0
                       ? Text::tr("签约服务“%1”逾期，应于 %2").arg(t.name, isoDate(t.dueOn))
                       : Text::tr("签约服务“%1”应于 %2").arg(t.name, isoDate(t.dueOn));
        if (i.form == QLatin1String("chronic_followup")) {
            if (!registrationsRead) {
                registrationsRead = true;
                WorklistFilter f;
                f.kind = WorklistKind::AllOpen;
                f.today = r.date;
                f.villageCode = r.villageCode;
                if (auto open = chronicWorklist(r.connection, r.scope, f, ChronicRuleSet::active()))
                    for (const WorklistRow &w : *open)
                        registration.insert(w.residentId + QLatin1Char('/') + w.programme,
                                            w.registrationId);
            }
            i.formRef = registration.value(t.residentId + QLatin1Char('/') +
                                           spec.value(QStringLiteral("programme")).toString());
            if (i.formRef.isEmpty()) // no open registration (read refused or closed): mark it done
                i.form = defaultForm, i.formRef = t.id;
        }
        out << i;
    }
    return out;
}

} // namespace Models
