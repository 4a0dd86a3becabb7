#include "tcmconstitution.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::TcmConstitution)
};

Error ruleError(const QString &what)
{
    return makeError(QStringLiteral("rules.invalid"),
                     Text::tr("中医体质辨识规则文件有误：%1").arg(what));
}

QString pick(const QString &zh, const QString &en)
{
    return CodeTable::english() && !en.isEmpty() ? en : zh;
}

std::optional<double> optNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

bool matches(const TcmAnchorLevel &l, double x)
{
    return (!l.lt || x < *l.lt) && (!l.lte || x <= *l.lte) && (!l.gt || x > *l.gt) &&
           (!l.gte || x >= *l.gte);
}

std::optional<TcmResult> resultFromCode(const QString &c)
{
    if (c == QLatin1String("yes"))
        return TcmResult::Yes;
    if (c == QLatin1String("leaning"))
        return TcmResult::Leaning;
    if (c == QLatin1String("basic"))
        return TcmResult::Basic;
    if (c == QLatin1String("no"))
        return TcmResult::No;
    return std::nullopt;
}

} // namespace

QString tcmResultCode(TcmResult r)
{
    switch (r) {
    case TcmResult::Yes:
        return QStringLiteral("yes");
    case TcmResult::Leaning:
        return QStringLiteral("leaning");
    case TcmResult::Basic:
        return QStringLiteral("basic");
    case TcmResult::No:
        break;
    }
    return QStringLiteral("no");
}

const TcmTypeScore *TcmAssessment::type(const QString &code) const
{
    for (const auto &t : types)
        if (t.code == code)
            return &t;
    return nullptr;
}

QString TcmAssessment::resultLabel(TcmResult r) const
{
    return resultLabels.value(r, tcmResultCode(r));
}

QString TcmAssessment::displayResultLabel(TcmResult r) const
{
    return pick(resultLabel(r), resultLabelsEn.value(r));
}

QString TcmAnchorLevel::displayLabel() const
{
    return pick(label, labelEn);
}

QString TcmConstitution::displayLabel() const
{
    return pick(label, labelEn);
}

QString TcmConstitution::guidanceText(const QString &domain) const
{
    return pick(guidance.value(domain), guidanceEn.value(domain));
}

QString TcmRules::question(int number) const
{
    return pick(m_questions.value(number - 1), m_questionsEn.value(number - 1));
}

QString TcmRules::scaleLabel(int value) const
{
    return pick(m_scale.value(value - 1), m_scaleEn.value(value - 1));
}

QString TcmRules::scaleShortLabel(int value) const
{
    const QString en = m_scaleEn.value(value - 1);
    if (CodeTable::english() && !en.isEmpty())
        return en.section(QStringLiteral(" ("), 0, 0);
    return m_scale.value(value - 1).section(QChar(0xFF08), 0, 0);
}

QString TcmRules::resultLabel(const QString &code) const
{
    const auto r = resultFromCode(code);
    return r ? pick(m_resultLabels.value(*r), m_resultLabelsEn.value(*r)) : QString();
}

QString TcmRules::guidanceDomainLabel(const QString &code) const
{
    return pick(m_domainLabels.value(code), m_domainLabelsEn.value(code));
}

QJsonObject TcmAssessment::toJson() const
{
    QJsonObject o;
    for (const auto &t : types)
        o.insert(t.code, QJsonObject{{QStringLiteral("score"), t.score},
                                     {QStringLiteral("result"), resultLabel(t.result)},
                                     {QStringLiteral("result_code"), tcmResultCode(t.result)}});
    o.insert(QStringLiteral("primary"), primary.isEmpty() ? QJsonValue() : QJsonValue(primary));
    o.insert(QStringLiteral("constitutions"), QJsonArray::fromStringList(constitutions));
    o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    QJsonArray a;
    for (int v : answers)
        a.append(v);
    o.insert(QStringLiteral("answers"), a);
    o.insert(QStringLiteral("rule_set"), ruleSet);
    return o;
}

