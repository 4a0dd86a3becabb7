// The daily work list: runs the sources, keeps the residents in the population on the day and in
// scope, fills in who and where, folds contract tasks into the form that does them, and sorts
// by route.
#include "dailyworklist.h"

#include "areacode.h"
#include "database.h"
#include "dates.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "sqlitestmt.h"
#include "worklistroute.h"
#include "worklistsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <climits>
#include <ctime>
#include <mutex>
#include <thread>
#include <vector>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::DailyWorklist)
};

const QString QueueSource = QStringLiteral("clinic_queue");

Error cancelled()
{
    return makeError(QStringLiteral("worklist.cancelled"), Text::tr("已取消"));
}

// One source for one village (empty: every village of the caller's scope).
struct Unit
{
    const WorklistSourceDefinition *definition;
    QString village;
};

// How long each source took over an area the last time, reading and filling its items: the
// threads take the longest first (a township's children's checks, last in the definitions, used
// to start when the other thread had nothing left to do). Only the order of the work changes,
// never what is found; a source not timed yet goes first.
struct SourceTimes
{
    std::mutex lock;
    QHash<QString, qint64> ms;
};
SourceTimes &sourceTimes()
{
    static SourceTimes t;
    return t;
}

// Appends `more` to `to`, taking its storage when `to` is empty (a township's 22,000 items are
// 12 MB: each pass that moves them all costs about 10 ms).
void appendItems(QVector<WorkItem> &to, QVector<WorkItem> &&more)
{
    if (to.isEmpty())
        to = std::move(more);
    else
        to.append(std::move(more));
}

// Runs the units left (taking the next one from `next`, shared by the threads) on one connection
// and fills in who each item is for.
Result<QVector<WorkItem>> collect(const QString &conn, WorklistSourceRequest request,
                                  const QString &area, const QVector<Unit> &units,
                                  std::atomic_int &next, const std::atomic_bool *cancel,
                                  const QElapsedTimer &timer, WorklistResidents::Shared *shared)
{
    request.connection = conn;
    // Several villages touch most pages of the resident, contract and programme tables; one
    // village's rows lie all over the file too (contracts, doses, follow-ups are in the order
    // they were written): read through the mapping, not copied page by page with pread().
    mapWholeFile(sqliteHandle(conn));
    // One read transaction for all the thread's statements: one snapshot of the database for
    // every source, and SQLite takes its shared lock once instead of for each of the tens of
    // thousands of look-ups of a township (each a pair of fcntl() calls outside a transaction).
    const SqliteReadTransaction read(sqliteHandle(conn));
    const double cpuStart = threadCpuMs();
    int done = 0;
    WorklistResidents residents(conn, request.scope, area, request.date, shared);
    if (!residents.ok())
        return makeError(QStringLiteral("db.query"), Text::tr("读取居民资料失败"), {},
                         residents.error());
    QVector<WorkItem> out;
    for (int i = next++; i < units.size(); i = next++) {
        if (cancel && cancel->load())
            return cancelled();
        const WorklistSourceDefinition &d = *units.at(i).definition;
        request.definition = &d;
        request.villageCode = units.at(i).village;
        const qint64 started = timer.elapsed();
        auto found = WorklistSources::create(d)->collect(request);
        if (!found)
            return found.error();
        qCDebug(lcRepo) << "worklist source" << d.id << request.villageCode << found->size()
                        << "items in" << timer.elapsed() - started << "ms";
        const auto timed = qScopeGuard([&] {
            if (request.villageCode.isEmpty()) { // an area: the threads share the units
                const std::lock_guard<std::mutex> lock(sourceTimes().lock);
                sourceTimes().ms.insert(d.id, timer.elapsed() - started);
            }
        });
        // Who: only residents in the population on the day, in scope and in the area. The
        // items stay where the source put them; only the ones after a dropped one move up.
        QVector<WorkItem> &items = found.value();
        const auto dropped = std::remove_if(items.begin(), items.end(),
                                            [&](WorkItem &item) { return !residents.fill(item); });
        items.erase(dropped, items.end());
        appendItems(out, std::move(items));
        ++done;
    }
    qCDebug(lcRepo) << "worklist thread on" << conn << "ran" << done << "units, cpu"
                    << threadCpuMs() - cpuStart << "ms";
    return out;
}

} // namespace

