// immunization_state (a health state that changes a child's plan, or a parent's refusal of a
// series) -> Flag (id <uuid>-imm), category health/refusal; active while `ended_on` is empty.
#include "clinicalmappers.h"

namespace Sync {

namespace {
class ImmunizationStateMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("immunization_state"); }
    QString table() const override { return QStringLiteral("immunization_state"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id", "resident_id", "kind", "code", "note", "recorded_on", "ended_on"};
    }
    std::vector<Part> parts() const override { return {Part{"Flag", columns(), "-imm"}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"resident_id", ""}, {"kind", "health"},
                           {"code", ""},        {"note", ""},
                           {"recorded_on", ""}, {"ended_on", QJsonValue::Null}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject period{{"start", str(row, "recorded_on")}};
        if (!str(row, "ended_on").isEmpty())
            period.insert("end", str(row, "ended_on"));
        QJsonObject r{{"resourceType", "Flag"},
                      {"id", id + "-imm"},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", QJsonArray{identifier(sidSystem("immunization-state"), id)}},
                      {"status", str(row, "ended_on").isEmpty() ? "active" : "inactive"},
                      {"category", QJsonArray{codeable(codeSystem("immunization-state-kind"),
                                                       str(row, "kind"))}},
                      {"code", codeable(codeSystem("immunization-state"), str(row, "code"))},
                      {"subject", reference("Patient", str(row, "resident_id"))},
                      {"period", period}};
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), {{"note", 's'}});
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row{
            {"id", identifierValue(r, sidSystem("immunization-state"))},
            {"resident_id", referenceId(r.value("subject"))},
            {"kind", conceptCode(r.value("category").toArray().at(0))},
            {"code", conceptCode(r.value("code"))},
            {"recorded_on", r.value("period").toObject().value("start").toString()},
            {"ended_on", nullable(r.value("period").toObject().value("end").toString())}};
        takeColumns(row, r, cachedDefaults(), {{"note", 's'}});
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeImmunizationStateMapper()
{
    return std::make_unique<ImmunizationStateMapper>();
}

} // namespace Sync
