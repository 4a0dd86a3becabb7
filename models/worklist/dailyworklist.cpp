// The daily work list: runs the sources, keeps the residents in the population on the day and in
// scope, fills in who and where, folds contract tasks into the form that does them, and sorts
// by route.
#include "dailyworklist.h"

#include "dates.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "population.h"
#include "sqlitestmt.h"
#include "worklistsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <vector>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::DailyWorklist)
};

const QString QueueSource = QStringLiteral("clinic_queue");

// The resident behind the items: who, where, whether they count on the day.
struct Who
{
    bool keep = false;
    QString name, sex, villageCode, villageName, householdId, address, headId, headName, sortKey,
        group;
    QDate birth;
    int groupNumber = -1, house = -1;
};

class Residents
{
public:
    Residents(const QString &conn, const Scope &scope, const QString &area, const QDate &date)
        : m_scope(scope), m_area(area),
          m_q(sqliteHandle(conn),
              QStringLiteral(
                  "SELECT r.name, r.sex, r.birth_date, r.village_code, a.name, r.household_id,"
                  " coalesce(nullif(h.address, ''), r.address), h.head_id, hr.name, r.sort_key, %1"
                  " FROM resident r LEFT JOIN area a ON a.code = r.village_code"
                  " LEFT JOIN household h ON h.id = r.household_id"
                  " LEFT JOIN resident hr ON hr.id = h.head_id WHERE r.id = ?1")
                  .arg(Population::livingOn(QStringLiteral("r"), QStringLiteral("?2")))),
          m_date(isoDate(date).toUtf8())
    {
    }
    bool ok() const { return m_q.ok(); }
    QString error() const { return m_q.error(); }

    const Who &of(const QString &id)
    {
        auto it = m_cache.find(id);
        if (it != m_cache.end())
            return *it;
        Who w;
        m_q.text(1, id).utf8(2, m_date);
        if (m_q.step()) {
            w.villageCode = m_q.columnText(3);
            w.keep = m_q.columnInt(10) != 0 && m_scope.allowsVillage(w.villageCode) &&
                     w.villageCode.startsWith(m_area);
            if (w.keep) {
                w.name = m_q.columnText(0);
                w.sex = m_q.columnText(1);
                w.birth = m_q.columnDate(2);
                w.villageName = m_q.columnText(4);
                w.householdId = m_q.columnText(5);
                w.address = m_q.columnText(6);
                w.headId = m_q.columnText(7);
                w.headName = m_q.columnText(8);
                w.sortKey = m_q.columnText(9);
                w.groupNumber = addressGroup(w.address, &w.group);
                w.house = addressHouse(w.address);
            }
        }
        m_q.reset();
        return *m_cache.insert(id, w);
    }

private:
    const Scope &m_scope;
    const QString m_area;
    SqliteStmt m_q;
    const QByteArray m_date;
    QHash<QString, Who> m_cache;
};

int chineseNumber(const QString &s)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    int value = 0, current = 0;
    for (const QChar c : s) {
        if (c == u'十') {
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else if (c == u'零') {
            current = 0;
        } else {
            current = int(digits.indexOf(c));
            if (current < 0)
                return -1;
        }
    }
    return value + current;
}

Error cancelled()
{
    return makeError(QStringLiteral("worklist.cancelled"), Text::tr("已取消"));
}

} // namespace

int addressGroup(const QString &address, QString *groupText)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d+|[〇零一二三四五六七八九十]+)\\s*(组|队|社)"));
    const QRegularExpressionMatch m = re.match(address);
    if (!m.hasMatch())
        return -1;
    if (groupText)
        *groupText = m.captured(0);
    bool ok = false;
    const int n = m.captured(1).toInt(&ok);
    return ok ? n : chineseNumber(m.captured(1));
}

