#include "chronic.h"

#include <cmath>

namespace Models {

namespace {
template <typename T> QJsonValue opt(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject ChronicRegistration::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("resident_id"), residentId},
                       {QStringLiteral("programme"), programme},
                       {QStringLiteral("icd10"), icd10},
                       {QStringLiteral("icd_version"), icdVersion},
                       {QStringLiteral("diagnosed_on"), date(diagnosedOn)},
                       {QStringLiteral("diagnosis_source"), diagnosisSource},
                       {QStringLiteral("risk_level"), riskLevel},
                       {QStringLiteral("registered_on"), date(registeredOn)},
                       {QStringLiteral("doctor_id"), doctorId},
                       {QStringLiteral("closed_on"), date(closedOn)},
                       {QStringLiteral("close_reason"), closeReason},
                       {QStringLiteral("close_note"), closeNote}};
}

std::optional<double> ChronicFollowup::bmi() const
{
    if (!weight || !height || *height <= 0)
        return std::nullopt;
    const double m = *height / 100.0;
    return std::round(*weight / (m * m) * 10.0) / 10.0;
}

QJsonObject ChronicFollowup::toJson() const
{
    QJsonArray meds;
    for (const Medication &m : medications)
        meds.append(QJsonObject{{QStringLiteral("name"), m.name},
                                {QStringLiteral("times_per_day"), m.timesPerDay},
                                {QStringLiteral("dose"), m.dose}});
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("registration_id"), registrationId},
                  {QStringLiteral("resident_id"), residentId},
                  {QStringLiteral("programme"), programme},
                  {QStringLiteral("visit_date"), date(visitDate)},
                  {QStringLiteral("mode"), mode},
                  {QStringLiteral("symptoms"), QJsonArray::fromStringList(symptoms)},
                  {QStringLiteral("symptoms_other"), symptomsOther},
                  {QStringLiteral("sbp"), opt(sbp)},
                  {QStringLiteral("dbp"), opt(dbp)},
                  {QStringLiteral("heart_rate"), opt(heartRate)},
                  {QStringLiteral("weight"), opt(weight)},
                  {QStringLiteral("weight_target"), opt(weightTarget)},
                  {QStringLiteral("height"), opt(height)},
                  {QStringLiteral("bmi"), opt(bmi())},
                  {QStringLiteral("bmi_target"), opt(bmiTarget)},
                  {QStringLiteral("fbg"), opt(fbg)},
                  {QStringLiteral("hba1c"), opt(hba1c)},
                  {QStringLiteral("adherence"), opt(adherence)},
                  {QStringLiteral("adverse_reaction"), adverseReaction},
                  {QStringLiteral("complication"), complication},
                  {QStringLiteral("medications"), meds},
                  {QStringLiteral("insulin"), insulin},
                  {QStringLiteral("class"), classCode(cls)},
                  {QStringLiteral("emergency"), emergency},
                  {QStringLiteral("referral"), referral},
                  {QStringLiteral("referral_reason"), referralReason},
                  {QStringLiteral("next_date"), date(nextDate)},
                  {QStringLiteral("doctor_id"), doctorId},
                  {QStringLiteral("rule_set"), ruleSet},
                  {QStringLiteral("rules"), QJsonArray::fromStringList(rules)},
                  {QStringLiteral("quality_warning"), qualityWarning}};
    if (!supersedes.isEmpty())
        o.insert(QStringLiteral("supersedes"), supersedes);
    return o;
}

} // namespace Models
