// encounter (接诊记录, SOAP) -> Encounter + one Condition per ICD-10 diagnosis
// (encounter-diagnosis). Append-only: a correction supersedes the old encounter. The vital signs
// (vitals_json) travel as one complex extension "vital-signs" of the Encounter, a valueQuantity
// per sign (UCUM units), the sign's LOINC code in its url.
#include "clinicalmappers.h"

#include <QJsonDocument>

namespace Sync {

namespace {
const QString Icd10 = codeSystem(QStringLiteral("icd10-cn"));
const char *const Types[][2] = {{"clinic", "AMB"}, {"home", "HH"}, {"phone", "VR"}};

#define ENCOUNTER_EXT                                                                              \
    {                                                                                              \
        {"subjective", 's'}, {"objective", 's'}, {"assessment", 's'}, {"plan", 's'},               \
            {"prescriptions", 's'}, {"referral_to", 's'},                                          \
        {                                                                                          \
            "referral_reason", 's'                                                                 \
        }                                                                                          \
    }

QJsonArray diagnoses(const QJsonObject &row)
{
    return QJsonDocument::fromJson(str(row, "diagnoses_json").toUtf8()).array();
}

struct VitalSign
{
    const char *key, *loinc, *ucum;
};
const VitalSign VitalSigns[] = {{"sbp", "8480-6", "mm[Hg]"},
                                {"dbp", "8462-4", "mm[Hg]"},
                                {"pulse", "8867-4", "/min"},
                                {"temperature", "8310-5", "Cel"}};

QJsonObject vitalSignsExtension(const QJsonObject &row)
{
    const QJsonObject vitals = QJsonDocument::fromJson(str(row, "vitals_json").toUtf8()).object();
    QJsonArray parts;
    for (const VitalSign &v : VitalSigns)
        if (vitals.value(QLatin1String(v.key)).isDouble())
            parts.append(QJsonObject{
                {"url", QLatin1String(v.loinc)},
                {"valueQuantity", QJsonObject{{"value", vitals.value(QLatin1String(v.key))},
                                              {"system", "http://unitsofmeasure.org"},
                                              {"code", QLatin1String(v.ucum)},
                                              {"unit", QLatin1String(v.ucum)}}}});
    if (parts.isEmpty())
        return {};
    return QJsonObject{{"url", extensionUrl("vital-signs")}, {"extension", parts}};
}

QString vitalSignsFromFhir(const QJsonObject &r)
{
    QJsonObject vitals;
    for (const QJsonValue &e : r.value("extension").toArray()) {
        if (e.toObject().value("url").toString() != extensionUrl("vital-signs"))
            continue;
        for (const QJsonValue &p : e.toObject().value("extension").toArray())
            for (const VitalSign &v : VitalSigns)
                if (p.toObject().value("url").toString() == QLatin1String(v.loinc))
                    vitals.insert(QLatin1String(v.key),
                                  p.toObject().value("valueQuantity").toObject().value("value"));
    }
    return QString::fromUtf8(QJsonDocument(vitals).toJson(QJsonDocument::Compact));
}

class EncounterMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("encounter"); }
    QString table() const override { return QStringLiteral("encounter"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",          "resident_id",     "visit_date",     "visit_type", "subjective",
                "objective",   "assessment",      "diagnoses_json", "plan",       "prescriptions",
                "referral_to", "referral_reason", "doctor",         "supersedes", "vitals_json"};
    }
    std::vector<Part> parts() const override
    {
        QStringList enc = columns();
        enc.removeAll("diagnoses_json");
        return {Part{"Encounter", enc, "-enc"},
                Part{"Condition", {"diagnoses_json"}, "-dx", true, true}};
    }
    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const QString &c : columns())
            d.insert(c, QString());
        d.remove("id");
        d.insert("visit_type", "clinic");
        d.insert("diagnoses_json", "[]");
        d.insert("vitals_json", "{}");
        d.insert("supersedes", QJsonValue::Null);
        return d;
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }
    int repeatCount(const Part &, const QJsonObject &row) const override
    {
        return int(diagnoses(row).size());
    }

    QJsonObject toFhir(const QString &key, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject r{{"resourceType", typeOfKey(key)},
                      {"id", id + key.mid(typeOfKey(key).size())},
                      {"meta", areaMeta(area(row, ctx))}};
        const QJsonObject patient = reference("Patient", str(row, "resident_id"));
        if (key == QLatin1String("Encounter-enc")) {
            QString cls = QStringLiteral("AMB");
            for (const auto &t : Types)
                if (str(row, "visit_type") == QLatin1String(t[0]))
                    cls = QLatin1String(t[1]);
            r.insert("identifier", QJsonArray{identifier(sidSystem("encounter"), id)});
            r.insert("status", "finished");
            r.insert("class",
                     QJsonObject{{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"},
                                 {"code", cls}});
            r.insert("type",
                     QJsonArray{codeable(codeSystem("encounter-type"), "consultation", "接诊")});
            r.insert("subject", patient);
            r.insert("period", QJsonObject{{"start", str(row, "visit_date")}});
            if (!str(row, "doctor").isEmpty())
                r.insert("participant",
                         QJsonArray{QJsonObject{
                             {"individual", QJsonObject{{"display", str(row, "doctor")}}}}});
            QJsonArray dx;
            for (int i = 1; i <= diagnoses(row).size(); ++i)
                dx.append(QJsonObject{
                    {"condition", reference("Condition", id + "-dx" + QString::number(i))},
                    {"rank", i}});
            if (!dx.isEmpty())
                r.insert("diagnosis", dx);
            QJsonArray ext;
            putColumns(ext, row, cachedDefaults(), ENCOUNTER_EXT);
            if (!str(row, "supersedes").isEmpty())
                ext.append(extension("supersedes", "valueReference",
                                     reference("Encounter", str(row, "supersedes") + "-enc")));
            if (const QJsonObject vs = vitalSignsExtension(row); !vs.isEmpty())
                ext.append(vs);
            setExtensions(r, ext);
            return r;
        }
        const int i = key.mid(QStringLiteral("Condition-dx").size()).toInt();
        const QJsonObject d = diagnoses(row).at(i - 1).toObject();
        QJsonObject coding{{"system", Icd10}, {"code", d.value("code").toString()}};
        if (!d.value("version").toString().isEmpty())
            coding.insert("version", d.value("version").toString());
        if (!d.value("name").toString().isEmpty())
            coding.insert("display", d.value("name").toString());
        r.insert("clinicalStatus",
                 codeable("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"));
        r.insert(
            "verificationStatus",
            codeable("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"));
        r.insert("category",
                 QJsonArray{codeable("http://terminology.hl7.org/CodeSystem/condition-category",
                                     "encounter-diagnosis")});
        r.insert("code", QJsonObject{{"coding", QJsonArray{coding}}});
        r.insert("subject", patient);
        r.insert("encounter", reference("Encounter", id + "-enc"));
        r.insert("recordedDate", str(row, "visit_date"));
        return r;
    }

    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        QJsonObject row;
        if (key != QLatin1String("Encounter-enc"))
            return row; // conditions: applyPart
        const QString id = r.value("id").toString();
        row.insert("id", id.left(id.size() - 4));
        row.insert("resident_id", referenceId(r.value("subject")));
        row.insert("visit_date", r.value("period").toObject().value("start").toString());
        const QString cls = r.value("class").toObject().value("code").toString();
        row.insert("visit_type", "clinic");
        for (const auto &t : Types)
            if (cls == QLatin1String(t[1]))
                row.insert("visit_type", QLatin1String(t[0]));
        row.insert("doctor", r.value("participant")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value("individual")
                                 .toObject()
                                 .value("display")
                                 .toString());
        takeColumns(row, r, cachedDefaults(), ENCOUNTER_EXT);
        const QString sup = referenceId(extensionValue(r, "supersedes"));
        row.insert("supersedes", nullable(sup.left(sup.size() - 4)));
        row.insert("vitals_json", vitalSignsFromFhir(r));
        return row;
    }

    void applyPart(QJsonObject &row, const Part &part, const QJsonObject &resource,
                   bool deleted) const override
    {
        if (!part.repeated) {
            RecordMapper::applyPart(row, part, resource, deleted);
            return;
        }
        QJsonArray list = diagnoses(row);
        if (deleted) {
            while (list.size() >= part.index)
                list.removeLast();
        } else {
            const QJsonObject c =
                resource.value("code").toObject().value("coding").toArray().at(0).toObject();
            while (list.size() < part.index)
                list.append(QJsonObject());
            list[part.index - 1] = QJsonObject{{"code", c.value("code").toString()},
                                               {"name", c.value("display").toString()},
                                               {"version", c.value("version").toString()}};
        }
        row.insert("diagnoses_json",
                   QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeEncounterMapper()
{
    return std::make_unique<EncounterMapper>();
}

} // namespace Sync
