// maternal_visit (产前随访 2-5 or its 督促 date, 产后访视, 产后42天健康检查) -> Encounter (the
// visit; classification, disposition and the form's fields as extensions, part of the pregnancy's
// EpisodeOfCare) + Observation (LOINC 18185-9 gestational age, in days) for prenatal visits.
#include "clinicalmappers.h"

namespace Sync {

namespace {
const QString Loinc = QStringLiteral("http://loinc.org");

#define VISIT_EXT                                                                                  \
    {                                                                                              \
        {"kind", 'c'}, {"visit_no", 'i'}, {"urged_only", 'i'}, {"classification", 'c'},            \
            {"disposition", 'c'}, {"form", 's'}, {"next_date", 'D'},                               \
        {                                                                                          \
            "doctor_id", 's'                                                                       \
        }                                                                                          \
    }

class MaternalVisitMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("maternal_visit"); }
    QString table() const override { return QStringLiteral("maternal_visit"); }
    int rank() const override { return 4; } // after its pregnancy
    QStringList columns() const override
    {
        return {"id",         "pregnancy_id", "resident_id",     "kind",           "visit_no",
                "visit_date", "urged_only",   "gestational_day", "classification", "disposition",
                "form",       "next_date",    "doctor_id"};
    }
    std::vector<Part> parts() const override
    {
        QStringList enc = columns();
        enc.removeAll("gestational_day");
        return {Part{"Encounter", enc, "-mv"},
                Part{"Observation", {"gestational_day"}, "-mvga", true}};
    }
    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const char *c : {"pregnancy_id", "resident_id", "visit_date", "classification",
                              "disposition", "doctor_id"})
            d.insert(c, QString());
        d.insert("kind", "prenatal");
        d.insert("visit_no", 0);
        d.insert("urged_only", 0);
        d.insert("gestational_day", QJsonValue::Null);
        d.insert("form", "{}");
        d.insert("next_date", QJsonValue::Null);
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
        if (key == QLatin1String("Encounter-mv")) {
            r.insert("identifier", QJsonArray{identifier(sidSystem("maternal-visit"), id)});
            r.insert("status", "finished");
            r.insert("class",
                     QJsonObject{
                         {"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"},
                         {"code", str(row, "kind") == QLatin1String("postpartum") ? "HH" : "AMB"}});
            r.insert("type", QJsonArray{codeable(codeSystem("encounter-type"),
                                                 QStringLiteral("maternal-") + str(row, "kind"))});
            r.insert("subject", patient);
            r.insert("episodeOfCare",
                     QJsonArray{reference("EpisodeOfCare", str(row, "pregnancy_id") + "-preg")});
            r.insert("period", QJsonObject{{"start", str(row, "visit_date")}});
            QJsonArray ext;
            putColumns(ext, row, cachedDefaults(), VISIT_EXT);
            setExtensions(r, ext);
            return r;
        }
        const QJsonValue day = row.value("gestational_day");
        if (!day.isDouble())
            return {};
        r.insert("status", "final");
        r.insert("code", codeable(Loinc, "18185-9", "Gestational age"));
        r.insert("subject", patient);
        r.insert("encounter", reference("Encounter", id + "-mv"));
        r.insert("effectiveDateTime", str(row, "visit_date"));
        r.insert("valueQuantity", quantity(day.toDouble(), "d", "d"));
        return r;
    }

    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        QJsonObject row;
        if (key == QLatin1String("Encounter-mv")) {
            const QString id = r.value("id").toString();
            row.insert("id", id.left(id.size() - 3));
            row.insert("resident_id", referenceId(r.value("subject")));
            const QString ep = referenceId(r.value("episodeOfCare").toArray().at(0));
            row.insert("pregnancy_id", ep.left(ep.size() - 5));
            row.insert("visit_date", r.value("period").toObject().value("start").toString());
            takeColumns(row, r, cachedDefaults(), VISIT_EXT);
            return row;
        }
        const QJsonValue v = r.value("valueQuantity").toObject().value("value");
        row.insert("gestational_day",
                   v.isDouble() ? QJsonValue(qint64(v.toDouble())) : QJsonValue(QJsonValue::Null));
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeMaternalVisitMapper()
{
    return std::make_unique<MaternalVisitMapper>();
}

} // namespace Sync
