#pragma once

// One child's measurements on one day assessed against the WHO 2006 standards: z-scores for
// weight-for-age, length/height-for-age, weight-for-length/height, BMI-for-age and head
// circumference-for-age, the 上/中/下 band and the flags (低体重, 生长迟缓, 消瘦, 超重, 肥胖),
// with every threshold read from resources/rules/growth_rules.json. Pure: no database.

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>

namespace Models {

struct GrowthInput
{
    QChar sex; // 'M' or 'F'
    QDate birth;
    QDate on;
    double weightKg = std::numeric_limits<double>::quiet_NaN();
    double lengthCm = std::numeric_limits<double>::quiet_NaN(); // as measured
    bool standing = false; // measured standing (身高) rather than lying (身长)
    double headCm = std::numeric_limits<double>::quiet_NaN();
};

struct GrowthFlag
{
    QString code;  // "underweight", "stunting", "wasting", "overweight", "obese", "implausible_wfa"
    QString label; // 低体重 ...
    bool severe = false;
};

struct GrowthIndicatorResult
{
    QString code;                                            // wfa, lhfa, wflh, bmifa, hcfa
    QString label;                                           // 年龄别体重 ...
    double value = std::numeric_limits<double>::quiet_NaN(); // the measurement used (adjusted)
    double z = std::numeric_limits<double>::quiet_NaN();     // rounded to the rules' decimals
    QString band;                                            // 上 / 中 / 下, empty if no z
    QString note;                                            // why there is no z, if none
    bool hasZ() const { return z == z; }
};

struct GrowthAssessment
{
    int ageDays = -1;
    double adjustedLengthCm = std::numeric_limits<double>::quiet_NaN();
    double bmi = std::numeric_limits<double>::quiet_NaN();
    QList<GrowthIndicatorResult> indicators;
    QList<GrowthFlag> flags;
    QString rulesVersion;

    const GrowthIndicatorResult *indicator(const QString &code) const;
    bool hasFlag(const QString &code) const;
    QStringList flagLabels() const;
    QJsonObject toJson() const;
};

class GrowthRules
{
public:
    static const GrowthRules &get(); // resources/rules/growth_rules.json
    QString version;
    int decimals = 2;
    double bandBelow = -2, bandAbove = 2;
    QStringList restricted;
    struct FlagRule
    {
        QString code, label, indicator;
        double below = std::numeric_limits<double>::quiet_NaN();
        double severeBelow = std::numeric_limits<double>::quiet_NaN();
        double above = std::numeric_limits<double>::quiet_NaN();
        QString whenIndicator;
        double whenAbove = std::numeric_limits<double>::quiet_NaN();
        QString unless;
    };
    QList<FlagRule> flags;
    QMap<QString, QPair<double, double>> implausible;
};

// Parses the CLI/JSON form {"sex","birth_date","on","weight_kg","length_cm"|"height_cm","head_cm"};
// `today` bounds the dates. Errors name the field.
Result<GrowthInput> growthInputFromJson(const QJsonObject &o, const QDate &today);
// Checks a built input the same way (sex, dates, ranges); the dialog uses it too.
Result<void> validateGrowthInput(const GrowthInput &in, const QDate &today);
GrowthAssessment assessGrowth(const GrowthInput &in, const GrowthRules &rules = GrowthRules::get());

} // namespace Models
