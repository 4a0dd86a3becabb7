#include "immunization.h"
#include "dates.h"

#include "codetable.h"

namespace Models {

namespace {
} // namespace

QJsonObject VaccineDose::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("resident_id"), residentId},
            {QStringLiteral("vaccine"), vaccine},
            {QStringLiteral("vaccine_code"), vaccineCode},
            {QStringLiteral("given_on"), isoDate(givenOn)},
            {QStringLiteral("source"), source},
            {QStringLiteral("lot_id"), lotId},
            {QStringLiteral("manufacturer"), manufacturer},
            {QStringLiteral("lot_no"), lotNo},
            {QStringLiteral("expiry"), isoDate(expiry)},
            {QStringLiteral("site"), site},
            {QStringLiteral("route"), route},
            {QStringLiteral("clinic"), clinic},
            {QStringLiteral("vaccinator"), vaccinator},
            {QStringLiteral("override_reason"), overrideReason},
            {QStringLiteral("note"), note},
            {QStringLiteral("supersedes"), supersedes}};
}

QJsonObject VaccineLot::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("vaccine"), vaccine},
            {QStringLiteral("vaccine_code"), vaccineCode},
            {QStringLiteral("manufacturer"), manufacturer},
            {QStringLiteral("lot_no"), lotNo},
            {QStringLiteral("expiry"), isoDate(expiry)},
            {QStringLiteral("doses_received"), dosesReceived},
            {QStringLiteral("active"), active}};
}

QJsonObject ImmunizationState::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("resident_id"), residentId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("code"), code},
            {QStringLiteral("note"), note},
            {QStringLiteral("recorded_on"), isoDate(recordedOn)},
            {QStringLiteral("ended_on"), isoDate(endedOn)}};
}

QString Guardian::text() const
{
    const QString rel = relation.isEmpty()
                            ? QString()
                            : CodeTable::get(QStringLiteral("guardian_relation")).label(relation);
    return QStringList{rel, name, phone}.join(QLatin1Char(' ')).simplified();
}

ChildFacts ChildImmunization::facts() const
{
    ChildFacts f;
    f.birth = birth;
    f.sex = sex;
    f.doses = given;
    for (const ImmunizationState &s : states)
        if (s.kind == QLatin1String("health"))
            f.healthStates << s.code;
    return f;
}

QStringList ChildImmunization::refusals() const
{
    QStringList out;
    for (const ImmunizationState &s : states)
        if (s.kind == QLatin1String("refusal"))
            out << s.code;
    return out;
}

} // namespace Models
