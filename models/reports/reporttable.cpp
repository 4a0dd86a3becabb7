#include "reporttable.h"
#include "reporttablesets.h"
#include "reporttablesql.h"

#include "chronicrules.h"
#include "dbaccess.h"
#include "permission.h"
#include "sqlitestmt.h"
#include "staffdirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <ctime>

Q_LOGGING_CATEGORY(lcReportTable, "jiayi.models.reports", QtWarningMsg)

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ReportTable)
};

Error readError(const QString &detail)
{
    return makeError(QStringLiteral("db.query"), Text::tr("读取报表数据失败"), {}, detail);
}

Error cancelled()
{
    return makeError(QStringLiteral("report.cancelled"), Text::tr("已取消统计"));
}

// The cancel check of a running statement (sqlite3_progress_handler).
struct CancelState
{
    const ReportTableEngine::Progress *progress = nullptr;
    int done = 0;
    int total = 0;
    bool stopped = false;
};

int progressHandler(void *p)
{
    auto *s = static_cast<CancelState *>(p);
    if (!s->stopped && s->progress && *s->progress && !(*s->progress)(s->done, s->total))
        s->stopped = true;
    return s->stopped ? 1 : 0;
}

// Removes the handler however compute() leaves.
struct HandlerGuard
{
    sqlite3 *h;
    ~HandlerGuard() { sqlite3_progress_handler(h, 0, nullptr, nullptr); }
};

QVariant rate(const QVariant &num, const QVariant &den)
{
    if (num.isNull() || den.isNull() || den.toLongLong() <= 0)
        return {};
    return std::round(1000.0 * double(num.toLongLong()) / double(den.toLongLong())) / 10.0;
}

} // namespace

QString ReportTable::text(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("—");
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 1);
    return QString::number(value.toLongLong());
}

QJsonObject ReportTable::toJson() const
{
    QJsonArray columns;
    for (const ReportColumn &c : def.columns) {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("label"), c.displayLabel()},
                      {QStringLiteral("definition"), c.displayDefinition()},
                      {QStringLiteral("kind"),
                       c.isRate() ? QStringLiteral("rate") : QStringLiteral("count")}};
        if (!c.group.isEmpty())
            o.insert(QStringLiteral("group"), c.displayGroup());
        columns.append(o);
    }
    auto rowJson = [&](const ReportRow &r) {
        QJsonObject values;
        for (int i = 0; i < def.columns.size(); ++i) {
            const QVariant &v = r.values.at(i);
            values.insert(def.columns.at(i).id,
                          v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
        }
        QJsonObject o{{QStringLiteral("name"), r.name}, {QStringLiteral("values"), values}};
        if (!r.total)
            o.insert(QStringLiteral("village"), r.villageCode);
        return o;
    };
    QJsonArray villages;
    for (const ReportRow &r : rows)
        if (!r.total)
            villages.append(rowJson(r));
    return {
        {QStringLiteral("table"), def.id},
        {QStringLiteral("title"), def.displayTitle()},
        {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
        {QStringLiteral("area"), areaCode},
        {QStringLiteral("header"),
         QJsonObject{{QStringLiteral("unit"), header.unit},
                     {QStringLiteral("period"), header.period},
                     {QStringLiteral("filled_on"), header.filledOn.toString(Qt::ISODate)},
                     {QStringLiteral("reviewer"), header.reviewer},
                     {QStringLiteral("preparer"), header.preparer}}},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("rows"), villages},
        {QStringLiteral("total"), rowJson(total())},
        {QStringLiteral("notes"), QJsonArray::fromStringList(def.displayNotes())},
        {QStringLiteral("milliseconds"), milliseconds},
    };
}

ReportTableEngine::ReportTableEngine(QString connectionName, const ReportTableSet &tables)
    : m_conn(std::move(connectionName)), m_tables(tables)
{
}

Result<QVector<ReportArea>> ReportTableEngine::areas(const Scope &scope) const
{
    if (auto e = requirePermission(scope, QStringLiteral("report.read")); !e)
        return e.error();
    sqlite3 *h = sqliteHandle(m_conn);
    SqliteStmt st(h, "SELECT code, name, level FROM area WHERE level IN ('township', 'village')"
                     " ORDER BY code");
    if (!st.ok())
        return readError(st.error());
    QVector<ReportArea> townships, villages;
    while (st.step()) {
        ReportArea a{st.columnText(0), st.columnText(1), st.columnText(2)};
        if (a.level == QLatin1String("township"))
            townships.append(a);
        else if (scope.allowsVillage(a.code))
            villages.append(a);
    }
    QVector<ReportArea> out;
    for (const ReportArea &t : townships)
        if (std::any_of(villages.begin(), villages.end(),
                        [&](const ReportArea &v) { return v.code.startsWith(t.code); }))
            out.append(t);
    return out + villages;
}

