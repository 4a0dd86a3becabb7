#include "mentalrules.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::MentalRules)
};

Error ruleError(const QString &what)
{
    return makeError(QStringLiteral("rules.invalid"),
                     Text::tr("严重精神障碍分类规则文件有误：%1").arg(what));
}

Error inputError(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("input.invalid"), message, field);
}

const QStringList &insightValues()
{
    static const QStringList v{QStringLiteral("完全"), QStringLiteral("不全"),
                               QStringLiteral("缺失")};
    return v;
}

const QStringList &socialValues()
{
    static const QStringList v{QStringLiteral("良好"), QStringLiteral("一般"),
                               QStringLiteral("较差"), QStringLiteral("不适用")};
    return v;
}

const QStringList &symptomValues()
{
    static const QStringList v{
        QStringLiteral("幻觉"),     QStringLiteral("交流困难"), QStringLiteral("猜疑"),
        QStringLiteral("喜怒无常"), QStringLiteral("行为怪异"), QStringLiteral("兴奋话多"),
        QStringLiteral("伤人毁物"), QStringLiteral("悲观厌世"), QStringLiteral("无故外走"),
        QStringLiteral("自语自笑"), QStringLiteral("孤僻懒散"), QStringLiteral("其他")};
    return v;
}

QStringList stringList(const QJsonValue &v, bool *ok)
{
    QStringList out;
    *ok = v.isUndefined() || v.isNull() || v.isArray();
    for (const auto &e : v.toArray()) {
        if (!e.isString())
            *ok = false;
        out << e.toString();
    }
    return out;
}

bool boolField(const QJsonObject &o, const char *key, bool *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = false;
        return true;
    }
    if (!v.isBool())
        return false;
    *out = v.toBool();
    return true;
}

} // namespace

QString mentalClassCode(MentalClass c)
{
    switch (c) {
    case MentalClass::Unstable:
        return QStringLiteral("不稳定");
    case MentalClass::BasicallyStable:
        return QStringLiteral("基本稳定");
    case MentalClass::Stable:
        break;
    }
    return QStringLiteral("稳定");
}

std::optional<MentalClass> mentalClassFromCode(const QString &code)
{
    for (auto c : {MentalClass::Unstable, MentalClass::BasicallyStable, MentalClass::Stable})
        if (mentalClassCode(c) == code)
            return c;
    return std::nullopt;
}

QString mentalClassLabel(MentalClass c)
{
    switch (c) {
    case MentalClass::Unstable:
        return Text::tr("不稳定");
    case MentalClass::BasicallyStable:
        return Text::tr("基本稳定");
    case MentalClass::Stable:
        break;
    }
    return Text::tr("稳定");
}

Result<MentalInput> MentalInput::fromJson(const QJsonObject &o)
{
    MentalInput in;
    const QJsonValue risk = o.value(QLatin1String("risk"));
    if (!risk.isDouble() || risk.toDouble() != double(risk.toInt()) || risk.toInt() < 0 ||
        risk.toInt() > 5)
        return inputError(QStringLiteral("risk"), Text::tr("危险性评估应为 0 到 5 级的整数"));
    in.risk = risk.toInt();
    bool ok = true;
    in.symptoms = stringList(o.value(QLatin1String("symptoms")), &ok);
    if (!ok)
        return inputError(QStringLiteral("symptoms"), Text::tr("目前症状应为文字列表"));
    for (const QString &s : in.symptoms)
        if (!symptomValues().contains(s))
            return inputError(QStringLiteral("symptoms"), Text::tr("未知的症状：%1").arg(s));
    const QJsonValue insight = o.value(QLatin1String("insight"));
    if (!insight.isString() || !insightValues().contains(insight.toString()))
        return inputError(QStringLiteral("insight"), Text::tr("自知力应为 完全、不全 或 缺失"));
    in.insight = insight.toString();
    in.social = stringList(o.value(QLatin1String("social")), &ok);
    if (!ok || in.social.size() > 5)
        return inputError(QStringLiteral("social"), Text::tr("社会功能应为最多 5 项的文字列表"));
    for (const QString &s : in.social)
        if (!socialValues().contains(s))
            return inputError(QStringLiteral("social"),
                              Text::tr("社会功能各项应为 良好、一般、较差 或 不适用：%1").arg(s));
    if (!boolField(o, "symptoms_marked", &in.symptomsMarked))
        return inputError(QStringLiteral("symptoms_marked"),
                          Text::tr("症状明显应为 true 或 false"));
    if (!boolField(o, "adverse_reaction", &in.adverseReaction))
        return inputError(QStringLiteral("adverse_reaction"),
                          Text::tr("严重药物不良反应应为 true 或 false"));
    if (!boolField(o, "physical_illness", &in.physicalIllness))
        return inputError(QStringLiteral("physical_illness"),
                          Text::tr("严重躯体疾病应为 true 或 false"));
    return in;
}

