// immunization_dose -> Immunization (docs/sync.md "FHIR mapping"). Doses are append-only: a
// correction is a new dose whose `supersedes` names the old one, which is then deleted.
#include "clinicalmappers.h"

namespace Sync {

namespace {
const QString VaccineSystem = codeSystem(QStringLiteral("vaccine")); // product abbreviation
// The vaccine codes of docs/domain/immunization.md 6.
const QString VaccineCodeSystem = codeSystem(QStringLiteral("vaccine-code"));
const QString CvxSystem = QStringLiteral("http://hl7.org/fhir/sid/cvx");

class DoseMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("immunization_dose"); }
    QString table() const override { return QStringLiteral("immunization_dose"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",     "resident_id",  "vaccine",         "vaccine_code", "given_on",  "source",
                "lot_id", "manufacturer", "lot_no",          "expiry",       "site",      "route",
                "clinic", "vaccinator",   "override_reason", "note",         "supersedes"};
    }
    std::vector<Part> parts() const override
    {
        return {Part{QStringLiteral("Immunization"), columns()}};
    }
    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const QString &c : columns())
            d.insert(c, QString());
        d.insert(QStringLiteral("source"), QStringLiteral("here"));
        d.insert(QStringLiteral("lot_id"), QJsonValue::Null);
        d.insert(QStringLiteral("supersedes"), QJsonValue::Null);
        d.remove(QStringLiteral("id"));
        return d;
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonArray codings{QJsonObject{{"system", VaccineSystem}, {"code", str(row, "vaccine")}}};
        if (!str(row, "vaccine_code").isEmpty())
            codings.append(
                QJsonObject{{"system", VaccineCodeSystem}, {"code", str(row, "vaccine_code")}});
        if (const auto cvx = cvxFor(str(row, "vaccine")); !cvx.first.isEmpty())
            codings.append(
                QJsonObject{{"system", CvxSystem}, {"code", cvx.first}, {"display", cvx.second}});
        QJsonObject r{{"resourceType", "Immunization"},
                      {"id", id},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", QJsonArray{identifier(sidSystem("immunization-dose"), id)}},
                      {"status", "completed"},
                      {"vaccineCode", QJsonObject{{"coding", codings}}},
                      {"patient", reference("Patient", str(row, "resident_id"))},
                      {"occurrenceDateTime", str(row, "given_on")},
                      {"primarySource", str(row, "source") != QLatin1String("elsewhere")}};
        if (!str(row, "lot_no").isEmpty())
            r.insert("lotNumber", str(row, "lot_no"));
        if (!str(row, "expiry").isEmpty())
            r.insert("expirationDate", str(row, "expiry"));
        if (!str(row, "manufacturer").isEmpty())
            r.insert("manufacturer", QJsonObject{{"display", str(row, "manufacturer")}});
        if (!str(row, "clinic").isEmpty())
            r.insert("location", QJsonObject{{"display", str(row, "clinic")}});
        if (!str(row, "site").isEmpty())
            r.insert("site", QJsonObject{{"text", str(row, "site")}});
        if (!str(row, "route").isEmpty())
            r.insert("route", codeable(codeSystem("route"), str(row, "route")));
        if (!str(row, "vaccinator").isEmpty())
            r.insert("performer",
                     QJsonArray{
                         QJsonObject{{"actor", QJsonObject{{"display", str(row, "vaccinator")}}}}});
        if (!str(row, "note").isEmpty())
            r.insert("note", QJsonArray{QJsonObject{{"text", str(row, "note")}}});
        // Dose number in the product's series: derived here, never read back.
        if (ctx.scalar) {
            const int n =
                ctx.scalar(QStringLiteral(
                               "SELECT count(*) FROM immunization_dose WHERE resident_id = ? AND "
                               "vaccine = ?"
                               " AND deleted = 0 AND (given_on < ? OR (given_on = ? AND id <= ?))"),
                           {str(row, "resident_id"), str(row, "vaccine"), str(row, "given_on"),
                            str(row, "given_on"), id})
                    .toInt();
            if (n > 0)
                r.insert("protocolApplied", QJsonArray{QJsonObject{{"doseNumberPositiveInt", n}}});
        }
        QJsonArray ext;
        if (!str(row, "lot_id").isEmpty())
            ext.append(extension("vaccine-lot", "valueReference",
                                 reference("Medication", str(row, "lot_id"))));
        if (!str(row, "supersedes").isEmpty())
            ext.append(extension("supersedes", "valueReference",
                                 reference("Immunization", str(row, "supersedes"))));
        putColumns(ext, row, cachedDefaults(), {{"override_reason", 's'}});
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row = cachedDefaults();
        row.insert("id", r.value("id").toString());
        row.insert("resident_id", referenceId(r.value("patient")));
        row.insert("vaccine", conceptCode(r.value("vaccineCode"), VaccineSystem));
        row.insert("vaccine_code", conceptCode(r.value("vaccineCode"), VaccineCodeSystem));
        row.insert("given_on", r.value("occurrenceDateTime").toString());
        row.insert("source", r.value("primarySource").toBool(true) ? QStringLiteral("here")
                                                                   : QStringLiteral("elsewhere"));
        row.insert("lot_no", r.value("lotNumber").toString());
        row.insert("expiry", r.value("expirationDate").toString());
        row.insert("manufacturer", r.value("manufacturer").toObject().value("display").toString());
        row.insert("clinic", r.value("location").toObject().value("display").toString());
        row.insert("site", r.value("site").toObject().value("text").toString());
        row.insert("route", conceptCode(r.value("route")));
        row.insert("vaccinator", r.value("performer")
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value("actor")
                                     .toObject()
                                     .value("display")
                                     .toString());
        row.insert("note", r.value("note").toArray().at(0).toObject().value("text").toString());
        const QString lot = referenceId(extensionValue(r, "vaccine-lot"));
        row.insert("lot_id", nullable(lot));
        row.insert("supersedes", nullable(referenceId(extensionValue(r, "supersedes"))));
        takeColumns(row, r, cachedDefaults(), {{"override_reason", 's'}});
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeDoseMapper()
{
    return std::make_unique<DoseMapper>();
}

} // namespace Sync
