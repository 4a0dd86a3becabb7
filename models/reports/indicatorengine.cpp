#include "indicatorengine.h"

#include "database.h"
#include "dbaccess.h"
#include "indicatorsession.h"
#include "logging.h"
#include "permission.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <ctime>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace Models {

Q_DECLARE_LOGGING_CATEGORY(lcReports)

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorEngine)
};

Error unknown(const QString &id)
{
    return makeError(QStringLiteral("indicator.unknown"), Text::tr("没有这个指标：%1").arg(id),
                     QStringLiteral("indicator"));
}

void report(const IndicatorControl &c, int done, int total)
{
    if (c.progress)
        c.progress(done, total);
}
} // namespace

IndicatorEngine::IndicatorEngine(QString connectionName, const IndicatorCatalog &catalog)
    : m_conn(std::move(connectionName)), m_catalog(catalog)
{
}

Result<void> IndicatorEngine::check() const
{
    if (m_catalog.indicators().isEmpty())
        return makeError(QStringLiteral("indicator.definition"), Text::tr("没有可用的指标定义"));
    IndicatorSession session(m_conn, m_catalog, Scope::administrator(), IndicatorArea::township(),
                             {});
    if (auto e = session.open(); !e)
        return e;
    for (const IndicatorDefinition &d : m_catalog.indicators()) {
        for (const IndicatorSide *side : {&d.numerator, &d.denominator}) {
            if (side->sql.isEmpty())
                continue;
            const QString why = session.prepareProblem(side->sql);
            if (!why.isEmpty())
                return makeError(
                    QStringLiteral("indicator.definition"),
                    Text::tr("指标“%1”的%2 SQL 无法执行：%3")
                        .arg(d.id, side == &d.numerator ? Text::tr("分子") : Text::tr("分母"), why),
                    d.id, why);
        }
    }
    return {};
}

Result<IndicatorRun> IndicatorEngine::evaluate(const Scope &scope, const IndicatorPeriod &period,
                                               const IndicatorArea &area, const QStringList &ids,
                                               const IndicatorControl &control) const
{
    QElapsedTimer timer;
    timer.start();
    QVector<const IndicatorDefinition *> wanted;
    for (const QString &id : ids) {
        const IndicatorDefinition *d = m_catalog.find(id);
        if (!d)
            return unknown(id);
        if (!d->permission.isEmpty())
            if (auto e = requirePermission(scope, d->permission); !e)
                return e.error();
        wanted << d;
    }
    if (ids.isEmpty())
        for (const IndicatorDefinition &d : m_catalog.indicators())
            if (d.permission.isEmpty() || scope.can(d.permission))
                wanted << &d;
    IndicatorSession session(m_conn, m_catalog, scope, area, control);
    if (auto e = session.open(); !e)
        return e.error();
    const int total = int(wanted.size()) + 1;
    report(control, 0, total);
    if (!period.isValid())
        return session.setPeriod(period).error(); // the message at the period

    // The vaccination rates come from one pass of the dose planner; on a database file with a
    // second core they are computed on a thread of their own, on a connection of its own, while
    // this thread runs the SQL indicators (SQLite connections are not shared across threads).
    // When the planner is done, that thread takes SQL indicators from the end of the list while
    // this one takes them from the start, so both finish together (each session reads what it
    // needs; the results do not depend on which session computed them).
    QVector<Result<IndicatorResult>> results(wanted.size(), Error{});
    QVector<int> here, there;
    for (int i = 0; i < wanted.size(); ++i)
        (wanted.at(i)->usesPlanner() ? there : here) << i;
    sqlite3 *h = sqliteHandle(m_conn);
    const char *file = h ? sqlite3_db_filename(h, "main") : nullptr;
    const QString path = file ? QString::fromUtf8(file) : QString();
    if (path.isEmpty() || there.isEmpty() || here.isEmpty() || QThread::idealThreadCount() < 2) {
        here << there;
        there.clear();
    }
    std::mutex queue; // guards front and back: `here` between them is not taken yet
    qsizetype front = 0, back = here.size();
    std::atomic_bool stop{false};
    auto take = [&](bool fromFront) {
        const std::lock_guard<std::mutex> lock(queue);
        if (stop || front >= back)
            return -1;
        return fromFront ? here.at(front++) : here.at(--back);
    };
    std::atomic_int done{0};
    Result<void> workerOpen;
    // The second thread opens its connection while this one reads the residents of the area
    // (setPeriod below), then takes them from this session: true once they are read.
    std::promise<bool> indexRead;
    std::shared_future<bool> indexReady = indexRead.get_future().share();
    std::thread worker;
    if (!there.isEmpty())
        worker = std::thread([&] {
            const double cpu0 = threadCpuMs();
            const QString own =
                QStringLiteral("indicators-%1").arg(quintptr(QThread::currentThreadId()));
            OpenOptions o;
            o.create = false;
            o.migrate = false;
            if (auto opened = openDatabase(own, path, o); !opened) {
                workerOpen = opened.error();
                return;
            }
            {
                IndicatorSession mine(own, m_catalog, scope, area, control);
                Result<void> ready = mine.open();
                // The dose planner's pass needs no residents of the area until its visits are
                // counted: it runs while the first thread reads them (its error, if any, comes
                // again when the rates are evaluated).
                if (ready)
                    (void)mine.prefetchPlanner(period);
                if (!indexReady.get()) { // this thread's session failed to read them
                    closeDatabase(own);
                    return;
                }
                mine.adoptIndex(session); // read by this thread's session before the start
                if (ready)
                    ready = mine.setPeriod(period);
                bool ok = true;
                for (int i : std::as_const(there)) {
                    results[i] = ready ? mine.evaluate(*wanted.at(i)) : ready.error();
                    ++done;
                    if (!results[i]) {
                        ok = false;
                        break;
                    }
                }
                for (int i = ok ? take(false) : -1; i >= 0; i = take(false)) {
                    results[i] = mine.evaluate(*wanted.at(i));
                    ++done;
                    if (!results[i])
                        break;
                }
            }
            closeDatabase(own);
            qCDebug(lcReports) << "indicators: second thread cpu" << threadCpuMs() - cpu0 << "ms";
        });
    const Result<void> periodSet = session.setPeriod(period);
    indexRead.set_value(bool(periodSet));
    if (!periodSet) {
        if (worker.joinable())
            worker.join();
        return periodSet.error();
    }
    IndicatorRun run;
    run.period = period;
    run.area = session.area();
    run.catalogVersion = m_catalog.version();
    run.nearTargetPoints = session.targets().setting(QStringLiteral("near_target_points"));

    const double cpu0 = threadCpuMs();
    std::optional<Error> failed;
    for (int i = take(true); i >= 0; i = take(true)) {
        report(control, done + 1, total);
        results[i] = session.evaluate(*wanted.at(i));
        ++done;
        if (!results[i]) {
            failed = results[i].error();
            stop = true;
            break;
        }
    }
    qCDebug(lcReports) << "indicators: calling thread cpu" << threadCpuMs() - cpu0 << "ms";
    if (worker.joinable())
        worker.join();
    if (failed)
        return *failed;
    if (!workerOpen)
        return workerOpen.error();
    for (int i = 0; i < wanted.size(); ++i) {
        if (!results[i])
            return results[i].error(); // the worker's first failure (it stops there)
        run.results << *results[i];
    }
    report(control, total, total);
    run.milliseconds = timer.elapsed();
    return run;
}

