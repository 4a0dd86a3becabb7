// The registry of work-list sources: the definitions file (resources/rules/worklist_sources.json)
// and the built-in classes. A programme that lands later adds an entry to the file, with a query
// or with the name of one small class registered in `builtIn()` below (docs/worklist.md).
#include "worklistsource.h"

#include "codetable.h"
#include "worklistbuiltins.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::WorklistSources)
};

using Factory = std::function<std::unique_ptr<WorklistSource>()>;

// One line per built-in class.
const QHash<QString, Factory> &builtIn()
{
    static const QHash<QString, Factory> classes{
        {QStringLiteral("chronic_followup"),
         [] { return std::make_unique<ChronicFollowupSource>(); }},
        {QStringLiteral("vaccine_dose"), [] { return std::make_unique<VaccineDoseSource>(); }},
        {QStringLiteral("contract_renewal"),
         [] { return std::make_unique<ContractRenewalSource>(); }},
        {QStringLiteral("contract_task"), [] { return std::make_unique<ContractTaskSource>(); }},
    };
    return classes;
}

Error invalid(const QString &what)
{
    return makeError(QStringLiteral("worklist.sources"),
                     Text::tr("工作清单来源定义有误：%1").arg(what));
}

} // namespace

QString WorklistSourceDefinition::programme() const
{
    return CodeTable::english() && !programmeEn.isEmpty() ? programmeEn : programmeZh;
}

QString WorklistSourceDefinition::reasonText(const QString &key) const
{
    const QJsonObject r = reasons.value(key).toObject();
    const QString en = r.value(QStringLiteral("en")).toString();
    return CodeTable::english() && !en.isEmpty() ? en : r.value(QStringLiteral("zh")).toString();
}

Result<QVector<WorklistSourceDefinition>> WorklistSources::parse(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(pe.errorString());
    const QJsonValue list = doc.object().value(QStringLiteral("sources"));
    if (!list.isArray() || list.toArray().isEmpty())
        return invalid(Text::tr("缺少 sources 列表"));
    QVector<WorklistSourceDefinition> out;
    QSet<QString> ids;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        WorklistSourceDefinition d;
        d.id = o.value(QStringLiteral("id")).toString();
        if (!idPattern.match(d.id).hasMatch() || ids.contains(d.id))
            return invalid(Text::tr("来源编号“%1”为空、重复或含有不允许的字符").arg(d.id));
        ids.insert(d.id);
        d.className = o.value(QStringLiteral("class")).toString();
        d.query = o.value(QStringLiteral("query")).toString();
        const QJsonObject programme = o.value(QStringLiteral("programme")).toObject();
        d.programmeZh = programme.value(QStringLiteral("zh")).toString();
        d.programmeEn = programme.value(QStringLiteral("en")).toString();
        d.permission = o.value(QStringLiteral("permission")).toString();
        d.kind = o.value(QStringLiteral("kind")).toString();
        d.form = o.value(QStringLiteral("form")).toString();
        d.params = o.value(QStringLiteral("params")).toObject();
        d.reasons = o.value(QStringLiteral("reasons")).toObject();
        if (d.programmeZh.isEmpty())
            return invalid(Text::tr("来源“%1”缺少项目名称（programme.zh）").arg(d.id));
        if (!d.permission.endsWith(QLatin1String(".read")))
            return invalid(Text::tr("来源“%1”须写明所需的查看权限（permission）").arg(d.id));
        if (d.className.isEmpty() == d.query.isEmpty())
            return invalid(Text::tr("来源“%1”须有 class 或 query 之一").arg(d.id));
        if (!d.className.isEmpty() && !builtIn().contains(d.className))
            return invalid(Text::tr("来源“%1”的类“%2”不存在").arg(d.id, d.className));
        if (!d.query.isEmpty()) {
            if (!d.query.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) ||
                !d.query.contains(QLatin1String("{population}")))
                return invalid(Text::tr("来源“%1”的查询须为 SELECT，并用 {population} 限定在册居民")
                                   .arg(d.id));
            if (d.kind.isEmpty() || d.form.isEmpty())
                return invalid(Text::tr("来源“%1”须写明 kind 和 form").arg(d.id));
            if (d.reasons.isEmpty())
                return invalid(Text::tr("来源“%1”须给出事由（reasons）").arg(d.id));
            for (auto it = d.reasons.begin(); it != d.reasons.end(); ++it)
                if (it.value().toObject().value(QStringLiteral("zh")).toString().isEmpty())
                    return invalid(Text::tr("来源“%1”的事由“%2”缺少中文").arg(d.id, it.key()));
        }
        out << d;
    }
    return out;
}

Result<QVector<WorklistSourceDefinition>> WorklistSources::definitions()
{
    static const Result<QVector<WorklistSourceDefinition>> loaded = [] {
        QFile f(QStringLiteral(":/rules/worklist_sources.json"));
        if (!f.open(QIODevice::ReadOnly))
            return Result<QVector<WorklistSourceDefinition>>(
                invalid(QStringLiteral(":/rules/worklist_sources.json")));
        return parse(f.readAll());
    }();
    return loaded;
}

std::unique_ptr<WorklistSource> WorklistSources::create(const WorklistSourceDefinition &d)
{
    if (!d.query.isEmpty())
        return std::make_unique<QuerySource>();
    const auto it = builtIn().constFind(d.className);
    return it == builtIn().constEnd() ? nullptr : (*it)();
}

QStringList WorklistSources::classNames()
{
    QStringList names = builtIn().keys();
    names.sort();
    return names;
}

} // namespace Models
