#pragma once

#include "result.h"
#include "scope.h"
#include "staffdirectory.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Models {

class ChronicRuleSet;

// Who needs a follow-up (docs/domain/chronic.md 4), read from chronic_schedule with raw sqlite3.
// DueByWeek: overdue or due by the end of the week (Sunday), the daily work list's horizon, in
// one pass (Overdue and DueWeek together).
enum class WorklistKind { DueWeek, DueMonth, Overdue, NotSeenQuarter, Lost, AllOpen, DueByWeek };

// due-week, due-month, overdue, not-seen-quarter, lost, open, due-by-week
QString worklistKindCode(WorklistKind k);
std::optional<WorklistKind> worklistKindFromCode(const QString &code);
QString worklistKindLabel(WorklistKind k);

struct WorklistFilter
{
    WorklistKind kind = WorklistKind::Overdue;
    QDate today = QDate::currentDate();
    QString villageCode; // empty: every village in scope
    QString areaPrefix;  // with villageCode empty: the villages under this township or county
    QString doctorId;    // empty: every doctor
    QString programme;   // empty: both
    QString residentId;  // empty: everyone (the resident screen asks for one)
};

struct WorklistRow
{
    QString registrationId;
    QString residentId;
    QString name;
    QString sex;
    QDate birthDate;
    QString phone;
    QString address;
    QString villageCode;
    QString villageName;
    QString programme;
    QString doctorId;
    QDate lastVisit;   // invalid when never seen
    int lastClass = 0; // 0 when never seen, else FollowupClass
    QDate nextDue;
    int daysOverdue = 0; // > 0 when overdue
    QString closeReason; // for closed (lost) registrations

    QJsonObject toJson() const;
};

Result<QVector<WorklistRow>> chronicWorklist(const QString &connectionName, const Scope &scope,
                                             const WorklistFilter &filter,
                                             const ChronicRuleSet &rules);
// Doctors who hold registrations (for the filter): key as stored, name from the staff directory,
// sorted by name.
Result<QVector<StaffPerson>> chronicDoctors(const QString &connectionName, const Scope &scope);

// Yearly indicators (docs/domain/chronic.md 6), with the numerator and denominator lists.
struct IndicatorMember
{
    QString registrationId;
    QString residentId;
    QString name;
    QString villageCode;
};

struct Indicator
{
    QString id;    // management_rate, standard_management_rate, bp_control_rate, fbg_control_rate
    QString label; // translated
    QString programme;
    qint64 numerator = 0;
    qint64 denominator = 0; // 0 when not defined (no target population set)
    QString definition;     // translated, from the rule data
    QVector<IndicatorMember> numeratorList, denominatorList;

    std::optional<double> rate() const; // percent, 1 decimal
    QJsonObject toJson(bool withLists) const;
};

struct IndicatorFilter
{
    int year = QDate::currentDate().year();
    QString programme; // empty: both
    QString villageCode;
    QString doctorId;
};

Result<QVector<Indicator>> chronicIndicators(const QString &connectionName, const Scope &scope,
                                             const IndicatorFilter &filter,
                                             const ChronicRuleSet &rules);

} // namespace Models
