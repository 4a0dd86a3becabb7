#include "growthassessment.h"

#include "dates.h"
#include "growthreference.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Models {

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::GrowthAssessment)
};

double num(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : NaN;
}

bool isNum(double v)
{
    return v == v;
}

double roundTo(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    const double r = std::round(v * f) / f;
    return r == 0 ? 0.0 : r; // no "-0"
}

QString labelOf(const QString &code, bool standing)
{
    if (code == QLatin1String("wfa"))
        return Text::tr("年龄别体重");
    if (code == QLatin1String("lhfa"))
        return standing ? Text::tr("年龄别身高") : Text::tr("年龄别身长");
    if (code == QLatin1String("wflh"))
        return standing ? Text::tr("身高别体重") : Text::tr("身长别体重");
    if (code == QLatin1String("bmifa"))
        return Text::tr("年龄别BMI");
    return Text::tr("年龄别头围");
}
} // namespace

const GrowthRules &GrowthRules::get()
{
    static const GrowthRules rules = [] {
        GrowthRules r;
        QFile f(QStringLiteral(":/rules/growth_rules.json"));
        f.open(QIODevice::ReadOnly);
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        r.version = o.value(QStringLiteral("version")).toString();
        r.decimals = o.value(QStringLiteral("decimals")).toInt(2);
        const QJsonObject bands = o.value(QStringLiteral("bands")).toObject();
        r.bandBelow = bands.value(QStringLiteral("below")).toDouble(-2);
        r.bandAbove = bands.value(QStringLiteral("above")).toDouble(2);
        for (const QJsonValue &v : o.value(QStringLiteral("restricted")).toArray())
            r.restricted << v.toString();
        for (const QJsonValue &v : o.value(QStringLiteral("flags")).toArray()) {
            const QJsonObject fo = v.toObject();
            const QJsonObject when = fo.value(QStringLiteral("when")).toObject();
            r.flags << FlagRule{fo.value(QStringLiteral("code")).toString(),
                                fo.value(QStringLiteral("label")).toString(),
                                fo.value(QStringLiteral("indicator")).toString(),
                                num(fo.value(QStringLiteral("below"))),
                                num(fo.value(QStringLiteral("severe_below"))),
                                num(fo.value(QStringLiteral("above"))),
                                when.value(QStringLiteral("indicator")).toString(),
                                num(when.value(QStringLiteral("above"))),
                                fo.value(QStringLiteral("unless")).toString()};
        }
        const QJsonObject imp = o.value(QStringLiteral("implausible")).toObject();
        for (auto it = imp.begin(); it != imp.end(); ++it)
            if (it.value().isArray())
                r.implausible.insert(
                    it.key(), {num(it.value().toArray().at(0)), num(it.value().toArray().at(1))});
        Q_ASSERT_X(!r.flags.isEmpty(), "GrowthRules", "missing rules/growth_rules.json");
        return r;
    }();
    return rules;
}

const GrowthIndicatorResult *GrowthAssessment::indicator(const QString &code) const
{
    for (const GrowthIndicatorResult &r : indicators)
        if (r.code == code)
            return &r;
    return nullptr;
}

bool GrowthAssessment::hasFlag(const QString &code) const
{
    for (const GrowthFlag &f : flags)
        if (f.code == code)
            return true;
    return false;
}

QStringList GrowthAssessment::flagLabels() const
{
    QStringList out;
    for (const GrowthFlag &f : flags)
        out << (f.severe ? Text::tr("%1（重度）").arg(f.label) : f.label);
    return out;
}

QJsonObject GrowthAssessment::toJson() const
{
    QJsonArray inds;
    for (const GrowthIndicatorResult &r : indicators) {
        QJsonObject o{{QStringLiteral("indicator"), r.code}, {QStringLiteral("name"), r.label}};
        if (isNum(r.value))
            o.insert(QStringLiteral("value"), roundTo(r.value, 2));
        if (r.hasZ()) {
            o.insert(QStringLiteral("z"), r.z);
            o.insert(QStringLiteral("band"), r.band);
        } else {
            o.insert(QStringLiteral("z"), QJsonValue::Null);
            o.insert(QStringLiteral("note"), r.note);
        }
        QJsonArray fl;
        for (const GrowthFlag &f : flags)
            for (const GrowthRules::FlagRule &rule : GrowthRules::get().flags)
                if (rule.code == f.code && rule.indicator == r.code)
                    fl << f.code;
        o.insert(QStringLiteral("flags"), fl);
        inds << o;
    }
    QJsonArray fl;
    for (const GrowthFlag &f : flags)
        fl << QJsonObject{{QStringLiteral("code"), f.code},
                          {QStringLiteral("label"), f.label},
                          {QStringLiteral("severe"), f.severe}};
    QJsonObject o{{QStringLiteral("age_days"), ageDays},
                  {QStringLiteral("indicators"), inds},
                  {QStringLiteral("flags"), fl},
                  {QStringLiteral("rules_version"), rulesVersion}};
    if (isNum(adjustedLengthCm))
        o.insert(QStringLiteral("length_used_cm"), roundTo(adjustedLengthCm, 2));
    if (isNum(bmi))
        o.insert(QStringLiteral("bmi"), roundTo(bmi, 2));
    return o;
}

