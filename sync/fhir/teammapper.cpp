// contract_team (+ the villages it serves, contract_team_village) -> CareTeam. A contract's
// EpisodeOfCare refers to it (EpisodeOfCare.team).
#include "clinicalmappers.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Sync {

namespace {
constexpr LinkTable TeamVillages{"contract_team_village", "team_id", "village_code", "villages"};

class TeamMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("contract_team"); }
    QString table() const override { return QStringLiteral("contract_team"); }
    int rank() const override { return 1; }
    QStringList columns() const override
    {
        return {"id", "name", "institution", "township_code", "active", "villages"};
    }
    QStringList linkColumns() const override { return {"villages"}; }
    std::vector<Part> parts() const override { return {Part{"CareTeam", columns()}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"name", ""},
                           {"institution", ""},
                           {"township_code", QJsonValue::Null},
                           {"active", 1},
                           {"villages", ""}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        const QString first = str(row, "villages").section(',', 0, 0);
        if (!first.isEmpty())
            return first;
        if (str(row, "township_code").size() == 9)
            return str(row, "township_code") + "000";
        return ctx.homeArea;
    }

    bool readLinks(QSqlDatabase &db, QJsonObject &row) const override
    {
        return readLinkField(db, row, TeamVillages);
    }

    bool afterWrite(QSqlDatabase &db, const QJsonObject &, const QJsonObject &row) const override
    {
        return writeLinkField(db, row, TeamVillages);
    }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject r{{"resourceType", "CareTeam"},
                      {"id", id},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", QJsonArray{identifier(sidSystem("contract-team"), id)}},
                      {"status", row.value("active").toInt(1) ? "active" : "inactive"},
                      {"category", QJsonArray{codeable(codeSystem("care-team-kind"),
                                                       "family-doctor", "家庭医生团队")}},
                      {"name", str(row, "name")}};
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), {{"institution", 's'}, {"township_code", 'c'}});
        for (const QString &v : str(row, "villages").split(',', Qt::SkipEmptyParts))
            ext.append(extension("served-village", "valueCode", v));
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row{
            {"id", r.value("id").toString()},
            {"name", r.value("name").toString()},
            {"active", r.value("status").toString() == QLatin1String("inactive") ? 0 : 1}};
        takeColumns(row, r, cachedDefaults(), {{"institution", 's'}, {"township_code", 'c'}});
        QStringList v;
        for (const QJsonValue &e : r.value("extension").toArray())
            if (e.toObject().value("url").toString() == extensionUrl("served-village"))
                v << e.toObject().value("valueCode").toString();
        row.insert("villages", v.join(','));
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeTeamMapper()
{
    return std::make_unique<TeamMapper>();
}

} // namespace Sync
