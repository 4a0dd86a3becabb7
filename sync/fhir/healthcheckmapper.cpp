// health_check (健康体检表) -> Encounter + Observations of its key values (BP panel, fasting
// glucose, BMI). The whole form travels with the Encounter (ext:form-json, the coded answers of
// resources/codes/health_check_form.json). Append-only: a correction supersedes the old check.
#include "clinicalmappers.h"

namespace Sync {

namespace {
const QString Loinc = QStringLiteral("http://loinc.org");
const QString ObsCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");

class HealthCheckMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("health_check"); }
    QString table() const override { return QStringLiteral("health_check"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",  "resident_id", "check_date", "doctor",    "sbp",          "dbp",
                "fbg", "bmi",         "evaluation", "form_json", "form_version", "supersedes"};
    }
    std::vector<Part> parts() const override
    {
        return {Part{"Encounter",
                     {"id", "resident_id", "check_date", "doctor", "evaluation", "form_json",
                      "form_version", "supersedes"},
                     "-hc"},
                Part{"Observation", {"sbp", "dbp"}, "-hc-bp", true},
                Part{"Observation", {"fbg"}, "-hc-glu", true},
                Part{"Observation", {"bmi"}, "-hc-bmi", true}};
    }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"resident_id", ""},
                           {"check_date", ""},
                           {"doctor", ""},
                           {"sbp", QJsonValue::Null},
                           {"dbp", QJsonValue::Null},
                           {"fbg", QJsonValue::Null},
                           {"bmi", QJsonValue::Null},
                           {"evaluation", QJsonValue::Null},
                           {"form_json", "{}"},
                           {"form_version", ""},
                           {"supersedes", QJsonValue::Null}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }

    QJsonObject toFhir(const QString &key, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject r{{"resourceType", typeOfKey(key)},
                      {"id", id + key.mid(typeOfKey(key).size())},
                      {"meta", areaMeta(area(row, ctx))}};
        const QJsonObject patient = reference("Patient", str(row, "resident_id"));
        if (key == QLatin1String("Encounter-hc")) {
            r.insert("identifier", QJsonArray{identifier(sidSystem("health-check"), id)});
            r.insert("status", "finished");
            r.insert("class",
                     QJsonObject{{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"},
                                 {"code", "AMB"}});
            r.insert("type", QJsonArray{codeable(codeSystem("encounter-type"), "health-check",
                                                 "健康体检")});
            r.insert("subject", patient);
            r.insert("period", QJsonObject{{"start", str(row, "check_date")}});
            if (!str(row, "doctor").isEmpty())
                r.insert("participant",
                         QJsonArray{QJsonObject{
                             {"individual", QJsonObject{{"display", str(row, "doctor")}}}}});
            QJsonArray ext;
            putColumns(ext, row, cachedDefaults(),
                       {{"evaluation", 'i'}, {"form_json", 's'}, {"form_version", 's'}});
            if (!str(row, "supersedes").isEmpty())
                ext.append(extension("supersedes", "valueReference",
                                     reference("Encounter", str(row, "supersedes") + "-hc")));
            setExtensions(r, ext);
            return r;
        }
        r.insert("status", "final");
        r.insert("subject", patient);
        r.insert("encounter", reference("Encounter", id + "-hc"));
        r.insert("effectiveDateTime", str(row, "check_date"));
        if (key == QLatin1String("Observation-hc-bp")) {
            QJsonArray comps;
            for (const auto &[col, code, name] :
                 {std::tuple{"sbp", "8480-6", "Systolic blood pressure"},
                  std::tuple{"dbp", "8462-4", "Diastolic blood pressure"}})
                if (row.value(col).isDouble())
                    comps.append(QJsonObject{
                        {"code", codeable(Loinc, code, name)},
                        {"valueQuantity", quantity(row.value(col).toDouble(), "mmHg", "mm[Hg]")}});
            if (comps.isEmpty())
                return {};
            r.insert("category", QJsonArray{codeable(ObsCategory, "vital-signs")});
            r.insert("code",
                     codeable(Loinc, "85354-9", "Blood pressure panel with all children optional"));
            r.insert("component", comps);
            return r;
        }
        const bool glucose = key == QLatin1String("Observation-hc-glu");
        const QJsonValue v = row.value(glucose ? "fbg" : "bmi");
        if (!v.isDouble())
            return {};
        r.insert("category",
                 QJsonArray{codeable(ObsCategory, glucose ? "laboratory" : "vital-signs")});
        r.insert("code", glucose ? codeable(Loinc, "14771-0",
                                            "Fasting glucose [Moles/volume] in Serum or Plasma")
                                 : codeable(Loinc, "39156-5", "Body mass index (BMI) [Ratio]"));
        r.insert("valueQuantity", glucose ? quantity(v.toDouble(), "mmol/L", "mmol/L")
                                          : quantity(v.toDouble(), "kg/m2", "kg/m2"));
        return r;
    }

    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        QJsonObject row;
        if (key == QLatin1String("Encounter-hc")) {
            const QString id = r.value("id").toString();
            row.insert("id", id.left(id.size() - 3));
            row.insert("resident_id", referenceId(r.value("subject")));
            row.insert("check_date", r.value("period").toObject().value("start").toString());
            row.insert("doctor", r.value("participant")
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value("individual")
                                     .toObject()
                                     .value("display")
                                     .toString());
            takeColumns(row, r, cachedDefaults(),
                        {{"evaluation", 'i'}, {"form_json", 's'}, {"form_version", 's'}});
            const QString sup = referenceId(extensionValue(r, "supersedes"));
            row.insert("supersedes", nullable(sup.left(sup.size() - 3)));
            return row;
        }
        if (key == QLatin1String("Observation-hc-bp")) {
            row.insert("sbp", QJsonValue::Null);
            row.insert("dbp", QJsonValue::Null);
            for (const QJsonValue &c : r.value("component").toArray()) {
                const QJsonValue v = c.toObject().value("valueQuantity").toObject().value("value");
                const QString code = conceptCode(c.toObject().value("code"), Loinc);
                if (v.isDouble() &&
                    (code == QLatin1String("8480-6") || code == QLatin1String("8462-4")))
                    row.insert(code == QLatin1String("8480-6") ? "sbp" : "dbp",
                               qint64(v.toDouble()));
            }
            return row;
        }
        row.insert(key == QLatin1String("Observation-hc-glu") ? "fbg" : "bmi",
                   numberOrNull(r.value("valueQuantity").toObject().value("value")));
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeHealthCheckMapper()
{
    return std::make_unique<HealthCheckMapper>();
}

} // namespace Sync
