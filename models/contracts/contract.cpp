#include "contract.h"
#include "dates.h"

#include <QJsonArray>

namespace Models {

namespace {
} // namespace

QJsonObject Team::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("institution"), institution},
            {QStringLiteral("township_code"), townshipCode},
            {QStringLiteral("active"), active},
            {QStringLiteral("villages"), QJsonArray::fromStringList(villages)}};
}

QJsonObject Package::toJson() const
{
    QJsonArray s;
    for (const PackageService &ps : services)
        s.append(QJsonObject{{QStringLiteral("kind"), ps.kind},
                             {QStringLiteral("name"), ps.name},
                             {QStringLiteral("per_year"), ps.perYear},
                             {QStringLiteral("applies_to"), ps.appliesTo}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("code"), code},
            {QStringLiteral("version"), version},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("fee_fen"), feeFen},
            {QStringLiteral("insurance_fen"), insuranceFen},
            {QStringLiteral("public_health_fen"), publicHealthFen},
            {QStringLiteral("resident_fen"), residentFen},
            {QStringLiteral("eligible"), QJsonArray::fromStringList(eligible)},
            {QStringLiteral("services"), s},
            {QStringLiteral("active"), active}};
}

QDate Contract::coverEnd() const
{
    if (terminatedOn.isValid())
        return qMin(endDate, terminatedOn.addDays(-1));
    return endDate;
}

bool Contract::covers(const QDate &day) const
{
    return !deleted && startDate <= day && day <= coverEnd();
}

QJsonObject Contract::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("contract_no"), contractNo},
            {QStringLiteral("resident_id"), residentId},
            {QStringLiteral("household_id"), householdId},
            {QStringLiteral("representative_id"), representativeId},
            {QStringLiteral("team_id"), teamId},
            {QStringLiteral("doctor_id"), doctorId},
            {QStringLiteral("institution"), institution},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("packages"), QJsonArray::fromStringList(packageIds)},
            {QStringLiteral("fee_fen"), feeFen},
            {QStringLiteral("insurance_fen"), insuranceFen},
            {QStringLiteral("public_health_fen"), publicHealthFen},
            {QStringLiteral("resident_fen"), residentFen},
            {QStringLiteral("signed_on"), isoDate(signedOn)},
            {QStringLiteral("start_date"), isoDate(startDate)},
            {QStringLiteral("end_date"), isoDate(endDate)},
            {QStringLiteral("term_years"), termYears},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("terminated_on"), isoDate(terminatedOn)},
            {QStringLiteral("terminate_reason"), terminateReason},
            {QStringLiteral("terminate_note"), terminateNote},
            {QStringLiteral("previous_id"), previousId},
            {QStringLiteral("paper_signed"), paperSigned},
            {QStringLiteral("scan_path"), scanPath}};
}

QJsonObject ContractTask::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("contract_id"), contractId},
            {QStringLiteral("resident_id"), residentId},
            {QStringLiteral("package_id"), packageId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("due_on"), isoDate(dueOn)},
            {QStringLiteral("status"), status},
            {QStringLiteral("done_on"), isoDate(doneOn)},
            {QStringLiteral("source_id"), sourceId}};
}

} // namespace Models
