// contract_staff (a member of a family-doctor team) -> Practitioner, with its team and role as
// extensions (the team's CareTeam lists no members, so a member joins or leaves in one record).
#include "clinicalmappers.h"

namespace Sync {

namespace {
class StaffMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("contract_staff"); }
    QString table() const override { return QStringLiteral("contract_staff"); }
    int rank() const override { return 2; }
    QStringList columns() const override
    {
        return {"id", "team_id", "name", "role", "staff_no", "phone", "active"};
    }
    std::vector<Part> parts() const override { return {Part{"Practitioner", columns()}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"team_id", ""},  {"name", ""},  {"role", ""},
                           {"staff_no", ""}, {"phone", ""}, {"active", 1}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        const QString a =
            ctx.recordArea ? ctx.recordArea("contract_team", str(row, "team_id")) : QString();
        return a.isEmpty() ? ctx.homeArea : a;
    }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonArray ids{identifier(sidSystem("contract-staff"), id)};
        if (!str(row, "staff_no").isEmpty())
            ids.append(identifier(sidSystem("staff-no"), str(row, "staff_no")));
        QJsonObject r{{"resourceType", "Practitioner"},
                      {"id", id},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", ids},
                      {"active", row.value("active").toInt(1) != 0},
                      {"name", QJsonArray{QJsonObject{{"text", str(row, "name")}}}}};
        if (!str(row, "phone").isEmpty())
            r.insert("telecom",
                     QJsonArray{QJsonObject{{"system", "phone"}, {"value", str(row, "phone")}}});
        QJsonArray ext{
            extension("care-team", "valueReference", reference("CareTeam", str(row, "team_id")))};
        putColumns(ext, row, cachedDefaults(), {{"role", 'c'}});
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row{
            {"id", r.value("id").toString()},
            {"team_id", referenceId(extensionValue(r, "care-team"))},
            {"name", r.value("name").toArray().at(0).toObject().value("text").toString()},
            {"staff_no", identifierValue(r, sidSystem("staff-no"))},
            {"phone", r.value("telecom").toArray().at(0).toObject().value("value").toString()},
            {"active", r.value("active").toBool(true) ? 1 : 0}};
        takeColumns(row, r, cachedDefaults(), {{"role", 'c'}});
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeStaffMapper()
{
    return std::make_unique<StaffMapper>();
}

} // namespace Sync
