#pragma once

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Models {

// Hypertension and type 2 diabetes follow-up classification (docs/domain/chronic.md 2-4). Every
// threshold, target, interval and indicator definition comes from a versioned rule set under
// resources/rules/chronic_<name>.json; this code only interprets it.

enum class FollowupClass {
    Controlled = 1,
    Uncontrolled = 2,
    AdverseReaction = 3,
    Complication = 4
};

QString classCode(FollowupClass c); // "controlled", ...
std::optional<FollowupClass> classFromCode(const QString &code);
QString classLabel(FollowupClass c);              // 控制满意, ... (translated)
QString programmeLabel(const QString &programme); // 高血压 / 2型糖尿病

struct ClassifyInput
{
    QString programme; // "hypertension" | "diabetes"
    QDate date;
    int age = -1; // years on the visit date; -1 when unknown
    std::optional<int> sbp, dbp;
    std::optional<double> fbg; // mmol/L
    std::optional<int> heartRate;
    std::optional<double> temperature;
    QStringList symptoms; // codes of code table chronic_symptom
    bool adverseReaction = false;
    bool complication = false; // new or worse complication
    bool hasDiabetes = false;  // comorbidity, for targets that ask for it
    bool hasKidneyDisease = false;
    std::optional<FollowupClass> previousClass;

    static Result<ClassifyInput> fromJson(const QJsonObject &o);
};

struct FiredRule
{
    QString id;          // stable machine id, e.g. "bp.above_target"
    QString text;        // machine-readable with the values: "sbp 150 >= 140 (target <140/90)"
    QString explanation; // translated, for the doctor
};

struct Decision
{
    FollowupClass cls = FollowupClass::Controlled;
    bool emergency = false;
    bool referral = false;
    QDate nextVisit;
    QVector<FiredRule> rules;
    QString target;  // e.g. "<140/90" or "FBG <7.0"
    QString ruleSet; // rule set name and version, e.g. "nbphs2017/1"

    QJsonObject toJson() const;
    QString explanation() const; // the translated explanations, one per line
};

class ChronicRuleSet
{
public:
    // Loads resources/rules/chronic_<name>.json (or a file path) and validates it.
    static Result<ChronicRuleSet> load(const QString &nameOrPath);
    static Result<ChronicRuleSet> fromJson(const QJsonObject &o);
    // The rule set the workstation uses: "nbphs2017" unless setActiveName() chose another.
    static const ChronicRuleSet &active();
    // Chosen once at start (the workstation reads its settings, the CLI --rules): references
    // returned by active() before a change are not kept valid.
    static Result<void> setActiveName(const QString &name);
    static void setActiveOption(const QString &option, bool on);
    static QStringList availableNames();

    QString name() const { return m_name; }
    QString version() const { return m_version; }
    QString title() const;

    bool option(const QString &name) const { return m_options.value(name, false); }
    void setOption(const QString &name, bool on) { m_options.insert(name, on); }

    // `explain` false leaves FiredRule::text and explanation as the bare rule id (bulk use).
    Result<Decision> classify(const ClassifyInput &in, bool explain = true) const;

    // Indicator definitions (docs/domain/chronic.md 6).
    int standardMinFollowups() const { return m_minFollowups; }
    QList<int> standardModes() const { return m_standardModes; }
    int controlSbpBelow() const { return m_ctrlSbp; }
    int controlDbpBelow() const { return m_ctrlDbp; }
    double controlFbgBelow() const { return m_ctrlFbg; }
    int lostAfterDaysOverdue() const { return m_lostAfterDays; }
    int identicalBpRepeats() const { return m_identicalRepeats; }
    int shortIntervalDays(const QString &programme) const;

private:
    struct Target
    {
        QString id;
        QString option;
        int ageFrom = -1;
        int ageBelow = -1;
        QString condition; // "diabetes_or_ckd" or empty
        int sbpBelow = 0, dbpBelow = 0;
        int fbgBelowTenths = 0;
    };
    struct Programme
    {
        QVector<Target> targets;
        int emSbp = 0, emDbp = 0;
        int emFbgHighTenths = 0, emFbgLowTenths = 0;
        int emHeartRateAbove = 0;
        int emTempAboveTenths = 0;
        QStringList emSymptoms;
        int shortDays = 14;
        int routineMonths = 3;
        int referralUncontrolled = 2;
        int referralAdverse = 2;
    };
    static Result<Programme> parseProgramme(const QJsonObject &o, const QString &programme);
    const Target *targetFor(const Programme &p, const ClassifyInput &in) const;

    QString m_name, m_version, m_titleZh, m_titleEn;
    QMap<QString, bool> m_options;
    Programme m_hypertension, m_diabetes;
    int m_minFollowups = 4;
    QList<int> m_standardModes;
    int m_ctrlSbp = 140, m_ctrlDbp = 90;
    double m_ctrlFbg = 7.0;
    int m_lostAfterDays = 180;
    int m_identicalRepeats = 4;
};

// Plausible ranges of docs/domain/health-record.md 4 (resources/rules/chronic_ranges.json).
struct ValueRange
{
    double min = 0, max = 0;
};
const QMap<QString, ValueRange> &chronicRanges();

} // namespace Models
