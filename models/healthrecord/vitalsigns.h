#pragma once

#include "clinicalranges.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The vital signs of an encounter (接诊记录): blood pressure, pulse and temperature, stored as
// JSON {"sbp":150,"dbp":95,"pulse":80,"temperature":36.8} (a sign not measured is absent) and
// checked against the clinical ranges of the health check (resources/rules/clinical_ranges.json).
namespace Models::VitalSigns {

struct Sign
{
    QString key;        // sbp, dbp, pulse, temperature
    QString rangeField; // the field of clinical_ranges.json that holds its limits
    QString loinc;      // the FHIR Observation code (LOINC)
    QString unit;       // UCUM unit for FHIR
};

const QList<Sign> &signs();
QString label(const QString &key); // translated: 收缩压, 舒张压, 脉搏, 体温
QString unit(const QString &key);  // shown unit: mmHg, 次/分, ℃

// Every check of the values (hard limits, plausible range, flags, systolic above diastolic),
// each FieldCheck::field being a sign key.
QList<FieldCheck> check(const QJsonObject &vitals, QChar sex, int age);
// "血压 150/95 mmHg，脉搏 80 次/分，体温 36.8 ℃"; empty when nothing was measured.
QString summary(const QJsonObject &vitals);

} // namespace Models::VitalSigns
