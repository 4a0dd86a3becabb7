#include "immunizationcoverage.h"

#include "immunizationrepository.h"
#include "logging.h"
#include "permission.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

namespace Models {

Q_LOGGING_CATEGORY(lcCoverage, "jiayi.models.immunization.coverage", QtWarningMsg)

ImmunizationCoverage::ImmunizationCoverage(QString connectionName)
    : m_conn(std::move(connectionName))
{
}

QJsonObject CoverageResult::toJson(int maxBehind) const
{
    QJsonArray perDose;
    for (const DoseCoverage &d : doses)
        perDose.append(
            QJsonObject{{QStringLiteral("series"), d.series},
                        {QStringLiteral("series_name"), d.seriesName},
                        {QStringLiteral("dose"), d.dose},
                        {QStringLiteral("due"), d.due},
                        {QStringLiteral("given"), d.given},
                        {QStringLiteral("timely"), d.timely},
                        {QStringLiteral("rate"), qRound(d.rate() * 10) / 10.0},
                        {QStringLiteral("timely_rate"), qRound(d.timelyRate() * 10) / 10.0}});
    QJsonArray late;
    for (int i = 0; i < behind.size() && i < maxBehind; ++i) {
        const BehindChild &b = behind.at(i);
        late.append(QJsonObject{{QStringLiteral("resident_id"), b.residentId},
                                {QStringLiteral("name"), b.name},
                                {QStringLiteral("birth_date"), b.birth.toString(Qt::ISODate)},
                                {QStringLiteral("village_code"), b.villageCode},
                                {QStringLiteral("overdue_doses"), b.overdueDoses},
                                {QStringLiteral("max_overdue_days"), b.maxOverdueDays},
                                {QStringLiteral("doses"), QJsonArray::fromStringList(b.doses)}});
    }
    return {{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), query.to.toString(Qt::ISODate)},
            {QStringLiteral("village_code"), query.villageCode},
            {QStringLiteral("children"), childrenDue},
            {QStringLiteral("certified"), certified},
            {QStringLiteral("certificate_rate"), qRound(certificateRate() * 10) / 10.0},
            {QStringLiteral("children_behind"), childrenBehind},
            {QStringLiteral("doses"), perDose},
            {QStringLiteral("behind"), late}};
}

