#include "doseplanning.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::VaccinePlanner)
};

using Counted = DosePlanning::Counted;

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

DosePlanning::DosePlanning(const Schedule &schedule, const ChildFacts &child, const QDate &on,
                           bool explain)
    : m_s(schedule), m_child(child), m_on(on), m_explain(explain)
{
}

Plan DosePlanning::plan()
{
    m_plan.scheduleVersion = m_s.version;
    m_plan.doses.reserve(32);
    resolveHistory();
    countPerSeries();
    chooseRoutes();
    markRouteCounted();
    for (int i = 0; i < m_s.series.size(); ++i)
        planSeries(i);
    return std::move(m_plan);
}

// The history, resolved to products and ordered by date; unknown vaccines and health states
// become warnings.
void DosePlanning::resolveHistory()
{
    m_history.reserve(m_child.doses.size());
    for (int i = 0; i < m_child.doses.size(); ++i) {
        const GivenDose &g = m_child.doses.at(i);
        const VaccineProduct *p = m_s.product(g.vaccine);
        if (!p) {
            m_plan.warnings << Text::tr("未知疫苗：%1").arg(g.vaccine);
            continue;
        }
        if (!g.date.isValid())
            continue;
        m_history.append({p, g.date, i});
    }
    std::stable_sort(m_history.begin(), m_history.end(),
                     [](const Counted &a, const Counted &b) { return a.date < b.date; });
    for (const QString &st : m_child.healthStates)
        if (!m_s.knowsState(st))
            m_plan.warnings << Text::tr("未知健康状况：%1").arg(st);
    m_contraindicated = m_s.contraindicatedBy(m_child.healthStates);
    for (const Counted &c : std::as_const(m_history))
        if (c.product->injectableLive())
            m_liveDates << c.date;
}

// Doses that count, per series (one per day), inside the series' age window.
void DosePlanning::countPerSeries()
{
    const QDate birth = m_child.birth;
    const int n = int(m_s.series.size());
    m_counted.resize(n);
    QVarLengthArray<QDate, 32> from(n), below(n);
    for (int i = 0; i < n; ++i) {
        const Series &x = m_s.series.at(i);
        from[i] = x.countsFromAge.set ? x.countsFromAge.after(birth) : QDate();
        below[i] = x.countsBelowAge.set ? x.countsBelowAge.after(birth) : QDate();
    }
    // Entries in date order, so each series receives its doses in date order.
    for (const Counted &c : std::as_const(m_history)) {
        const QVector<bool> in = m_s.seriesCounting(*c.product);
        for (int i = 0; i < n; ++i) {
            if (!in.at(i))
                continue;
            if ((from[i].isValid() && c.date < from[i]) ||
                (below[i].isValid() && c.date >= below[i]))
                continue;
            if (!m_counted[i].isEmpty() && m_counted[i].last().date == c.date)
                continue;
            m_counted[i].append(c);
        }
    }
}

void DosePlanning::chooseRoutes()
{
    for (const Series &x : m_s.series)
        if (!x.group.isEmpty() && !m_route.contains(x.group))
            m_route.insert(x.group, chooseRoute(x.group));
}

// Alternatives: the route of the first dose given, else the preferred, else the default unless
// its product is contraindicated.
QString DosePlanning::chooseRoute(const QString &group) const
{
    QDate first;
    QString chosen;
    for (int j = 0; j < m_s.series.size(); ++j) {
        const Series &y = m_s.series.at(j);
        if (y.group != group)
            continue;
        for (const Counted &c : m_counted[j])
            if (y.routeProducts.contains(c.product->abbr) && (!first.isValid() || c.date < first)) {
                first = c.date;
                chosen = y.id;
            }
    }
    if (!chosen.isEmpty())
        return chosen;
    for (const Series &y : m_s.series)
        if (y.group == group && m_child.preferredRoutes.contains(y.id))
            chosen = y.id;
    if (!chosen.isEmpty())
        return chosen;
    auto allowed = [this](const Series &y) {
        return !m_contraindicated.contains(y.regimens.first().doses.first().vaccine);
    };
    for (const Series &y : m_s.series)
        if (y.group == group && y.groupDefault && allowed(y))
            chosen = y.id;
    for (const Series &y : m_s.series)
        if (chosen.isEmpty() && y.group == group && allowed(y))
            chosen = y.id;
    if (chosen.isEmpty())
        for (const Series &y : m_s.series)
            if (y.group == group && y.groupDefault)
                chosen = y.id;
    return chosen;
}

