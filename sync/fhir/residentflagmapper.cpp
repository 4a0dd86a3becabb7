// resident_flag (a key-population category not derived from age or registration: pregnant,
// severe mental disorder, TB ...) -> Flag; active while `until` is empty.
#include "clinicalmappers.h"

namespace Sync {

namespace {
class ResidentFlagMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("resident_flag"); }
    QString table() const override { return QStringLiteral("resident_flag"); }
    int rank() const override { return 2; }
    QStringList columns() const override
    {
        return {"id", "resident_id", "flag", "since", "until", "note"};
    }
    std::vector<Part> parts() const override { return {Part{"Flag", columns()}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"resident_id", ""},
                           {"flag", ""},
                           {"since", ""},
                           {"until", QJsonValue::Null},
                           {"note", ""}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject period{{"start", str(row, "since")}};
        if (!str(row, "until").isEmpty())
            period.insert("end", str(row, "until"));
        QJsonObject r{{"resourceType", "Flag"},
                      {"id", id},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", QJsonArray{identifier(sidSystem("resident-flag"), id)}},
                      {"status", str(row, "until").isEmpty() ? "active" : "inactive"},
                      {"code", codeable(codeSystem("key-population"), str(row, "flag"))},
                      {"subject", reference("Patient", str(row, "resident_id"))},
                      {"period", period}};
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), {{"note", 's'}});
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row{{"id", r.value("id").toString()},
                        {"resident_id", referenceId(r.value("subject"))},
                        {"flag", conceptCode(r.value("code"))},
                        {"since", r.value("period").toObject().value("start").toString()},
                        {"until", nullable(r.value("period").toObject().value("end").toString())}};
        takeColumns(row, r, cachedDefaults(), {{"note", 's'}});
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeResidentFlagMapper()
{
    return std::make_unique<ResidentFlagMapper>();
}

} // namespace Sync
