// vaccine_lot (the clinic's stock of a vaccine lot) -> Medication with its batch. Doses given from
// it refer to it (Immunization ext:vaccine-lot). Scoped by the workstation's home area.
#include "clinicalmappers.h"

namespace Sync {

namespace {
class VaccineLotMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("vaccine_lot"); }
    QString table() const override { return QStringLiteral("vaccine_lot"); }
    int rank() const override { return 1; }
    QStringList columns() const override
    {
        return {"id",     "vaccine", "vaccine_code",   "manufacturer",
                "lot_no", "expiry",  "doses_received", "active"};
    }
    std::vector<Part> parts() const override { return {Part{"Medication", columns()}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"vaccine", ""}, {"vaccine_code", ""}, {"manufacturer", ""},
                           {"lot_no", ""},  {"expiry", ""},       {"doses_received", 0},
                           {"active", 1}};
    }
    QString area(const QJsonObject &, const MapContext &ctx) const override { return ctx.homeArea; }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonArray codings{
            QJsonObject{{"system", codeSystem("vaccine")}, {"code", str(row, "vaccine")}}};
        if (!str(row, "vaccine_code").isEmpty())
            codings.append(QJsonObject{{"system", codeSystem("vaccine-code")},
                                       {"code", str(row, "vaccine_code")}});
        if (const auto cvx = cvxFor(str(row, "vaccine")); !cvx.first.isEmpty())
            codings.append(QJsonObject{{"system", "http://hl7.org/fhir/sid/cvx"},
                                       {"code", cvx.first},
                                       {"display", cvx.second}});
        QJsonObject batch{{"lotNumber", str(row, "lot_no")}};
        if (!str(row, "expiry").isEmpty())
            batch.insert("expirationDate", str(row, "expiry"));
        QJsonObject r{{"resourceType", "Medication"},
                      {"id", id},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", QJsonArray{identifier(sidSystem("vaccine-lot"), id)}},
                      {"code", QJsonObject{{"coding", codings}}},
                      {"status", row.value("active").toInt(1) ? "active" : "inactive"},
                      {"batch", batch}};
        if (!str(row, "manufacturer").isEmpty())
            r.insert("manufacturer", QJsonObject{{"display", str(row, "manufacturer")}});
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), {{"doses_received", 'i'}});
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row{
            {"id", r.value("id").toString()},
            {"vaccine", conceptCode(r.value("code"), codeSystem("vaccine"))},
            {"vaccine_code", conceptCode(r.value("code"), codeSystem("vaccine-code"))},
            {"manufacturer", r.value("manufacturer").toObject().value("display").toString()},
            {"lot_no", r.value("batch").toObject().value("lotNumber").toString()},
            {"expiry", r.value("batch").toObject().value("expirationDate").toString()},
            {"active", r.value("status").toString() == QLatin1String("inactive") ? 0 : 1}};
        takeColumns(row, r, cachedDefaults(), {{"doses_received", 'i'}});
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeVaccineLotMapper()
{
    return std::make_unique<VaccineLotMapper>();
}

} // namespace Sync
