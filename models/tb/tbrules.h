#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Models {

// Tuberculosis patient management rules (docs/domain/tb.md), all read from
// resources/rules/tb.json: the 72-hour first home visit, follow-up intervals by supervision mode
// and treatment phase, the 90% 规则服药 threshold, the suspect screen. Pure: no database.

enum class TbPhase { Intensive, Continuation };

struct TbAdherence
{
    int prescribed = 0; // doses the plan asked for up to the day counted
    int taken = 0;
    int missed = 0;       // prescribed - taken (never below 0)
    double percent = 0.0; // taken / prescribed * 100; 0 when nothing was prescribed
    bool regular = false; // 规则服药: taken >= regular_percent % of prescribed
    QJsonObject toJson() const;
};

class TbRules
{
public:
    static Result<TbRules> load(const QString &path = {}); // default :/rules/tb.json
    static Result<TbRules> fromJson(const QJsonObject &o);
    static const TbRules &standard();

    QString version() const { return m_version; }
    int firstVisitHours() const { return m_firstVisitHours; }
    int regularPercent() const { return m_regularPercent; }
    int referralCheckDays() const { return m_referralCheckDays; }
    QStringList supervisionModes() const { return m_modes; }
    QStringList suspectSymptoms() const { return m_suspectSymptoms; }
    int suspectCoughDays() const { return m_suspectCoughDays; }
    // A symptom of suspectSymptoms() in the current language (CodeTable::english()); the rule
    // file's word otherwise, which is what is compared and stored.
    QString suspectSymptomLabel(const QString &symptom) const;

    // The latest moment the first home visit is on time: notice + 72 hours.
    QDateTime firstVisitDeadline(const QDateTime &notice) const;
    // A visit exactly at the deadline is on time; one second later is not.
    bool firstVisitOnTime(const QDateTime &notice, const QDateTime &visit) const;
    // Days between follow-ups for a supervision mode and phase; -1 for an unknown mode.
    int followupDays(const QString &mode, TbPhase phase) const;
    // Cough and sputum for suspect_cough_days or more, or any listed symptom.
    bool isSuspect(int coughDays, const QStringList &symptoms) const;
    TbAdherence adherence(int prescribed, int taken) const;

private:
    QString m_version;
    int m_firstVisitHours = 72;
    int m_regularPercent = 90;
    int m_suspectCoughDays = 14;
    int m_referralCheckDays = 14;
    QStringList m_modes, m_suspectSymptoms, m_suspectSymptomsEn;
    QMap<QString, QPair<int, int>> m_followup; // mode -> (intensive, continuation)
};

// Doses prescribed by a daily regimen from `start` to `through` (both inclusive) within the course
// [start, end]: 0 when `through` is before the start.
int tbPrescribedDailyDoses(const QDate &start, const QDate &end, const QDate &through);

} // namespace Models
