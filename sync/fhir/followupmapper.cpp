// chronic_followup -> Encounter (the visit) + Observations (LOINC vital signs and laboratory
// values; our own code system for the lifestyle items and targets) + one MedicationStatement per
// medication (docs/sync.md "FHIR mapping"). Follow-ups are append-only: a correction is a new row
// whose `supersedes` names the old one, which is then deleted.
#include "clinicalmappers.h"

#include <QJsonDocument>

namespace Sync {

namespace {
const QString Loinc = QStringLiteral("http://loinc.org");
const QString ObsCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
const QString ActCode = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode");
const QString ItemSystem = codeSystem(QStringLiteral("followup-item"));

// One LOINC measurement per optional Observation part.
struct Vital
{
    const char *suffix, *column, *loinc, *display, *unit, *ucum, *category;
    bool integer;
};
const Vital Vitals[] = {
    {"-hr", "heart_rate", "8867-4", "Heart rate", "次/分", "/min", "vital-signs", true},
    {"-wt", "weight", "29463-7", "Body weight", "kg", "kg", "vital-signs", false},
    {"-ht", "height", "8302-2", "Body height", "cm", "cm", "vital-signs", false},
    {"-bmi", "bmi", "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2", "vital-signs",
     false},
    {"-glu", "fbg", "14771-0", "Fasting glucose [Moles/volume] in Serum or Plasma", "mmol/L",
     "mmol/L", "laboratory", false},
    {"-a1c", "hba1c", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "%", "laboratory",
     false},
};

// Lifestyle items and targets: components of one Observation in our code system.
struct Item
{
    const char *column;
    char kind; // 'i' integer, 'd' decimal, 's' text
    const char *unit;
};
const Item Lifestyle[] = {
    {"weight_target", 'd', "kg"},
    {"bmi_target", 'd', "kg/m2"},
    {"cigarettes", 'i', "支/日"},
    {"cigarettes_target", 'i', "支/日"},
    {"alcohol", 'd', "两/日"},
    {"alcohol_target", 'd', "两/日"},
    {"exercise_times", 'i', "次/周"},
    {"exercise_minutes", 'i', "分钟/次"},
    {"exercise_times_target", 'i', "次/周"},
    {"exercise_minutes_target", 'i', "分钟/次"},
    {"salt", 's', ""},
    {"salt_target", 's', ""},
    {"staple_food", 'i', "克/天"},
    {"staple_food_target", 'i', "克/天"},
    {"psychology", 'i', ""},
    {"compliance", 'i', ""},
};

// Plain columns of the Encounter, as extensions.
#define FOLLOWUP_ENCOUNTER_EXT                                                                     \
    {                                                                                              \
        {"symptoms_other", 's'}, {"other_signs", 's'}, {"foot_pulse", 's'}, {"aux_exam", 's'},     \
            {"adherence", 'i'}, {"adverse_reaction", 'i'}, {"adverse_note", 's'},                  \
            {"hypoglycemia", 'i'}, {"complication", 'i'}, {"insulin", 's'}, {"class", 'i'},        \
            {"emergency", 'i'}, {"referral", 'i'}, {"referral_reason", 's'}, {"referral_to", 's'}, \
            {"rule_set", 's'}, {"rules", 's'}, {"quality_warning", 's'}, {"next_date", 'D'},       \
        {                                                                                          \
            "hba1c_date", 'D'                                                                      \
        }                                                                                          \
    }

const char *const ModeClass[] = {"AMB", "HH", "VR"}; // 1 门诊, 2 家庭, 3 电话

QJsonValue intOrNull(const QJsonValue &v)
{
    return v.isDouble() ? QJsonValue(qint64(v.toDouble())) : QJsonValue(QJsonValue::Null);
}

QJsonArray medications(const QJsonObject &row)
{
    return QJsonDocument::fromJson(str(row, "medications").toUtf8()).array();
}

class FollowupMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("chronic_followup"); }
    QString table() const override { return QStringLiteral("chronic_followup"); }
    int rank() const override { return 3; }

    QStringList columns() const override
    {
        QStringList c = encounterColumns();
        c << "sbp"
          << "dbp";
        for (const Vital &v : Vitals)
            c << v.column;
        for (const Item &i : Lifestyle)
            c << i.column;
        c << "medications";
        return c;
    }