Result<IndicatorTrend> IndicatorEngine::trend(const Scope &scope, const QString &id, int year,
                                              const IndicatorArea &area, const QDate &upTo,
                                              const IndicatorControl &control) const
{
    const IndicatorDefinition *d = m_catalog.find(id);
    if (!d)
        return unknown(id);
    if (!d->permission.isEmpty())
        if (auto e = requirePermission(scope, d->permission); !e)
            return e.error();
    if (year < 1900 || year > 2200)
        return makeError(QStringLiteral("indicator.period"), Text::tr("年份不正确"),
                         QStringLiteral("year"));
    QDate last(year, 12, 31);
    if (upTo.isValid() && upTo.year() == year && upTo < last)
        last = upTo;
    if (upTo.isValid() && upTo.year() < year)
        return makeError(QStringLiteral("indicator.period"), Text::tr("该年尚未开始"),
                         QStringLiteral("year"));
    IndicatorSession session(m_conn, m_catalog, scope, area, control);
    if (auto e = session.open(); !e)
        return e.error();
    IndicatorTrend t;
    t.id = id;
    t.year = year;
    t.area = session.area();
    const int months = last.month();
    for (int m = 1; m <= months; ++m) {
        report(control, m - 1, months);
        const QDate end = m == months ? last : QDate(year, m, 1).addMonths(1).addDays(-1);
        if (auto e = session.setPeriod({QDate(year, 1, 1), end}); !e)
            return e.error();
        auto r = session.evaluate(*d);
        if (!r)
            return r.error();
        t.points << IndicatorTrendPoint{end, r->total};
        t.target = r->target;
    }
    report(control, months, months);
    return t;
}

Result<IndicatorPeople> IndicatorEngine::residents(const Scope &scope, const QString &id,
                                                   const IndicatorPeriod &period,
                                                   const IndicatorArea &area, IndicatorSet which,
                                                   const QString &villageCode,
                                                   const IndicatorControl &control) const
{
    const IndicatorDefinition *d = m_catalog.find(id);
    if (!d)
        return unknown(id);
    if (auto e = requirePermission(scope, QStringLiteral("resident.read")); !e)
        return e.error();
    if (!d->permission.isEmpty())
        if (auto e = requirePermission(scope, d->permission); !e)
            return e.error();
    if (!villageCode.isEmpty())
        if (auto e = requireVillage(scope, villageCode, QStringLiteral("village")); !e)
            return e.error();
    IndicatorSession session(m_conn, m_catalog, scope, area, control);
    if (auto e = session.open(); !e)
        return e.error();
    report(control, 0, 3);
    if (auto e = session.setPeriod(period); !e)
        return e.error();
    report(control, 1, 3);
    auto sets = session.sets(*d);
    if (!sets)
        return sets.error();
    report(control, 2, 3);
    IndicatorBits gap;
    const IndicatorBits *chosen = sets->numerator.get();
    if (which == IndicatorSet::Denominator) {
        chosen = sets->denominator.get();
    } else if (which == IndicatorSet::Gap) {
        gap.in.resize(sets->denominator->in.size());
        for (size_t i = 0; i < gap.in.size(); ++i) {
            gap.in[i] = sets->denominator->in[i] && !sets->numerator->in[i];
            gap.count += gap.in[i];
        }
        chosen = &gap;
    }
    auto people = session.people(*chosen, villageCode);
    if (!people)
        return people.error();
    report(control, 3, 3);
    IndicatorPeople out;
    out.id = id;
    out.which = which;
    out.villageCode = villageCode;
    out.period = period;
    out.area = session.area();
    out.people = std::move(people).value();
    return out;
}

} // namespace Models
