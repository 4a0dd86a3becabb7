#pragma once

// One children's form (newborn visit, 1-8 months, 12-30 months, 3-6 years or an extra check):
// the growth measurements as fields, assessed at entry, and the rest of the paper form as JSON
// (docs/domain/child.md 1).

#include "growthassessment.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <limits>

namespace Models {

struct ChildCheck
{
    QString id;
    QString residentId;
    QString kind;    // newborn, infant, toddler, preschool, extra
    QString ageCode; // 1m 3m ... 6y; empty for a newborn visit or an extra check
    QDate checkDate;
    int ageDays = -1;
    double weightKg = std::numeric_limits<double>::quiet_NaN();
    double lengthCm = std::numeric_limits<double>::quiet_NaN();
    bool standing = false;
    double headCm = std::numeric_limits<double>::quiet_NaN();
    double hb = std::numeric_limits<double>::quiet_NaN(); // g/L
    GrowthAssessment growth;                              // filled on record and on load
    QJsonObject form;                                     // the form's other fields
    QDate nextDate;
    QString doctorId;
    QString residentName; // read with the row (not stored)
    QString villageCode;

    QJsonObject toJson() const;
    static QString kindLabel(const QString &kind);
};

} // namespace Models
