#include "chronicrules.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <cmath>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ChronicRules)
};

Error ruleError(const QString &what)
{
    return makeError(QStringLiteral("rules.invalid"),
                     Text::tr("慢病随访规则文件有误：%1").arg(what));
}

Error inputError(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("followup.invalid"), message, field);
}

// Glucose is compared in tenths of mmol/L, the form's precision, so 16.7 is exactly 16.7.
int tenths(double v)
{
    return int(std::lround(v * 10.0));
}

QString fmtTenths(int t)
{
    return QString::number(t / 10.0, 'f', 1);
}

int intOr(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInt() : fallback;
}

QMutex g_activeMutex;
ChronicRuleSet *g_active = nullptr;

} // namespace

QString classCode(FollowupClass c)
{
    switch (c) {
    case FollowupClass::Controlled:
        return QStringLiteral("controlled");
    case FollowupClass::Uncontrolled:
        return QStringLiteral("uncontrolled");
    case FollowupClass::AdverseReaction:
        return QStringLiteral("adverse_reaction");
    case FollowupClass::Complication:
        return QStringLiteral("complication");
    }
    return {};
}

std::optional<FollowupClass> classFromCode(const QString &code)
{
    for (auto c : {FollowupClass::Controlled, FollowupClass::Uncontrolled,
                   FollowupClass::AdverseReaction, FollowupClass::Complication})
        if (classCode(c) == code)
            return c;
    return std::nullopt;
}

QString classLabel(FollowupClass c)
{
    switch (c) {
    case FollowupClass::Controlled:
        return Text::tr("控制满意");
    case FollowupClass::Uncontrolled:
        return Text::tr("控制不满意");
    case FollowupClass::AdverseReaction:
        return Text::tr("不良反应");
    case FollowupClass::Complication:
        return Text::tr("并发症");
    }
    return {};
}

QString programmeLabel(const QString &programme)
{
    return programme == QLatin1String("diabetes") ? Text::tr("2型糖尿病") : Text::tr("高血压");
}

Result<ClassifyInput> ClassifyInput::fromJson(const QJsonObject &o)
{
    ClassifyInput in;
    in.programme = o.value(QStringLiteral("programme")).toString();
    if (in.programme != QLatin1String("hypertension") && in.programme != QLatin1String("diabetes"))
        return inputError(QStringLiteral("programme"),
                          Text::tr("programme 应为 hypertension 或 diabetes"));
    in.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (!in.date.isValid())
        return inputError(QStringLiteral("date"), Text::tr("请给出随访日期（YYYY-MM-DD）"));
    auto optInt = [&](const char *key, std::optional<int> &out) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
            return false;
        out = v.toInt();
        return true;
    };
    auto optDouble = [&](const char *key, std::optional<double> &out) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble())
            return false;
        out = v.toDouble();
        return true;
    };
    std::optional<int> age;
    if (!optInt("age", age))
        return inputError(QStringLiteral("age"), Text::tr("age 应为整数"));
    in.age = age.value_or(-1);
    if (!optInt("sbp", in.sbp))
        return inputError(QStringLiteral("sbp"), Text::tr("收缩压应为整数（mmHg）"));
    if (!optInt("dbp", in.dbp))
        return inputError(QStringLiteral("dbp"), Text::tr("舒张压应为整数（mmHg）"));
    if (!optDouble("fbg", in.fbg))
        return inputError(QStringLiteral("fbg"), Text::tr("空腹血糖应为数字（mmol/L）"));
    if (!optInt("heart_rate", in.heartRate))
        return inputError(QStringLiteral("heart_rate"), Text::tr("心率应为整数（次/分）"));
    if (!optDouble("temperature", in.temperature))
        return inputError(QStringLiteral("temperature"), Text::tr("体温应为数字（℃）"));
    const auto &symptoms = CodeTable::get(QStringLiteral("chronic_symptom"));
    for (const auto &v : o.value(QStringLiteral("symptoms")).toArray()) {
        const QString s = v.toString();
        if (!symptoms.contains(s))
            return inputError(QStringLiteral("symptoms"), Text::tr("未知的症状代码：%1").arg(s));
        in.symptoms << s;
    }
    in.adverseReaction = o.value(QStringLiteral("adverse_reaction")).toBool();
    in.complication = o.value(QStringLiteral("complication")).toBool();
    in.hasDiabetes = o.value(QStringLiteral("has_diabetes")).toBool();
    in.hasKidneyDisease = o.value(QStringLiteral("has_kidney_disease")).toBool();
    const QJsonValue prev = o.value(QStringLiteral("previous_class"));
    if (!prev.isNull() && !prev.isUndefined()) {
        in.previousClass = classFromCode(prev.toString());
        if (!in.previousClass)
            return inputError(
                QStringLiteral("previous_class"),
                Text::tr("previous_class 应为 "
                         "controlled、uncontrolled、adverse_reaction、complication 或 null"));
    }
    return in;
}

