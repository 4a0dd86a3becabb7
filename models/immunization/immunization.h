#pragma once

// Immunization records (docs/domain/immunization.md): doses, stock lots, health states,
// certificates.

#include "vaccineplanner.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Models {

struct VaccineDose
{
    QString id;
    QString residentId;
    QString vaccine;     // product abbreviation of the schedule data
    QString vaccineCode; // docs/domain/immunization.md 6
    QDate givenOn;
    QString source = QStringLiteral("here"); // "here" or "elsewhere" (historical, another clinic)
    QString lotId;                           // from the clinic's stock when given here
    QString manufacturer;
    QString lotNo;
    QDate expiry;
    QString site;
    QString route;
    QString clinic;
    QString vaccinator;
    QString overrideReason; // a rule break accepted explicitly (audited)
    QString note;
    QString supersedes;
    QString updatedBy;
    QJsonObject toJson() const;
};

// A child's guardian (监护人): the resident's contact person with their relation to the child
// (resources/codes/guardian_relation.json).
struct Guardian
{
    QString name;
    QString relation;
    QString phone;
    bool isEmpty() const { return name.isEmpty() && phone.isEmpty(); }
    QString text() const; // "母亲 张丽 13800000000"
};

struct VaccineLot
{
    QString id;
    QString vaccine;
    QString vaccineCode;
    QString manufacturer;
    QString lotNo;
    QDate expiry;
    int dosesReceived = 0;
    int dosesUsed = 0; // doses recorded from this lot
    bool active = true;
    int remaining() const { return dosesReceived - dosesUsed; }
    bool expiresWithin(const QDate &today, int days) const
    {
        return expiry.isValid() && today.daysTo(expiry) <= days;
    }
    QJsonObject toJson() const;
};

struct ImmunizationState
{
    QString id;
    QString residentId;
    QString kind = QStringLiteral("health"); // "health" or "refusal"
    QString code; // health-state code of the schedule / allergy:<product>, or a series id
    QString note;
    QDate recordedOn;
    QDate endedOn;
    QJsonObject toJson() const;
};

// One child with everything the planner and the card need.
struct ChildImmunization
{
    QString residentId;
    QString name;
    QChar sex;
    QDate birth;
    QString villageCode;
    QString phone;
    QString address;
    Guardian guardian;
    QVector<VaccineDose> doses;        // ordered by date (empty when read without details)
    QVector<GivenDose> given;          // vaccine and date of every dose, ordered by date
    QVector<ImmunizationState> states; // current (not ended)
    QString certificateNo;
    QDate certificateIssued;
    ChildFacts facts() const;
    QStringList refusals() const; // series ids refused
};

// A child on a village session list with the doses they can receive that day.
struct SessionEntry
{
    QString residentId;
    QString name;
    QChar sex;
    QDate birth;
    QString phone;
    QString address;
    Guardian guardian;
    QVector<PlannedDose> open; // due or overdue on the session date
    int overdue = 0;
    QStringList refusals;
};

} // namespace Models

// Qt value types only: a township's 25,000 children grow in one list by moving bytes.
Q_DECLARE_TYPEINFO(Models::ChildImmunization, Q_RELOCATABLE_TYPE);
