#pragma once

// The booking risk screen (孕产妇妊娠风险筛查): the items of resources/rules/maternal_risk.json
// against what the first prenatal form records, proposing a colour of the five-colour grading
// that a doctor then confirms (docs/domain/maternal.md 3). Pure.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Models {

struct RiskFinding
{
    QString code, label, colour;
};

struct RiskScreenResult
{
    QString colour = QStringLiteral("green"); // highest of green/yellow/orange/red
    bool infectious = false;                  // 紫: any purple item
    QList<RiskFinding> findings;
    QString version;
};

class RiskScreen
{
public:
    static const RiskScreen &get();
    // `facts`: numbers by field name (age, bmi, sbp, dbp, hb, miscarriages, caesareans,
    // history_preterm ... as 0/1); a missing field raises nothing.
    RiskScreenResult screen(const QJsonObject &facts) const;
    static QString colourLabel(const QString &code);
    static int rank(const QString &code); // purple -1, green 0 .. red 3, unknown -2
    QStringList colours() const;

private:
    struct Item
    {
        QString code, label, field, colour;
        double min, max, above, below;
    };
    QList<Item> m_items;
    QString m_version;
};

} // namespace Models
