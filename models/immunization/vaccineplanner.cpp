#include "vaccineplanner.h"

#include "doseplanning.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::VaccinePlanner)
};

bool accepts(const Series &s, const VaccineProduct &p, const QDate &birth, const QDate &date)
{
    if (!s.accepts.isEmpty() ? !s.accepts.contains(p.abbr) : !p.antigens.contains(s.antigen))
        return false;
    if (s.countsFromAge.set && date < s.countsFromAge.after(birth))
        return false;
    if (s.countsBelowAge.set && date >= s.countsBelowAge.after(birth))
        return false;
    return true;
}

} // namespace

QString statusKey(DoseStatus s)
{
    switch (s) {
    case DoseStatus::Given:
        return QStringLiteral("given");
    case DoseStatus::Due:
        return QStringLiteral("due");
    case DoseStatus::Overdue:
        return QStringLiteral("overdue");
    case DoseStatus::Upcoming:
        return QStringLiteral("upcoming");
    case DoseStatus::NotNeeded:
        return QStringLiteral("not_needed");
    case DoseStatus::Contraindicated:
        return QStringLiteral("contraindicated");
    }
    return {};
}

QString statusLabel(DoseStatus s)
{
    switch (s) {
    case DoseStatus::Given:
        return Text::tr("已种");
    case DoseStatus::Due:
        return Text::tr("应种");
    case DoseStatus::Overdue:
        return Text::tr("逾期");
    case DoseStatus::Upcoming:
        return Text::tr("未到期");
    case DoseStatus::NotNeeded:
        return Text::tr("无需接种");
    case DoseStatus::Contraindicated:
        return Text::tr("禁忌");
    }
    return {};
}

int Plan::openCount() const
{
    return int(
        std::count_if(doses.begin(), doses.end(), [](const PlannedDose &d) { return d.isOpen(); }));
}

int Plan::overdueCount() const
{
    return int(std::count_if(doses.begin(), doses.end(),
                             [](const PlannedDose &d) { return d.status == DoseStatus::Overdue; }));
}

QJsonObject Plan::toJson() const
{
    QJsonArray arr;
    for (const PlannedDose &d : doses) {
        QJsonObject o{{QStringLiteral("series"), d.series},
                      {QStringLiteral("dose"), d.dose},
                      {QStringLiteral("vaccine"), d.vaccine},
                      {QStringLiteral("status"), statusKey(d.status)},
                      {QStringLiteral("earliest"), d.earliest.toString(Qt::ISODate)},
                      {QStringLiteral("recommended"), d.recommended.toString(Qt::ISODate)},
                      {QStringLiteral("rule"), d.rule},
                      {QStringLiteral("catch_up"), d.catchUp}};
        if (d.given.isValid())
            o.insert(QStringLiteral("date"), d.given.toString(Qt::ISODate));
        if (d.completeBy.isValid())
            o.insert(QStringLiteral("complete_by"), d.completeBy.toString(Qt::ISODate));
        if (d.status == DoseStatus::Overdue)
            o.insert(QStringLiteral("overdue_days"), d.overdueDays);
        arr.append(o);
    }
    QJsonObject o{{QStringLiteral("schedule_version"), scheduleVersion},
                  {QStringLiteral("doses"), arr}};
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}

QString VaccinePlanner::describe(const Duration &d)
{
    if (d.years && !d.months && !d.days)
        return Text::tr("%1岁").arg(d.years);
    if (!d.years && !d.days)
        return Text::tr("%1月龄").arg(d.months);
    if (!d.years && !d.months)
        return Text::tr("%1天").arg(d.days);
    return d.toString();
}

QString VaccinePlanner::describeInterval(const Duration &d)
{
    if (d.years && !d.months && !d.days)
        return Text::tr("%1年").arg(d.years);
    if (!d.years && !d.days)
        return Text::tr("%1个月").arg(d.months);
    if (!d.years && !d.months)
        return Text::tr("%1天").arg(d.days);
    return d.toString();
}

VaccinePlanner::VaccinePlanner(const ScheduleSet &set) : m_set(set)
{
}

QStringList VaccinePlanner::countsToward(const Schedule &s, const VaccineProduct &p,
                                         const QDate &birth, const QDate &date)
{
    QStringList out;
    for (const Series &x : s.series)
        if (accepts(x, p, birth, date))
            out << x.id;
    return out;
}

Plan VaccinePlanner::plan(const ChildFacts &child, const QDate &on, bool explain) const
{
    return DosePlanning(m_set.forBirth(child.birth), child, on, explain).plan();
}

