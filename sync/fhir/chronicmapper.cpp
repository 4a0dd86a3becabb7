#include "chronicmapper.h"

#include <QJsonArray>

namespace Sync {

namespace {
const QString Condition = QStringLiteral("Condition");
const QString Episode = QStringLiteral("EpisodeOfCare");

QString refId(const QJsonValue &ref)
{
    const QString s = ref.toObject().value(QStringLiteral("reference")).toString();
    return s.mid(s.indexOf(QLatin1Char('/')) + 1);
}

QJsonObject programmeConcept(const QString &programme)
{
    return QJsonObject{{QStringLiteral("coding"),
                        QJsonArray{QJsonObject{{QStringLiteral("system"),
                                                codeSystem(QStringLiteral("chronic-programme"))},
                                               {QStringLiteral("code"), programme}}}}};
}

QString programmeOf(const QJsonValue &cc)
{
    return cc.toObject()
        .value(QStringLiteral("coding"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}
} // namespace

QStringList ChronicRegistrationMapper::columns() const
{
    return {QStringLiteral("id"),
            QStringLiteral("resident_id"),
            QStringLiteral("programme"),
            QStringLiteral("icd10"),
            QStringLiteral("icd_version"),
            QStringLiteral("diagnosed_on"),
            QStringLiteral("diagnosis_source"),
            QStringLiteral("risk_level"),
            QStringLiteral("registered_on"),
            QStringLiteral("doctor_id"),
            QStringLiteral("closed_on"),
            QStringLiteral("close_reason"),
            QStringLiteral("close_note")};
}

std::vector<Part> ChronicRegistrationMapper::parts() const
{
    return {Part{Condition,
                 {QStringLiteral("id"), QStringLiteral("resident_id"), QStringLiteral("programme"),
                  QStringLiteral("icd10"), QStringLiteral("icd_version"),
                  QStringLiteral("diagnosed_on"), QStringLiteral("diagnosis_source")}},
            Part{Episode,
                 {QStringLiteral("id"), QStringLiteral("resident_id"), QStringLiteral("programme"),
                  QStringLiteral("risk_level"), QStringLiteral("registered_on"),
                  QStringLiteral("doctor_id"), QStringLiteral("closed_on"),
                  QStringLiteral("close_reason"), QStringLiteral("close_note")}}};
}

QJsonObject ChronicRegistrationMapper::defaults() const
{
    return QJsonObject{{QStringLiteral("resident_id"), QString()},
                       {QStringLiteral("programme"), QStringLiteral("hypertension")},
                       {QStringLiteral("icd10"), QString()},
                       {QStringLiteral("icd_version"), QString()},
                       {QStringLiteral("diagnosed_on"), QString()},
                       {QStringLiteral("diagnosis_source"), QString()},
                       {QStringLiteral("risk_level"), QString()},
                       {QStringLiteral("registered_on"), QString()},
                       {QStringLiteral("doctor_id"), QString()},
                       {QStringLiteral("closed_on"), QJsonValue::Null},
                       {QStringLiteral("close_reason"), QJsonValue::Null},
                       {QStringLiteral("close_note"), QString()}};
}

QString ChronicRegistrationMapper::area(const QJsonObject &row, const MapContext &ctx) const
{
    return ctx.residentVillage ? ctx.residentVillage(str(row, QStringLiteral("resident_id")))
                               : QString();
}

QJsonObject ChronicRegistrationMapper::toFhir(const QString &type, const QJsonObject &row,
                                              const MapContext &ctx) const
{
    const QString id = str(row, QStringLiteral("id"));
    const QJsonObject patient{
        {QStringLiteral("reference"),
         QStringLiteral("Patient/") + str(row, QStringLiteral("resident_id"))}};
    QJsonObject r{{QStringLiteral("resourceType"), type},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("meta"), areaMeta(area(row, ctx))},
                  {QStringLiteral("identifier"),
                   QJsonArray{identifier(sidSystem(QStringLiteral("chronic-registration")), id)}}};
    if (type == Condition) {
        QJsonObject coding{{QStringLiteral("system"), codeSystem(QStringLiteral("icd10-cn"))},
                           {QStringLiteral("code"), str(row, QStringLiteral("icd10"))}};
        if (!str(row, QStringLiteral("icd_version")).isEmpty())
            coding.insert(QStringLiteral("version"), str(row, QStringLiteral("icd_version")));
        r.insert(
            QStringLiteral("clinicalStatus"),
            QJsonObject{
                {QStringLiteral("coding"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("system"),
                      QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical")},
                     {QStringLiteral("code"), QStringLiteral("active")}}}}});
        r.insert(
            QStringLiteral("verificationStatus"),
            QJsonObject{
                {QStringLiteral("coding"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("system"),
                      QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status")},
                     {QStringLiteral("code"), QStringLiteral("confirmed")}}}}});
        r.insert(QStringLiteral("category"),
                 QJsonArray{programmeConcept(str(row, QStringLiteral("programme")))});
        r.insert(QStringLiteral("code"),
                 QJsonObject{{QStringLiteral("coding"), QJsonArray{coding}}});
        r.insert(QStringLiteral("subject"), patient);
        r.insert(QStringLiteral("onsetDateTime"), str(row, QStringLiteral("diagnosed_on")));
        if (!str(row, QStringLiteral("diagnosis_source")).isEmpty())
            r.insert(QStringLiteral("extension"),
                     QJsonArray{extension(QStringLiteral("diagnosis-source"),
                                          QStringLiteral("valueString"),
                                          str(row, QStringLiteral("diagnosis_source")))});
        return r;
    }
    const bool closed = !str(row, QStringLiteral("closed_on")).isEmpty();
    r.insert(QStringLiteral("status"),
             closed ? QStringLiteral("finished") : QStringLiteral("active"));
    r.insert(QStringLiteral("type"),
             QJsonArray{programmeConcept(str(row, QStringLiteral("programme")))});
    r.insert(QStringLiteral("diagnosis"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("condition"),
                  QJsonObject{{QStringLiteral("reference"), QStringLiteral("Condition/") + id}}}}});
    r.insert(QStringLiteral("patient"), patient);
    QJsonObject period{{QStringLiteral("start"), str(row, QStringLiteral("registered_on"))}};
    if (closed)
        period.insert(QStringLiteral("end"), str(row, QStringLiteral("closed_on")));
    r.insert(QStringLiteral("period"), period);
    if (!str(row, QStringLiteral("doctor_id")).isEmpty())
        r.insert(QStringLiteral("careManager"),
                 QJsonObject{{QStringLiteral("identifier"),
                              identifier(sidSystem(QStringLiteral("user")),
                                         str(row, QStringLiteral("doctor_id")))}});
    QJsonArray ext;
    if (!str(row, QStringLiteral("risk_level")).isEmpty())
        ext.append(extension(QStringLiteral("risk-level"), QStringLiteral("valueCode"),
                             str(row, QStringLiteral("risk_level"))));
    if (!str(row, QStringLiteral("close_reason")).isEmpty())
        ext.append(extension(QStringLiteral("close-reason"), QStringLiteral("valueCode"),
                             str(row, QStringLiteral("close_reason"))));
    if (!str(row, QStringLiteral("close_note")).isEmpty())
        ext.append(extension(QStringLiteral("close-note"), QStringLiteral("valueString"),
                             str(row, QStringLiteral("close_note"))));
    if (!ext.isEmpty())
        r.insert(QStringLiteral("extension"), ext);
    return r;
}