Result<TcmRules> TcmRules::load(const QString &path)
{
    QFile f(path.isEmpty() ? QStringLiteral(":/rules/tcm_constitution.json") : path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("rules.missing"),
                         Text::tr("找不到中医体质辨识规则：%1").arg(f.fileName()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return ruleError(pe.errorString());
    return fromJson(doc.object());
}

Result<TcmRules> TcmRules::fromJson(const QJsonObject &o)
{
    TcmRules r;
    r.m_name = o.value(QStringLiteral("name")).toString();
    r.m_version = o.value(QStringLiteral("version")).toString();
    if (r.m_name.isEmpty() || r.m_version.isEmpty())
        return ruleError(QStringLiteral("name/version"));
    for (const auto &v : o.value(QStringLiteral("scale")).toArray()) {
        r.m_scale << v.toObject().value(QStringLiteral("label")).toString();
        r.m_scaleEn << v.toObject().value(QStringLiteral("label_en")).toString();
    }
    if (r.m_scale.size() != 5)
        return ruleError(QStringLiteral("scale"));
    const QJsonArray qs = o.value(QStringLiteral("questions")).toArray();
    for (int i = 0; i < qs.size(); ++i) {
        const QJsonObject q = qs.at(i).toObject();
        if (q.value(QStringLiteral("number")).toInt() != i + 1)
            return ruleError(QStringLiteral("questions/%1").arg(i + 1));
        r.m_questions << q.value(QStringLiteral("text")).toString();
        r.m_questionsEn << q.value(QStringLiteral("text_en")).toString();
    }
    if (r.m_questions.size() != TcmQuestionCount)
        return ruleError(QStringLiteral("questions"));
    for (const auto &v : o.value(QStringLiteral("anchors")).toArray()) {
        const QJsonObject a = v.toObject();
        TcmAnchor anchor;
        anchor.item = a.value(QStringLiteral("item")).toInt();
        anchor.measure = a.value(QStringLiteral("measure")).toString();
        anchor.unit = a.value(QStringLiteral("unit")).toString();
        for (const auto &lv : a.value(QStringLiteral("levels")).toArray()) {
            const QJsonObject l = lv.toObject();
            TcmAnchorLevel level;
            level.value = l.value(QStringLiteral("value")).toInt();
            level.label = l.value(QStringLiteral("label")).toString();
            level.labelEn = l.value(QStringLiteral("label_en")).toString();
            level.lt = optNumber(l, "lt");
            level.lte = optNumber(l, "lte");
            level.gt = optNumber(l, "gt");
            level.gte = optNumber(l, "gte");
            if (level.value != anchor.levels.size() + 1)
                return ruleError(QStringLiteral("anchors/%1").arg(anchor.item));
            anchor.levels << level;
        }
        if (anchor.item < 1 || anchor.item > TcmQuestionCount || anchor.levels.size() != 5)
            return ruleError(QStringLiteral("anchors/%1").arg(anchor.item));
        r.m_anchors << anchor;
    }
    const QJsonObject cut = o.value(QStringLiteral("cutoffs")).toObject();
    r.m_biasedYes = cut.value(QStringLiteral("biased_yes_min")).toInt(-1);
    r.m_biasedLeaning = cut.value(QStringLiteral("biased_leaning_min")).toInt(-1);
    r.m_balancedYes = cut.value(QStringLiteral("balanced_yes_min")).toInt(-1);
    r.m_othersMaxYes = cut.value(QStringLiteral("balanced_others_max_yes")).toInt(-1);
    r.m_othersMaxBasic = cut.value(QStringLiteral("balanced_others_max_basic")).toInt(-1);
    if (r.m_biasedYes < 0 || r.m_biasedLeaning < 0 || r.m_balancedYes < 0 || r.m_othersMaxYes < 0 ||
        r.m_othersMaxBasic < r.m_othersMaxYes || r.m_biasedLeaning > r.m_biasedYes)
        return ruleError(QStringLiteral("cutoffs"));
    r.m_recheckDays = o.value(QStringLiteral("recheck_after_days")).toInt(14);
    for (const auto &v : o.value(QStringLiteral("results")).toArray()) {
        const auto res = resultFromCode(v.toObject().value(QStringLiteral("code")).toString());
        if (!res)
            return ruleError(QStringLiteral("results"));
        r.m_resultLabels.insert(*res, v.toObject().value(QStringLiteral("label")).toString());
        r.m_resultLabelsEn.insert(*res, v.toObject().value(QStringLiteral("label_en")).toString());
    }
    if (r.m_resultLabels.size() != 4)
        return ruleError(QStringLiteral("results"));
    for (const auto &v : o.value(QStringLiteral("guidance_domains")).toArray()) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        r.m_domainCodes << code;
        r.m_domainLabels.insert(code, v.toObject().value(QStringLiteral("label")).toString());
        r.m_domainLabelsEn.insert(code, v.toObject().value(QStringLiteral("label_en")).toString());
    }
    int balanced = 0;
    for (const auto &v : o.value(QStringLiteral("constitutions")).toArray()) {
        const QJsonObject c = v.toObject();
        TcmConstitution t;
        t.code = c.value(QStringLiteral("code")).toString();
        t.label = c.value(QStringLiteral("label")).toString();
        t.labelEn = c.value(QStringLiteral("label_en")).toString();
        t.balanced = c.value(QStringLiteral("kind")).toString() == QLatin1String("balanced");
        for (const auto &i : c.value(QStringLiteral("items")).toArray())
            t.items << i.toInt();
        for (const auto &i : c.value(QStringLiteral("reversed")).toArray())
            t.reversed << i.toInt();
        const QJsonObject g = c.value(QStringLiteral("guidance")).toObject();
        for (auto it = g.constBegin(); it != g.constEnd(); ++it)
            t.guidance.insert(it.key(), it.value().toString());
        const QJsonObject ge = c.value(QStringLiteral("guidance_en")).toObject();
        for (auto it = ge.constBegin(); it != ge.constEnd(); ++it)
            t.guidanceEn.insert(it.key(), it.value().toString());
        const bool itemsOk = !t.items.isEmpty() &&
                             std::all_of(t.items.cbegin(), t.items.cend(),
                                         [](int i) { return i >= 1 && i <= TcmQuestionCount; });
        const bool reversedOk = std::all_of(t.reversed.cbegin(), t.reversed.cend(),
                                            [&](int i) { return t.items.contains(i); });
        if (t.code.isEmpty() || !itemsOk || !reversedOk)
            return ruleError(QStringLiteral("constitutions/") + t.code);
        balanced += t.balanced ? 1 : 0;
        r.m_types << t;
    }
    if (r.m_types.size() < 2 || balanced != 1)
        return ruleError(QStringLiteral("constitutions"));
    for (const auto &v : o.value(QStringLiteral("contradictions")).toArray()) {
        const QJsonArray pair = v.toArray();
        const QString a = pair.at(0).toString(), b = pair.at(1).toString();
        if (!r.constitution(a) || !r.constitution(b))
            return ruleError(QStringLiteral("contradictions"));
        r.m_contradictions << qMakePair(a, b);
    }
    return r;
}

const TcmRules &TcmRules::standard()
{
    static const TcmRules rules = [] {
        auto r = load();
        Q_ASSERT_X(r.ok(), "TcmRules", "the built-in rules do not load");
        return r.ok() ? *r : TcmRules();
    }();
    return rules;
}

const TcmConstitution *TcmRules::constitution(const QString &code) const
{
    for (const auto &t : m_types)
        if (t.code == code)
            return &t;
    return nullptr;
}

const TcmAnchor *TcmRules::anchor(int item) const
{
    for (const auto &a : m_anchors)
        if (a.item == item)
            return &a;
    return nullptr;
}

std::optional<int> TcmRules::anchorValue(int item, double measured) const
{
    const TcmAnchor *a = anchor(item);
    if (!a || a->measure.isEmpty())
        return std::nullopt;
    for (const auto &l : a->levels)
        if (matches(l, measured))
            return l.value;
    return std::nullopt;
}

Result<TcmAssessment> TcmRules::assess(const TcmInput &in) const
{
    TcmAnswers answers = in.answers;
    for (const auto &a : m_anchors) {
        std::optional<double> measured;
        if (a.measure == QLatin1String("bmi"))
            measured = in.bmi;
        else if (a.measure == QLatin1String("waist_cm"))
            measured = in.waistCm;
        if (!measured)
            continue;
        const auto v = anchorValue(a.item, *measured);
        if (!v)
            return makeError(
                QStringLiteral("tcm.measure"),
                Text::tr("第%1题：测量值 %2 不在锚定范围内").arg(a.item).arg(*measured), a.measure);
        answers[a.item - 1] = *v;
    }
    return assess(answers);
}

Result<TcmAssessment> TcmRules::assess(const TcmAnswers &answers) const
{
    for (int i = 0; i < TcmQuestionCount; ++i) {
        if (answers[i] == 0)
            return makeError(QStringLiteral("tcm.blank"), Text::tr("第%1题未作答").arg(i + 1),
                             QStringLiteral("item_%1").arg(i + 1));
        if (answers[i] < 1 || answers[i] > 5)
            return makeError(QStringLiteral("tcm.range"),
                             Text::tr("第%1题的答案应为 1～5").arg(i + 1),
                             QStringLiteral("item_%1").arg(i + 1));
    }
    TcmAssessment a;
    a.answers = answers;
    a.ruleSet = m_name + QLatin1Char('/') + m_version;
    a.resultLabels = m_resultLabels;
    a.resultLabelsEn = m_resultLabelsEn;
    int highestOther = 0;
    const TcmConstitution *balanced = nullptr;
    int balancedScore = 0;
    for (const auto &t : m_types) {
        int sum = 0;
        for (int item : t.items) {
            const int v = answers[item - 1];
            sum += t.reversed.contains(item) ? 6 - v : v;
        }
        TcmTypeScore s{t.code, t.label, sum, TcmResult::No};
        if (t.balanced) {
            balanced = &t;
            balancedScore = sum;
        } else {
            highestOther = std::max(highestOther, sum);
            s.result = sum >= m_biasedYes       ? TcmResult::Yes
                       : sum >= m_biasedLeaning ? TcmResult::Leaning
                                                : TcmResult::No;
        }
        a.types << s;
    }
    for (auto &s : a.types) {
        if (s.code != balanced->code)
            continue;
        if (balancedScore >= m_balancedYes && highestOther <= m_othersMaxYes)
            s.result = TcmResult::Yes;
        else if (balancedScore >= m_balancedYes && highestOther <= m_othersMaxBasic)
            s.result = TcmResult::Basic;
    }
    // What is recorded: 平和 when it is 是/基本是; else every biased 是 (兼夹体质), else every
    // 倾向是.
    const TcmTypeScore *b = a.type(balanced->code);
    QVector<const TcmTypeScore *> picked;
    if (b->result != TcmResult::No) {
        picked << b;
    } else {
        for (const TcmResult want : {TcmResult::Yes, TcmResult::Leaning}) {
            for (const auto &s : a.types)
                if (s.result == want)
                    picked << &s;
            if (!picked.isEmpty())
                break;
        }
    }
    for (const auto *s : picked)
        a.constitutions << s->code;
    if (picked.isEmpty()) {
        a.flags << QStringLiteral("undetermined");
    } else {
        int top = 0, count = 0;
        for (const auto *s : picked)
            top = std::max(top, s->score);
        for (const auto *s : picked)
            if (s->score == top) {
                ++count;
                a.primary = s->code;
            }
        if (count > 1) {
            a.primary.clear();
            a.flags << QStringLiteral("equal_scores");
        }
    }
    for (const auto &[x, y] : m_contradictions) {
        if (a.type(x)->result == TcmResult::Yes && a.type(y)->result == TcmResult::Yes)
            a.flags << QStringLiteral("contradiction:%1+%2").arg(x, y);
    }
    return a;
}

Result<TcmInput> TcmRules::inputFromJson(const QJsonObject &o) const
{
    TcmInput in;
    const QJsonValue bmi = o.value(QStringLiteral("bmi"));
    const QJsonValue waist = o.value(QStringLiteral("waist_cm"));
    if (!bmi.isUndefined() && !bmi.isNull()) {
        if (!bmi.isDouble() || bmi.toDouble() < 10 || bmi.toDouble() > 80)
            return makeError(QStringLiteral("tcm.measure"), Text::tr("BMI 应为 10～80 的数"),
                             QStringLiteral("bmi"));
        in.bmi = bmi.toDouble();
    }
    if (!waist.isUndefined() && !waist.isNull()) {
        if (!waist.isDouble() || waist.toDouble() < 30 || waist.toDouble() > 250)
            return makeError(QStringLiteral("tcm.measure"), Text::tr("腰围应为 30～250 厘米"),
                             QStringLiteral("waist_cm"));
        in.waistCm = waist.toDouble();
    }
    const QJsonValue av = o.value(QStringLiteral("answers"));
    if (!av.isArray())
        return makeError(QStringLiteral("tcm.blank"), Text::tr("缺少 33 题的答案（answers）"),
                         QStringLiteral("answers"));
    const QJsonArray arr = av.toArray();
    if (arr.size() > TcmQuestionCount)
        return makeError(QStringLiteral("tcm.range"),
                         Text::tr("答案多于 %1 题").arg(TcmQuestionCount),
                         QStringLiteral("answers"));
    for (int i = 0; i < TcmQuestionCount; ++i) {
        const QJsonValue v = i < arr.size() ? arr.at(i) : QJsonValue();
        const QString field = QStringLiteral("item_%1").arg(i + 1);
        const TcmAnchor *an = anchor(i + 1);
        const bool measured = an && ((an->measure == QLatin1String("bmi") && in.bmi) ||
                                     (an->measure == QLatin1String("waist_cm") && in.waistCm));
        if (v.isNull() || v.isUndefined()) {
            if (measured)
                continue;
            return makeError(QStringLiteral("tcm.blank"), Text::tr("第%1题未作答").arg(i + 1),
                             field);
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)) || d < 1 || d > 5)
            return makeError(QStringLiteral("tcm.range"),
                             Text::tr("第%1题的答案应为 1～5 的整数").arg(i + 1), field);
        in.answers[i] = int(d);
    }
    return in;
}

} // namespace Models