QJsonObject Decision::toJson() const
{
    QJsonArray fired, explanations;
    for (const FiredRule &r : rules) {
        fired.append(r.text);
        explanations.append(r.explanation);
    }
    return QJsonObject{{QStringLiteral("class"), classCode(cls)},
                       {QStringLiteral("emergency"), emergency},
                       {QStringLiteral("referral"), referral},
                       {QStringLiteral("next_visit"), nextVisit.toString(Qt::ISODate)},
                       {QStringLiteral("rules"), fired},
                       {QStringLiteral("explanations"), explanations},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("rule_set"), ruleSet}};
}

QString Decision::explanation() const
{
    QStringList lines;
    for (const FiredRule &r : rules)
        lines << r.explanation;
    return lines.join(QLatin1Char('\n'));
}

QString ChronicRuleSet::title() const
{
    return CodeTable::english() && !m_titleEn.isEmpty() ? m_titleEn : m_titleZh;
}

int ChronicRuleSet::shortIntervalDays(const QString &programme) const
{
    return (programme == QLatin1String("diabetes") ? m_diabetes : m_hypertension).shortDays;
}

Result<ChronicRuleSet::Programme> ChronicRuleSet::parseProgramme(const QJsonObject &o,
                                                                 const QString &programme)
{
    Programme p;
    const bool diabetes = programme == QLatin1String("diabetes");
    for (const auto &v : o.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject t = v.toObject();
        Target target;
        target.id = t.value(QStringLiteral("id")).toString();
        target.option = t.value(QStringLiteral("option")).toString();
        target.ageFrom = intOr(t, "age_from", -1);
        target.ageBelow = intOr(t, "age_below", -1);
        target.condition = t.value(QStringLiteral("requires")).toString();
        target.sbpBelow = intOr(t, "sbp_below", 0);
        target.dbpBelow = intOr(t, "dbp_below", 0);
        target.fbgBelowTenths = tenths(t.value(QStringLiteral("fbg_below")).toDouble());
        if (target.id.isEmpty())
            return ruleError(programme + QStringLiteral(".targets: id"));
        if (diabetes ? target.fbgBelowTenths <= 0 : (target.sbpBelow <= 0 || target.dbpBelow <= 0))
            return ruleError(programme + QStringLiteral(".targets.") + target.id);
        p.targets.append(target);
    }
    if (p.targets.isEmpty())
        return ruleError(programme + QStringLiteral(".targets"));
    // The last target is the fallback and must apply to everyone.
    const Target &last = p.targets.last();
    if (last.ageFrom >= 0 || last.ageBelow >= 0 || !last.condition.isEmpty() ||
        !last.option.isEmpty())
        return ruleError(programme +
                         QStringLiteral(".targets: the last target must be unconditional"));
    const QJsonObject em = o.value(QStringLiteral("emergency")).toObject();
    p.emSbp = intOr(em, "sbp_at_or_above", 0);
    p.emDbp = intOr(em, "dbp_at_or_above", 0);
    p.emFbgHighTenths = tenths(em.value(QStringLiteral("fbg_at_or_above")).toDouble());
    p.emFbgLowTenths = tenths(em.value(QStringLiteral("fbg_at_or_below")).toDouble());
    p.emHeartRateAbove = intOr(em, "heart_rate_above", 0);
    p.emTempAboveTenths = tenths(em.value(QStringLiteral("temperature_above")).toDouble());
    const auto &symptoms = CodeTable::get(QStringLiteral("chronic_symptom"));
    for (const auto &v : em.value(QStringLiteral("symptoms")).toArray()) {
        if (!symptoms.contains(v.toString()))
            return ruleError(programme + QStringLiteral(".emergency.symptoms: ") + v.toString());
        p.emSymptoms << v.toString();
    }
    if (p.emSbp <= 0 || p.emDbp <= 0 ||
        (diabetes && (p.emFbgHighTenths <= 0 || p.emFbgLowTenths <= 0)))
        return ruleError(programme + QStringLiteral(".emergency"));
    p.shortDays = intOr(o, "short_interval_days", 0);
    p.routineMonths = intOr(o, "routine_interval_months", 0);
    p.referralUncontrolled = intOr(o, "referral_after_consecutive_uncontrolled", 2);
    p.referralAdverse = intOr(o, "referral_after_consecutive_adverse", 2);
    if (p.shortDays < 1 || p.shortDays > 60 || p.routineMonths < 1 || p.routineMonths > 12)
        return ruleError(programme + QStringLiteral(": intervals"));
    if (p.referralUncontrolled < 1 || p.referralUncontrolled > 2 || p.referralAdverse < 1 ||
        p.referralAdverse > 2)
        return ruleError(programme +
                         QStringLiteral(": referral_after_consecutive_* must be 1 or 2"));
    return p;
}

