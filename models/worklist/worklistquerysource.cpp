// The data-query source: a programme's work-list entry as SQL in
// resources/rules/worklist_sources.json. The query names the resident table `r` and writes
// {population} where the work list puts the population on the day (population.h), the village
// and the caller's scope, so no query can list the dead or another village's residents. It
// returns resident_id and due_date, optionally reason_key, and any column a reason names.
#include "worklistbuiltins.h"

#include "areacode.h"
#include "dates.h"
#include "dbaccess.h"
#include "population.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::WorklistSources)
};

Error queryError(const WorklistSourceDefinition &d, const QString &detail)
{
    return makeError(QStringLiteral("worklist.query"),
                     Text::tr("工作清单来源“%1”的查询无法执行").arg(d.programme()), {}, detail);
}

// The named parameters a query may use: the day, the week's end, the year, the village, the
// scope's villages, and the definition's params ({"years_before_date": N} is the date N years
// before the day, as an age check needs it: 29 February gives 28 February).
QHash<QString, QVariant> parameters(const WorklistSourceRequest &r, QString &scopeSql)
{
    QHash<QString, QVariant> p{
        {QStringLiteral(":date"), isoDate(r.date)},
        {QStringLiteral(":week_end"), isoDate(r.weekEnd)},
        {QStringLiteral(":year_start"), isoDate(QDate(r.date.year(), 1, 1))},
        {QStringLiteral(":year_end"), isoDate(QDate(r.date.year(), 12, 31))},
        {QStringLiteral(":village"), r.villageCode.isEmpty() ? QVariant() : r.villageCode},
        {QStringLiteral(":area_from"), r.areaPrefix},
        {QStringLiteral(":area_to"), AreaCode::after(r.areaPrefix)}};
    if (!r.scope.allVillages) {
        QStringList marks;
        for (qsizetype i = 0; i < r.scope.villages.size(); ++i) {
            const QString name = QStringLiteral(":scope_%1").arg(i);
            marks << name;
            p.insert(name, r.scope.villages.at(i));
        }
        scopeSql = marks.isEmpty()
                       ? QStringLiteral(" AND 0")
                       : QStringLiteral(" AND r.village_code IN (%1)").arg(marks.join(u','));
    }
    const QJsonObject &params = r.definition->params;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonValue v = it.value();
        QVariant value;
        if (v.isObject() && v.toObject().contains(QStringLiteral("years_before_date")))
            value = isoDate(r.date.addYears(-v.toObject().value(u"years_before_date").toInt()));
        else if (v.isDouble())
            value = v.toDouble() == double(v.toInteger()) ? QVariant(v.toInteger())
                                                          : QVariant(v.toDouble());
        else if (v.isString())
            value = v.toString();
        else
            continue;
        p.insert(QLatin1Char(':') + it.key(), value);
    }
    return p;
}
} // namespace

Result<QVector<WorkItem>> QuerySource::collect(const WorklistSourceRequest &r) const
{
    const WorklistSourceDefinition &d = *r.definition;
    QString scopeSql;
    const QHash<QString, QVariant> params = parameters(r, scopeSql);
    // The village as a plain equality (not ":village IS NULL OR ..."), so the index on
    // resident(village_code, ...) serves it. An area is a range of codes that holds most of a
    // clinic's file (a township is the whole of it): "+" keeps SQLite from walking 200,000 rows
    // of that index when the source names a narrower one (birth dates: children, the elderly).
    QString where;
    if (!r.villageCode.isEmpty())
        where = QStringLiteral(" AND r.village_code = :village");
    else if (!r.areaPrefix.isEmpty())
        where = QStringLiteral(" AND +r.village_code >= :area_from AND +r.village_code < :area_to");
    const QString population =
        QStringLiteral("(%1%2%3)")
            .arg(Population::livingOn(QStringLiteral("r"), QStringLiteral(":date")), where,
                 scopeSql);
    QString sql = d.query;
    sql.replace(QLatin1String("{population}"), population);
    SqliteStmt q(sqliteHandle(r.connection), sql);
    if (!q.ok())
        return queryError(d, q.error());
    sqlite3_stmt *st = q.handle();
    for (int i = 1; i <= sqlite3_bind_parameter_count(st); ++i) {
        const QString name = QString::fromUtf8(sqlite3_bind_parameter_name(st, i));
        const auto it = params.constFind(name);
        if (it == params.constEnd())
            return queryError(d, QStringLiteral("unknown parameter ") + name);
        if (it->isNull())
            q.null(i);
        else if (it->typeId() == QMetaType::LongLong)
            q.integer(i, it->toLongLong());
        else if (it->typeId() == QMetaType::Double)
            q.real(i, it->toDouble());
        else
            q.text(i, it->toString());
    }
    QHash<QString, int> columns;
    for (int c = 0; c < sqlite3_column_count(st); ++c)
        columns.insert(QString::fromUtf8(sqlite3_column_name(st, c)), c);
    const int residentColumn = columns.value(QStringLiteral("resident_id"), -1);
    const int dueColumn = columns.value(QStringLiteral("due_date"), -1);
    const int reasonColumn = columns.value(QStringLiteral("reason_key"), -1);
    if (residentColumn < 0 || dueColumn < 0)
        return queryError(d, QStringLiteral("the query must return resident_id and due_date"));
    QVector<WorkItem> out;
    for (int rc = q.stepCode(); rc != SQLITE_DONE; rc = q.stepCode()) {
        if (rc != SQLITE_ROW)
            return queryError(d, q.error());
        WorkItem i;
        i.residentId = q.columnText(residentColumn);
        i.source = d.id;
        i.programme = d.programme();
        i.kind = d.kind;
        i.form = d.form;
        i.formRef = i.residentId;
        i.dueDate = q.columnDate(dueColumn);
        i.daysOverdue =
            i.dueDate.isValid() && i.dueDate < r.date ? int(i.dueDate.daysTo(r.date)) : 0;
        QString reason =
            d.reasonText(reasonColumn < 0 ? QStringLiteral("default") : q.columnText(reasonColumn));
        for (auto c = columns.cbegin(); c != columns.cend(); ++c)
            reason.replace(QLatin1Char('{') + c.key() + QLatin1Char('}'), q.columnText(c.value()));
        i.reason = reason.isEmpty() ? d.programme() : reason;
        out << std::move(i);
    }
    return out;
}

} // namespace Models
