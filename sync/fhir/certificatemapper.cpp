// immunization_certificate (预防接种证 issued to a child) -> DocumentReference.
#include "clinicalmappers.h"

namespace Sync {

namespace {
class CertificateMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("immunization_certificate"); }
    QString table() const override { return QStringLiteral("immunization_certificate"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id", "resident_id", "certificate_no", "issued_on"};
    }
    std::vector<Part> parts() const override { return {Part{"DocumentReference", columns()}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"resident_id", ""}, {"certificate_no", ""}, {"issued_on", ""}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonArray ids{identifier(sidSystem("immunization-certificate"), id)};
        if (!str(row, "certificate_no").isEmpty())
            ids.append(
                identifier(sidSystem("vaccination-certificate-no"), str(row, "certificate_no")));
        return QJsonObject{
            {"resourceType", "DocumentReference"},
            {"id", id},
            {"meta", areaMeta(area(row, ctx))},
            {"identifier", ids},
            {"status", "current"},
            {"type",
             codeable(codeSystem("document-type"), "vaccination-certificate", "预防接种证")},
            {"subject", reference("Patient", str(row, "resident_id"))},
            {"context", QJsonObject{{"period", QJsonObject{{"start", str(row, "issued_on")}}}}},
            {"content",
             QJsonArray{QJsonObject{{"attachment", QJsonObject{{"title", "预防接种证"}}}}}}};
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        return QJsonObject{
            {"id", r.value("id").toString()},
            {"resident_id", referenceId(r.value("subject"))},
            {"certificate_no", identifierValue(r, sidSystem("vaccination-certificate-no"))},
            {"issued_on",
             r.value("context").toObject().value("period").toObject().value("start").toString()}};
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeCertificateMapper()
{
    return std::make_unique<CertificateMapper>();
}

} // namespace Sync