Result<ChronicRuleSet> ChronicRuleSet::fromJson(const QJsonObject &o)
{
    ChronicRuleSet s;
    s.m_name = o.value(QStringLiteral("rule_set")).toString();
    s.m_version = o.value(QStringLiteral("version")).toString();
    s.m_titleZh = o.value(QStringLiteral("title_zh")).toString();
    s.m_titleEn = o.value(QStringLiteral("title_en")).toString();
    if (s.m_name.isEmpty() || s.m_version.isEmpty())
        return ruleError(QStringLiteral("rule_set/version"));
    const QJsonObject opts = o.value(QStringLiteral("options")).toObject();
    for (auto it = opts.begin(); it != opts.end(); ++it)
        s.m_options.insert(it.key(), it.value().toBool());
    auto ht = parseProgramme(o.value(QStringLiteral("hypertension")).toObject(),
                             QStringLiteral("hypertension"));
    if (!ht)
        return ht.error();
    auto dm =
        parseProgramme(o.value(QStringLiteral("diabetes")).toObject(), QStringLiteral("diabetes"));
    if (!dm)
        return dm.error();
    s.m_hypertension = *ht;
    s.m_diabetes = *dm;
    const QJsonObject ind = o.value(QStringLiteral("indicators")).toObject();
    s.m_minFollowups = intOr(ind, "standard_management_min_followups", 0);
    for (const auto &v : ind.value(QStringLiteral("standard_management_modes")).toArray())
        s.m_standardModes << v.toInt();
    s.m_ctrlSbp = intOr(ind, "bp_control_sbp_below", 0);
    s.m_ctrlDbp = intOr(ind, "bp_control_dbp_below", 0);
    s.m_ctrlFbg = ind.value(QStringLiteral("fbg_control_below")).toDouble();
    s.m_lostAfterDays = intOr(ind, "lost_after_days_overdue", 0);
    if (s.m_minFollowups < 1 || s.m_standardModes.isEmpty() || s.m_ctrlSbp <= 0 ||
        s.m_ctrlDbp <= 0 || s.m_ctrlFbg <= 0 || s.m_lostAfterDays < 30)
        return ruleError(QStringLiteral("indicators"));
    s.m_identicalRepeats =
        intOr(o.value(QStringLiteral("quality")).toObject(), "identical_bp_repeats", 4);
    if (s.m_identicalRepeats < 2)
        return ruleError(QStringLiteral("quality.identical_bp_repeats"));
    return s;
}

Result<ChronicRuleSet> ChronicRuleSet::load(const QString &nameOrPath)
{
    const QString path =
        nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".json"))
            ? nameOrPath
            : QStringLiteral(":/rules/chronic_%1.json").arg(nameOrPath);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("rules.missing"),
                         Text::tr("找不到慢病随访规则：%1").arg(nameOrPath));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return ruleError(pe.errorString());
    return fromJson(doc.object());
}

QStringList ChronicRuleSet::availableNames()
{
    QStringList names;
    for (const QString &f :
         QDir(QStringLiteral(":/rules")).entryList({QStringLiteral("chronic_*.json")})) {
        const QString n = f.mid(8, f.size() - 13);
        if (n != QLatin1String("ranges"))
            names << n;
    }
    return names;
}

