#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Models {

// The classification at each severe-mental-disorder follow-up (docs/domain/mental.md 2): 不稳定 /
// 基本稳定 / 稳定 from the risk grade and the clinical items, with the next-visit interval and
// whether to refer. Every threshold and interval is data in resources/rules/mental_<name>.json
// ("nbphs", the default, and "norm2018"); this code only reads it. Pure: no database.

enum class MentalClass { Unstable = 1, BasicallyStable = 2, Stable = 3 };

QString mentalClassCode(MentalClass c); // 不稳定 / 基本稳定 / 稳定 (the form's words, stored)
std::optional<MentalClass> mentalClassFromCode(const QString &code);
QString mentalClassLabel(MentalClass c); // translated

struct MentalInput
{
    int risk = 0;                // 危险性评估 0-5
    QStringList symptoms;        // 目前症状 (empty: none)
    bool symptomsMarked = false; // the doctor judges the psychotic symptoms marked (精神症状明显)
    QString insight;             // 完全 / 不全 / 缺失
    QStringList social;          // up to five items: 良好 / 一般 / 较差 / 不适用
    bool adverseReaction = false; // serious adverse drug reaction
    bool physicalIllness = false; // serious physical illness

    // The CLI's JSON: {"risk":2,"symptoms":[..],"symptoms_marked":false,"insight":"不全",
    // "social":[..],"adverse_reaction":false,"physical_illness":false}. Clear message naming the
    // field on bad input.
    static Result<MentalInput> fromJson(const QJsonObject &o);
};

struct MentalDecision
{
    MentalClass cls = MentalClass::Stable;
    int nextVisitDays = 0;
    bool refer = false;     // refer to the psychiatric hospital at once
    bool emergency = false; // risk 3-5: emergency handling, report where required
    QStringList ruleIds;    // stable ids, e.g. "risk.unstable"
    QStringList why;        // translated, one per fired rule
    QString ruleSet;        // "nbphs/1"

    // {"class": .., "next_visit_days": N, "refer": b, "emergency": b, "why": [..], "rules": [..],
    //  "rule_set": ".."}
    QJsonObject toJson() const;
};

class MentalRuleSet
{
public:
    // resources/rules/mental_<name>.json, or a path to such a file.
    static Result<MentalRuleSet> load(const QString &nameOrPath);
    static Result<MentalRuleSet> fromJson(const QJsonObject &o);
    static const MentalRuleSet &standard(); // "nbphs"
    static QStringList availableNames();

    QString name() const { return m_name; }
    QString version() const { return m_version; }
    QString title() const;
    int intervalDays(MentalClass c) const;
    int minVisitsPerYear() const { return m_minVisits; }
    int referralCheckDays() const { return m_referralCheckDays; }

    Result<MentalDecision> classify(const MentalInput &in) const;

private:
    QString m_name, m_version, m_titleZh, m_titleEn;
    int m_unstableRisk = 3, m_basicRisk = 1, m_emergencyRisk = 3;
    QStringList m_unstableInsight, m_basicInsight, m_basicSocial;
    int m_days[4] = {0, 14, 14, 90};
    int m_minVisits = 4;
    int m_referralCheckDays = 14;
};

} // namespace Models
