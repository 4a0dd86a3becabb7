#pragma once

// A pregnancy from booking (建册) to the 42-day check, its visits and the birth
// (docs/domain/maternal.md). The forms' many fields live in JSON beside the columns the lists use.

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Models {

struct Pregnancy
{
    QString id;
    QString residentId;
    QDate lmp;
    QDate edd;
    QString eddRule;     // naegele, lmp280, ultrasound
    QDate ultrasoundEdd; // input only: overrides the rule when valid
    QDate bookedOn;
    int bookingDay = -1; // gestational day at booking
    int gravidity = 1;
    int parity = 0;
    QString riskProposed = QStringLiteral("green");
    QString riskGrade; // empty until a doctor confirms
    bool riskInfectious = false;
    QString riskConfirmedBy;
    QJsonArray riskReasons;  // [{code,label,colour}]
    bool midwifery = false;  // the clinic examines visits 2-5 itself
    QJsonObject bookingForm; // the first prenatal form's other fields (and the screen facts)
    QDate deliveredOn;
    QString deliveryPlace;
    QString deliveryOutcome;
    QDate dischargedOn;
    QDate closedOn;
    QString closeReason;
    QString doctorId;
    QString residentName; // read with the row
    QString villageCode;

    bool isOpen() const { return !closedOn.isValid(); }
    QJsonObject toJson() const;
};

struct MaternalVisit
{
    QString id;
    QString pregnancyId;
    QString residentId;
    QString kind; // prenatal, postpartum, check42
    int visitNo = 0;
    QDate visitDate;
    bool urgedOnly = false; // 督促: the date only
    int gestationalDay = -1;
    QString classification; // normal/abnormal; check42: recovered/not_recovered
    QString disposition;    // check42: closed/referred
    QJsonObject form;
    QDate nextDate;
    QString doctorId;

    QJsonObject toJson() const;
};

struct Newborn
{
    QString name; // empty: 母亲姓名 + 之男/之女
    QChar sex;
    int birthWeightG = 0;
    double birthLengthCm = 0;
};

struct BirthRecord
{
    QDate deliveredOn;
    QString place;
    QString outcome = QStringLiteral("live_birth"); // live_birth, stillbirth, miscarriage, induced
    QDate dischargedOn;
    QList<Newborn> babies; // live births only
};

} // namespace Models
