// Shared care (issue 19; docs/domain/mental.md, tb.md, referral.md):
//   mental_patient  -> Condition "-smd" (the diagnosis; 个人信息补充表 as extensions)
//   mental_followup -> QuestionnaireResponse "-smd" (随访服务记录表)
//   tb_patient      -> EpisodeOfCare "-tb" (the treatment plan from the notice)
//   tb_visit        -> Encounter "-tb" (first visit, follow-ups, end of treatment)
//   referral        -> ServiceRequest (the up-referral) + Task "-status" (status and return slip)
// Mental-health resources carry the confidentiality label R (restricted) so the platform can
// restrict them too. Every column travels losslessly (plain ones as ext:<column>).
#include "clinicalmappers.h"

namespace Sync {

namespace {

const QString Confidentiality =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-Confidentiality");

QJsonObject restrictedMeta(const QString &area)
{
    QJsonObject meta = areaMeta(area);
    meta.insert(QStringLiteral("security"),
                QJsonArray{QJsonObject{
                    {"system", Confidentiality}, {"code", "R"}, {"display", "restricted"}}});
    return meta;
}

class MentalPatientMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("mental_patient"); }
    QString table() const override { return QStringLiteral("mental_patient"); }
    int rank() const override { return 2; }
    QStringList columns() const override
    {
        return {"id",
                "resident_id",
                "disease",
                "diagnosed_on",
                "diagnosis_hospital",
                "first_onset",
                "guardian_name",
                "guardian_relation",
                "guardian_phone",
                "locked_history",
                "form_json",
                "registered_on",
                "doctor_id",
                "closed_on",
                "close_reason"};
    }
    std::vector<Part> parts() const override { return {Part{"Condition", columns(), "-smd"}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{
            {"resident_id", ""},        {"disease", "精神分裂症"}, {"diagnosed_on", ""},
            {"diagnosis_hospital", ""}, {"first_onset", ""},       {"guardian_name", ""},
            {"guardian_relation", ""},  {"guardian_phone", ""},    {"locked_history", ""},
            {"form_json", "{}"},        {"registered_on", ""},     {"doctor_id", ""}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }
    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        const bool closed = !str(row, "closed_on").isEmpty();
        QJsonObject r{
            {"resourceType", "Condition"},
            {"id", id + "-smd"},
            {"meta", restrictedMeta(area(row, ctx))},
            {"identifier", QJsonArray{identifier(sidSystem("mental-patient"), id)}},
            {"clinicalStatus", codeable("http://terminology.hl7.org/CodeSystem/condition-clinical",
                                        closed ? "inactive" : "active")},
            {"category", QJsonArray{codeable(codeSystem("programme"), "smd", "严重精神障碍")}},
            {"code", QJsonObject{{"text", str(row, "disease")}}},
            {"subject", reference("Patient", str(row, "resident_id"))}};
        if (!str(row, "diagnosed_on").isEmpty())
            r.insert("onsetDateTime", str(row, "diagnosed_on"));
        if (!str(row, "registered_on").isEmpty())
            r.insert("recordedDate", str(row, "registered_on"));
        if (closed)
            r.insert("abatementDateTime", str(row, "closed_on"));
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(),
                   {{"diagnosis_hospital", 's'},
                    {"first_onset", 's'},
                    {"guardian_name", 's'},
                    {"guardian_relation", 's'},
                    {"guardian_phone", 's'},
                    {"locked_history", 's'},
                    {"form_json", 's'},
                    {"doctor_id", 's'},
                    {"close_reason", 's'}});
        setExtensions(r, ext);
        return r;
    }
    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row{{"id", identifierValue(r, sidSystem("mental-patient"))},
                        {"resident_id", referenceId(r.value("subject"))},
                        {"disease", r.value("code").toObject().value("text").toString()},
                        {"diagnosed_on", r.value("onsetDateTime").toString()},
                        {"registered_on", r.value("recordedDate").toString()},
                        {"closed_on", r.contains("abatementDateTime")
                                          ? r.value("abatementDateTime")
                                          : QJsonValue(QJsonValue::Null)}};
        takeColumns(row, r, cachedDefaults(),
                    {{"diagnosis_hospital", 's'},
                     {"first_onset", 's'},
                     {"guardian_name", 's'},
                     {"guardian_relation", 's'},
                     {"guardian_phone", 's'},
                     {"locked_history", 's'},
                     {"form_json", 's'},
                     {"doctor_id", 's'},
                     {"close_reason", 's'}});
        return row;
    }
};

class MentalFollowupMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("mental_followup"); }
    QString table() const override { return QStringLiteral("mental_followup"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",       "patient_id",  "resident_id", "visit_date", "visit_form",
                "seen",     "lost_reason", "risk",        "class",      "next_visit",
                "referred", "rule_set",    "form_json",   "doctor_id"};
    }
    std::vector<Part> parts() const override
    {
        return {Part{"QuestionnaireResponse", columns(), "-smd"}};
    }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"patient_id", ""},  {"resident_id", ""}, {"visit_date", ""},
                           {"visit_form", ""},  {"seen", 1},         {"lost_reason", ""},
                           {"class", ""},       {"referred", 0},     {"rule_set", ""},
                           {"form_json", "{}"}, {"doctor_id", ""}};
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
                      {"id", id + "-smd"},
                      {"meta", restrictedMeta(area(row, ctx))},
                      {"identifier", identifier(sidSystem("mental-followup"), id)},
                      {"questionnaire",
                       QStringLiteral("https://jiayi.example/fhir/Questionnaire/smd-followup")},
                      {"status", "completed"},
                      {"subject", reference("Patient", str(row, "resident_id"))},
                      {"authored", str(row, "visit_date")}};
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(),
                   {{"patient_id", 's'},
                    {"visit_form", 's'},
                    {"seen", 'i'},
                    {"lost_reason", 's'},
                    {"risk", 'i'},
                    {"class", 's'},
                    {"next_visit", 'D'},
                    {"referred", 'i'},
                    {"rule_set", 's'},
                    {"form_json", 's'},
                    {"doctor_id", 's'}});
        setExtensions(r, ext);
        return r;
    }
    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QJsonObject row{
            {"id", r.value("identifier").toObject().value("value").toString()}, // 0..1 here
            {"resident_id", referenceId(r.value("subject"))},
            {"visit_date", r.value("authored").toString()}};
        takeColumns(row, r, cachedDefaults(),
                    {{"patient_id", 's'},
                     {"visit_form", 's'},
                     {"seen", 'i'},
                     {"lost_reason", 's'},
                     {"risk", 'i'},
                     {"class", 's'},
                     {"next_visit", 'D'},
                     {"referred", 'i'},
                     {"rule_set", 's'},
                     {"form_json", 's'},
                     {"doctor_id", 's'}});
        return row;
    }
};

class TbPatientMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("tb_patient"); }
    QString table() const override { return QStringLiteral("tb_patient"); }
    int rank() const override { return 2; }
    QStringList columns() const override
    {
        return {"id",        "resident_id",     "notified_at",   "notifying_unit",   "patient_type",
                "regimen",   "intensive_start", "intensive_end", "continuation_end", "supervision",
                "form_json", "closed_on",       "close_reason",  "doctor_id"};
    }
    std::vector<Part> parts() const override { return {Part{"EpisodeOfCare", columns(), "-tb"}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"resident_id", ""},   {"notified_at", ""},      {"notifying_unit", ""},
                           {"patient_type", ""},  {"regimen", ""},          {"intensive_start", ""},
                           {"intensive_end", ""}, {"continuation_end", ""}, {"supervision", ""},
                           {"form_json", "{}"},   {"doctor_id", ""}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }
    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject period{{"start", str(row, "intensive_start")}};
        if (!str(row, "closed_on").isEmpty())
            period.insert("end", str(row, "closed_on"));
        QJsonObject r{{"resourceType", "EpisodeOfCare"},
                      {"id", id + "-tb"},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", QJsonArray{identifier(sidSystem("tb-patient"), id)}},
                      {"status", str(row, "closed_on").isEmpty() ? "active" : "finished"},
                      {"type", QJsonArray{codeable(codeSystem("programme"), "tb", "肺结核")}},
                      {"patient", reference("Patient", str(row, "resident_id"))},
                      {"period", period}};
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(),
                   {{"notified_at", 's'},
                    {"notifying_unit", 's'},
                    {"patient_type", 's'},
                    {"regimen", 's'},
                    {"intensive_end", 'D'},
                    {"continuation_end", 'D'},
                    {"supervision", 's'},
                    {"form_json", 's'},
                    {"close_reason", 's'},
                    {"doctor_id", 's'}});
        setExtensions(r, ext);
        return r;
    }
    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        const QJsonObject period = r.value("period").toObject();
        QJsonObject row{{"id", identifierValue(r, sidSystem("tb-patient"))},
                        {"resident_id", referenceId(r.value("patient"))},
                        {"intensive_start", period.value("start").toString()},
                        {"closed_on", period.contains("end") ? period.value("end")
                                                             : QJsonValue(QJsonValue::Null)}};
        takeColumns(row, r, cachedDefaults(),
                    {{"notified_at", 's'},
                     {"notifying_unit", 's'},
                     {"patient_type", 's'},
                     {"regimen", 's'},
                     {"intensive_end", 'D'},
                     {"continuation_end", 'D'},
                     {"supervision", 's'},
                     {"form_json", 's'},
                     {"close_reason", 's'},
                     {"doctor_id", 's'}});
        return row;
    }
};

class TbVisitMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("tb_visit"); }
    QString table() const override { return QStringLiteral("tb_visit"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",    "patient_id", "kind",      "visited_at",
                "found", "next_visit", "form_json", "doctor_id"};
    }
    std::vector<Part> parts() const override { return {Part{"Encounter", columns(), "-tb"}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"patient_id", ""}, {"kind", "followup"}, {"visited_at", ""},
                           {"found", 1},       {"form_json", "{}"},  {"doctor_id", ""}};
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
        QJsonObject r{
            {"resourceType", "Encounter"},
            {"id", id + "-tb"},
            {"meta", areaMeta(area(row, ctx))},
            {"identifier", QJsonArray{identifier(sidSystem("tb-visit"), id)}},
            {"status", "finished"},
            {"class", QJsonObject{{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"},
                                  {"code", "HH"},
                                  {"display", "home health"}}},
            {"type", QJsonArray{codeable(codeSystem("tb-visit"), str(row, "kind"))}},
            {"episodeOfCare",
             QJsonArray{reference("EpisodeOfCare", str(row, "patient_id") + "-tb")}},
            {"period", QJsonObject{{"start", str(row, "visited_at")}}}};
        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(),
                   {{"found", 'i'}, {"next_visit", 'D'}, {"form_json", 's'}, {"doctor_id", 's'}});
        setExtensions(r, ext);
        return r;
    }
    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QString episode = referenceId(r.value("episodeOfCare").toArray().first());
        if (episode.endsWith(QLatin1String("-tb")))
            episode.chop(3);
        QJsonObject row{
            {"id", identifierValue(r, sidSystem("tb-visit"))},
            {"patient_id", episode},
            {"kind", conceptCode(r.value("type").toArray().first(), codeSystem("tb-visit"))},
            {"visited_at", r.value("period").toObject().value("start").toString()}};
        takeColumns(row, r, cachedDefaults(),
                    {{"found", 'i'}, {"next_visit", 'D'}, {"form_json", 's'}, {"doctor_id", 's'}});
        return row;
    }
};

class ReferralMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("referral"); }
    QString table() const override { return QStringLiteral("referral"); }
    int rank() const override { return 4; }
    QStringList columns() const override
    {
        return {"id",          "resident_id",    "source_kind",   "source_id",
                "restricted",  "to_institution", "to_department", "to_doctor",
                "reason",      "impression",     "past_history",  "treatment",
                "phone",       "sent_on",        "outcome_due",   "status",
                "status_note", "return_json",    "returned_on",   "doctor_id"};
    }
    std::vector<Part> parts() const override
    {
        return {
            Part{"ServiceRequest",
                 {"id", "resident_id", "source_kind", "source_id", "restricted", "to_institution",
                  "to_department", "to_doctor", "reason", "impression", "past_history", "treatment",
                  "phone", "sent_on", "outcome_due", "doctor_id"}},
            Part{"Task", {"id", "status", "status_note", "return_json", "returned_on"}, "-status"}};
    }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"resident_id", ""},  {"source_kind", ""},    {"source_id", ""},
                           {"restricted", 0},    {"to_institution", ""}, {"to_department", ""},
                           {"to_doctor", ""},    {"reason", ""},         {"impression", ""},
                           {"past_history", ""}, {"treatment", ""},      {"phone", ""},
                           {"sent_on", ""},      {"outcome_due", ""},    {"status", "sent"},
                           {"status_note", ""},  {"return_json", "{}"},  {"doctor_id", ""}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }
    QJsonObject toFhir(const QString &key, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        const bool restricted = row.value("restricted").toInt() != 0;
        const QJsonObject meta =
            restricted ? restrictedMeta(area(row, ctx)) : areaMeta(area(row, ctx));
        QJsonArray ext;
        if (key == QLatin1String("Task-status")) {
            // FHIR task status: sent = requested, accepted, refused = rejected, returned =
            // completed, closed = cancelled. Our own status travels as ext:status.
            static const QHash<QString, QString> fhir{{"sent", "requested"},
                                                      {"accepted", "accepted"},
                                                      {"refused", "rejected"},
                                                      {"returned", "completed"},
                                                      {"closed", "cancelled"}};
            QJsonObject t{{"resourceType", "Task"},
                          {"id", id + "-status"},
                          {"meta", meta},
                          {"identifier", QJsonArray{identifier(sidSystem("referral-task"), id)}},
                          {"basedOn", QJsonArray{reference("ServiceRequest", id)}},
                          {"status", fhir.value(str(row, "status"), "requested")},
                          {"intent", "order"}};
            putColumns(ext, row, cachedDefaults(),
                       {{"status", 'c'},
                        {"status_note", 's'},
                        {"return_json", 's'},
                        {"returned_on", 'D'}});
            setExtensions(t, ext);
            return t;
        }
        QJsonObject r{{"resourceType", "ServiceRequest"},
                      {"id", id},
                      {"meta", meta},
                      {"identifier", QJsonArray{identifier(sidSystem("referral"), id)}},
                      {"status", "active"},
                      {"intent", "order"},
                      {"category", QJsonArray{codeable("http://snomed.info/sct", "3457005",
                                                       "Patient referral")}},
                      {"subject", reference("Patient", str(row, "resident_id"))},
                      {"reasonCode", QJsonArray{QJsonObject{{"text", str(row, "reason")}}}}};
        if (!str(row, "sent_on").isEmpty())
            r.insert("authoredOn", str(row, "sent_on"));
        putColumns(ext, row, cachedDefaults(),
                   {{"source_kind", 's'},
                    {"source_id", 's'},
                    {"restricted", 'i'},
                    {"to_institution", 's'},
                    {"to_department", 's'},
                    {"to_doctor", 's'},
                    {"impression", 's'},
                    {"past_history", 's'},
                    {"treatment", 's'},
                    {"phone", 's'},
                    {"outcome_due", 'D'},
                    {"doctor_id", 's'}});
        setExtensions(r, ext);
        return r;
    }
    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        if (key == QLatin1String("Task-status")) {
            QJsonObject row{{"id", identifierValue(r, sidSystem("referral-task"))}};
            takeColumns(row, r, cachedDefaults(),
                        {{"status", 'c'},
                         {"status_note", 's'},
                         {"return_json", 's'},
                         {"returned_on", 'D'}});
            return row;
        }
        QJsonObject row{
            {"id", identifierValue(r, sidSystem("referral"))},
            {"resident_id", referenceId(r.value("subject"))},
            {"reason", r.value("reasonCode").toArray().first().toObject().value("text").toString()},
            {"sent_on", r.value("authoredOn").toString()}};
        takeColumns(row, r, cachedDefaults(),
                    {{"source_kind", 's'},
                     {"source_id", 's'},
                     {"restricted", 'i'},
                     {"to_institution", 's'},
                     {"to_department", 's'},
                     {"to_doctor", 's'},
                     {"impression", 's'},
                     {"past_history", 's'},
                     {"treatment", 's'},
                     {"phone", 's'},
                     {"outcome_due", 'D'},
                     {"doctor_id", 's'}});
        return row;
    }
};

} // namespace

std::unique_ptr<RecordMapper> makeMentalPatientMapper()
{
    return std::make_unique<MentalPatientMapper>();
}
std::unique_ptr<RecordMapper> makeMentalFollowupMapper()
{
    return std::make_unique<MentalFollowupMapper>();
}
std::unique_ptr<RecordMapper> makeTbPatientMapper()
{
    return std::make_unique<TbPatientMapper>();
}
std::unique_ptr<RecordMapper> makeTbVisitMapper()
{
    return std::make_unique<TbVisitMapper>();
}
std::unique_ptr<RecordMapper> makeReferralMapper()
{
    return std::make_unique<ReferralMapper>();
}

} // namespace Sync