Result<CoverageResult> ImmunizationCoverage::compute(const Scope &scope, const CoverageQuery &q,
                                                     const DoseVisitor &visit) const
{
    if (auto e = requirePermission(scope, QStringLiteral("report.read")); !e)
        return e.error();
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpuMs();
    CoverageResult out;
    out.query = q;
    // Children 0-6 at the end of the period; doses scheduled in the period may belong to children
    // born up to maxAgeYears before its start, so read that wider range once.
    const QDate oldest = q.from.addYears(-q.maxAgeYears).addDays(1);
    const ImmunizationRepository repo(m_conn);
    // Children in the population on the last day of the period (Population::livingOn).
    auto kids = repo.children(scope, q.villageCode, oldest, q.to, false, false, q.to);
    if (!kids)
        return kids.error();
    qCDebug(lcCoverage) << kids->size() << "children read in" << timer.elapsed() << "ms, thread cpu"
                        << threadCpuMs() - cpu0 << "ms";
    const QDate childFrom = q.to.addYears(-q.maxAgeYears).addDays(1);
    const VaccinePlanner planner;
    // Per schedule version: the routine regimen of each series (scheduled dates come from it,
    // not from catch-up pushes) and where its doses sit in out.doses.
    struct Layout
    {
        QVector<const Regimen *> routine;
    };
    QHash<const Schedule *, Layout> layouts;
    QHash<QString, int> slotOf; // "series#dose" -> index in out.doses
    for (const Schedule &sch : ScheduleSet::instance().all()) {
        Layout l;
        for (const Series &x : sch.series) {
            const Regimen *routine = &x.regimens.last();
            for (const Regimen &g : x.regimens)
                if (g.whenState.isEmpty() && !g.fromAge.set)
                    routine = &g;
            l.routine << routine;
            for (const DoseRule &r : routine->doses) {
                const QString key = x.id + QLatin1Char('#') + QString::number(r.number);
                if (!slotOf.contains(key) && !r.onlyIfAlsoNeeds) {
                    slotOf.insert(key, int(out.doses.size()));
                    out.doses.append({x.id, x.nameZh, r.number, 0, 0, 0});
                }
            }
        }
        layouts.insert(&sch, l);
    }
    QHash<const Schedule *, QVector<QVector<int>>> slotIndex;
    for (auto it = layouts.begin(); it != layouts.end(); ++it) {
        QVector<QVector<int>> perSeries;
        for (int i = 0; i < it.key()->series.size(); ++i) {
            QVector<int> doseSlots;
            for (const DoseRule &r : it.value().routine.at(i)->doses)
                doseSlots << slotOf.value(
                    it.key()->series.at(i).id + QLatin1Char('#') + QString::number(r.number), -1);
            perSeries << doseSlots;
        }
        slotIndex.insert(it.key(), perSeries);
    }
    for (const ChildImmunization &c : *kids) {
        const bool current = c.birth >= childFrom;
        if (current) {
            ++out.childrenDue;
            if (c.certificateIssued.isValid() && c.certificateIssued <= q.to)
                ++out.certified;
        }
        ChildFacts facts = c.facts();
        facts.doses.erase(std::remove_if(facts.doses.begin(), facts.doses.end(),
                                         [&](const GivenDose &g) { return g.date > q.to; }),
                          facts.doses.end());
        const Plan plan = planner.plan(facts, q.to, false);
        const Schedule *schedule = &planner.scheduleFor(c.birth);
        const Layout &layout = layouts[schedule];
        const QVector<QVector<int>> &seriesSlots = slotIndex[schedule];
        BehindChild behind;
        for (const PlannedDose &d : plan.doses) {
            if (d.status == DoseStatus::NotNeeded || d.status == DoseStatus::Contraindicated)
                continue;
            if (current && q.behindList && d.status == DoseStatus::Overdue) {
                ++behind.overdueDoses;
                behind.maxOverdueDays = qMax(behind.maxOverdueDays, d.overdueDays);
                behind.doses << QStringLiteral("%1-%2").arg(d.series).arg(d.dose);
            }
            if (d.seriesIndex < 0 || d.dose > seriesSlots.at(d.seriesIndex).size())
                continue;
            const int slot = seriesSlots.at(d.seriesIndex).at(d.dose - 1);
            if (slot < 0)
                continue;
            const DoseRule &rule = layout.routine.at(d.seriesIndex)->doses.at(d.dose - 1);
            const QDate scheduled = rule.minAge.after(c.birth);
            if (scheduled < q.from || scheduled > q.to)
                continue;
            DoseCoverage &cov = out.doses[slot];
            ++cov.due;
            bool given = false, timely = false;
            if (d.status == DoseStatus::Given) {
                ++cov.given;
                given = true;
                if (!rule.completeBy.set || d.given <= rule.completeBy.after(c.birth)) {
                    ++cov.timely;
                    timely = true;
                }
            }
            if (visit)
                visit(DoseVisit{c.residentId, cov.series, d.dose, given, timely});
        }
        if (behind.overdueDoses > 0) {
            behind.residentId = c.residentId;
            behind.name = c.name;
            behind.birth = c.birth;
            behind.villageCode = c.villageCode;
            out.behind << behind;
        }
    }
    qCDebug(lcCoverage) << "planned by" << timer.elapsed() << "ms, thread cpu"
                        << threadCpuMs() - cpu0 << "ms";
    out.childrenBehind = int(out.behind.size());
    QStringList ids;
    for (const BehindChild &b : std::as_const(out.behind))
        ids << b.residentId;
    auto names = repo.names(scope, ids);
    if (!names)
        return names.error();
    for (BehindChild &b : out.behind)
        b.name = names->value(b.residentId);
    std::sort(out.behind.begin(), out.behind.end(), [](const BehindChild &a, const BehindChild &b) {
        return a.maxOverdueDays != b.maxOverdueDays ? a.maxOverdueDays > b.maxOverdueDays
                                                    : a.residentId < b.residentId;
    });
    out.milliseconds = timer.elapsed();
    return out;
}

} // namespace Models