    std::vector<Part> parts() const override
    {
        std::vector<Part> p{Part{"Encounter", encounterColumns()},
                            Part{"Observation", {"sbp", "dbp"}, "-bp", true}};
        for (const Vital &v : Vitals)
            p.push_back(Part{"Observation", {v.column}, v.suffix, true});
        QStringList life;
        for (const Item &i : Lifestyle)
            life << i.column;
        p.push_back(Part{"Observation", life, "-life", true});
        p.push_back(Part{"MedicationStatement", {"medications"}, "-med", true, true});
        return p;
    }

    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const QString &c : columns())
            d.insert(c, QJsonValue::Null);
        d.remove("id");
        for (const char *c :
             {"registration_id", "resident_id", "visit_date", "symptoms", "symptoms_other",
              "other_signs", "foot_pulse", "salt", "salt_target", "aux_exam", "adverse_note",
              "insulin", "referral_reason", "referral_to", "rule_set", "quality_warning",
              "next_date", "doctor_id"})
            d.insert(c, QString());
        for (const char *c : {"adverse_reaction", "complication", "emergency", "referral"})
            d.insert(c, 0);
        d.insert("programme", "hypertension");
        d.insert("mode", 1);
        d.insert("class", 1);
        d.insert("medications", "[]");
        d.insert("rules", "[]");
        return d;
    }

    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }

    int repeatCount(const Part &, const QJsonObject &row) const override
    {
        return int(medications(row).size());
    }

    QJsonObject toFhir(const QString &key, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject r{{"id", id + key.mid(typeOfKey(key).size())},
                      {"meta", areaMeta(area(row, ctx))}};
        const QJsonObject patient = reference("Patient", str(row, "resident_id"));
        const QJsonObject encounter = reference("Encounter", id);
        if (key == QLatin1String("Encounter"))
            return encounterResource(r, row, patient);
        if (key.startsWith(QLatin1String("MedicationStatement"))) {
            const int i = key.mid(QStringLiteral("MedicationStatement-med").size()).toInt();
            const QJsonObject m = medications(row).at(i - 1).toObject();
            r.insert("resourceType", "MedicationStatement");
            r.insert("status", "active");
            r.insert("medicationCodeableConcept",
                     QJsonObject{{"text", m.value("name").toString()}});
            r.insert("subject", patient);
            r.insert("context", encounter);
            r.insert("effectiveDateTime", str(row, "visit_date"));
            QJsonObject dosage;
            // FHIR strings are never empty: a blank dose travels as an extension saying so.
            if (!m.value("dose").toString().isEmpty())
                dosage.insert("text", m.value("dose").toString());
            else if (m.contains("dose"))
                dosage.insert("extension",
                              QJsonArray{extension(QStringLiteral("dose-blank"),
                                                   QStringLiteral("valueBoolean"), true)});
            if (m.contains("times_per_day"))
                dosage.insert("timing",
                              QJsonObject{{"repeat", QJsonObject{{"frequency",
                                                                  m.value("times_per_day").toInt()},
                                                                 {"period", 1},
                                                                 {"periodUnit", "d"}}}});
            if (!dosage.isEmpty())
                r.insert("dosage", QJsonArray{dosage});
            return r;
        }
        // Observations
        r.insert("resourceType", "Observation");
        r.insert("status", "final");
        r.insert("subject", patient);
        r.insert("encounter", encounter);
        r.insert("effectiveDateTime", str(row, "visit_date"));
        auto category = [](const QString &c) { return QJsonArray{codeable(ObsCategory, c)}; };
        if (key == QLatin1String("Observation-bp")) {
            QJsonArray comps;
            if (row.value("sbp").isDouble())
                comps.append(QJsonObject{
                    {"code", codeable(Loinc, "8480-6", "Systolic blood pressure")},
                    {"valueQuantity", quantity(row.value("sbp").toDouble(), "mmHg", "mm[Hg]")}});
            if (row.value("dbp").isDouble())
                comps.append(QJsonObject{
                    {"code", codeable(Loinc, "8462-4", "Diastolic blood pressure")},
                    {"valueQuantity", quantity(row.value("dbp").toDouble(), "mmHg", "mm[Hg]")}});
            if (comps.isEmpty())
                return {};
            r.insert("category", category("vital-signs"));
            r.insert("code",
                     codeable(Loinc, "85354-9", "Blood pressure panel with all children optional"));
            r.insert("component", comps);
            return r;
        }
        if (key == QLatin1String("Observation-life")) {
            QJsonArray comps;
            for (const Item &i : Lifestyle) {
                const QJsonValue v = row.value(i.column);
                if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
                    continue;
                QJsonObject c{{"code", codeable(ItemSystem, i.column)}};
                if (i.kind == 's')
                    c.insert("valueString", v.toString());
                else if (QString::fromUtf8(i.unit).isEmpty())
                    c.insert("valueInteger", qint64(v.toDouble()));
                else
                    c.insert("valueQuantity", QJsonObject{{"value", v.toDouble()},
                                                          {"unit", QString::fromUtf8(i.unit)}});
                comps.append(c);
            }
            if (comps.isEmpty())
                return {};
            r.insert("category", category("social-history"));
            r.insert("code", codeable(ItemSystem, "lifestyle", "生活方式指导及目标"));
            r.insert("component", comps);
            return r;
        }
        for (const Vital &v : Vitals) {
            if (key != QLatin1String("Observation") + QLatin1String(v.suffix))
                continue;
            const QJsonValue value = row.value(v.column);
            if (!value.isDouble())
                return {};
            r.insert("category", category(v.category));
            r.insert("code", codeable(Loinc, v.loinc, v.display));
            r.insert("valueQuantity",
                     quantity(value.toDouble(), QString::fromUtf8(v.unit), v.ucum));
            if (QLatin1String(v.column) == QLatin1String("hba1c") &&
                !str(row, "hba1c_date").isEmpty())
                r.insert("effectiveDateTime", str(row, "hba1c_date"));
            return r;
        }
        return {};
    }

    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        QJsonObject row;
        if (key == QLatin1String("Encounter"))
            return encounterRow(r);
        if (key == QLatin1String("Observation-bp")) {
            row.insert("sbp", QJsonValue::Null);
            row.insert("dbp", QJsonValue::Null);
            for (const QJsonValue &c : r.value("component").toArray()) {
                const QString code = conceptCode(c.toObject().value("code"), Loinc);
                const QJsonValue v =
                    intOrNull(c.toObject().value("valueQuantity").toObject().value("value"));
                if (code == QLatin1String("8480-6"))
                    row.insert("sbp", v);
                else if (code == QLatin1String("8462-4"))
                    row.insert("dbp", v);
            }
            return row;
        }
        if (key == QLatin1String("Observation-life")) {
            const QJsonObject d = cachedDefaults();
            for (const Item &i : Lifestyle)
                row.insert(i.column, d.value(i.column));
            for (const QJsonValue &cv : r.value("component").toArray()) {
                const QJsonObject c = cv.toObject();
                const QString col = conceptCode(c.value("code"), ItemSystem);
                for (const Item &i : Lifestyle) {
                    if (col != QLatin1String(i.column))
                        continue;
                    if (i.kind == 's')
                        row.insert(col, c.value("valueString").toString());
                    else if (c.contains("valueInteger"))
                        row.insert(col, intOrNull(c.value("valueInteger")));
                    else if (i.kind == 'i')
                        row.insert(col,
                                   intOrNull(c.value("valueQuantity").toObject().value("value")));
                    else
                        row.insert(
                            col, numberOrNull(c.value("valueQuantity").toObject().value("value")));
                }
            }
            return row;
        }
        for (const Vital &v : Vitals)
            if (key == QLatin1String("Observation") + QLatin1String(v.suffix)) {
                const QJsonValue value = r.value("valueQuantity").toObject().value("value");
                row.insert(v.column, v.integer ? intOrNull(value) : numberOrNull(value));
            }
        return row;
    }

    void applyPart(QJsonObject &row, const Part &part, const QJsonObject &resource,
                   bool deleted) const override
    {
        if (!part.repeated) {
            RecordMapper::applyPart(row, part, resource, deleted);
            return;
        }
        QJsonArray meds = medications(row);
        if (deleted) {
            while (meds.size() >= part.index)
                meds.removeLast(); // a shorter list: the resources after it were deleted
        } else {
            QJsonObject m{
                {"name",
                 resource.value("medicationCodeableConcept").toObject().value("text").toString()}};
            const QJsonObject dosage = resource.value("dosage").toArray().at(0).toObject();
            if (dosage.contains("text"))
                m.insert("dose", dosage.value("text").toString());
            else if (extensionValue(dosage, QStringLiteral("dose-blank")).toBool())
                m.insert("dose", QString());
            const QJsonValue f =
                dosage.value("timing").toObject().value("repeat").toObject().value("frequency");
            if (f.isDouble())
                m.insert("times_per_day", qint64(f.toDouble()));
            while (meds.size() < part.index)
                meds.append(QJsonObject());
            meds[part.index - 1] = m;
        }
        row.insert("medications",
                   QString::fromUtf8(QJsonDocument(meds).toJson(QJsonDocument::Compact)));
    }

