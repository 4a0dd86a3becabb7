// contract_package (a versioned service package) -> PlanDefinition: one action per promised
// service. Packages from the rules have the same id on every workstation (PackageRepository).
#include "clinicalmappers.h"

#include <QJsonDocument>

namespace Sync {

namespace {
#define PACKAGE_EXT                                                                                \
    {                                                                                              \
        {"fee_fen", 'i'}, {"insurance_fen", 'i'}, {"public_health_fen", 'i'},                      \
            {"resident_fen", 'i'}, {"eligible", 's'}, {"services_json", 's'}, {"source", 'c'},     \
        {                                                                                          \
            "rules_version", 's'                                                                   \
        }                                                                                          \
    }

class PackageMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("contract_package"); }
    QString table() const override { return QStringLiteral("contract_package"); }
    int rank() const override { return 1; }
    QStringList columns() const override
    {
        return {"id",
                "code",
                "version",
                "name",
                "kind",
                "fee_fen",
                "insurance_fen",
                "public_health_fen",
                "resident_fen",
                "eligible",
                "services_json",
                "source",
                "rules_version",
                "active"};
    }
    std::vector<Part> parts() const override { return {Part{"PlanDefinition", columns()}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"code", ""},
                           {"version", 1},
                           {"name", ""},
                           {"kind", "basic"},
                           {"fee_fen", 0},
                           {"insurance_fen", 0},
                           {"public_health_fen", 0},
                           {"resident_fen", 0},
                           {"eligible", ""},
                           {"services_json", "[]"},
                           {"source", "rules"},
                           {"rules_version", ""},
                           {"active", 1}};
    }
    QString area(const QJsonObject &, const MapContext &ctx) const override { return ctx.homeArea; }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject r{{"resourceType", "PlanDefinition"},
                      {"id", id},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", QJsonArray{identifier(sidSystem("contract-package"), id),
                                                identifier(sidSystem("contract-package-code"),
                                                           str(row, "code"))}},
                      {"version", QString::number(row.value("version").toInt(1))},
                      {"title", str(row, "name")},
                      {"type", codeable(codeSystem("package-kind"), str(row, "kind"))},
                      {"status", row.value("active").toInt(1) ? "active" : "retired"}};
        QJsonArray actions;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(str(row, "services_json").toUtf8()).array()) {
            const QJsonObject s = v.toObject();
            QJsonObject a{{"code", QJsonArray{codeable(codeSystem("service-kind"),
                                                       s.value("kind").toString())}}};
            if (!s.value("name").toString().isEmpty())
                a.insert("title", s.value("name").toString());
            actions.append(a);
        }
        if (!actions.isEmpty())
            r.insert("action",
                     actions); // a readable copy; services_json (below) is what is read back
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), PACKAGE_EXT);
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row{
            {"id", r.value("id").toString()},
            {"code", identifierValue(r, sidSystem("contract-package-code"))},
            {"version", r.value("version").toString().toInt()},
            {"name", r.value("title").toString()},
            {"kind", conceptCode(r.value("type"))},
            {"active", r.value("status").toString() == QLatin1String("retired") ? 0 : 1}};
        takeColumns(row, r, cachedDefaults(), PACKAGE_EXT);
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makePackageMapper()
{
    return std::make_unique<PackageMapper>();
}

} // namespace Sync
