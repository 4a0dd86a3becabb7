// child_check (儿童健康检查 / 新生儿家庭访视) -> Encounter (the visit; the form's other fields, the
// z-scores and flags as extensions) + one Observation per measurement (LOINC: body weight,
// body height or length, head circumference, haemoglobin), each optional.
#include "clinicalmappers.h"

namespace Sync {

namespace {
const QString Loinc = QStringLiteral("http://loinc.org");
const QString ObsCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");

struct Measure
{
    const char *suffix, *column, *loinc, *display, *unit, *ucum, *category;
};
const Measure Measures[] = {
    {"-ccwt", "weight_kg", "29463-7", "Body weight", "kg", "kg", "vital-signs"},
    {"-cclen", "length_cm", "8302-2", "Body height", "cm", "cm", "vital-signs"},
    {"-cchc", "head_cm", "9843-4", "Head Occipital-frontal circumference", "cm", "cm",
     "vital-signs"},
    {"-cchb", "hb_g_l", "718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", "g/L", "laboratory"},
};
// Lying length: LOINC 8306-3 "Body height --lying"; the column `standing` says which.
const char *const LyingLoinc = "8306-3";

#define CHILD_EXT                                                                                  \
    {                                                                                              \
        {"kind", 'c'}, {"age_code", 's'}, {"age_days", 'i'}, {"standing", 'i'}, {"z_wfa", 'd'},    \
            {"z_lhfa", 'd'}, {"z_wflh", 'd'}, {"z_bmifa", 'd'}, {"z_hcfa", 'd'},                   \
            {"growth_flags", 's'}, {"growth_rules", 's'}, {"form", 's'}, {"next_date", 'D'},       \
        {                                                                                          \
            "doctor_id", 's'                                                                       \
        }                                                                                          \
    }

class ChildCheckMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("child_check"); }
    QString table() const override { return QStringLiteral("child_check"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",        "resident_id", "kind",     "age_code", "check_date",   "age_days",
                "weight_kg", "length_cm",   "standing", "head_cm",  "hb_g_l",       "z_wfa",
                "z_lhfa",    "z_wflh",      "z_bmifa",  "z_hcfa",   "growth_flags", "growth_rules",
                "form",      "next_date",   "doctor_id"};
    }
    std::vector<Part> parts() const override
    {
        QStringList enc = columns();
        for (const Measure &m : Measures)
            enc.removeAll(QLatin1String(m.column));
        std::vector<Part> p{Part{"Encounter", enc, "-cc"}};
        for (const Measure &m : Measures)
            p.push_back(Part{"Observation", {m.column}, m.suffix, true});
        return p;
    }
    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const QString &c : columns())
            d.insert(c, QJsonValue::Null);
        d.remove("id");
        for (const char *c :
             {"resident_id", "age_code", "check_date", "growth_flags", "growth_rules", "doctor_id"})
            d.insert(c, QString());
        d.insert("kind", "infant");
        d.insert("form", "{}");
        d.insert("age_days", 0);
        d.insert("standing", 0);
        return d;
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
        if (key == QLatin1String("Encounter-cc")) {
            r.insert("identifier", QJsonArray{identifier(sidSystem("child-check"), id)});
            r.insert("status", "finished");
            r.insert(
                "class",
                QJsonObject{{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"},
                            {"code", str(row, "kind") == QLatin1String("newborn") ? "HH" : "AMB"}});
            r.insert("type", QJsonArray{codeable(codeSystem("encounter-type"), "child-check",
                                                 "儿童健康检查")});
            r.insert("subject", patient);
            r.insert("period", QJsonObject{{"start", str(row, "check_date")}});
            QJsonArray ext;
            putColumns(ext, row, cachedDefaults(), CHILD_EXT);
            setExtensions(r, ext);
            return r;
        }
        for (const Measure &m : Measures) {
            if (key != QLatin1String("Observation") + QLatin1String(m.suffix))
                continue;
            const QJsonValue v = row.value(QLatin1String(m.column));
            if (!v.isDouble())
                return {};
            const bool lying = QLatin1String(m.column) == QLatin1String("length_cm") &&
                               row.value("standing").toInt() == 0;
            r.insert("status", "final");
            r.insert("category", QJsonArray{codeable(ObsCategory, QLatin1String(m.category))});
            r.insert("code",
                     lying ? codeable(Loinc, LyingLoinc, "Body height --lying")
                           : codeable(Loinc, QLatin1String(m.loinc), QLatin1String(m.display)));
            r.insert("subject", patient);
            r.insert("encounter", reference("Encounter", id + "-cc"));
            r.insert("effectiveDateTime", str(row, "check_date"));
            r.insert("valueQuantity",
                     quantity(v.toDouble(), QString::fromUtf8(m.unit), QLatin1String(m.ucum)));
            return r;
        }
        return {};
    }

    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        QJsonObject row;
        if (key == QLatin1String("Encounter-cc")) {
            const QString id = r.value("id").toString();
            row.insert("id", id.left(id.size() - 3));
            row.insert("resident_id", referenceId(r.value("subject")));
            row.insert("check_date", r.value("period").toObject().value("start").toString());
            takeColumns(row, r, cachedDefaults(), CHILD_EXT);
            return row;
        }
        for (const Measure &m : Measures)
            if (key == QLatin1String("Observation") + QLatin1String(m.suffix))
                row.insert(QLatin1String(m.column),
                           numberOrNull(r.value("valueQuantity").toObject().value("value")));
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeChildCheckMapper()
{
    return std::make_unique<ChildCheckMapper>();
}

} // namespace Sync
