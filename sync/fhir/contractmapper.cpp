// contract (+ its packages, contract_item) -> EpisodeOfCare (id <uuid>-contract, type
// family-doctor-contract), with EpisodeOfCare.team -> the team's CareTeam and careManager -> the
// doctor's Practitioner. cover_end is derived (the last covered day), not sent.
#include "clinicalmappers.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Sync {

namespace {
#define CONTRACT_EXT                                                                               \
    {                                                                                              \
        {"institution", 's'}, {"tags", 's'}, {"fee_fen", 'i'}, {"insurance_fen", 'i'},             \
            {"public_health_fen", 'i'}, {"resident_fen", 'i'}, {"signed_on", 'D'},                 \
            {"term_years", 'i'}, {"channel", 'c'}, {"terminated_on", 'D'},                         \
            {"terminate_reason", 'c'}, {"terminate_note", 's'}, {"paper_signed", 'i'},             \
        {                                                                                          \
            "scan_path", 's'                                                                       \
        }                                                                                          \
    }

const QString Suffix = QStringLiteral("-contract");

constexpr LinkTable ContractPackages{"contract_item", "contract_id", "package_id", "packages"};

class ContractMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("contract"); }
    QString table() const override { return QStringLiteral("contract"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",
                "contract_no",
                "resident_id",
                "household_id",
                "representative_id",
                "team_id",
                "doctor_id",
                "institution",
                "tags",
                "fee_fen",
                "insurance_fen",
                "public_health_fen",
                "resident_fen",
                "signed_on",
                "start_date",
                "end_date",
                "term_years",
                "channel",
                "terminated_on",
                "terminate_reason",
                "terminate_note",
                "previous_id",
                "paper_signed",
                "scan_path",
                "packages"};
    }
    QStringList linkColumns() const override { return {"packages"}; }
    std::vector<Part> parts() const override { return {Part{"EpisodeOfCare", columns(), Suffix}}; }
    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const QString &c : columns())
            d.insert(c, QString());
        d.remove("id");
        for (const char *c : {"household_id", "representative_id", "terminated_on",
                              "terminate_reason", "previous_id"})
            d.insert(c, QJsonValue::Null);
        for (const char *c :
             {"fee_fen", "insurance_fen", "public_health_fen", "resident_fen", "paper_signed"})
            d.insert(c, 0);
        d.insert("term_years", 1);
        return d;
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }

    QJsonObject derivedColumns(const QJsonObject &row) const override
    {
        // The CHECK of 0006: the last covered day.
        const QDate end = QDate::fromString(str(row, "end_date"), Qt::ISODate);
        const QDate term = QDate::fromString(str(row, "terminated_on"), Qt::ISODate);
        const QDate cover = term.isValid() ? qMin(end, term.addDays(-1)) : end;
        return QJsonObject{
            {"cover_end", cover.isValid() ? cover.toString(Qt::ISODate) : str(row, "end_date")}};
    }

    bool readLinks(QSqlDatabase &db, QJsonObject &row) const override
    {
        return readLinkField(db, row, ContractPackages);
    }

    bool afterWrite(QSqlDatabase &db, const QJsonObject &, const QJsonObject &row) const override
    {
        return writeLinkField(db, row, ContractPackages);
    }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject period{{"start", str(row, "start_date")}};
        if (!str(row, "end_date").isEmpty())
            period.insert("end", str(row, "end_date"));
        QJsonObject r{{"resourceType", "EpisodeOfCare"},
                      {"id", id + Suffix},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier",
                       QJsonArray{identifier(sidSystem("contract"), id),
                                  identifier(sidSystem("contract-no"), str(row, "contract_no"))}},
                      {"status", str(row, "terminated_on").isEmpty() ? "active" : "finished"},
                      {"type", QJsonArray{codeable(codeSystem("episode-type"),
                                                   "family-doctor-contract", "家庭医生签约")}},
                      {"patient", reference("Patient", str(row, "resident_id"))},
                      {"period", period},
                      {"careManager", reference("Practitioner", str(row, "doctor_id"))},
                      {"team", QJsonArray{reference("CareTeam", str(row, "team_id"))}}};
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), CONTRACT_EXT);
        if (!str(row, "household_id").isEmpty())
            ext.append(extension("household", "valueReference",
                                 reference("Group", str(row, "household_id"))));
        if (!str(row, "representative_id").isEmpty())
            ext.append(extension("family-representative", "valueReference",
                                 reference("Patient", str(row, "representative_id"))));
        if (!str(row, "previous_id").isEmpty())
            ext.append(extension("renews", "valueReference",
                                 reference("EpisodeOfCare", str(row, "previous_id") + Suffix)));
        for (const QString &p : str(row, "packages").split(',', Qt::SkipEmptyParts))
            ext.append(
                extension("service-package", "valueReference", reference("PlanDefinition", p)));
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row;
        row.insert("id", identifierValue(r, sidSystem("contract")));
        row.insert("contract_no", identifierValue(r, sidSystem("contract-no")));
        row.insert("resident_id", referenceId(r.value("patient")));
        row.insert("doctor_id", referenceId(r.value("careManager")));
        row.insert("team_id", referenceId(r.value("team").toArray().at(0)));
        row.insert("start_date", r.value("period").toObject().value("start").toString());
        row.insert("end_date", r.value("period").toObject().value("end").toString());
        takeColumns(row, r, cachedDefaults(), CONTRACT_EXT);
        row.insert("household_id", nullable(referenceId(extensionValue(r, "household"))));
        row.insert("representative_id",
                   nullable(referenceId(extensionValue(r, "family-representative"))));
        const QString prev = referenceId(extensionValue(r, "renews"));
        row.insert("previous_id", nullable(prev.left(prev.size() - Suffix.size())));
        QStringList packages;
        for (const QJsonValue &e : r.value("extension").toArray())
            if (e.toObject().value("url").toString() == extensionUrl("service-package"))
                packages << referenceId(e.toObject().value("valueReference"));
        row.insert("packages", packages.join(','));
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeContractMapper()
{
    return std::make_unique<ContractMapper>();
}

} // namespace Sync