QJsonObject MentalDecision::toJson() const
{
    return QJsonObject{{QStringLiteral("class"), mentalClassCode(cls)},
                       {QStringLiteral("next_visit_days"), nextVisitDays},
                       {QStringLiteral("refer"), refer},
                       {QStringLiteral("emergency"), emergency},
                       {QStringLiteral("why"), QJsonArray::fromStringList(why)},
                       {QStringLiteral("rules"), QJsonArray::fromStringList(ruleIds)},
                       {QStringLiteral("rule_set"), ruleSet}};
}

Result<MentalRuleSet> MentalRuleSet::load(const QString &nameOrPath)
{
    const QString path =
        nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".json"))
            ? nameOrPath
            : QStringLiteral(":/rules/mental_%1.json").arg(nameOrPath);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("rules.missing"),
                         Text::tr("找不到严重精神障碍分类规则：%1").arg(nameOrPath),
                         QStringLiteral("rules"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return ruleError(pe.errorString());
    return fromJson(doc.object());
}

Result<MentalRuleSet> MentalRuleSet::fromJson(const QJsonObject &o)
{
    MentalRuleSet s;
    s.m_name = o.value(QLatin1String("name")).toString();
    s.m_version = o.value(QLatin1String("version")).toString();
    s.m_titleZh = o.value(QLatin1String("title")).toString();
    s.m_titleEn = o.value(QLatin1String("title_en")).toString();
    if (s.m_name.isEmpty() || s.m_version.isEmpty())
        return ruleError(QStringLiteral("name/version"));
    auto grade = [&](const char *key, int *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toInt() < 0 || v.toInt() > 5)
            return false;
        *out = v.toInt();
        return true;
    };
    if (!grade("unstable_risk_from", &s.m_unstableRisk))
        return ruleError(QStringLiteral("unstable_risk_from"));
    if (!grade("basic_risk_from", &s.m_basicRisk) || s.m_basicRisk > s.m_unstableRisk)
        return ruleError(QStringLiteral("basic_risk_from"));
    if (!grade("emergency_from_risk", &s.m_emergencyRisk))
        return ruleError(QStringLiteral("emergency_from_risk"));
    bool ok = true;
    s.m_unstableInsight = stringList(o.value(QLatin1String("unstable_insight")), &ok);
    s.m_basicInsight = stringList(o.value(QLatin1String("basic_insight")), &ok);
    s.m_basicSocial = stringList(o.value(QLatin1String("basic_social")), &ok);
    if (!ok)
        return ruleError(QStringLiteral("insight/social"));
    const QJsonObject days = o.value(QLatin1String("intervals_days")).toObject();
    for (auto c : {MentalClass::Unstable, MentalClass::BasicallyStable, MentalClass::Stable}) {
        const int d = days.value(mentalClassCode(c)).toInt(-1);
        if (d < 1 || d > 366)
            return ruleError(QStringLiteral("intervals_days.") + mentalClassCode(c));
        s.m_days[int(c)] = d;
    }
    s.m_minVisits = o.value(QLatin1String("min_visits_per_year")).toInt(4);
    s.m_referralCheckDays = o.value(QLatin1String("followup_days_after_refer")).toInt(14);
    return s;
}