private:
    static QStringList encounterColumns()
    {
        return {"id",
                "registration_id",
                "resident_id",
                "programme",
                "visit_date",
                "mode",
                "symptoms",
                "symptoms_other",
                "other_signs",
                "foot_pulse",
                "aux_exam",
                "adherence",
                "adverse_reaction",
                "adverse_note",
                "hypoglycemia",
                "complication",
                "insulin",
                "class",
                "emergency",
                "referral",
                "referral_reason",
                "referral_to",
                "rule_set",
                "rules",
                "quality_warning",
                "next_date",
                "hba1c_date",
                "doctor_id",
                "supersedes"};
    }

    QJsonObject encounterResource(QJsonObject r, const QJsonObject &row,
                                  const QJsonObject &patient) const
    {
        const QString id = str(row, "id");
        const int mode = row.value("mode").toInt(1);
        r.insert("resourceType", "Encounter");
        r.insert("identifier", QJsonArray{identifier(sidSystem("chronic-followup"), id)});
        r.insert("status", "finished");
        r.insert("class",
                 QJsonObject{{"system", ActCode}, {"code", ModeClass[qBound(1, mode, 3) - 1]}});
        r.insert("type",
                 QJsonArray{codeable(codeSystem("chronic-programme"), str(row, "programme"))});
        r.insert("subject", patient);
        r.insert("episodeOfCare",
                 QJsonArray{reference("EpisodeOfCare", str(row, "registration_id"))});
        r.insert("period", QJsonObject{{"start", str(row, "visit_date")}});
        if (!str(row, "doctor_id").isEmpty())
            r.insert("participant",
                     QJsonArray{QJsonObject{
                         {"individual",
                          QJsonObject{{"identifier",
                                       identifier(sidSystem("user"), str(row, "doctor_id"))}}}}});
        QJsonArray reasons;
        for (const QString &s : str(row, "symptoms").split(',', Qt::SkipEmptyParts))
            reasons.append(codeable(codeSystem("chronic-symptom"), s));
        if (!reasons.isEmpty())
            r.insert("reasonCode", reasons);
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), FOLLOWUP_ENCOUNTER_EXT);
        if (!str(row, "supersedes").isEmpty())
            ext.append(extension("supersedes", "valueReference",
                                 reference("Encounter", str(row, "supersedes"))));
        setExtensions(r, ext);
        return r;
    }

    QJsonObject encounterRow(const QJsonObject &r) const
    {
        QJsonObject row;
        row.insert("id", r.value("id").toString());
        row.insert("resident_id", referenceId(r.value("subject")));
        row.insert("registration_id", referenceId(r.value("episodeOfCare").toArray().at(0)));
        row.insert("programme", conceptCode(r.value("type").toArray().at(0)));
        row.insert("visit_date", r.value("period").toObject().value("start").toString());
        const QString cls = r.value("class").toObject().value("code").toString();
        int mode = 1;
        for (int i = 0; i < 3; ++i)
            if (cls == QLatin1String(ModeClass[i]))
                mode = i + 1;
        row.insert("mode", mode);
        row.insert("doctor_id", r.value("participant")
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value("individual")
                                    .toObject()
                                    .value("identifier")
                                    .toObject()
                                    .value("value")
                                    .toString());
        QStringList symptoms;
        for (const QJsonValue &c : r.value("reasonCode").toArray())
            symptoms << conceptCode(c);
        row.insert("symptoms", symptoms.join(','));
        takeColumns(row, r, cachedDefaults(), FOLLOWUP_ENCOUNTER_EXT);
        row.insert("supersedes", nullable(referenceId(extensionValue(r, "supersedes"))));
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeFollowupMapper()
{
    return std::make_unique<FollowupMapper>();
}

} // namespace Sync
