// tb_dose (the TB dose card, one row per prescribed day recorded; docs/domain/tb.md 4) ->
// MedicationAdministration "-tbd": status completed (taken) or not-done (missed, statusReason
// 漏服), effectiveDateTime the day, context the patient's EpisodeOfCare "<tb_patient>-tb",
// medication ATC J04A (drugs for tuberculosis), category community; who recorded it (supervisor
// or the patient's card) as ext:source. The subject (the resident) is looked up when sent; the
// pull reads the patient from `context`. Why MedicationAdministration: decisions.md "Programme
// records on the platform". A corrected day deletes the old row and adds a new one, so a dose
// travels as created or deleted, never edited.
#include "clinicalmappers.h"

namespace Sync {

namespace {

class TbDoseMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("tb_dose"); }
    QString table() const override { return QStringLiteral("tb_dose"); }
    int rank() const override { return 3; } // after its tb_patient
    QStringList columns() const override
    {
        return {"id", "patient_id", "dose_date", "taken", "source"};
    }
    std::vector<Part> parts() const override
    {
        return {Part{"MedicationAdministration", columns(), "-tbd"}};
    }
    QJsonObject defaults() const override
    {
        return QJsonObject{
            {"patient_id", ""}, {"dose_date", ""}, {"taken", 1}, {"source", "supervisor"}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return ctx.recordArea ? ctx.recordArea(QStringLiteral("tb_patient"), str(row, "patient_id"))
                              : QString();
    }
    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        const QString patient = str(row, "patient_id");
        const bool taken = row.value("taken").toInt() != 0;
        // The resident of the registration (the dose row names only the registration).
        const QString resident =
            ctx.scalar
                ? ctx.scalar(QStringLiteral("SELECT resident_id FROM tb_patient WHERE id = ?"),
                             {patient})
                      .toString()
                : QString();
        QJsonObject r{
            {"resourceType", "MedicationAdministration"},
            {"id", id + "-tbd"},
            {"meta", areaMeta(area(row, ctx))},
            {"identifier", QJsonArray{identifier(sidSystem("tb-dose"), id)}},
            {"status", taken ? "completed" : "not-done"},
            {"category", codeable("http://terminology.hl7.org/CodeSystem/medication-admin-category",
                                  "community", "Community")},
            {"medicationCodeableConcept",
             codeable("http://www.whocc.no/atc", "J04A", "Drugs for treatment of tuberculosis")},
            {"subject", resident.isEmpty()
                            ? QJsonObject{{"display", QStringLiteral("tb_patient ") + patient}}
                            : reference("Patient", resident)},
            {"context", reference("EpisodeOfCare", patient + "-tb")},
            {"effectiveDateTime", str(row, "dose_date")}};
        if (!taken)
            r.insert("statusReason", QJsonArray{QJsonObject{{"text", "漏服"}}});
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), {{"source", 'c'}});
        setExtensions(r, ext);
        return r;
    }
    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QString episode = referenceId(r.value("context"));
        if (episode.endsWith(QLatin1String("-tb")))
            episode.chop(3);
        QJsonObject row{
            {"id", identifierValue(r, sidSystem("tb-dose"))},
            {"patient_id", episode},
            {"dose_date", r.value("effectiveDateTime").toString()},
            {"taken", r.value("status").toString() == QLatin1String("not-done") ? 0 : 1}};
        takeColumns(row, r, cachedDefaults(), {{"source", 'c'}});
        return row;
    }
};

} // namespace

std::unique_ptr<RecordMapper> makeTbDoseMapper()
{
    return std::make_unique<TbDoseMapper>();
}

} // namespace Sync
