#pragma once

#include "chronicrules.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Models {

// A resident's registration in hypertension or type 2 diabetes management (table
// chronic_registration, migration 0003).
struct ChronicRegistration
{
    QString id;
    QString residentId;
    QString programme; // hypertension | diabetes
    QString icd10;     // code of chronic_icd10
    QString icdVersion;
    QDate diagnosedOn;
    QString diagnosisSource; // e.g. 县医院, 本院
    QString riskLevel;       // low, medium, high, very_high (or empty)
    QDate registeredOn;
    QString doctorId;
    QDate closedOn;      // invalid while under management
    QString closeReason; // moved, died, lost, other
    QString closeNote;
    // Filled on reads:
    QString residentName;
    QString villageCode;

    bool isOpen() const { return !closedOn.isValid(); }
    QJsonObject toJson() const;
};

struct Medication
{
    QString name;
    int timesPerDay = 0;
    QString dose; // per time, e.g. "5mg"
};

// One follow-up visit: the fields of the national record forms (docs/domain/chronic.md 5).
struct ChronicFollowup
{
    QString id;
    QString registrationId;
    QString residentId;
    QString programme;
    QDate visitDate;
    int mode = 1;         // 1 门诊, 2 家庭, 3 电话
    QStringList symptoms; // codes of chronic_symptom
    QString symptomsOther;
    std::optional<int> sbp, dbp, heartRate;
    std::optional<double> weight, weightTarget, height, bmiTarget;
    QString otherSigns;
    QString footPulse;
    std::optional<int> cigarettes, cigarettesTarget;
    std::optional<double> alcohol, alcoholTarget;
    std::optional<int> exerciseTimes, exerciseMinutes, exerciseTimesTarget, exerciseMinutesTarget;
    QString salt, saltTarget; // light / medium / heavy
    std::optional<int> stapleFood, stapleFoodTarget;
    std::optional<int> psychology, compliance;
    std::optional<double> fbg, hba1c;
    QDate hba1cDate;
    QString auxExam;
    std::optional<int> adherence;
    bool adverseReaction = false;
    QString adverseNote;
    std::optional<int> hypoglycemia;
    bool complication = false;
    QVector<Medication> medications;
    QString insulin;
    QString referralReason, referralTo;
    QDate nextDate; // proposed by the rules; the doctor may change it
    QString doctorId;
    QString supersedes;
    // Set by the repository at save (from the rules):
    FollowupClass cls = FollowupClass::Controlled;
    bool emergency = false;
    bool referral = false;
    QString ruleSet;
    QStringList rules;
    QString qualityWarning;

    std::optional<double> bmi() const; // from weight and height, 1 decimal
    QJsonObject toJson() const;
};

} // namespace Models