// History entries that count in the chosen series of each group: another route's series does
// not show them again.
void DosePlanning::markRouteCounted()
{
    for (int i = 0; i < m_s.series.size(); ++i) {
        const Series &x = m_s.series.at(i);
        if (!x.group.isEmpty() && m_route.value(x.group) == x.id)
            for (const Counted &c : m_counted.at(i))
                m_countedByRoute.insert(c.index);
    }
}

void DosePlanning::planSeries(int i)
{
    const Series &x = m_s.series.at(i);
    const Regimen &g = chooseRegimen(x, m_child.healthStates, m_child.birth, m_on);
    const bool otherRoute = !x.group.isEmpty() && m_route.value(x.group) != x.id;
    SeriesRun run{i, x, g, otherRoute, {}, 0, {}, {}};
    if (otherRoute) {
        for (const Counted &c : m_counted.at(i))
            if (!m_countedByRoute.contains(c.index))
                run.have << c;
    } else {
        run.have = m_counted.at(i);
    }
    run.doses = qMax(targetDoses(x, g, m_child.birth, run.have), int(run.have.size()));
    run.dates.resize(run.doses + 1);
    for (int k = 1; k <= run.doses; ++k)
        if (!planDose(run, k))
            break;
}

bool DosePlanning::planDose(SeriesRun &run, int k)
{
    const Regimen &g = run.regimen;
    const DoseRule &rule = g.doses.at(qMin(k, int(g.doses.size())) - 1);
    PlannedDose d = newDose(run, k, rule);
    if (k <= run.have.size()) {
        given(run, k, d);
        return true;
    }
    d.catchUp = g.catchUp;
    if (notNeeded(run, d))
        return true;
    QStringList why;
    if (g.catchUp && !g.ruleZh.isEmpty())
        why << g.ruleZh;
    if (!substituteOrContraindicated(run, k, d, why))
        return true;
    const QString limit = earliestDate(run, k, rule, d);
    if (d.recommended < d.earliest)
        d.recommended = d.earliest;
    d.overdueFrom = (rule.grace.set ? rule.grace : m_s.overdueGrace).after(d.recommended);
    if (ageLimitReached(run, k, rule, d))
        return false;
    openDose(run, k, rule, d, why, limit);
    return true;
}

PlannedDose DosePlanning::newDose(const SeriesRun &run, int k, const DoseRule &rule) const
{
    PlannedDose d;
    d.series = run.series.id;
    d.seriesName = run.series.nameZh;
    d.seriesIndex = run.index;
    d.dose = k;
    d.vaccine = rule.vaccine;
    d.recommended = rule.minAge.after(m_child.birth);
    d.earliest = d.recommended;
    if (rule.completeBy.set)
        d.completeBy = rule.completeBy.after(m_child.birth);
    return d;
}

void DosePlanning::given(SeriesRun &run, int k, PlannedDose &d)
{
    const Counted &c = run.have.at(k - 1);
    d.status = DoseStatus::Given;
    d.vaccine = c.product->abbr;
    d.given = c.date;
    d.givenIndex = c.index;
    d.rule = because([] { return Text::tr("已接种"); });
    run.dates[k] = c.date;
    run.products << c.product->abbr;
    m_plan.doses.append(d);
}