Result<void> validateGrowthInput(const GrowthInput &in, const QDate &today)
{
    if (in.sex != QLatin1Char('M') && in.sex != QLatin1Char('F'))
        return makeError(QStringLiteral("growth.sex"), Text::tr("性别应为 M（男）或 F（女）"),
                         QStringLiteral("sex"));
    if (!in.birth.isValid())
        return makeError(QStringLiteral("growth.birth"), Text::tr("出生日期格式应为 YYYY-MM-DD"),
                         QStringLiteral("birth_date"));
    if (in.birth > today)
        return makeError(QStringLiteral("growth.birth"), Text::tr("出生日期不能晚于今天"),
                         QStringLiteral("birth_date"));
    if (!in.on.isValid())
        return makeError(QStringLiteral("growth.on"), Text::tr("测量日期格式应为 YYYY-MM-DD"),
                         QStringLiteral("on"));
    if (in.on > today)
        return makeError(QStringLiteral("growth.on"), Text::tr("测量日期不能晚于今天"),
                         QStringLiteral("on"));
    if (in.on < in.birth)
        return makeError(QStringLiteral("growth.on"), Text::tr("测量日期不能早于出生日期"),
                         QStringLiteral("on"));
    auto range = [](double v, double lo, double hi) { return !isNum(v) || (v >= lo && v <= hi); };
    if (!range(in.weightKg, 0.3, 60) || in.weightKg == 0)
        return makeError(QStringLiteral("growth.weight"), Text::tr("体重应在 0.3–60 kg 之间"),
                         QStringLiteral("weight_kg"));
    if (!range(in.lengthCm, 30, 150))
        return makeError(QStringLiteral("growth.length"),
                         Text::tr("身长（身高）应在 30–150 cm 之间"),
                         in.standing ? QStringLiteral("height_cm") : QStringLiteral("length_cm"));
    if (!range(in.headCm, 20, 65))
        return makeError(QStringLiteral("growth.head"), Text::tr("头围应在 20–65 cm 之间"),
                         QStringLiteral("head_cm"));
    if (!isNum(in.weightKg) && !isNum(in.lengthCm) && !isNum(in.headCm))
        return makeError(QStringLiteral("growth.empty"),
                         Text::tr("请至少给出体重、身长（身高）或头围"),
                         QStringLiteral("weight_kg"));
    return {};
}

