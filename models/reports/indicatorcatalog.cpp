#include "indicatorcatalog.h"

#include "codetable.h"
#include "indicatorsql.h"
#include "vaccineschedule.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorCatalog)
};

Error bad(const QString &what)
{
    return makeError(QStringLiteral("indicator.definition"),
                     Text::tr("指标定义文件有误：%1").arg(what), QStringLiteral("indicators"));
}

Error badIndicator(const QString &id, const QString &why)
{
    return makeError(QStringLiteral("indicator.definition"),
                     Text::tr("指标“%1”的定义有误：%2").arg(id, why), id);
}

QString pick(const QString &zh, const QString &en)
{
    return CodeTable::english() && !en.isEmpty() ? en : zh;
}

QStringList scheduleSeries()
{
    QStringList out;
    for (const Schedule &s : ScheduleSet::instance().all())
        for (const Series &x : s.series)
            if (!out.contains(x.id))
                out << x.id;
    return out;
}

// One numerator or denominator; an empty string when it is sound, else the reason.
QString readSide(const QJsonObject &o, bool denominator, bool planner, const QStringList &params,
                 const QVector<IndicatorSetting> &settings, IndicatorSide &side)
{
    const QString which = denominator ? Text::tr("分母") : Text::tr("分子");
    side.words = o.value(QStringLiteral("words")).toString().trimmed();
    side.wordsEn = o.value(QStringLiteral("words_en")).toString().trimmed();
    side.sql = o.value(QStringLiteral("sql")).toString().trimmed();
    if (side.words.isEmpty())
        return Text::tr("%1缺少文字说明（words）").arg(which);
    if (planner) {
        if (!side.sql.isEmpty())
            return Text::tr("由接种程序计算的指标不能再写 SQL");
        return {};
    }
    if (const QString why = IndicatorSql::problem(side.sql, denominator, params); !why.isEmpty())
        return which + QStringLiteral("：") + why;
    const QString count = o.value(QStringLiteral("count")).toString();
    if (count.isEmpty() || count == QLatin1String("residents")) {
        side.count = IndicatorSide::Count::Residents;
    } else if (!denominator) {
        return Text::tr("只有分母可以指定 count");
    } else if (count == QLatin1String("population")) {
        side.count = IndicatorSide::Count::Population;
    } else if (count == QLatin1String("prevalence")) {
        side.count = IndicatorSide::Count::Prevalence;
        side.prevalence = o.value(QStringLiteral("prevalence")).toString();
        if (side.prevalence != QLatin1String("hypertension") &&
            side.prevalence != QLatin1String("diabetes"))
            return Text::tr("prevalence 应为 hypertension 或 diabetes");
        const QString key = QStringLiteral("prevalence_") + side.prevalence;
        if (std::none_of(settings.cbegin(), settings.cend(),
                         [&](const IndicatorSetting &s) { return s.key == key; }))
            return Text::tr("缺少设置 %1").arg(key);
    } else {
        return Text::tr("未知的 count：%1").arg(count);
    }
    return {};
}
} // namespace

QString IndicatorSetting::displayLabel() const
{
    return pick(label, labelEn);
}

QString IndicatorProgramme::displayName() const
{
    return pick(name, nameEn);
}

QString IndicatorProgramme::displayShortName() const
{
    const QString s = pick(shortName, shortNameEn);
    return s.isEmpty() ? displayName() : s;
}

QString IndicatorSide::displayWords() const
{
    return pick(words, wordsEn);
}

QString IndicatorDefinition::displayName() const
{
    return pick(name, nameEn);
}

const QStringList &IndicatorCatalog::engineParameters()
{
    static const QStringList p{QStringLiteral("from"),
                               QStringLiteral("to"),
                               QStringLiteral("months"),
                               QStringLiteral("min_followups"),
                               QStringLiteral("required_followups"),
                               QStringLiteral("bp_sbp_below"),
                               QStringLiteral("bp_dbp_below"),
                               QStringLiteral("fbg_below")};
    return p;
}

const IndicatorCatalog &IndicatorCatalog::get()
{
    static const IndicatorCatalog catalog = [] {
        auto c = load(QStringLiteral(":/rules/indicators.json"));
        Q_ASSERT_X(c.ok(), "IndicatorCatalog", qPrintable(c ? QString() : c.error().message));
        return c.ok() ? c.value() : IndicatorCatalog{};
    }();
    return catalog;
}

Result<IndicatorCatalog> IndicatorCatalog::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("indicator.file"),
                         Text::tr("无法读取指标定义文件：%1").arg(path), {}, f.errorString());
    return parse(f.readAll());
}