CheckResult VaccinePlanner::check(const ChildFacts &child, const QString &vaccine,
                                  const QDate &date) const
{
    CheckResult out;
    const Schedule &s = m_set.forBirth(child.birth);
    const VaccineProduct *p = s.product(vaccine);
    if (!p) {
        out.reasons << Text::tr("未知疫苗：%1").arg(vaccine);
        return out;
    }
    if (!date.isValid() || date < child.birth) {
        out.reasons << Text::tr("接种日期早于出生日期");
        return out;
    }
    if (s.contraindicatedBy(child.healthStates).contains(p->abbr))
        out.reasons << Text::tr("该儿童有%1的禁忌（健康状况）").arg(p->nameZh);
    if (p->maxAge.set && date >= p->maxAge.after(child.birth))
        out.reasons << Text::tr("%1不用于%2及以上儿童").arg(p->nameZh, describe(p->maxAge));
    for (const GivenDose &g : child.doses) {
        const VaccineProduct *q = s.product(g.vaccine);
        if (!q)
            continue;
        if (q == p && g.date == date)
            out.reasons << Text::tr("当天已接种%1").arg(p->nameZh);
        if (p->injectableLive() && q->injectableLive() && g.date != date &&
            qAbs(g.date.daysTo(date)) < qAbs(g.date.daysTo(s.liveInterval.after(g.date))))
            out.reasons << Text::tr(
                               "与%1（%2）间隔不足%3：两种注射减毒活疫苗未同时接种须间隔至少%3")
                               .arg(q->nameZh, g.date.toString(Qt::ISODate),
                                    describeInterval(s.liveInterval));
    }
    out.counts = countsToward(s, *p, child.birth, date);
    if (out.counts.isEmpty()) {
        // A programme antigen given outside the age window of its series counts for nothing.
        for (const Series &x : s.series) {
            if (!(x.accepts.isEmpty() ? p->antigens.contains(x.antigen)
                                      : x.accepts.contains(p->abbr)))
                continue;
            if (x.countsFromAge.set && date < x.countsFromAge.after(child.birth))
                out.reasons << Text::tr("%1：%2前接种不计入程序剂次")
                                   .arg(x.nameZh, describe(x.countsFromAge));
            if (x.countsBelowAge.set && date >= x.countsBelowAge.after(child.birth))
                out.reasons
                    << Text::tr("%1：满%2不再接种").arg(x.nameZh, describe(x.countsBelowAge));
        }
        out.reasons.removeDuplicates();
        out.notes << Text::tr("非免疫规划疫苗或不计入任何程序剂次");
        out.allowed = out.reasons.isEmpty();
        return out;
    }
    ChildFacts facts = child;
    for (const QString &id : out.counts) {
        const Series *x = s.findSeries(id);
        if (x && !x->group.isEmpty() && x->routeProducts.contains(p->abbr))
            facts.preferredRoutes << id; // a first dose chooses the route
    }
    const Plan plan = this->plan(facts, date);
    QStringList soft;
    bool useful = false;
    for (const QString &id : std::as_const(out.counts)) {
        const PlannedDose *next = nullptr;
        for (const PlannedDose &d : plan.doses)
            if (d.series == id && d.status != DoseStatus::Given) {
                next = &d;
                break;
            }
        const QString name = s.findSeries(id)->nameZh;
        if (!next) {
            soft << Text::tr("%1已全程接种").arg(name);
            continue;
        }
        switch (next->status) {
        case DoseStatus::Due:
        case DoseStatus::Overdue:
            useful = true;
            out.notes << Text::tr("计为%1第%2剂").arg(name).arg(next->dose);
            break;
        case DoseStatus::Upcoming:
            out.reasons << Text::tr("%1第%2剂未到时间：最早%3（%4）")
                               .arg(name)
                               .arg(next->dose)
                               .arg(next->earliest.toString(Qt::ISODate), next->rule);
            break;
        case DoseStatus::Contraindicated:
            out.reasons << next->rule;
            break;
        case DoseStatus::NotNeeded:
        case DoseStatus::Given:
            soft << Text::tr("%1第%2剂：%3").arg(name).arg(next->dose).arg(next->rule);
            break;
        }
    }
    if (!useful)
        out.reasons << soft;
    else
        out.notes << soft;
    out.reasons.removeDuplicates();
    out.allowed = out.reasons.isEmpty();
    return out;
}

Result<ChildFacts> childFactsFromJson(const QJsonObject &o, QDate *on)
{
    auto err = [](const QString &field, const QString &msg) {
        return makeError(QStringLiteral("vaccine.input"), msg, field);
    };
    ChildFacts c;
    c.birth = QDate::fromString(o.value(QLatin1String("birth_date")).toString(), Qt::ISODate);
    if (!c.birth.isValid())
        return err(QStringLiteral("birth_date"), Text::tr("请给出出生日期（YYYY-MM-DD）"));
    const QString sex = o.value(QLatin1String("sex")).toString();
    if (!sex.isEmpty() && sex != QLatin1String("M") && sex != QLatin1String("F"))
        return err(QStringLiteral("sex"), Text::tr("性别应为 M 或 F"));
    c.sex = sex.isEmpty() ? QChar() : sex.at(0);
    if (on) {
        const QString onText = o.value(QLatin1String("on")).toString();
        *on = onText.isEmpty() ? QDate::currentDate() : QDate::fromString(onText, Qt::ISODate);
        if (!on->isValid())
            return err(QStringLiteral("on"), Text::tr("计划日期格式应为 YYYY-MM-DD"));
    }
    const Schedule &s = ScheduleSet::instance().forBirth(c.birth);
    for (const QJsonValue &v : o.value(QLatin1String("health_states")).toArray()) {
        if (!s.knowsState(v.toString()))
            return err(QStringLiteral("health_states"),
                       Text::tr("未知健康状况：%1").arg(v.toString()));
        c.healthStates << v.toString();
    }
    const QJsonArray doses = o.value(QLatin1String("doses")).toArray();
    for (int i = 0; i < doses.size(); ++i) {
        const QJsonObject d = doses.at(i).toObject();
        GivenDose g{d.value(QLatin1String("vaccine")).toString(),
                    QDate::fromString(d.value(QLatin1String("date")).toString(), Qt::ISODate)};
        if (!s.product(g.vaccine))
            return err(QStringLiteral("doses[%1].vaccine").arg(i),
                       Text::tr("未知疫苗：%1").arg(g.vaccine));
        if (!g.date.isValid())
            return err(QStringLiteral("doses[%1].date").arg(i),
                       Text::tr("接种日期格式应为 YYYY-MM-DD"));
        if (g.date < c.birth)
            return err(QStringLiteral("doses[%1].date").arg(i), Text::tr("接种日期早于出生日期"));
        c.doses << g;
    }
    return c;
}

} // namespace Models
