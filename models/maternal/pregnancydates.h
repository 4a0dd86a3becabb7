#pragma once

// Pregnancy dates, pure: the expected date of delivery by the rule the form states (month +9 or
// −3, day +7) or LMP + 280 days, overridden by an ultrasound date; gestational age as 周+天; the
// trimester; the prenatal visits' windows. Schedule and windows come from
// resources/rules/maternal_schedule.json.

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Models {

struct GestationalAge
{
    int days = -1;
    int weeks() const { return days / 7; }
    int remainder() const { return days % 7; }
    bool valid() const { return days >= 0; }
    QString text() const; // 12周+6天
};

struct PrenatalWindow
{
    int visit = 0;
    QString label;
    int fromDay = 0, toDay = 0; // gestational days, inclusive
    QDate from, to;             // the same as calendar dates for one pregnancy
};

struct MaternalSchedule
{
    static const MaternalSchedule &get();
    QString version;
    QString defaultRule;
    struct Trimester
    {
        QString code, label;
        int fromDay, toDay;
        QString labelEn;
        QString displayLabel() const; // in the current language (CodeTable::english())
    };
    QList<Trimester> trimesters;
    int earlyBookingBeforeDay = 91;
    int maxGestationDay = 315;
    QList<PrenatalWindow> visits; // days only
    int postpartumVisitDays = 7, postpartumIndicatorDays = 28, checkDay = 42;
};

class PregnancyDates
{
public:
    // rule: "naegele" (the form's rule) or "lmp280"
    static QDate eddByRule(const QDate &lmp, const QString &rule);
    // Gestational age on `on`: from the LMP, or, when an ultrasound EDD overrides, from
    // EDD − 280 days. Invalid (days −1) before the start.
    static GestationalAge ageOn(const QDate &start, const QDate &on);

    PregnancyDates(const QDate &lmp, const QString &rule = {}, const QDate &ultrasoundEdd = {},
                   const MaternalSchedule &schedule = MaternalSchedule::get());
    QDate lmp() const { return m_lmp; }
    QDate edd() const { return m_edd; }
    QString eddRule() const { return m_rule; } // naegele, lmp280 or ultrasound
    QDate start() const { return m_start; }    // day 0 of gestation used for 孕周
    GestationalAge ageOn(const QDate &on) const { return ageOn(m_start, on); }
    const MaternalSchedule::Trimester *trimesterOn(const QDate &on) const;
    QList<PrenatalWindow> windows() const;
    // The visits whose window has not ended on `on`, except those in `done`.
    QList<PrenatalWindow> nextVisits(const QDate &on, const QList<int> &done = {}) const;
    bool earlyBooking(const QDate &bookedOn) const;

private:
    const MaternalSchedule &m_schedule;
    QDate m_lmp, m_edd, m_start;
    QString m_rule;
};

// {"lmp": "YYYY-MM-DD", "on": ..., "rule": "naegele"|"lmp280", "ultrasound_edd": ..., "done": [1]}
// → {"edd", "edd_rule", "gestational_age": {"weeks","days"}, "trimester", "next_visits": [...]}.
// Errors name the field.
Result<QJsonObject> pregnancyDatesJson(const QJsonObject &in, const QDate &today);

} // namespace Models