const MentalRuleSet &MentalRuleSet::standard()
{
    static const MentalRuleSet s = [] {
        auto r = load(QStringLiteral("nbphs"));
        Q_ASSERT_X(r.ok(), "MentalRuleSet", "the default rule set does not load");
        return r.ok() ? *r : MentalRuleSet();
    }();
    return s;
}

QStringList MentalRuleSet::availableNames()
{
    QStringList names;
    for (const QString &f :
         QDir(QStringLiteral(":/rules")).entryList({QStringLiteral("mental_*.json")}))
        names << f.mid(7, f.size() - 12);
    return names;
}

QString MentalRuleSet::title() const
{
    return CodeTable::english() && !m_titleEn.isEmpty() ? m_titleEn : m_titleZh;
}

int MentalRuleSet::intervalDays(MentalClass c) const
{
    return m_days[int(c)];
}

Result<MentalDecision> MentalRuleSet::classify(const MentalInput &in) const
{
    if (in.risk < 0 || in.risk > 5)
        return inputError(QStringLiteral("risk"), Text::tr("危险性评估应为 0 到 5 级的整数"));
    if (!insightValues().contains(in.insight))
        return inputError(QStringLiteral("insight"), Text::tr("自知力应为 完全、不全 或 缺失"));
    MentalDecision d;
    d.ruleSet = m_name + QLatin1Char('/') + m_version;
    auto fire = [&](MentalClass c, const char *id, const QString &why) {
        if (int(c) < int(d.cls))
            d.cls = c;
        d.ruleIds << QLatin1String(id);
        d.why << why;
    };
    // 不稳定
    if (in.risk >= m_unstableRisk)
        fire(MentalClass::Unstable, "risk.unstable",
             Text::tr("危险性评估 %1 级（%2 级及以上为不稳定）").arg(in.risk).arg(m_unstableRisk));
    if (in.symptomsMarked)
        fire(MentalClass::Unstable, "symptoms.marked", Text::tr("精神症状明显"));
    if (m_unstableInsight.contains(in.insight))
        fire(MentalClass::Unstable, "insight.unstable", Text::tr("自知力%1").arg(in.insight));
    if (in.adverseReaction)
        fire(MentalClass::Unstable, "adverse_reaction", Text::tr("严重药物不良反应"));
    if (in.physicalIllness)
        fire(MentalClass::Unstable, "physical_illness", Text::tr("严重躯体疾病"));
    // 基本稳定
    if (in.risk >= m_basicRisk && in.risk < m_unstableRisk)
        fire(MentalClass::BasicallyStable, "risk.basic",
             Text::tr("危险性评估 %1 级（%2 至 %3 级为基本稳定）")
                 .arg(in.risk)
                 .arg(m_basicRisk)
                 .arg(m_unstableRisk - 1));
    if (!in.symptoms.isEmpty() && !in.symptomsMarked)
        fire(MentalClass::BasicallyStable, "symptoms.present",
             Text::tr("仍有精神症状：%1").arg(in.symptoms.join(QStringLiteral("、"))));
    if (m_basicInsight.contains(in.insight))
        fire(MentalClass::BasicallyStable, "insight.basic", Text::tr("自知力%1").arg(in.insight));
    int poor = 0;
    for (const QString &s : in.social)
        poor += m_basicSocial.contains(s) ? 1 : 0;
    if (poor > 0)
        fire(MentalClass::BasicallyStable, "social.poor",
             Text::tr("社会功能 %n 项较差", nullptr, poor));
    if (d.ruleIds.isEmpty()) {
        d.ruleIds << QStringLiteral("stable");
        d.why << Text::tr("危险性 0 级，无精神症状，自知力完全，社会功能一般或良好");
    }
    d.nextVisitDays = m_days[int(d.cls)];
    d.refer = d.cls == MentalClass::Unstable;
    d.emergency = in.risk >= m_emergencyRisk;
    if (d.emergency)
        d.why
            << Text::tr("危险性 %1 级：对症处理后立即转诊，必要时报告公安并协助送院").arg(in.risk);
    return d;
}

} // namespace Models