const ChronicRuleSet &ChronicRuleSet::active()
{
    QMutexLocker lock(&g_activeMutex);
    if (!g_active) {
        auto s = load(QStringLiteral("nbphs2017"));
        Q_ASSERT_X(s.ok(), "ChronicRuleSet", "the default rule set does not load");
        g_active = new ChronicRuleSet(*s);
    }
    return *g_active;
}

Result<void> ChronicRuleSet::setActiveName(const QString &name)
{
    auto s = load(name);
    if (!s)
        return s.error();
    QMutexLocker lock(&g_activeMutex);
    delete g_active;
    g_active = new ChronicRuleSet(*s);
    return {};
}

void ChronicRuleSet::setActiveOption(const QString &option, bool on)
{
    (void)active();
    QMutexLocker lock(&g_activeMutex);
    g_active->setOption(option, on);
}

const ChronicRuleSet::Target *ChronicRuleSet::targetFor(const Programme &p,
                                                        const ClassifyInput &in) const
{
    for (const Target &t : p.targets) {
        if (!t.option.isEmpty() && !option(t.option))
            continue;
        if (t.ageFrom >= 0 && (in.age < 0 || in.age < t.ageFrom))
            continue;
        if (t.ageBelow >= 0 && (in.age < 0 || in.age >= t.ageBelow))
            continue;
        if (t.condition == QLatin1String("diabetes_or_ckd") && !in.hasDiabetes &&
            !in.hasKidneyDisease)
            continue;
        return &t;
    }
    return &p.targets.last();
}