QJsonObject ChronicRegistrationMapper::fromFhir(const QString &type, const QJsonObject &r) const
{
    QJsonObject row;
    row.insert(QStringLiteral("id"), r.value(QStringLiteral("id")).toString());
    if (type == Condition) {
        row.insert(QStringLiteral("resident_id"), refId(r.value(QStringLiteral("subject"))));
        row.insert(QStringLiteral("programme"),
                   programmeOf(r.value(QStringLiteral("category")).toArray().at(0)));
        const QJsonObject coding = r.value(QStringLiteral("code"))
                                       .toObject()
                                       .value(QStringLiteral("coding"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        row.insert(QStringLiteral("icd10"), coding.value(QStringLiteral("code")).toString());
        row.insert(QStringLiteral("icd_version"),
                   coding.value(QStringLiteral("version")).toString());
        row.insert(QStringLiteral("diagnosed_on"),
                   r.value(QStringLiteral("onsetDateTime")).toString());
        row.insert(QStringLiteral("diagnosis_source"),
                   extensionValue(r, QStringLiteral("diagnosis-source")).toString());
        return row;
    }
    row.insert(QStringLiteral("resident_id"), refId(r.value(QStringLiteral("patient"))));
    row.insert(QStringLiteral("programme"),
               programmeOf(r.value(QStringLiteral("type")).toArray().at(0)));
    const QJsonObject period = r.value(QStringLiteral("period")).toObject();
    row.insert(QStringLiteral("registered_on"), period.value(QStringLiteral("start")).toString());
    row.insert(QStringLiteral("closed_on"),
               nullable(period.value(QStringLiteral("end")).toString()));
    row.insert(QStringLiteral("doctor_id"), r.value(QStringLiteral("careManager"))
                                                .toObject()
                                                .value(QStringLiteral("identifier"))
                                                .toObject()
                                                .value(QStringLiteral("value"))
                                                .toString());
    row.insert(QStringLiteral("risk_level"),
               extensionValue(r, QStringLiteral("risk-level")).toString());
    row.insert(QStringLiteral("close_reason"),
               nullable(extensionValue(r, QStringLiteral("close-reason")).toString()));
    row.insert(QStringLiteral("close_note"),
               extensionValue(r, QStringLiteral("close-note")).toString());
    return row;
}

} // namespace Sync