Result<ReportTable> ReportTableEngine::compute(const Scope &scope, const ReportTableRequest &req,
                                               const Progress &progress) const
{
    QElapsedTimer timer;
    timer.start();
    const ReportTableDef *def = m_tables.find(req.tableId);
    if (!def)
        return makeError(QStringLiteral("report.table"),
                         Text::tr("没有这张报表：%1（可选：%2）")
                             .arg(req.tableId, m_tables.ids().join(QStringLiteral("、"))),
                         QStringLiteral("table"));
    if (auto e = requirePermission(scope, QStringLiteral("report.read")); !e)
        return e.error();
    if (!def->permission.isEmpty())
        if (auto e = requirePermission(scope, def->permission); !e)
            return e.error();
    if (!req.period.isValid())
        return makeError(QStringLiteral("report.period"),
                         Text::tr("统计期间不正确（开始日期应不晚于结束日期）"),
                         QStringLiteral("period"));
    sqlite3 *h = sqliteHandle(m_conn);
    if (!h)
        return readError(QStringLiteral("no connection %1").arg(m_conn));
    // One read transaction for the whole table: its statements and sets count one state of the
    // database even while a sync writes (the villages' temporary table is written alongside).
    const SqliteReadTransaction read(h);

    ReportTable out;
    out.def = *def;
    out.period = req.period;
    out.areaCode = req.areaCode;

    // The villages: under the chosen area, in the caller's scope.
    if (!req.areaCode.isEmpty()) {
        SqliteStmt a(h, "SELECT name, level FROM area WHERE code = ?");
        a.text(1, req.areaCode);
        if (!a.step())
            return makeError(QStringLiteral("report.area"),
                             Text::tr("没有这个地区：%1").arg(req.areaCode),
                             QStringLiteral("area"));
        out.areaName = a.columnText(0);
        if (a.columnText(1) == QLatin1String("village") && !scope.allowsVillage(req.areaCode))
            return outOfScope(QStringLiteral("area"));
    }
    QVector<ReportRow> rows;
    QHash<QString, int> rowOf;
    {
        SqliteStmt v(h, "SELECT code, name FROM area WHERE level = 'village'"
                        " AND substr(code, 1, length(?1)) = ?1 ORDER BY code");
        v.text(1, req.areaCode);
        while (v.step()) {
            const QString code = v.columnText(0);
            if (!scope.allowsVillage(code))
                continue;
            rowOf.insert(code, int(rows.size()));
            rows.append(ReportRow{code, v.columnText(1), {}, false});
        }
    }
    for (ReportRow &r : rows)
        for (const ReportColumn &c : def->columns)
            r.values.append(c.isRate() || c.nullable ? QVariant() : QVariant(qint64(0)));

    // The header.
    out.header.period = req.period.label();
    out.header.filledOn = req.filledOn;
    out.header.reviewer = req.reviewer;
    out.header.preparer = StaffDirectory(m_conn).displayName(scope.userId);
    {
        // The clinic's name from its setup file (models/setup keeps it in meta), else the area.
        SqliteStmt m(h, "SELECT value FROM meta WHERE key = 'clinic_name'");
        if (m.step())
            out.header.unit = m.columnText(0);
        if (out.header.unit.isEmpty())
            out.header.unit = out.areaName;
        if (out.header.unit.isEmpty() && !rows.isEmpty()) {
            const QString township = rows.first().villageCode.left(9);
            if (std::all_of(rows.begin(), rows.end(), [&](const ReportRow &r) {
                    return r.villageCode.startsWith(township);
                })) {
                SqliteStmt t(h, "SELECT name FROM area WHERE code = ?");
                t.text(1, township);
                if (t.step())
                    out.header.unit = t.columnText(0);
            }
        }
    }

    // The villages as the SQL sees them.
    if (!sqliteExec(h, "CREATE TEMP TABLE IF NOT EXISTS report_village"
                       "(code TEXT PRIMARY KEY) WITHOUT ROWID") ||
        !sqliteExec(h, "DELETE FROM temp.report_village"))
        return readError(QString::fromUtf8(sqlite3_errmsg(h)));
    {
        SqliteStmt ins(h, "INSERT INTO temp.report_village(code) VALUES(?)");
        for (const ReportRow &r : rows) {
            ins.text(1, r.villageCode);
            if (!ins.run())
                return readError(ins.error());
        }
    }

    // The statements: the table's queries, then the columns with a query of their own.
    struct Query
    {
        QString sql;
        QString column; // a column's own query: its value is the second result column
    };
    QVector<Query> queries;
    for (const QString &q : def->queries)
        queries.append({q, {}});
    for (const ReportColumn &c : def->columns)
        if (!c.sql.isEmpty())
            queries.append({c.sql, c.id});
    const ChronicRuleSet &rules = ChronicRuleSet::active();
    const ReportSqlParams params = ReportSqlParams::make(req.period, rules);
    CancelState cancel{&progress, 0, int(queries.size()), false};
    sqlite3_progress_handler(h, 20000, progressHandler, &cancel);
    HandlerGuard guard{h};
    ReportRidSets sets(h); // after the guard: the function goes before the handler
    mapWholeFile(h);       // whole-township tables touch most pages of several tables
    QVector<bool> filled(def->columns.size(), false);
    for (const Query &q : queries) {
        if (progress && !progress(cancel.done, cancel.total))
            return cancelled();
        const std::clock_t cpu0 = std::clock();
        auto sql = expandReportSql(q.sql, rules);
        if (!sql)
            return sql.error();
        sql = sets.rewrite(*sql, params);
        if (!sql) {
            if (cancel.stopped)
                return cancelled();
            return readError(sql.error().message);
        }
        SqliteStmt st(h, *sql);
        if (!st.ok())
            return makeError(QStringLiteral("report.definition"),
                             Text::tr("报表 %1 的查询有误").arg(def->id), {}, st.error());
        if (auto b = bindReportParams(st.handle(), params); !b)
            return b.error();
        // Result columns → definition columns.
        const int n = sqlite3_column_count(st.handle());
        QVector<int> target(n, -1);
        int villageColumn = -1;
        for (int i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(st.handle(), i));
            if (name == QLatin1String("village"))
                villageColumn = i;
            else if (!q.column.isEmpty())
                target[i] = i == 1 ? def->columnIndex(q.column) : -1;
            else
                target[i] = def->columnIndex(name);
            if (target[i] >= 0 && def->columns.at(target[i]).isRate())
                target[i] = -1;
            if (target[i] >= 0)
                filled[target[i]] = true;
        }
        if (villageColumn < 0)
            return makeError(QStringLiteral("report.definition"),
                             Text::tr("报表 %1 的查询没有 village 列").arg(def->id));
        int rc;
        while ((rc = st.stepCode()) == SQLITE_ROW) {
            const auto it = rowOf.constFind(st.columnText(villageColumn));
            if (it == rowOf.constEnd())
                continue; // outside the area or the scope: never shown
            for (int i = 0; i < n; ++i)
                if (target[i] >= 0)
                    rows[*it].values[target[i]] =
                        st.columnIsNull(i)
                            ? (def->columns.at(target[i]).nullable ? QVariant()
                                                                   : QVariant(qint64(0)))
                            : QVariant(st.columnInt(i));
        }
        if (cancel.stopped || rc == SQLITE_INTERRUPT)
            return cancelled();
        if (rc != SQLITE_DONE)
            return readError(st.error());
        ++cancel.done;
        qCDebug(lcReportTable) << "table" << def->id << "statement" << cancel.done << "cpu"
                               << double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC << "ms";
    }
    for (int i = 0; i < def->columns.size(); ++i)
        if (!def->columns.at(i).isRate() && !filled.at(i))
            return makeError(
                QStringLiteral("report.definition"),
                Text::tr("报表 %1 的列 %2 没有查询给出").arg(def->id, def->columns.at(i).id));

    // 合计: the sum of the village rows; unknown when a village's figure is unknown.
    ReportRow total{{}, Text::tr("合计"), {}, true};
    for (int c = 0; c < def->columns.size(); ++c) {
        const ReportColumn &col = def->columns.at(c);
        if (col.isRate()) {
            total.values.append(QVariant());
            continue;
        }
        qint64 sum = 0;
        bool unknown = false;
        for (const ReportRow &r : rows) {
            unknown = unknown || r.values.at(c).isNull();
            sum += r.values.at(c).toLongLong();
        }
        total.values.append(unknown ? QVariant() : QVariant(sum));
    }
    rows.append(total);
    for (ReportRow &r : rows)
        for (int c = 0; c < def->columns.size(); ++c) {
            const ReportColumn &col = def->columns.at(c);
            if (col.isRate())
                r.values[c] = rate(r.values.at(def->columnIndex(col.numerator)),
                                   r.values.at(def->columnIndex(col.denominator)));
        }
    out.rows = rows;
    out.milliseconds = timer.elapsed();
    if (progress)
        progress(cancel.total, cancel.total);
    qCInfo(lcReportTable) << "table" << def->id << "rows" << rows.size() << "ms"
                          << out.milliseconds;
    return out;
}

} // namespace Models