Result<Decision> ChronicRuleSet::classify(const ClassifyInput &in, bool explain) const
{
    const bool diabetes = in.programme == QLatin1String("diabetes");
    if (!diabetes && in.programme != QLatin1String("hypertension"))
        return inputError(QStringLiteral("programme"),
                          Text::tr("programme 应为 hypertension 或 diabetes"));
    if (!in.date.isValid())
        return inputError(QStringLiteral("date"), Text::tr("请填写随访日期"));
    if (!diabetes && (!in.sbp || !in.dbp))
        return inputError(!in.sbp ? QStringLiteral("sbp") : QStringLiteral("dbp"),
                          Text::tr("高血压随访须填写血压"));
    if (diabetes && !in.fbg)
        return inputError(QStringLiteral("fbg"), Text::tr("糖尿病随访须填写空腹血糖"));
    if (in.sbp.has_value() != in.dbp.has_value())
        return inputError(!in.sbp ? QStringLiteral("sbp") : QStringLiteral("dbp"),
                          Text::tr("收缩压和舒张压须同时填写"));

    const Programme &p = diabetes ? m_diabetes : m_hypertension;
    Decision d;
    d.ruleSet = m_name + QLatin1Char('/') + m_version;
    // The texts are built only when asked for: the demo generator classifies 400,000 visits.
#define FIRE(id, text, explanation)                                                                \
    do {                                                                                           \
        if (explain)                                                                               \
            d.rules.append(FiredRule{QLatin1String(id),                                            \
                                     QLatin1String(id) + QStringLiteral(": ") + (text),            \
                                     (explanation)});                                              \
        else                                                                                       \
            d.rules.append(FiredRule{QLatin1String(id), QLatin1String(id), QString()});            \
    } while (false)

    // Classification at this visit; the most severe class wins.
    const Target *t = targetFor(p, in);
    bool uncontrolled = false;
    if (diabetes) {
        d.target = QStringLiteral("FBG <%1").arg(fmtTenths(t->fbgBelowTenths));
        const int fbg = tenths(*in.fbg);
        if (fbg >= t->fbgBelowTenths) {
            uncontrolled = true;
            FIRE("fbg.above_target",
                 QStringLiteral("fbg %1 >= %2 (target %3)")
                     .arg(fmtTenths(fbg), fmtTenths(t->fbgBelowTenths), t->id),
                 Text::tr("空腹血糖 %1 mmol/L，未达到控制目标（< %2）")
                     .arg(fmtTenths(fbg), fmtTenths(t->fbgBelowTenths)));
        } else {
            FIRE("fbg.at_target",
                 QStringLiteral("fbg %1 < %2 (target %3)")
                     .arg(fmtTenths(fbg), fmtTenths(t->fbgBelowTenths), t->id),
                 Text::tr("空腹血糖 %1 mmol/L，达到控制目标（< %2）")
                     .arg(fmtTenths(fbg), fmtTenths(t->fbgBelowTenths)));
        }
    } else {
        d.target = QStringLiteral("<%1/%2").arg(t->sbpBelow).arg(t->dbpBelow);
        const QString why = !explain || t->id == QLatin1String("standard")
                                ? QString()
                                : Text::tr("（%1 岁，适用目标 %2）").arg(in.age).arg(d.target);
        if (*in.sbp >= t->sbpBelow || *in.dbp >= t->dbpBelow) {
            uncontrolled = true;
            FIRE("bp.above_target",
                 QStringLiteral("bp %1/%2 not below %3/%4 (target %5)")
                     .arg(*in.sbp)
                     .arg(*in.dbp)
                     .arg(t->sbpBelow)
                     .arg(t->dbpBelow)
                     .arg(t->id),
                 Text::tr("血压 %1/%2 mmHg，未达到控制目标（< %3/%4）%5")
                     .arg(*in.sbp)
                     .arg(*in.dbp)
                     .arg(t->sbpBelow)
                     .arg(t->dbpBelow)
                     .arg(why));
        } else {
            FIRE("bp.at_target",
                 QStringLiteral("bp %1/%2 below %3/%4 (target %5)")
                     .arg(*in.sbp)
                     .arg(*in.dbp)
                     .arg(t->sbpBelow)
                     .arg(t->dbpBelow)
                     .arg(t->id),
                 Text::tr("血压 %1/%2 mmHg，达到控制目标（< %3/%4）%5")
                     .arg(*in.sbp)
                     .arg(*in.dbp)
                     .arg(t->sbpBelow)
                     .arg(t->dbpBelow)
                     .arg(why));
        }
    }
    if (uncontrolled)
        d.cls = FollowupClass::Uncontrolled;
    if (in.adverseReaction) {
        d.cls = FollowupClass::AdverseReaction;
        FIRE("adverse_reaction", QStringLiteral("adverse_reaction true"),
             Text::tr("有药物不良反应"));
    }
    if (in.complication) {
        d.cls = FollowupClass::Complication;
        FIRE("complication", QStringLiteral("complication true"),
             Text::tr("出现新的并发症或原有并发症加重"));
    }

    // Emergency criteria, at any visit.
    if (in.sbp && *in.sbp >= p.emSbp) {
        d.emergency = true;
        FIRE("emergency.sbp", QStringLiteral("sbp %1 >= %2").arg(*in.sbp).arg(p.emSbp),
             Text::tr("收缩压 %1 ≥ %2 mmHg：危急情况").arg(*in.sbp).arg(p.emSbp));
    }
    if (in.dbp && *in.dbp >= p.emDbp) {
        d.emergency = true;
        FIRE("emergency.dbp", QStringLiteral("dbp %1 >= %2").arg(*in.dbp).arg(p.emDbp),
             Text::tr("舒张压 %1 ≥ %2 mmHg：危急情况").arg(*in.dbp).arg(p.emDbp));
    }
    if (in.fbg && p.emFbgHighTenths > 0 && tenths(*in.fbg) >= p.emFbgHighTenths) {
        d.emergency = true;
        FIRE("emergency.fbg_high",
             QStringLiteral("fbg %1 >= %2")
                 .arg(fmtTenths(tenths(*in.fbg)), fmtTenths(p.emFbgHighTenths)),
             Text::tr("血糖 %1 ≥ %2 mmol/L：危急情况")
                 .arg(fmtTenths(tenths(*in.fbg)), fmtTenths(p.emFbgHighTenths)));
    }
    if (in.fbg && p.emFbgLowTenths > 0 && tenths(*in.fbg) <= p.emFbgLowTenths) {
        d.emergency = true;
        FIRE("emergency.fbg_low",
             QStringLiteral("fbg %1 <= %2")
                 .arg(fmtTenths(tenths(*in.fbg)), fmtTenths(p.emFbgLowTenths)),
             Text::tr("血糖 %1 ≤ %2 mmol/L：低血糖危急情况")
                 .arg(fmtTenths(tenths(*in.fbg)), fmtTenths(p.emFbgLowTenths)));
    }
    if (in.heartRate && p.emHeartRateAbove > 0 && *in.heartRate > p.emHeartRateAbove) {
        d.emergency = true;
        FIRE("emergency.heart_rate",
             QStringLiteral("heart_rate %1 > %2").arg(*in.heartRate).arg(p.emHeartRateAbove),
             Text::tr("心率 %1 次/分 > %2：持续心动过速")
                 .arg(*in.heartRate)
                 .arg(p.emHeartRateAbove));
    }
    if (in.temperature && p.emTempAboveTenths > 0 &&
        tenths(*in.temperature) > p.emTempAboveTenths) {
        d.emergency = true;
        FIRE("emergency.temperature",
             QStringLiteral("temperature %1 > %2")
                 .arg(fmtTenths(tenths(*in.temperature)), fmtTenths(p.emTempAboveTenths)),
             Text::tr("体温 %1 ℃ > %2 ℃")
                 .arg(fmtTenths(tenths(*in.temperature)), fmtTenths(p.emTempAboveTenths)));
    }
    const auto &symptomTable = CodeTable::get(QStringLiteral("chronic_symptom"));
    for (const QString &s : in.symptoms) {
        if (p.emSymptoms.contains(s)) {
            d.emergency = true;
            FIRE("emergency.symptom", QStringLiteral("symptom %1").arg(s),
                 Text::tr("危急症状：%1").arg(symptomTable.label(s)));
        }
    }

    // Referral.
    if (d.emergency) {
        d.referral = true;
        FIRE("referral.emergency", QStringLiteral("emergency"),
             Text::tr("危急情况：紧急转诊，2周内随访转诊结果"));
    }
    if (d.cls == FollowupClass::Complication) {
        d.referral = true;
        FIRE("referral.complication", QStringLiteral("complication"),
             Text::tr("新发或加重的并发症：建议转诊"));
    }
    if (uncontrolled) {
        const bool second = in.previousClass == FollowupClass::Uncontrolled;
        if (p.referralUncontrolled == 1 || second) {
            d.referral = true;
            FIRE("referral.consecutive_uncontrolled",
                 QStringLiteral("uncontrolled at %1 consecutive visits").arg(second ? 2 : 1),
                 Text::tr("连续两次随访控制不满意：建议转诊"));
        } else {
            FIRE("uncontrolled.first", QStringLiteral("first uncontrolled visit"),
                 Text::tr("首次控制不满意：检查服药依从性，调整用药，2周内随访"));
        }
    }
    if (in.adverseReaction &&
        (p.referralAdverse == 1 || in.previousClass == FollowupClass::AdverseReaction)) {
        d.referral = true;
        FIRE("referral.adverse_reaction",
             QStringLiteral("adverse reaction at 2 consecutive visits"),
             Text::tr("药物不良反应两次随访未能控制：建议转诊"));
    }

    // Next visit: short after an uncontrolled visit, an ADR, a complication or a referral.
    if (d.cls != FollowupClass::Controlled || d.referral || d.emergency) {
        d.nextVisit = in.date.addDays(p.shortDays);
        FIRE("next.short", QStringLiteral("next visit in %1 days").arg(p.shortDays),
             Text::tr("下次随访：%1 天内（%2）")
                 .arg(p.shortDays)
                 .arg(d.nextVisit.toString(Qt::ISODate)));
    } else {
        d.nextVisit = in.date.addMonths(p.routineMonths);
        FIRE("next.routine", QStringLiteral("next visit in %1 months").arg(p.routineMonths),
             Text::tr("下次随访：常规 %1 个月后（%2）")
                 .arg(p.routineMonths)
                 .arg(d.nextVisit.toString(Qt::ISODate)));
    }
    return d;
#undef FIRE
}

const QMap<QString, ValueRange> &chronicRanges()
{
    static const QMap<QString, ValueRange> ranges = [] {
        QMap<QString, ValueRange> m;
        QFile f(QStringLiteral(":/rules/chronic_ranges.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject r = QJsonDocument::fromJson(f.readAll())
                                      .object()
                                      .value(QStringLiteral("ranges"))
                                      .toObject();
            for (auto it = r.begin(); it != r.end(); ++it) {
                const QJsonObject o = it.value().toObject();
                m.insert(it.key(), ValueRange{o.value(QStringLiteral("min")).toDouble(),
                                              o.value(QStringLiteral("max")).toDouble()});
            }
        }
        Q_ASSERT_X(m.contains(QStringLiteral("sbp")), "chronicRanges",
                   "chronic_ranges.json missing");
        return m;
    }();
    return ranges;
}

} // namespace Models