Result<GrowthInput> growthInputFromJson(const QJsonObject &o, const QDate &today)
{
    GrowthInput in;
    const QString sex = o.value(QStringLiteral("sex")).toString().trimmed().toUpper();
    in.sex = sex.size() == 1 ? sex.at(0) : QChar();
    in.birth = QDate::fromString(o.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    in.on = o.contains(QStringLiteral("on"))
                ? QDate::fromString(o.value(QStringLiteral("on")).toString(), Qt::ISODate)
                : today;
    for (const char *key : {"weight_kg", "length_cm", "height_cm", "head_cm"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isDouble())
            return makeError(QStringLiteral("growth.number"),
                             Text::tr("%1 应为数字").arg(QLatin1String(key)), QLatin1String(key));
    }
    in.weightKg = num(o.value(QStringLiteral("weight_kg")));
    if (o.value(QStringLiteral("weight_kg")).isDouble() && in.weightKg <= 0)
        return makeError(QStringLiteral("growth.weight"), Text::tr("体重应大于 0"),
                         QStringLiteral("weight_kg"));
    in.lengthCm = num(o.value(QStringLiteral("length_cm")));
    if (o.contains(QStringLiteral("height_cm"))) {
        if (isNum(in.lengthCm))
            return makeError(QStringLiteral("growth.length"),
                             Text::tr("身长（卧位）和身高（立位）只能给一个"),
                             QStringLiteral("height_cm"));
        in.lengthCm = num(o.value(QStringLiteral("height_cm")));
        in.standing = true;
    }
    in.headCm = num(o.value(QStringLiteral("head_cm")));
    if (auto ok = validateGrowthInput(in, today); !ok)
        return ok.error();
    return in;
}

GrowthAssessment assessGrowth(const GrowthInput &in, const GrowthRules &rules)
{
    const GrowthReference &ref = GrowthReference::who2006();
    GrowthAssessment a;
    a.rulesVersion = rules.version;
    a.ageDays = in.birth.daysTo(in.on);
    const bool heightAge = a.ageDays >= GrowthReference::heightFromDay;
    // The 0.7 cm rule: a standing height below 2 years gains 0.7 cm, a lying length from 2 years
    // loses 0.7 cm, so each is compared with the table of its age.
    if (isNum(in.lengthCm))
        a.adjustedLengthCm = in.lengthCm + (!heightAge && in.standing   ? 0.7
                                            : heightAge && !in.standing ? -0.7
                                                                        : 0.0);
    if (isNum(in.weightKg) && isNum(a.adjustedLengthCm))
        a.bmi = in.weightKg / std::pow(a.adjustedLengthCm / 100.0, 2);

    auto add = [&](const QString &code, double y, const Lms &p, const QString &missing) {
        GrowthIndicatorResult r;
        r.code = code;
        r.label = labelOf(code, heightAge);
        r.value = y;
        if (!isNum(y))
            return;
        if (!p.valid()) {
            r.note = missing;
        } else {
            const double z = rules.restricted.contains(code)
                                 ? GrowthReference::restrictedZScore(p, y)
                                 : GrowthReference::zScore(p, y);
            r.z = roundTo(z, rules.decimals);
            r.band = r.z < rules.bandBelow   ? Text::tr("下")
                     : r.z > rules.bandAbove ? Text::tr("上")
                                             : Text::tr("中");
        }
        a.indicators << r;
    };
    const QString beyondAge = Text::tr("超出WHO 2006标准的年龄范围（0–60月龄）");
    add(QStringLiteral("wfa"), in.weightKg, ref.byAge(QStringLiteral("wfa"), in.sex, a.ageDays),
        beyondAge);
    add(QStringLiteral("lhfa"), a.adjustedLengthCm,
        ref.byAge(QStringLiteral("lhfa"), in.sex, a.ageDays), beyondAge);
    add(QStringLiteral("wflh"), isNum(a.adjustedLengthCm) ? in.weightKg : NaN,
        isNum(a.adjustedLengthCm) ? ref.byLength(in.sex, a.adjustedLengthCm, heightAge) : Lms{},
        heightAge ? Text::tr("身高超出标准范围（65–120 cm）")
                  : Text::tr("身长超出标准范围（45–110 cm）"));
    add(QStringLiteral("bmifa"), a.bmi, ref.byAge(QStringLiteral("bmifa"), in.sex, a.ageDays),
        beyondAge);
    add(QStringLiteral("hcfa"), in.headCm, ref.byAge(QStringLiteral("hcfa"), in.sex, a.ageDays),
        beyondAge);

    auto zOf = [&](const QString &code) {
        const GrowthIndicatorResult *r = a.indicator(code);
        return r ? r->z : NaN;
    };
    for (const GrowthRules::FlagRule &f : rules.flags) {
        const double z = zOf(f.indicator);
        if (!isNum(z))
            continue;
        if (!f.whenIndicator.isEmpty()) {
            const double w = zOf(f.whenIndicator);
            if (!isNum(w) || !(w > f.whenAbove))
                continue;
        }
        if (!f.unless.isEmpty() && a.hasFlag(f.unless))
            continue;
        if (isNum(f.below) && z < f.below)
            a.flags << GrowthFlag{f.code, f.label, isNum(f.severeBelow) && z < f.severeBelow};
        else if (isNum(f.above) && z > f.above)
            a.flags << GrowthFlag{f.code, f.label, false};
    }
    for (auto it = rules.implausible.begin(); it != rules.implausible.end(); ++it) {
        const double z = zOf(it.key());
        if (isNum(z) && (z < it.value().first || z > it.value().second))
            a.flags << GrowthFlag{QStringLiteral("implausible_") + it.key(),
                                  Text::tr("%1数值可疑，请复核").arg(labelOf(it.key(), heightAge)),
                                  false};
    }
    return a;
}

} // namespace Models
