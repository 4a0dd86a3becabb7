#include "vaccineplanner.h"

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

struct Counted
{
    const VaccineProduct *product;
    QDate date;
    int index;
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

const Regimen &chooseRegimen(const Series &s, const QStringList &states, const QDate &birth,
                             const QDate &on)
{
    for (const Regimen &r : s.regimens)
        if (!r.whenState.isEmpty() && states.contains(r.whenState))
            return r;
    const Regimen *best = nullptr;
    for (const Regimen &r : s.regimens) {
        if (!r.whenState.isEmpty())
            continue;
        if (r.fromAge.set && on < r.fromAge.after(birth))
            continue;
        if (!best || (r.fromAge.set &&
                      (!best->fromAge.set || r.fromAge.after(birth) >= best->fromAge.after(birth))))
            best = &r;
    }
    return best ? *best : s.regimens.first();
}

const Cohort *chooseCohort(const Series &s, const QDate &birth)
{
    const Cohort *best = nullptr;
    for (const Cohort &c : s.cohorts)
        if (birth >= c.bornFrom && (!best || c.bornFrom > best->bornFrom))
            best = &c;
    return best;
}

// Target number of doses of a series (cohorts may shorten the regimen; also-needs may add one).
int targetDoses(const Series &s, const Regimen &g, const QDate &birth,
                const QVector<Counted> &counted)
{
    int n = 0;
    for (const DoseRule &d : g.doses)
        if (!d.onlyIfAlsoNeeds)
            ++n;
    const Cohort *c = chooseCohort(s, birth);
    if (!c)
        return n;
    n = qMin(n, c->doses);
    if (!c->alsoNeeds.isEmpty() && counted.size() >= n) {
        for (auto it = c->alsoNeeds.begin(); it != c->alsoNeeds.end(); ++it) {
            int have = 0;
            for (const Counted &x : counted)
                if (x.product->antigens.contains(it.key()))
                    ++have;
            if (have < it.value() && g.doses.size() > n)
                return n + 1;
        }
    }
    return n;
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

// Rule texts cost more than the planning; bulk callers (coverage, demo) skip them.
#define EXPLAIN(e) (explain ? QString(e) : QString())

Plan VaccinePlanner::plan(const ChildFacts &child, const QDate &on, bool explain) const
{
    const Schedule &s = m_set.forBirth(child.birth);
    Plan plan;
    plan.scheduleVersion = s.version;
    plan.doses.reserve(32);
    const QDate birth = child.birth;

    // The history, resolved to products and ordered by date.
    QVector<Counted> history;
    history.reserve(child.doses.size());
    for (int i = 0; i < child.doses.size(); ++i) {
        const GivenDose &g = child.doses.at(i);
        const VaccineProduct *p = s.product(g.vaccine);
        if (!p) {
            plan.warnings << Text::tr("未知疫苗：%1").arg(g.vaccine);
            continue;
        }
        if (!g.date.isValid())
            continue;
        history.append({p, g.date, i});
    }
    std::stable_sort(history.begin(), history.end(),
                     [](const Counted &a, const Counted &b) { return a.date < b.date; });
    for (const QString &st : child.healthStates)
        if (!s.knowsState(st))
            plan.warnings << Text::tr("未知健康状况：%1").arg(st);
    const QStringList contraindicated = s.contraindicatedBy(child.healthStates);
    QVector<QDate> liveDates;
    for (const Counted &c : history)
        if (c.product->injectableLive())
            liveDates << c.date;

    // Doses that count, per series (one per day).
    const int nSeries = int(s.series.size());
    QVector<QVector<Counted>> counted(nSeries);
    for (int i = 0; i < nSeries; ++i) {
        const Series &x = s.series.at(i);
        const QDate from = x.countsFromAge.set ? x.countsFromAge.after(birth) : QDate();
        const QDate below = x.countsBelowAge.set ? x.countsBelowAge.after(birth) : QDate();
        for (const Counted &c : history) {
            const VaccineProduct &p = *c.product;
            if (!x.accepts.isEmpty() ? !x.accepts.contains(p.abbr)
                                     : !p.antigens.contains(x.antigen))
                continue;
            if ((from.isValid() && c.date < from) || (below.isValid() && c.date >= below))
                continue;
            if (!counted[i].isEmpty() && counted[i].last().date == c.date)
                continue;
            counted[i].append(c);
        }
    }

    // Alternatives: the route of the first dose given, else the preferred, else the default
    // unless its product is contraindicated.
    QHash<QString, QString> route;
    for (int i = 0; i < nSeries; ++i) {
        const Series &x = s.series.at(i);
        if (x.group.isEmpty() || route.contains(x.group))
            continue;
        QDate first;
        QString chosen;
        for (int j = 0; j < nSeries; ++j) {
            const Series &y = s.series.at(j);
            if (y.group != x.group)
                continue;
            for (const Counted &c : counted[j])
                if (y.routeProducts.contains(c.product->abbr) &&
                    (!first.isValid() || c.date < first)) {
                    first = c.date;
                    chosen = y.id;
                }
        }
        if (chosen.isEmpty())
            for (const Series &y : s.series)
                if (y.group == x.group && child.preferredRoutes.contains(y.id))
                    chosen = y.id;
        if (chosen.isEmpty()) {
            for (const Series &y : s.series)
                if (y.group == x.group && y.groupDefault &&
                    !contraindicated.contains(y.regimens.first().doses.first().vaccine))
                    chosen = y.id;
            for (const Series &y : s.series)
                if (chosen.isEmpty() && y.group == x.group &&
                    !contraindicated.contains(y.regimens.first().doses.first().vaccine))
                    chosen = y.id;
            if (chosen.isEmpty())
                for (const Series &y : s.series)
                    if (y.group == x.group && y.groupDefault)
                        chosen = y.id;
        }
        route.insert(x.group, chosen);
    }

    // History entries that count in the chosen series of each group: another route's series
    // does not show them again.
    QSet<int> countedByRoute;
    for (int i = 0; i < nSeries; ++i) {
        const Series &x = s.series.at(i);
        if (!x.group.isEmpty() && route.value(x.group) == x.id)
            for (const Counted &c : counted.at(i))
                countedByRoute.insert(c.index);
    }

    const Duration liveGap = s.liveInterval;
    for (int i = 0; i < nSeries; ++i) {
        const Series &x = s.series.at(i);
        const Regimen &g = chooseRegimen(x, child.healthStates, birth, on);
        const bool otherRoute = !x.group.isEmpty() && route.value(x.group) != x.id;
        QVector<Counted> own;
        if (otherRoute)
            for (const Counted &c : counted.at(i))
                if (!countedByRoute.contains(c.index))
                    own << c;
        const QVector<Counted> &have = otherRoute ? own : counted.at(i);
        const int target = targetDoses(x, g, birth, have);
        const int n = qMax(target, int(have.size()));
        QVector<QDate> dates(n + 1); // given or anticipated date of each dose (1-based)
        QStringList products;        // given and planned products, for complete_when
        bool complete = false;
        for (int k = 1; k <= n; ++k) {
            const DoseRule &rule = g.doses.at(qMin(k, int(g.doses.size())) - 1);
            PlannedDose d;
            d.series = x.id;
            d.seriesName = x.nameZh;
            d.seriesIndex = i;
            d.dose = k;
            d.vaccine = rule.vaccine;
            d.recommended = rule.minAge.after(birth);
            d.earliest = d.recommended;
            if (rule.completeBy.set)
                d.completeBy = rule.completeBy.after(birth);
            if (k <= have.size()) {
                const Counted &c = have.at(k - 1);
                d.status = DoseStatus::Given;
                d.vaccine = c.product->abbr;
                d.given = c.date;
                d.givenIndex = c.index;
                d.rule = EXPLAIN(Text::tr("已接种"));
                dates[k] = c.date;
                products << c.product->abbr;
                plan.doses.append(d);
                continue;
            }
            d.catchUp = g.catchUp;
            if (!g.completeIncludesAny.isEmpty() && products.size() >= g.completeMinDoses) {
                for (const QString &p : g.completeIncludesAny)
                    complete = complete || products.contains(p);
            }
            if (otherRoute) {
                d.status = DoseStatus::NotNeeded;
                const Series *r = s.findSeries(route.value(x.group));
                d.rule = EXPLAIN(Text::tr("已选用%1").arg(r ? r->nameZh : route.value(x.group)));
                d.catchUp = false;
                plan.doses.append(d);
                continue;
            }
            if (complete) {
                d.status = DoseStatus::NotNeeded;
                d.rule = EXPLAIN(g.ruleZh.isEmpty() ? Text::tr("本系列已完成")
                                                    : Text::tr("已完成：%1").arg(g.ruleZh));
                d.catchUp = false;
                plan.doses.append(d);
                continue;
            }
            QStringList why;
            if (g.catchUp && !g.ruleZh.isEmpty())
                why << g.ruleZh;
            if (contraindicated.contains(d.vaccine)) {
                const QString sub = x.substitutes.value(d.vaccine);
                if (!sub.isEmpty() && !contraindicated.contains(sub)) {
                    why << Text::tr("因健康状况以%1代替%2")
                               .arg(s.products.value(sub).nameZh,
                                    s.products.value(d.vaccine).nameZh);
                    d.vaccine = sub;
                } else {
                    d.status = DoseStatus::Contraindicated;
                    d.rule = EXPLAIN(
                        Text::tr("健康状况禁忌：%1").arg(s.products.value(d.vaccine).nameZh));
                    plan.doses.append(d);
                    dates[k] = on;
                    continue;
                }
            }
            QString limit = EXPLAIN(Text::tr("按程序%1起接种").arg(describe(rule.minAge)));
            auto raise = [&](const QDate &candidate, const QString &reason) {
                if (candidate.isValid() && candidate > d.earliest) {
                    d.earliest = candidate;
                    limit = reason;
                }
            };
            if (!rule.earlyIfIncompleteSeries.isEmpty() && on >= rule.earlyAtAge.after(birth)) {
                const int j = s.seriesIndex(rule.earlyIfIncompleteSeries);
                const Series &y = s.series.at(j);
                const QDate at = rule.earlyAtAge.after(birth);
                const int need = targetDoses(y, chooseRegimen(y, child.healthStates, birth, at),
                                             birth, counted.at(j));
                const int before =
                    int(std::count_if(counted.at(j).begin(), counted.at(j).end(),
                                      [&](const Counted &c) { return c.date < at; }));
                if (before < need) {
                    d.earliest = rule.earlyMinAge.after(birth);
                    d.recommended = d.earliest;
                    d.catchUp = true;
                    limit = EXPLAIN(
                        Text::tr("%1未完成，%2起补种").arg(y.nameZh, describe(rule.earlyMinAge)));
                }
            }
            if (k > 1 && rule.minInterval.set)
                raise(rule.minInterval.after(dates[k - 1]),
                      EXPLAIN(Text::tr("距第%1剂至少%2")
                                  .arg(k - 1)
                                  .arg(describeInterval(rule.minInterval))));
            for (const auto &[j, m] : rule.intervalsFrom)
                if (j >= 1 && j < k)
                    raise(m.after(dates[j]),
                          EXPLAIN(Text::tr("距第%1剂至少%2").arg(j).arg(describeInterval(m))));
            if (!rule.afterSeries.isEmpty()) {
                const QVector<Counted> &other = counted.at(s.seriesIndex(rule.afterSeries));
                if (!other.isEmpty()) {
                    const Duration gap = rule.afterSeriesIntervals.value(int(other.size()));
                    if (gap.set)
                        raise(gap.after(other.last().date),
                              EXPLAIN(Text::tr("距%1第%2剂至少%3")
                                          .arg(s.findSeries(rule.afterSeries)->nameZh)
                                          .arg(other.size())
                                          .arg(describeInterval(gap))));
                }
            }
            const auto prod = s.products.constFind(d.vaccine);
            if (prod != s.products.constEnd() && prod->injectableLive()) {
                for (bool moved = true; moved;) {
                    moved = false;
                    for (const QDate &live : std::as_const(liveDates)) {
                        const QDate until = liveGap.after(live);
                        const QDate when = qMax(d.earliest, on); // the history is in the past
                        if (live < when && when < until) {
                            raise(until, EXPLAIN(Text::tr("距上次注射减毒活疫苗至少%1")
                                                     .arg(describeInterval(liveGap))));
                            moved = true;
                        }
                    }
                }
            }
            if (d.recommended < d.earliest)
                d.recommended = d.earliest;
            d.overdueFrom = (rule.grace.set ? rule.grace : s.overdueGrace).after(d.recommended);
            if (rule.maxAge.set &&
                (on >= rule.maxAge.after(birth) || d.earliest >= rule.maxAge.after(birth))) {
                d.status = DoseStatus::NotNeeded;
                d.rule = EXPLAIN(Text::tr("满%1不再补种").arg(describe(rule.maxAge)));
                d.catchUp = false;
                plan.doses.append(d);
                dates[k] = on;
                // the series cannot continue past its age limit
                for (int rest = k + 1; rest <= n; ++rest) {
                    PlannedDose r = d;
                    r.dose = rest;
                    r.vaccine = g.doses.at(qMin(rest, int(g.doses.size())) - 1).vaccine;
                    plan.doses.append(r);
                }
                break;
            }
            const QDate anticipated = qMax(d.earliest, on);
            dates[k] = anticipated;
            if (on < d.earliest)
                d.status = DoseStatus::Upcoming;
            else if (on > d.overdueFrom) {
                d.status = DoseStatus::Overdue;
                d.overdueDays = int(d.recommended.daysTo(on));
            } else
                d.status = DoseStatus::Due;
            if (d.completeBy.isValid() && anticipated > d.completeBy)
                d.catchUp = true;
            if (d.status == DoseStatus::Overdue)
                d.catchUp = true;
            why.prepend(limit);
            for (const auto &[from, text] : rule.notes)
                if (anticipated >= from.after(birth))
                    why << text;
            if (d.catchUp && !(g.catchUp && !g.ruleZh.isEmpty()))
                why << EXPLAIN(Text::tr("补种"));
            if (explain)
                d.rule = why.join(QStringLiteral("；"));
            products << d.vaccine;
            plan.doses.append(d);
        }
    }
    return plan;
}

#undef EXPLAIN

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