// Not needed: the group chose another series, or the series is complete by its products.
bool DosePlanning::notNeeded(SeriesRun &run, PlannedDose &d)
{
    const Regimen &g = run.regimen;
    if (!g.completeIncludesAny.isEmpty() && run.products.size() >= g.completeMinDoses) {
        for (const QString &p : g.completeIncludesAny)
            run.complete = run.complete || run.products.contains(p);
    }
    if (run.otherRoute) {
        const QString chosen = m_route.value(run.series.group);
        const Series *r = m_s.findSeries(chosen);
        d.rule = because([&] { return Text::tr("已选用%1").arg(r ? r->nameZh : chosen); });
    } else if (run.complete) {
        d.rule = because([&] {
            return g.ruleZh.isEmpty() ? Text::tr("本系列已完成")
                                      : Text::tr("已完成：%1").arg(g.ruleZh);
        });
    } else {
        return false;
    }
    d.status = DoseStatus::NotNeeded;
    d.catchUp = false;
    m_plan.doses.append(d);
    return true;
}

// A contraindicated product is replaced by the series' substitute when there is one; otherwise
// the dose is contraindicated (added; false).
bool DosePlanning::substituteOrContraindicated(SeriesRun &run, int k, PlannedDose &d,
                                               QStringList &why)
{
    if (!m_contraindicated.contains(d.vaccine))
        return true;
    const QString sub = run.series.substitutes.value(d.vaccine);
    if (!sub.isEmpty() && !m_contraindicated.contains(sub)) {
        why << Text::tr("因健康状况以%1代替%2")
                   .arg(m_s.products.value(sub).nameZh, m_s.products.value(d.vaccine).nameZh);
        d.vaccine = sub;
        return true;
    }
    d.status = DoseStatus::Contraindicated;
    d.rule = because(
        [&] { return Text::tr("健康状况禁忌：%1").arg(m_s.products.value(d.vaccine).nameZh); });
    m_plan.doses.append(d);
    run.dates[k] = m_on;
    return false;
}

// The first day the dose may be given: the schedule's age, moved by an incomplete earlier
// series, the intervals after earlier doses and other series, and the gap after a live vaccine.
// Returns what set it (empty when not explaining).
QString DosePlanning::earliestDate(const SeriesRun &run, int k, const DoseRule &rule,
                                   PlannedDose &d) const
{
    const QDate birth = m_child.birth;
    QString limit = because(
        [&] { return Text::tr("按程序%1起接种").arg(VaccinePlanner::describe(rule.minAge)); });
    auto raise = [&](const QDate &candidate, auto &&reason) {
        if (candidate.isValid() && candidate > d.earliest) {
            d.earliest = candidate;
            limit = because(reason);
        }
    };
    if (!rule.earlyIfIncompleteSeries.isEmpty() && m_on >= rule.earlyAtAge.after(birth)) {
        const int j = m_s.seriesIndex(rule.earlyIfIncompleteSeries);
        const Series &y = m_s.series.at(j);
        const QDate at = rule.earlyAtAge.after(birth);
        const int need = targetDoses(y, chooseRegimen(y, m_child.healthStates, birth, at), birth,
                                     m_counted.at(j));
        const int before = int(std::count_if(m_counted.at(j).begin(), m_counted.at(j).end(),
                                             [&](const Counted &c) { return c.date < at; }));
        if (before < need) {
            d.earliest = rule.earlyMinAge.after(birth);
            d.recommended = d.earliest;
            d.catchUp = true;
            limit = because([&] {
                return Text::tr("%1未完成，%2起补种")
                    .arg(y.nameZh, VaccinePlanner::describe(rule.earlyMinAge));
            });
        }
    }
    const QVector<QDate> &dates = run.dates;
    if (k > 1 && rule.minInterval.set)
        raise(rule.minInterval.after(dates[k - 1]), [&] {
            return Text::tr("距第%1剂至少%2")
                .arg(k - 1)
                .arg(VaccinePlanner::describeInterval(rule.minInterval));
        });
    for (const auto &[j, m] : rule.intervalsFrom)
        if (j >= 1 && j < k)
            raise(m.after(dates[j]), [&] {
                return Text::tr("距第%1剂至少%2").arg(j).arg(VaccinePlanner::describeInterval(m));
            });
    if (!rule.afterSeries.isEmpty()) {
        const QVector<Counted> &other = m_counted.at(m_s.seriesIndex(rule.afterSeries));
        if (!other.isEmpty()) {
            const Duration gap = rule.afterSeriesIntervals.value(int(other.size()));
            if (gap.set)
                raise(gap.after(other.last().date), [&] {
                    return Text::tr("距%1第%2剂至少%3")
                        .arg(m_s.findSeries(rule.afterSeries)->nameZh)
                        .arg(other.size())
                        .arg(VaccinePlanner::describeInterval(gap));
                });
        }
    }
    const auto prod = m_s.products.constFind(d.vaccine);
    if (prod != m_s.products.constEnd() && prod->injectableLive()) {
        const Duration liveGap = m_s.liveInterval;
        for (bool moved = true; moved;) {
            moved = false;
            for (const QDate &live : m_liveDates) {
                const QDate until = liveGap.after(live);
                const QDate when = qMax(d.earliest, m_on); // the history is in the past
                if (live < when && when < until) {
                    raise(until, [&] {
                        return Text::tr("距上次注射减毒活疫苗至少%1")
                            .arg(VaccinePlanner::describeInterval(liveGap));
                    });
                    moved = true;
                }
            }
        }
    }
    return limit;
}

