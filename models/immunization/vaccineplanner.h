#pragma once

// The immunization engine (docs/domain/immunization.md): from a child's birth date, health states
// and doses, the status and dates of every programme dose on a day, and whether a proposed dose may
// be given. Pure: no database, no clock. All numbers come from the schedule data.

#include "vaccineschedule.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Models {

struct GivenDose
{
    QString vaccine; // product abbreviation or vaccine code
    QDate date;
};

struct ChildFacts
{
    QDate birth;
    QChar sex;
    QStringList healthStates; // schedule health-state codes, "allergy:<product>"
    QVector<GivenDose> doses;
    QStringList preferredRoutes; // series chosen for a group with no dose yet (e.g. "JE-I")
};

enum class DoseStatus { Given, Due, Overdue, Upcoming, NotNeeded, Contraindicated };
QString statusKey(DoseStatus s);   // "given", "due", ... (the JSON contract)
QString statusLabel(DoseStatus s); // translated, for people

struct PlannedDose
{
    QString series;
    QString seriesName;
    int seriesIndex = -1; // position of the series in its schedule
    int dose = 0;
    QString vaccine; // product to give (or given)
    DoseStatus status = DoseStatus::Upcoming;
    QDate earliest;      // first day it may be given
    QDate recommended;   // the day the schedule wants it
    QDate overdueFrom;   // overdue after this day
    QDate completeBy;    // recommended completion (timely) date, when the schedule gives one
    QDate given;         // when given
    int givenIndex = -1; // index into ChildFacts::doses
    int overdueDays = 0; // days since the recommended date, when overdue
    bool catchUp = false;
    QString rule; // why (translated)
    bool isOpen() const { return status == DoseStatus::Due || status == DoseStatus::Overdue; }
};

struct Plan
{
    QString scheduleVersion;
    QVector<PlannedDose> doses;
    QStringList warnings;  // unknown vaccines in the history, unknown health states
    int openCount() const; // due or overdue
    int overdueCount() const;
    QJsonObject toJson() const;
};

struct CheckResult
{
    bool allowed = false;
    QStringList reasons; // why not (translated); empty when allowed
    QStringList notes;   // what the dose counts for
    QStringList counts;  // series ids it counts toward
};

class VaccinePlanner
{
public:
    explicit VaccinePlanner(const ScheduleSet &set = ScheduleSet::instance());

    // `explain` false leaves PlannedDose::rule empty (bulk lists and indicators).
    Plan plan(const ChildFacts &child, const QDate &on, bool explain = true) const;
    CheckResult check(const ChildFacts &child, const QString &vaccine, const QDate &date) const;
    const Schedule &scheduleFor(const QDate &birth) const { return m_set.forBirth(birth); }
    const ScheduleSet &schedules() const { return m_set; }

    // Series ids a product given on `date` counts toward (age windows applied).
    static QStringList countsToward(const Schedule &s, const VaccineProduct &p, const QDate &birth,
                                    const QDate &date);
    // "8月龄", "6岁", "28天" — a duration for people.
    static QString describe(const Duration &d);
    // "28天", "6个月", "3年" — an interval for people.
    static QString describeInterval(const Duration &d);

private:
    const ScheduleSet &m_set;
};

// JSON contract of `jiayi-cli vaccine plan/check` (issue 4): parses the input object.
Result<ChildFacts> childFactsFromJson(const QJsonObject &o, QDate *on = nullptr);

} // namespace Models
