#pragma once

// Shared by models/referral, models/mental and models/tb (private to models/): the resident a
// record belongs to, checked against the caller's Scope, and the small conversions the three
// repositories use.

#include "result.h"
#include "scope.h"

#include <QDate>
#include <QJsonObject>
#include <QVariant>
#include <QVector>

namespace Models {

struct SharedCareResident
{
    QString id;
    QString name;
    QString villageCode;
    QString sex;
    QDate birthDate;
    bool active = true;
};

// The resident with that id, when the Scope allows the village; `forWrite` also refuses a resident
// who has left the population (deceased, moved, closed). The field at fault is "resident".
Result<SharedCareResident> sharedCareResident(const QString &conn, const Scope &scope,
                                              const QString &residentId, bool forWrite);

QString newUuid();
QVariant sharedDateVar(const QDate &d);                    // NULL for an invalid date
QDate sharedDate(const QVariant &v);                       // from YYYY-MM-DD
QString sharedJsonText(const QJsonObject &o);              // compact
QJsonObject sharedJsonObject(const QVariant &v);           // {} when not an object
QVector<QVariant> sharedNotNull(QVector<QVariant> values); // null strings → ''

} // namespace Models