// Past the series' age limit: this dose and the rest are not needed; the series stops.
bool DosePlanning::ageLimitReached(SeriesRun &run, int k, const DoseRule &rule, PlannedDose &d)
{
    const QDate birth = m_child.birth;
    if (!rule.maxAge.set ||
        (m_on < rule.maxAge.after(birth) && d.earliest < rule.maxAge.after(birth)))
        return false;
    d.status = DoseStatus::NotNeeded;
    d.rule = because(
        [&] { return Text::tr("满%1不再补种").arg(VaccinePlanner::describe(rule.maxAge)); });
    d.catchUp = false;
    m_plan.doses.append(d);
    run.dates[k] = m_on;
    for (int rest = k + 1; rest <= run.doses; ++rest) {
        PlannedDose r = d;
        r.dose = rest;
        r.vaccine = run.regimen.doses.at(qMin(rest, int(run.regimen.doses.size())) - 1).vaccine;
        m_plan.doses.append(r);
    }
    return true;
}

// Due, overdue or upcoming, with its anticipated date and why.
void DosePlanning::openDose(SeriesRun &run, int k, const DoseRule &rule, PlannedDose &d,
                            QStringList why, const QString &limit)
{
    const QDate anticipated = qMax(d.earliest, m_on);
    run.dates[k] = anticipated;
    if (m_on < d.earliest) {
        d.status = DoseStatus::Upcoming;
    } else if (m_on > d.overdueFrom) {
        d.status = DoseStatus::Overdue;
        d.overdueDays = int(d.recommended.daysTo(m_on));
    } else {
        d.status = DoseStatus::Due;
    }
    if ((d.completeBy.isValid() && anticipated > d.completeBy) || d.status == DoseStatus::Overdue)
        d.catchUp = true;
    why.prepend(limit);
    for (const auto &[from, text] : rule.notes)
        if (anticipated >= from.after(m_child.birth))
            why << text;
    const Regimen &g = run.regimen;
    if (d.catchUp && !(g.catchUp && !g.ruleZh.isEmpty()))
        why << because([] { return Text::tr("补种"); });
    if (m_explain)
        d.rule = why.join(QStringLiteral("；"));
    run.products << d.vaccine;
    m_plan.doses.append(d);
}

} // namespace Models
