#include "resident.h"
#include "dates.h"

namespace Models {

QJsonObject Resident::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("record_no"), recordNo},
        {QStringLiteral("name"), name},
        {QStringLiteral("sex"), QString(sex)},
        {QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate)},
        {QStringLiteral("id_number"), idNumber},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("address"), address},
        {QStringLiteral("village_code"), villageCode},
        {QStringLiteral("residence_type"), residenceType},
        {QStringLiteral("ethnicity"), ethnicity},
        {QStringLiteral("household_id"), householdId},
        {QStringLiteral("relation"), relation},
    };
    // Only a record that left the population says so (every other audit entry stays as it was).
    if (!isActive() || lifeDate.isValid()) {
        o.insert(QStringLiteral("life_status"), lifeStatus);
        o.insert(QStringLiteral("life_date"), lifeDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("life_reason"), lifeReason);
    }
    return o;
}

Resident Resident::fromJson(const QJsonObject &o)
{
    Resident r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.recordNo = o.value(QStringLiteral("record_no")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    const QString sex = o.value(QStringLiteral("sex")).toString();
    r.sex = sex.isEmpty() ? QChar() : sex.at(0);
    r.birthDate = QDate::fromString(o.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    r.idNumber = o.value(QStringLiteral("id_number")).toString();
    r.phone = o.value(QStringLiteral("phone")).toString();
    r.address = o.value(QStringLiteral("address")).toString();
    r.villageCode = o.value(QStringLiteral("village_code")).toString();
    r.residenceType = o.value(QStringLiteral("residence_type")).toInt(1);
    r.ethnicity = o.value(QStringLiteral("ethnicity")).toString(QStringLiteral("01"));
    r.householdId = o.value(QStringLiteral("household_id")).toString();
    r.relation = o.value(QStringLiteral("relation")).toString();
    r.lifeStatus = o.value(QStringLiteral("life_status")).toString(QStringLiteral("active"));
    r.lifeDate = QDate::fromString(o.value(QStringLiteral("life_date")).toString(), Qt::ISODate);
    r.lifeReason = o.value(QStringLiteral("life_reason")).toString();
    return r;
}

int Resident::ageOn(const QDate &day) const
{
    return ageInYears(birthDate, day);
}

int Resident::shownAge(const QDate &today) const
{
    return lifeStatus == QLatin1String("deceased") && lifeDate.isValid() && lifeDate < today
               ? ageOn(lifeDate)
               : ageOn(today);
}

} // namespace Models
