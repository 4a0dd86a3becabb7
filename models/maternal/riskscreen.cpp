#include "riskscreen.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace Models {

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::RiskScreen)
};

double num(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : NaN;
}
} // namespace

const RiskScreen &RiskScreen::get()
{
    static const RiskScreen s = [] {
        RiskScreen r;
        QFile f(QStringLiteral(":/rules/maternal_risk.json"));
        f.open(QIODevice::ReadOnly);
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        r.m_version = o.value(QStringLiteral("version")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = v.toObject();
            r.m_items << Item{i.value(QStringLiteral("code")).toString(),
                              i.value(QStringLiteral("label")).toString(),
                              i.value(QStringLiteral("field")).toString(),
                              i.value(QStringLiteral("colour")).toString(),
                              num(i.value(QStringLiteral("min"))),
                              num(i.value(QStringLiteral("max"))),
                              num(i.value(QStringLiteral("above"))),
                              num(i.value(QStringLiteral("below")))};
        }
        Q_ASSERT_X(!r.m_items.isEmpty(), "RiskScreen", "missing rules/maternal_risk.json");
        return r;
    }();
    return s;
}

int RiskScreen::rank(const QString &code)
{
    static const QStringList order{QStringLiteral("green"), QStringLiteral("yellow"),
                                   QStringLiteral("orange"), QStringLiteral("red")};
    if (code == QLatin1String("purple"))
        return -1;
    const int i = order.indexOf(code);
    return i < 0 ? -2 : i;
}

QStringList RiskScreen::colours() const
{
    return {QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("orange"),
            QStringLiteral("red"), QStringLiteral("purple")};
}

QString RiskScreen::colourLabel(const QString &code)
{
    if (code == QLatin1String("green"))
        return Text::tr("绿色（低风险）");
    if (code == QLatin1String("yellow"))
        return Text::tr("黄色（一般风险）");
    if (code == QLatin1String("orange"))
        return Text::tr("橙色（较高风险）");
    if (code == QLatin1String("red"))
        return Text::tr("红色（高风险）");
    if (code == QLatin1String("purple"))
        return Text::tr("紫色（传染性疾病）");
    return Text::tr("未评估");
}

RiskScreenResult RiskScreen::screen(const QJsonObject &facts) const
{
    RiskScreenResult r;
    r.version = m_version;
    for (const Item &i : m_items) {
        const double v = num(facts.value(i.field));
        if (v != v)
            continue;
        const bool hit = (i.min == i.min && v >= i.min) || (i.max == i.max && v <= i.max) ||
                         (i.above == i.above && v > i.above) || (i.below == i.below && v < i.below);
        if (!hit)
            continue;
        r.findings << RiskFinding{i.code, i.label, i.colour};
        if (i.colour == QLatin1String("purple"))
            r.infectious = true;
        else if (rank(i.colour) > rank(r.colour))
            r.colour = i.colour;
    }
    return r;
}

} // namespace Models