int DailyWorklist::overdueCount() const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [](const WorkItem &i) { return i.overdue(); }));
}

Result<DailyWorklist> buildDailyWorklist(const QString &conn, const Scope &scope,
                                         const WorklistRequest &request)
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.read")); !e)
        return e.error();
    if (!request.date.isValid())
        return makeError(QStringLiteral("worklist.date"), Text::tr("请填写日期（YYYY-MM-DD）"),
                         QStringLiteral("date"));
    static const QRegularExpression code(QStringLiteral("^(\\d{6}|\\d{9}|\\d{12})$"));
    const QString area = request.area.trimmed();
    if (!area.isEmpty() && !code.match(area).hasMatch())
        return makeError(QStringLiteral("worklist.area"),
                         Text::tr("村代码应为12位数字（乡镇9位、县6位）"),
                         QStringLiteral("village"));
    if (area.size() == 12)
        if (auto e = requireVillage(scope, area, QStringLiteral("village")); !e)
            return e.error();
    DailyWorklist out;
    out.area = area;
    out.date = request.date;
    sqlite3 *h = sqliteHandle(conn);
    if (!area.isEmpty()) {
        SqliteStmt a(h, "SELECT name FROM area WHERE code = ?");
        a.text(1, area);
        if (!a.step())
            return makeError(QStringLiteral("worklist.area"),
                             Text::tr("找不到该地区：%1").arg(area), QStringLiteral("village"));
        out.areaName = a.columnText(0);
    }
    auto definitions = request.sources.isEmpty()
                           ? WorklistSources::definitions()
                           : Result<QVector<WorklistSourceDefinition>>(request.sources);
    if (!definitions)
        return definitions.error();
    QElapsedTimer timer;
    timer.start();
    WorklistSourceRequest base;
    base.scope = scope;
    base.date = request.date;
    base.weekEnd = request.date.addDays(7 - request.date.dayOfWeek());
    QHash<QString, int> order; // source id -> position, for sorting and counting
    QVector<const WorklistSourceDefinition *> todo;
    for (const WorklistSourceDefinition &d : *definitions) {
        order.insert(d.id, int(order.size()));
        out.counts << ProgrammeCount{d.id, d.programme(), 0, 0};
        if (scope.can(d.permission))
            todo << &d;
        else
            out.notShown << d.programme();
    }
    // Several villages (a township, a county) are read by each source in one pass over the
    // area's range of village codes (AreaCode::after): read village by village, a source driven
    // by its programme's table (mental health, maternal care) read that whole table once per
    // village (docs/decisions.md, "The work list of a township").
    if (!AreaCode::isVillage(area))
        base.areaPrefix = area;
    QVector<Unit> units;
    for (const WorklistSourceDefinition *d : std::as_const(todo))
        units << Unit{d, AreaCode::isVillage(area) ? area : QString()};
    if (!AreaCode::isVillage(area)) {
        const std::lock_guard<std::mutex> lock(sourceTimes().lock);
        const QHash<QString, qint64> &ms = sourceTimes().ms;
        std::stable_sort(units.begin(), units.end(), [&](const Unit &a, const Unit &b) {
            return ms.value(a.definition->id, LLONG_MAX) > ms.value(b.definition->id, LLONG_MAX);
        });
    }
    // Several villages with a database file: the sources run side by side, each thread on a
    // connection of its own (SQLite connections are not shared across threads).
    const bool file =
        !request.databasePath.isEmpty() && request.databasePath != QLatin1String(":memory:");
    const int threads =
        file && area.size() != 12
            ? int(std::min<qsizetype>({qsizetype(QThread::idealThreadCount()), units.size(), 3}))
            : 1;
    std::atomic_int next{0};
    WorklistResidents::Shared shared;
    QVector<Result<QVector<WorkItem>>> parts(threads, QVector<WorkItem>());
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back([&, t] {
            const QString own =
                QStringLiteral("worklist-%1-%2").arg(quintptr(QThread::currentThreadId())).arg(t);
            OpenOptions o;
            o.create = false;
            o.migrate = false;
            const qint64 openStart = timer.elapsed();
            parts[t] = [&]() -> Result<QVector<WorkItem>> {
                if (auto opened = openDatabase(own, request.databasePath, o); !opened)
                    return opened.error();
                qCDebug(lcRepo) << "worklist thread" << t << "opened its connection in"
                                << timer.elapsed() - openStart << "ms";
                auto found = collect(own, base, area, units, next, request.cancel, timer, &shared);
                closeDatabase(own);
                return found;
            }();
        });
    parts[0] = collect(conn, base, area, units, next, request.cancel, timer, &shared);
    for (std::thread &w : workers)
        w.join();
    QVector<WorkItem> kept;
    for (Result<QVector<WorkItem>> &p : parts) {
        if (!p)
            return p.error();
        appendItems(kept, std::move(p.value()));
    }
    if (request.cancel && request.cancel->load())
        return cancelled();
    qCDebug(lcRepo) << "worklist sources read by" << threads << "threads at" << timer.elapsed()
                    << "ms";
    // A contract task that the same form does (a follow-up, a health check) is folded into the
    // item that opens it, and tasks done by the same form into the first of them: one line per
    // form, and the line leaves the list when the form is saved.
    QHash<QString, int> byForm; // resident, form, what it opens -> the item that stays
    const auto formKey = [](const WorkItem &i) {
        return i.residentId + u'|' + i.form + u'|' + i.subject;
    };
    QSet<QString> foldForms; // the forms that do a task: only their items can take one in
    for (const WorkItem &i : std::as_const(kept))
        if (!i.foldLabel.isEmpty())
            foldForms.insert(i.form);
    for (int k = 0; k < kept.size(); ++k)
        if (kept.at(k).foldLabel.isEmpty() && foldForms.contains(kept.at(k).form))
            byForm.insert(formKey(kept.at(k)), k);
    std::vector<bool> stays(size_t(kept.size()), true);
    for (int k = 0; k < kept.size(); ++k) {
        if (kept.at(k).foldLabel.isEmpty())
            continue;
        const QString key = formKey(kept.at(k));
        const auto it = byForm.constFind(key);
        if (it == byForm.constEnd()) {
            byForm.insert(key, k); // the first task of its form stays, with its own reason
            continue;
        }
        // Into a programme's item, the task is named; into the same task due earlier, it is the
        // next one the form will do (ContractTasks marks the earliest open one).
        WorkItem &into = kept[*it];
        if (into.foldLabel.isEmpty() && !into.alsoDone.contains(kept.at(k).foldLabel))
            into.alsoDone << kept.at(k).foldLabel;
        stays[size_t(k)] = false;
    }
    qCDebug(lcRepo) << "worklist folded at" << timer.elapsed() << "ms";
    // The items that stay, in route order: each is moved once, into its place in the answer.
    const std::vector<int> route = routeOrder(kept, order, stays);
    qCDebug(lcRepo) << "worklist sorted at" << timer.elapsed() << "ms";

    // The clinic's own queue, first.
    ProgrammeCount queue{QueueSource, Text::tr("本机待办"), 0, 0};
    for (const ClinicQueueEntry &e : request.queue) {
        WorkItem i;
        i.source = QueueSource;
        i.programme = queue.programme;
        i.kind = e.kind;
        i.reason = e.text;
        i.form = QStringLiteral("sync_queue");
        i.formRef = e.ref;
        out.items << i;
    }
    out.items.reserve(out.items.size() + qsizetype(route.size()));
    for (int k : route)
        out.items.append(std::move(kept[k]));
    for (const WorkItem &i : std::as_const(out.items)) {
        ProgrammeCount &c = i.isQueue() ? queue : out.counts[order.value(i.source)];
        ++c.items;
        if (i.overdue())
            ++c.overdue;
    }
    out.counts << queue;
    qCDebug(lcRepo) << "daily worklist" << area << isoDate(request.date) << out.items.size()
                    << "items in" << timer.elapsed() << "ms";
    return out;
}

} // namespace Models