int addressHouse(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\s*号"));
    const QRegularExpressionMatch m = re.match(address);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

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
    WorklistSourceRequest sr;
    sr.connection = conn;
    sr.scope = scope;
    sr.villageCode = area.size() == 12 ? area : QString();
    sr.date = request.date;
    sr.weekEnd = request.date.addDays(7 - request.date.dayOfWeek());
    QVector<WorkItem> items;
    QHash<QString, int> order; // source id -> position, for sorting and counting
    for (const WorklistSourceDefinition &d : *definitions) {
        if (request.cancel && request.cancel->load())
            return cancelled();
        order.insert(d.id, int(order.size()));
        out.counts << ProgrammeCount{d.id, d.programme(), 0, 0};
        if (!scope.can(d.permission)) {
            out.notShown << d.programme();
            continue;
        }
        const auto source = WorklistSources::create(d);
        sr.definition = &d;
        auto found = source->collect(sr);
        if (!found)
            return found.error();
        items << *found;
    }
    if (request.cancel && request.cancel->load())
        return cancelled();

    // Who: only residents in the population on the day, in scope and in the area.
    Residents residents(conn, scope, area, request.date);
    if (!residents.ok())
        return makeError(QStringLiteral("db.query"), Text::tr("读取居民资料失败"), {},
                         residents.error());
    QVector<WorkItem> kept;
    kept.reserve(items.size());
    for (WorkItem &i : items) {
        const Who &w = residents.of(i.residentId);
        if (!w.keep)
            continue;
        i.name = w.name;
        i.sex = w.sex;
        i.birthDate = w.birth;
        i.villageCode = w.villageCode;
        i.villageName = w.villageName;
        i.householdId = w.householdId;
        i.address = w.address;
        i.headName = w.headName;
        i.group = w.group;
        i.sortKey = w.sortKey;
        kept << std::move(i);
    }

    // A contract task that the same form does (a follow-up, a health check) is folded into the
    // item that opens it, and tasks done by the same form into the first of them: one line per
    // form, and the line leaves the list when the form is saved.
    QHash<QString, int> byForm; // resident, form, what it opens -> the item that stays
    const auto formKey = [](const WorkItem &i) {
        return i.residentId + u'|' + i.form + u'|' + i.formRef;
    };
    for (int k = 0; k < kept.size(); ++k)
        if (kept.at(k).foldLabel.isEmpty())
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
    QVector<WorkItem> folded;
    folded.reserve(kept.size());
    for (int k = 0; k < kept.size(); ++k)
        if (stays[size_t(k)])
            folded << std::move(kept[k]);

    // Route order.
    QHash<QString, QPair<int, int>> route; // resident id -> (group, house)
    QHash<QString, QString> heads;         // resident id -> head id
    for (const WorkItem &i : std::as_const(folded)) {
        const Who &w = residents.of(i.residentId);
        route.insert(i.residentId, {w.groupNumber < 0 ? INT_MAX : w.groupNumber,
                                    w.house < 0 ? INT_MAX : w.house});
        heads.insert(i.residentId, w.headId);
    }
    std::stable_sort(folded.begin(), folded.end(), [&](const WorkItem &a, const WorkItem &b) {
        if (a.villageCode != b.villageCode)
            return a.villageCode < b.villageCode;
        const auto ra = route.value(a.residentId), rb = route.value(b.residentId);
        if (ra.first != rb.first)
            return ra.first < rb.first;
        if (ra.first == INT_MAX && a.address != b.address) // no 组: by the address itself
            return a.address < b.address;
        if (ra.second != rb.second)
            return ra.second < rb.second;
        if (a.address != b.address)
            return a.address < b.address;
        if (a.householdKey() != b.householdKey())
            return a.householdKey() < b.householdKey();
        if (a.residentId != b.residentId) {
            const bool aHead = heads.value(a.residentId) == a.residentId;
            const bool bHead = heads.value(b.residentId) == b.residentId;
            if (aHead != bHead)
                return aHead;
            if (a.sortKey != b.sortKey)
                return a.sortKey < b.sortKey;
            return a.residentId < b.residentId;
        }
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return order.value(a.source) < order.value(b.source);
    });

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
    out.items << folded;
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