Result<IndicatorCatalog> IndicatorCatalog::parse(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError || o.isEmpty())
        return bad(pe.errorString());
    IndicatorCatalog c;
    c.m_version = o.value(QStringLiteral("version")).toString();
    c.m_title = pick(o.value(QStringLiteral("title")).toString(),
                     o.value(QStringLiteral("title_en")).toString());
    if (c.m_version.isEmpty())
        return bad(QStringLiteral("version"));

    static const QRegularExpression keyRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    QStringList params = engineParameters();
    for (const QJsonValue &v : o.value(QStringLiteral("settings")).toArray()) {
        const QJsonObject s = v.toObject();
        IndicatorSetting st;
        st.key = s.value(QStringLiteral("key")).toString();
        st.label = s.value(QStringLiteral("label")).toString();
        st.labelEn = s.value(QStringLiteral("label_en")).toString();
        st.source = s.value(QStringLiteral("source")).toString();
        st.defaultValue = s.value(QStringLiteral("default")).toDouble(qQNaN());
        st.min = s.value(QStringLiteral("min")).toDouble(qQNaN());
        st.max = s.value(QStringLiteral("max")).toDouble(qQNaN());
        if (!keyRe.match(st.key).hasMatch() || params.contains(st.key))
            return bad(Text::tr("设置的名称不正确或重复：%1").arg(st.key));
        if (st.label.isEmpty() || st.source.isEmpty())
            return bad(Text::tr("设置 %1 缺少名称或来源").arg(st.key));
        if (!(st.min <= st.defaultValue && st.defaultValue <= st.max))
            return bad(Text::tr("设置 %1 的默认值不在 min 与 max 之间").arg(st.key));
        params << st.key;
        c.m_settings << st;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("programmes")).toArray()) {
        const QJsonObject p = v.toObject();
        IndicatorProgramme pr{p.value(QStringLiteral("id")).toString(),
                              p.value(QStringLiteral("name")).toString(),
                              p.value(QStringLiteral("name_en")).toString(),
                              p.value(QStringLiteral("short")).toString(),
                              p.value(QStringLiteral("short_en")).toString()};
        if (pr.id.isEmpty() || pr.name.isEmpty())
            return bad(Text::tr("项目缺少 id 或名称"));
        c.m_programmes << pr;
    }

    const QStringList series = scheduleSeries();
    QSet<QString> ids;
    const QJsonArray list = o.value(QStringLiteral("indicators")).toArray();
    if (list.isEmpty())
        return bad(Text::tr("没有任何指标"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject x = list.at(i).toObject();
        IndicatorDefinition d;
        d.id = x.value(QStringLiteral("id")).toString();
        const QString label = d.id.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : d.id;
        if (!keyRe.match(d.id).hasMatch())
            return badIndicator(label, Text::tr("id 只能由小写字母、数字和下划线组成"));
        if (ids.contains(d.id))
            return badIndicator(label, Text::tr("id 重复"));
        ids.insert(d.id);
        d.name = x.value(QStringLiteral("name")).toString().trimmed();
        d.nameEn = x.value(QStringLiteral("name_en")).toString().trimmed();
        d.programme = x.value(QStringLiteral("programme")).toString();
        d.unit = x.value(QStringLiteral("unit")).toString();
        d.source = x.value(QStringLiteral("source")).toString().trimmed();
        if (d.name.isEmpty())
            return badIndicator(label, Text::tr("缺少名称"));
        if (d.source.isEmpty())
            return badIndicator(label, Text::tr("缺少来源（source）"));
        if (std::none_of(c.m_programmes.cbegin(), c.m_programmes.cend(),
                         [&](const IndicatorProgramme &p) { return p.id == d.programme; }))
            return badIndicator(label, Text::tr("未知的项目：%1").arg(d.programme));
        if (d.unit != QLatin1String("%"))
            return badIndicator(label, Text::tr("单位只能是 %"));
        const QString direction = x.value(QStringLiteral("direction")).toString();
        if (direction != QLatin1String("higher") && direction != QLatin1String("lower"))
            return badIndicator(label, Text::tr("direction 应为 higher 或 lower"));
        d.higherIsBetter = direction == QLatin1String("higher");
        const QJsonObject target = x.value(QStringLiteral("target")).toObject();
        const QJsonValue tv = target.value(QStringLiteral("value"));
        if (!tv.isNull() && !tv.isUndefined()) {
            if (!tv.isDouble() || tv.toDouble() < 0 || tv.toDouble() > 100)
                return badIndicator(label, Text::tr("目标值应在 0 到 100 之间"));
            d.target = tv.toDouble();
        }
        d.targetSource = target.value(QStringLiteral("source")).toString().trimmed();
        if (d.targetSource.isEmpty())
            return badIndicator(label,
                                Text::tr("目标缺少来源（target.source），没有目标时也要说明"));
        const QJsonObject planner = x.value(QStringLiteral("planner")).toObject();
        if (!planner.isEmpty()) {
            d.plannerSeries = planner.value(QStringLiteral("series")).toString();
            d.plannerMeasure = planner.value(QStringLiteral("measure")).toString();
            if (d.plannerSeries != QLatin1String("*") && !series.contains(d.plannerSeries))
                return badIndicator(label,
                                    Text::tr("接种程序中没有疫苗系列 %1").arg(d.plannerSeries));
            if (d.plannerMeasure != QLatin1String("given") &&
                d.plannerMeasure != QLatin1String("timely"))
                return badIndicator(label, Text::tr("planner.measure 应为 given 或 timely"));
        }
        if (const QString why = readSide(x.value(QStringLiteral("numerator")).toObject(), false,
                                         d.usesPlanner(), params, c.m_settings, d.numerator);
            !why.isEmpty())
            return badIndicator(label, why);
        if (const QString why = readSide(x.value(QStringLiteral("denominator")).toObject(), true,
                                         d.usesPlanner(), params, c.m_settings, d.denominator);
            !why.isEmpty())
            return badIndicator(label, why);
        c.m_indicators << d;
    }
    return c;
}

const IndicatorDefinition *IndicatorCatalog::find(const QString &id) const
{
    for (const IndicatorDefinition &d : m_indicators)
        if (d.id == id)
            return &d;
    return nullptr;
}

const IndicatorSetting *IndicatorCatalog::setting(const QString &key) const
{
    for (const IndicatorSetting &s : m_settings)
        if (s.key == key)
            return &s;
    return nullptr;
}

QString IndicatorCatalog::programmeName(const QString &id) const
{
    for (const IndicatorProgramme &p : m_programmes)
        if (p.id == id)
            return p.displayName();
    return id;
}

QString IndicatorCatalog::programmeShortName(const QString &id) const
{
    for (const IndicatorProgramme &p : m_programmes)
        if (p.id == id)
            return p.displayShortName();
    return id;
}

} // namespace Models
