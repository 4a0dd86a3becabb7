#pragma once

#include <QChar>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Models {

struct Resident
{
    QString id;       // UUID
    QString recordNo; // 17-digit health-record number, assigned on creation
    QString name;
    QChar sex; // 'M' or 'F'
    QDate birthDate;
    QString idNumber; // normalised 18-character identity number, may be empty
    QString phone;
    QString address;
    QString villageCode;                      // 12-digit area code
    int residenceType = 1;                    // 1 户籍, 2 非户籍
    QString ethnicity = QStringLiteral("01"); // GB 3304
    QString householdId;
    QString relation;    // relation to the head of household (code table "relation")
    QDateTime updatedAt; // UTC
    QString updatedBy;
    QString serverVersion;
    bool deleted = false;
    qint64 rid = 0; // local row number (search index), never synced
    // The lifecycle (migration 0017, residentlifecycle.h): "active", "deceased", "moved" or
    // "closed"; lifeDate is the first day the resident is out of the population.
    QString lifeStatus = QStringLiteral("active");
    QDate lifeDate;
    QString lifeReason; // cause of death, destination, why the record was closed

    QJsonObject toJson() const;
    static Resident fromJson(const QJsonObject &o);
    int ageOn(const QDate &day) const;
    bool isActive() const { return lifeStatus == QLatin1String("active"); }
    // In the population on `day` (the same rule as Population::livingOn in SQL).
    bool livingOn(const QDate &day) const
    {
        return !deleted && (!lifeDate.isValid() || lifeDate > day);
    }
    // The age shown: on `today`, or on the day of death for the deceased.
    int shownAge(const QDate &today) const;
};

struct Household
{
    QString id;
    QString villageCode;
    QString address;
    QString headId;
    QString headName;    // filled on reads, not stored
    int memberCount = 0; // filled on reads
};

struct Area
{
    QString code;
    QString name;
    QString level; // county, township, village
    QString parentCode;
};

} // namespace Models
