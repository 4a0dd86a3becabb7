#include "reporttabledef.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ReportTable)
};

QString pick(const QString &zh, const QString &en)
{
    return CodeTable::english() && !en.isEmpty() ? en : zh;
}

// "queries" and "sql" may be one string or a list of lines (a long query reads better in JSON as
// lines); lines are joined with a newline.
QString sqlText(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList lines;
        for (const QJsonValue &l : v.toArray())
            lines << l.toString();
        return lines.join(QLatin1Char('\n'));
    }
    return v.toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

Error bad(const QString &where, const QString &what)
{
    return makeError(QStringLiteral("report.definition"),
                     Text::tr("报表定义有误（%1）：%2").arg(where, what));
}

} // namespace

QString ReportColumn::displayLabel() const
{
    return pick(label, labelEn);
}

QString ReportColumn::displayGroup() const
{
    return pick(group, groupEn);
}

QString ReportColumn::displayDefinition() const
{
    return pick(definition, definitionEn);
}

QString ReportTableDef::displayTitle() const
{
    return pick(title, titleEn);
}

QStringList ReportTableDef::displayNotes() const
{
    return CodeTable::english() && !notesEn.isEmpty() ? notesEn : notes;
}

int ReportTableDef::columnIndex(const QString &columnId) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).id == columnId)
            return i;
    return -1;
}

const ReportTableSet &ReportTableSet::builtIn()
{
    static const ReportTableSet set = [] {
        auto s = load(QStringLiteral(":/rules/report_tables.json"));
        Q_ASSERT_X(s.ok(), "ReportTableSet", qPrintable(s ? QString() : s.error().message));
        return s ? *s : ReportTableSet{};
    }();
    return set;
}

Result<ReportTableSet> ReportTableSet::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("report.definition"),
                         Text::tr("无法读取报表定义文件：%1").arg(path));
    return fromJson(f.readAll());
}

Result<ReportTableSet> ReportTableSet::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return bad(QStringLiteral("JSON"), pe.errorString());
    const QJsonObject root = doc.object();
    ReportTableSet set;
    set.m_version = root.value(QStringLiteral("version")).toString();
    if (set.m_version.isEmpty())
        return bad(QStringLiteral("version"), Text::tr("缺少版本号"));
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-z][0-9a-z_-]*$"));
    QSet<QString> tableIds;
    for (const QJsonValue &tv : root.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = tv.toObject();
        ReportTableDef def;
        def.id = t.value(QStringLiteral("id")).toString();
        def.title = t.value(QStringLiteral("title")).toString();
        def.titleEn = t.value(QStringLiteral("title_en")).toString();
        def.programme = t.value(QStringLiteral("programme")).toString();
        def.permission = t.value(QStringLiteral("permission")).toString();
        def.notes = strings(t.value(QStringLiteral("notes")));
        def.notesEn = strings(t.value(QStringLiteral("notes_en")));
        for (const QJsonValue &q : t.value(QStringLiteral("queries")).toArray())
            def.queries << sqlText(q);
        if (!idPattern.match(def.id).hasMatch() || tableIds.contains(def.id))
            return bad(def.id, Text::tr("报表编号为空、重复或含有不允许的字符"));
        tableIds.insert(def.id);
        if (def.title.isEmpty())
            return bad(def.id, Text::tr("缺少报表名称"));
        QSet<QString> columnIds;
        for (const QJsonValue &cv : t.value(QStringLiteral("columns")).toArray()) {
            const QJsonObject c = cv.toObject();
            ReportColumn col;
            col.id = c.value(QStringLiteral("id")).toString();
            col.label = c.value(QStringLiteral("label")).toString();
            col.labelEn = c.value(QStringLiteral("label_en")).toString();
            col.group = c.value(QStringLiteral("group")).toString();
            col.groupEn = c.value(QStringLiteral("group_en")).toString();
            col.definition = c.value(QStringLiteral("definition")).toString();
            col.definitionEn = c.value(QStringLiteral("definition_en")).toString();
            col.nullable = c.value(QStringLiteral("nullable")).toBool();
            col.sql = sqlText(c.value(QStringLiteral("sql")));
            const QJsonArray rate = c.value(QStringLiteral("rate")).toArray();
            if (!rate.isEmpty()) {
                if (rate.size() != 2)
                    return bad(def.id + QLatin1Char('/') + col.id,
                               Text::tr("比率应写为 [分子列, 分母列]"));
                col.numerator = rate.at(0).toString();
                col.denominator = rate.at(1).toString();
            }
            if (!idPattern.match(col.id).hasMatch() || columnIds.contains(col.id) ||
                col.id == QLatin1String("village"))
                return bad(def.id + QLatin1Char('/') + col.id,
                           Text::tr("列编号为空、重复或含有不允许的字符"));
            if (col.label.isEmpty() || col.definition.isEmpty())
                return bad(def.id + QLatin1Char('/') + col.id, Text::tr("缺少列名或口径说明"));
            columnIds.insert(col.id);
            def.columns.append(col);
        }
        if (def.columns.isEmpty())
            return bad(def.id, Text::tr("没有列"));
        for (const ReportColumn &col : def.columns) {
            if (!col.isRate())
                continue;
            for (const QString &ref : {col.numerator, col.denominator}) {
                const int i = def.columnIndex(ref);
                if (i < 0 || def.columns.at(i).isRate())
                    return bad(def.id + QLatin1Char('/') + col.id,
                               Text::tr("比率引用的列 %1 不存在或不是计数列").arg(ref));
            }
            if (!col.sql.isEmpty())
                return bad(def.id + QLatin1Char('/') + col.id, Text::tr("比率列不能有自己的查询"));
        }
        set.m_tables.append(def);
    }
    if (set.m_tables.isEmpty())
        return bad(QStringLiteral("tables"), Text::tr("没有报表"));
    return set;
}

const ReportTableDef *ReportTableSet::find(const QString &id) const
{
    for (const ReportTableDef &t : m_tables)
        if (t.id == id)
            return &t;
    return nullptr;
}

QStringList ReportTableSet::ids() const
{
    QStringList out;
    for (const ReportTableDef &t : m_tables)
        out << t.id;
    return out;
}

} // namespace Models
