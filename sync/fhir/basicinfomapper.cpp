// basic_info (个人基本信息表 beyond the resident row) -> QuestionnaireResponse of the form version
// (resources/codes/basic_info_form.json); the coded answers travel as ext:form-json. One per
// resident: its id is the resident's id (models/healthrecordrepository.cpp), so two workstations
// editing the same resident's form merge instead of colliding.
#include "clinicalmappers.h"

namespace Sync {

namespace {
const QString Questionnaire = QStringLiteral("https://jiayi.example/fhir/Questionnaire/basic-info");

class BasicInfoMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("basic_info"); }
    QString table() const override { return QStringLiteral("basic_info"); }
    int rank() const override { return 2; }
    QStringList columns() const override
    {
        return {"id", "resident_id", "form_json", "form_version"};
    }
    std::vector<Part> parts() const override { return {Part{"QuestionnaireResponse", columns()}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"resident_id", ""}, {"form_json", "{}"}, {"form_version", ""}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject r{{"resourceType", "QuestionnaireResponse"},
                      {"id", id},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", identifier(sidSystem("basic-info"), id)},
                      {"status", "completed"},
                      {"subject", reference("Patient", str(row, "resident_id"))}};
        if (!str(row, "form_version").isEmpty())
            r.insert("questionnaire", Questionnaire + QLatin1Char('|') + str(row, "form_version"));
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), {{"form_json", 's'}});
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        const QString q = r.value("questionnaire").toString();
        QJsonObject row{{"id", r.value("id").toString()},
                        {"resident_id", referenceId(r.value("subject"))},
                        {"form_version", q.contains(QLatin1Char('|'))
                                             ? q.section(QLatin1Char('|'), 1)
                                             : QString()}};
        takeColumns(row, r, cachedDefaults(), {{"form_json", 's'}});
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeBasicInfoMapper()
{
    return std::make_unique<BasicInfoMapper>();
}

} // namespace Sync
