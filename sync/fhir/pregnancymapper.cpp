// pregnancy (孕产妇保健册, booking to the 42-day check; + its newborns, pregnancy_child) ->
// EpisodeOfCare (the pregnancy's columns as extensions, the newborns' Patient ids as one
// extension), Observation (LOINC 11778-8 estimated delivery date) and Flag (the confirmed
// five-colour risk grade, when confirmed).
#include "clinicalmappers.h"

#include <QSqlDatabase>

namespace Sync {

namespace {
const QString Loinc = QStringLiteral("http://loinc.org");
constexpr LinkTable Children{"pregnancy_child", "pregnancy_id", "child_id", "children"};

#define PREGNANCY_EXT                                                                              \
    {                                                                                              \
        {"lmp", 'D'}, {"edd_rule", 'c'}, {"booking_day", 'i'}, {"gravidity", 'i'},                 \
            {"parity", 'i'}, {"risk_proposed", 'c'}, {"risk_infectious", 'i'},                     \
            {"risk_confirmed_by", 's'}, {"risk_reasons", 's'}, {"midwifery", 'i'},                 \
            {"booking_form", 's'}, {"delivered_on", 'D'}, {"delivery_place", 's'},                 \
            {"delivery_outcome", 's'}, {"discharged_on", 'D'}, {"close_reason", 's'},              \
            {"doctor_id", 's'},                                                                    \
        {                                                                                          \
            "children", 's'                                                                        \
        }                                                                                          \
    }

class PregnancyMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("pregnancy"); }
    QString table() const override { return QStringLiteral("pregnancy"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",
                "resident_id",
                "lmp",
                "edd",
                "edd_rule",
                "booked_on",
                "booking_day",
                "gravidity",
                "parity",
                "risk_proposed",
                "risk_grade",
                "risk_infectious",
                "risk_confirmed_by",
                "risk_reasons",
                "midwifery",
                "booking_form",
                "delivered_on",
                "delivery_place",
                "delivery_outcome",
                "discharged_on",
                "closed_on",
                "close_reason",
                "doctor_id",
                "children"};
    }
    QStringList linkColumns() const override { return {"children"}; }
    std::vector<Part> parts() const override
    {
        QStringList ep = columns();
        ep.removeAll("edd");
        ep.removeAll("risk_grade");
        return {Part{"EpisodeOfCare", ep, "-preg"}, Part{"Observation", {"edd"}, "-edd"},
                Part{"Flag", {"risk_grade"}, "-risk", true}};
    }
    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const char *c :
             {"resident_id", "lmp", "edd", "booked_on", "risk_grade", "risk_confirmed_by",
              "delivery_place", "delivery_outcome", "close_reason", "doctor_id", "children"})
            d.insert(c, QString());
        for (const char *c : {"delivered_on", "discharged_on", "closed_on"})
            d.insert(c, QJsonValue::Null);
        d.insert("edd_rule", "naegele");
        d.insert("booking_day", 0);
        d.insert("gravidity", 1);
        d.insert("parity", 0);
        d.insert("risk_proposed", "green");
        d.insert("risk_infectious", 0);
        d.insert("risk_reasons", "[]");
        d.insert("midwifery", 0);
        d.insert("booking_form", "{}");
        return d;
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }
    bool readLinks(QSqlDatabase &db, QJsonObject &row) const override
    {
        return readLinkField(db, row, Children);
    }
    bool afterWrite(QSqlDatabase &db, const QJsonObject &, const QJsonObject &row) const override
    {
        return writeLinkField(db, row, Children);
    }

    QJsonObject toFhir(const QString &key, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject r{{"resourceType", typeOfKey(key)},
                      {"id", id + key.mid(typeOfKey(key).size())},
                      {"meta", areaMeta(area(row, ctx))}};
        const QJsonObject patient = reference("Patient", str(row, "resident_id"));
        const QJsonObject episode = reference("EpisodeOfCare", id + "-preg");
        if (key == QLatin1String("EpisodeOfCare-preg")) {
            r.insert("identifier", QJsonArray{identifier(sidSystem("pregnancy"), id)});
            const bool closed = !str(row, "closed_on").isEmpty();
            r.insert("status", closed ? "finished" : "active");
            r.insert("type", QJsonArray{codeable(codeSystem("care-programme"), "maternal",
                                                 "孕产妇健康管理")});
            r.insert("patient", patient);
            QJsonObject period{{"start", str(row, "booked_on")}};
            if (closed)
                period.insert("end", str(row, "closed_on"));
            r.insert("period", period);
            QJsonArray ext;
            putColumns(ext, row, cachedDefaults(), PREGNANCY_EXT);
            setExtensions(r, ext);
            return r;
        }
        if (key == QLatin1String("Observation-edd")) {
            r.insert("status", "final");
            r.insert("code", codeable(Loinc, "11778-8", "Delivery date Estimated"));
            r.insert("subject", patient);
            r.insert("focus", QJsonArray{episode});
            r.insert("effectiveDateTime", str(row, "booked_on"));
            r.insert("valueDateTime", str(row, "edd"));
            return r;
        }
        // Flag: the colour a doctor confirmed
        if (str(row, "risk_grade").isEmpty())
            return {};
        r.insert("status", "active");
        r.insert("category",
                 QJsonArray{
                     codeable("http://terminology.hl7.org/CodeSystem/flag-category", "clinical")});
        r.insert("code", codeable(codeSystem("pregnancy-risk"), str(row, "risk_grade")));
        r.insert("subject", patient);
        r.insert("period", QJsonObject{{"start", str(row, "booked_on")}});
        return r;
    }

    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        QJsonObject row;
        if (key == QLatin1String("EpisodeOfCare-preg")) {
            const QString id = r.value("id").toString();
            row.insert("id", id.left(id.size() - 5));
            row.insert("resident_id", referenceId(r.value("patient")));
            const QJsonObject period = r.value("period").toObject();
            row.insert("booked_on", period.value("start").toString());
            row.insert("closed_on", nullable(period.value("end").toString()));
            takeColumns(row, r, cachedDefaults(), PREGNANCY_EXT);
            return row;
        }
        if (key == QLatin1String("Observation-edd")) {
            row.insert("edd", r.value("valueDateTime").toString());
            return row;
        }
        row.insert("risk_grade", conceptCode(r.value("code"), codeSystem("pregnancy-risk")));
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makePregnancyMapper()
{
    return std::make_unique<PregnancyMapper>();
}

} // namespace Sync
