// The chronic and immunization sources of the daily work list: adapters over chronicWorklist()
// and the dose planner, so the list shows exactly what those screens show.
#include "worklistbuiltins.h"

#include "chronicrules.h"
#include "chronicworklist.h"
#include "dates.h"
#include "immunizationrepository.h"
#include "vaccinenames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

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

Result<QVector<WorkItem>> ChronicFollowupSource::collect(const WorklistSourceRequest &r) const
{
    const WorklistSourceDefinition &d = *r.definition;
    QStringList kinds;
    for (const QJsonValue &v : d.params.value(QStringLiteral("kinds")).toArray())
        kinds << v.toString();
    if (kinds.isEmpty())
        kinds = {QStringLiteral("due-by-week")};
    QVector<WorkItem> out;
    QSet<QString> seen; // a registration once, under the first kind that lists it
    for (const QString &code : std::as_const(kinds)) {
        const auto kind = worklistKindFromCode(code);
        if (!kind)
            return makeError(QStringLiteral("worklist.sources"),
                             Text::tr("慢病清单类型“%1”不存在").arg(code));
        WorklistFilter f;
        f.kind = *kind;
        f.today = r.date;
        f.villageCode = r.villageCode;
        f.areaPrefix = r.areaPrefix;
        auto rows = chronicWorklist(r.connection, r.scope, f, ChronicRuleSet::active());
        if (!rows)
            return rows.error();
        for (const WorklistRow &w : *rows) {
            if (seen.contains(w.registrationId))
                continue;
            seen.insert(w.registrationId);
            WorkItem i;
            i.residentId = w.residentId;
            i.source = d.id;
            i.programme = d.programme();
            i.kind = QStringLiteral("followup");
            i.dueDate = w.nextDue;
            i.daysOverdue = w.daysOverdue;
            i.form = QStringLiteral("chronic_followup");
            i.formRef = w.registrationId;
            i.subject = w.programme;
            const QString what = programmeLabel(w.programme);
            i.reason = i.daysOverdue > 0
                           ? Text::tr("%1随访逾期，应于 %2").arg(what, isoDate(w.nextDue))
                           : Text::tr("%1随访应于 %2").arg(what, isoDate(w.nextDue));
            if (w.lastVisit.isValid())
                i.reason += Text::tr("（上次 %1%2）")
                                .arg(isoDate(w.lastVisit),
                                     w.lastClass ? QStringLiteral(" ") +
                                                       classLabel(FollowupClass(w.lastClass))
                                                 : QString());
            else
                i.reason += Text::tr("（尚无随访）");
            out << std::move(i);
        }
    }
    return out;
}

Result<QVector<WorkItem>> VaccineDoseSource::collect(const WorklistSourceRequest &r) const
{
    const WorklistSourceDefinition &d = *r.definition;
    const int maxAge = d.params.value(QStringLiteral("max_age_years")).toInt(7);
    auto due = ImmunizationRepository(r.connection)
                   .dueList(r.scope, r.villageCode.isEmpty() ? r.areaPrefix : r.villageCode, r.date,
                            maxAge, false);
    if (!due)
        return due.error();
    QVector<WorkItem> out;
    for (const SessionEntry &e : *due) {
        for (const PlannedDose &p : e.open) {
            WorkItem i;
            i.residentId = e.residentId;
            i.source = d.id;
            i.programme = d.programme();
            i.kind = QStringLiteral("dose");
            i.dueDate = p.recommended.isValid() ? p.recommended : p.earliest;
            i.daysOverdue = p.status == DoseStatus::Overdue
                                ? qMax(p.overdueDays, daysLate(i.dueDate, r.date))
                                : 0;
            i.form = QStringLiteral("vaccine_dose");
            i.formRef = p.series + QLatin1Char(':') + QString::number(p.dose);
            i.subject = i.formRef;
            i.reason = Text::tr("%1 第%2剂").arg(VaccineNames::name(p.vaccine)).arg(p.dose);
            if (p.catchUp)
                i.reason += Text::tr("（补种）");
            out << std::move(i);
        }
    }
    return out;
}

} // namespace Models
