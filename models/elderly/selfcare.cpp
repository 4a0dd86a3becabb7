#include "selfcare.h"

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
    Q_DECLARE_TR_FUNCTIONS(Models::SelfCare)
};

Error ruleError(const QString &what)
{
    return makeError(QStringLiteral("rules.invalid"),
                     Text::tr("生活自理能力评估规则文件有误：%1").arg(what));
}

QString pick(const QString &zh, const QString &en)
{
    return CodeTable::english() && !en.isEmpty() ? en : zh;
}

} // namespace

QString SelfCareItem::displayLabel() const
{
    return pick(label, labelEn);
}

QString SelfCareItem::shortLabel() const
{
    if (CodeTable::english() && !labelEn.isEmpty())
        return labelEn.section(QLatin1Char(':'), 0, 0);
    return label.section(QChar(0xFF1A), 0, 0);
}

QString SelfCareItem::displayChoice(int level) const
{
    return pick(choices.value(level), choicesEn.value(level));
}

QString SelfCareBand::displayLabel() const
{
    return pick(label, labelEn);
}

QJsonObject SelfCareResult::toJson() const
{
    QJsonObject items;
    for (auto it = points.cbegin(); it != points.cend(); ++it)
        items.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("score"), score},
                       {QStringLiteral("band"), band.label},
                       {QStringLiteral("band_code"), band.code},
                       {QStringLiteral("checkup_value"), band.checkupValue},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("rule_set"), ruleSet}};
}

Result<SelfCareRules> SelfCareRules::load(const QString &path)
{
    QFile f(path.isEmpty() ? QStringLiteral(":/rules/elderly_selfcare.json") : path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("rules.missing"),
                         Text::tr("找不到生活自理能力评估规则：%1").arg(f.fileName()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return ruleError(pe.errorString());
    return fromJson(doc.object());
}

Result<SelfCareRules> SelfCareRules::fromJson(const QJsonObject &o)
{
    SelfCareRules r;
    r.m_name = o.value(QStringLiteral("name")).toString();
    r.m_version = o.value(QStringLiteral("version")).toString();
    if (r.m_name.isEmpty() || r.m_version.isEmpty())
        return ruleError(QStringLiteral("name/version"));
    for (const auto &v : o.value(QStringLiteral("levels")).toArray()) {
        r.m_levelLabels << v.toObject().value(QStringLiteral("label")).toString();
        r.m_levelLabelsEn << v.toObject().value(QStringLiteral("label_en")).toString();
    }
    if (r.m_levelLabels.size() != 4)
        return ruleError(QStringLiteral("levels"));
    for (const auto &v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        SelfCareItem item;
        item.code = i.value(QStringLiteral("code")).toString();
        item.label = i.value(QStringLiteral("label")).toString();
        item.labelEn = i.value(QStringLiteral("label_en")).toString();
        for (const auto &p : i.value(QStringLiteral("points")).toArray())
            item.points << p.toInt(-1);
        for (const auto &c : i.value(QStringLiteral("choices")).toArray())
            item.choices << c.toString();
        for (const auto &c : i.value(QStringLiteral("choices_en")).toArray())
            item.choicesEn << c.toString();
        if (item.code.isEmpty() || item.points.size() != 4 || item.choices.size() != 4 ||
            item.points.contains(-1))
            return ruleError(QStringLiteral("items/") + item.code);
        r.m_items << item;
    }
    if (r.m_items.isEmpty())
        return ruleError(QStringLiteral("items"));
    int expectedMin = 0;
    for (const auto &v : o.value(QStringLiteral("bands")).toArray()) {
        const QJsonObject b = v.toObject();
        SelfCareBand band;
        band.code = b.value(QStringLiteral("code")).toString();
        band.label = b.value(QStringLiteral("label")).toString();
        band.labelEn = b.value(QStringLiteral("label_en")).toString();
        band.min = b.value(QStringLiteral("min")).toInt(-1);
        band.max =
            b.value(QStringLiteral("max")).isNull() ? -1 : b.value(QStringLiteral("max")).toInt(-2);
        band.checkupValue = b.value(QStringLiteral("checkup_value")).toInt();
        // Bands must follow each other without gap or overlap; only the last is open.
        if (band.code.isEmpty() || band.min != expectedMin || band.max == -2 ||
            (band.max >= 0 && band.max < band.min) ||
            (!r.m_bands.isEmpty() && r.m_bands.last().max < 0))
            return ruleError(QStringLiteral("bands/") + band.code);
        expectedMin = band.max + 1;
        r.m_bands << band;
    }
    if (r.m_bands.isEmpty())
        return ruleError(QStringLiteral("bands"));
    return r;
}

const SelfCareRules &SelfCareRules::standard()
{
    static const SelfCareRules rules = [] {
        auto r = load();
        Q_ASSERT_X(r.ok(), "SelfCareRules", "the built-in rules do not load");
        return r.ok() ? *r : SelfCareRules();
    }();
    return rules;
}

QString SelfCareRules::levelLabel(int level) const
{
    return pick(m_levelLabels.value(level), m_levelLabelsEn.value(level));
}

SelfCareBand SelfCareRules::band(int score) const
{
    for (const auto &b : m_bands)
        if (score >= b.min && (b.max < 0 || score <= b.max))
            return b;
    return m_bands.isEmpty() ? SelfCareBand() : m_bands.last();
}

Result<SelfCareResult> SelfCareRules::score(const QMap<QString, int> &levels) const
{
    SelfCareResult res;
    for (const auto &item : m_items) {
        if (!levels.contains(item.code))
            return makeError(QStringLiteral("selfcare.missing"),
                             Text::tr("“%1”未评估").arg(item.shortLabel()), item.code);
        const int level = levels.value(item.code);
        if (level < 0 || level > 3)
            return makeError(
                QStringLiteral("selfcare.range"),
                Text::tr("“%1”应为 0～3（0 可自理，3 不能自理）").arg(item.shortLabel()),
                item.code);
        res.levels.insert(item.code, level);
        res.points.insert(item.code, item.points.at(level));
        res.score += item.points.at(level);
    }
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        const bool known = std::any_of(m_items.cbegin(), m_items.cend(),
                                       [&](const SelfCareItem &i) { return i.code == it.key(); });
        if (!known)
            return makeError(QStringLiteral("selfcare.unknown"),
                             Text::tr("未知的评估项目：%1").arg(it.key()), it.key());
    }
    res.band = band(res.score);
    res.ruleSet = m_name + QLatin1Char('/') + m_version;
    return res;
}

Result<SelfCareResult> SelfCareRules::scoreJson(const QJsonObject &o) const
{
    QMap<QString, int> levels;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)))
            return makeError(QStringLiteral("selfcare.range"),
                             Text::tr("“%1”应为 0～3 的整数").arg(it.key()), it.key());
        levels.insert(it.key(), int(d));
    }
    return score(levels);
}

} // namespace Models
