// elderly_service (老年人健康管理, the 65+ annual service; docs/domain/elderly.md) ->
//   QuestionnaireResponse "-es": the whole form as typed items (self-care levels, total and band,
//   self-rating, the cognitive and mood screens with MMSE and GDS, lifestyle, guidance codes, next
//   visit); `encounter` is the linked 健康体检表 (Encounter "<check>-hc"), `author` the doctor.
//   It carries every column and is what the pull reads back.
// + Observations "-es-adl" (self-care total, the band as a component), "-es-mmse" (LOINC 72106-8)
//   and "-es-gds", each derivedFrom the QuestionnaireResponse: views of the scores for a platform
//   that reads Observations; the pull does not read them back (decisions.md "Programme records
//   on the platform").
// Append-only: a correction is a new record whose `supersedes` names the old one.
#include "clinicalmappers.h"
#include "qritems.h"

#include <QJsonDocument>

namespace Sync {

namespace {

const QString Loinc = QStringLiteral("http://loinc.org");

QString bandLabel(int band)
{
    switch (band) {
    case 1:
        return QStringLiteral("可自理");
    case 2:
        return QStringLiteral("轻度依赖");
    case 3:
        return QStringLiteral("中度依赖");
    case 4:
        return QStringLiteral("不能自理");
    default:
        return {};
    }
}

QJsonValue intOrNull(const QJsonValue &v)
{
    return v.isDouble() ? QJsonValue(qint64(v.toDouble())) : QJsonValue(QJsonValue::Null);
}

class ElderlyServiceMapper : public ResponseWithScoresMapper
{
public:
    QString entity() const override { return QStringLiteral("elderly_service"); }
    QString table() const override { return QStringLiteral("elderly_service"); }
    int rank() const override { return 4; } // after the health check it links
    QStringList columns() const override
    {
        return {"id",
                "resident_id",
                "service_date",
                "doctor",
                "health_check_id",
                "selfcare_json",
                "selfcare_score",
                "selfcare_band",
                "self_rating",
                "cognitive_positive",
                "mmse",
                "mood_positive",
                "gds",
                "lifestyle_json",
                "guidance_json",
                "next_visit",
                "rule_set",
                "supersedes"};
    }
    std::vector<Part> parts() const override
    {
        return {Part{"QuestionnaireResponse", columns(), "-es"},
                Part{"Observation", {"selfcare_score", "selfcare_band"}, "-es-adl", true},
                Part{"Observation", {"mmse"}, "-es-mmse", true},
                Part{"Observation", {"gds"}, "-es-gds", true}};
    }
    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const QString &c : columns())
            d.insert(c, QJsonValue::Null);
        d.remove("id");
        for (const char *c : {"resident_id", "service_date", "doctor", "rule_set"})
            d.insert(c, QString());
        d.insert("selfcare_json", "{}");
        d.insert("lifestyle_json", "{}");
        d.insert("guidance_json", "[]");
        return d;
    }

    QJsonObject toFhir(const QString &key, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        if (key == QLatin1String("QuestionnaireResponse-es"))
            return response(row, ctx);
        QJsonObject r{{"resourceType", "Observation"},
                      {"id", id + key.mid(11)},
                      {"meta", areaMeta(area(row, ctx))},
                      {"status", "final"},
                      {"category", QJsonArray{surveyCategory()}},
                      {"subject", reference("Patient", str(row, "resident_id"))},
                      {"derivedFrom", QJsonArray{reference("QuestionnaireResponse", id + "-es")}}};
        if (!str(row, "service_date").isEmpty())
            r.insert("effectiveDateTime", str(row, "service_date"));
        if (key == QLatin1String("Observation-es-adl")) {
            const QJsonValue score = row.value("selfcare_score");
            if (!score.isDouble())
                return {};
            r.insert("code", codeable(codeSystem("elderly-assessment"), "selfcare-score",
                                      "老年人生活自理能力评估总分"));
            r.insert("valueInteger", qint64(score.toDouble()));
            const QJsonValue band = row.value("selfcare_band");
            if (band.isDouble())
                r.insert("component",
                         QJsonArray{QJsonObject{
                             {"code", codeable(codeSystem("elderly-assessment"), "selfcare-band",
                                               "生活自理能力")},
                             {"valueCodeableConcept",
                              codeable(codeSystem("selfcare-band"), QString::number(band.toInt()),
                                       bandLabel(band.toInt()))}}});
            return r;
        }
        const bool mmse = key == QLatin1String("Observation-es-mmse");
        const QJsonValue v = row.value(mmse ? "mmse" : "gds");
        if (!v.isDouble())
            return {};
        // MMSE total: LOINC 72106-8. The GDS of the check is the 30-item scale: LOINC's GDS codes
        // we know are of the 15-item short form, so the score has a code of ours.
        r.insert("code", mmse ? codeable(Loinc, "72106-8", "Total score [MMSE]")
                              : codeable(codeSystem("elderly-assessment"), "gds",
                                         "老年抑郁量表（GDS）评分"));
        r.insert("valueInteger", qint64(v.toDouble()));
        return r;
    }

    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        if (key != QLatin1String("QuestionnaireResponse-es"))
            return {};
        const QJsonArray items = r.value("item").toArray();
        QJsonObject row{{"id", r.value("identifier").toObject().value("value").toString()},
                        {"resident_id", referenceId(r.value("subject"))},
                        {"service_date", r.value("authored").toString()},
                        {"doctor", r.value("author").toObject().value("display").toString()}};
        QString check = referenceId(r.value("encounter"));
        if (check.endsWith(QLatin1String("-hc")))
            check.chop(3);
        row.insert("health_check_id", nullable(check));
        const QString selfcare = Qr::compact(
            Qr::toJson(Qr::find(items, "selfcare").value("item").toArray(), "selfcare"));
        row.insert("selfcare_json", Qr::takeJsonText(r, "selfcare_json", selfcare));
        row.insert("selfcare_score", intOrNull(Qr::first(items, "selfcare-score")));
        const QString band = Qr::codeOf(Qr::answers(items, "selfcare-band").at(0).toObject());
        row.insert("selfcare_band",
                   band.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(band.toInt()));
        row.insert("self_rating", intOrNull(Qr::first(items, "self-rating")));
        for (const auto &[col, link] : {std::pair{"cognitive_positive", "cognitive-screen"},
                                        std::pair{"mood_positive", "mood-screen"}}) {
            const QJsonValue b = Qr::first(items, link);
            row.insert(col,
                       b.isBool() ? QJsonValue(b.toBool() ? 1 : 0) : QJsonValue(QJsonValue::Null));
        }
        row.insert("mmse", intOrNull(Qr::first(items, "mmse")));
        row.insert("gds", intOrNull(Qr::first(items, "gds")));
        const QString lifestyle = Qr::compact(
            Qr::toJson(Qr::find(items, "lifestyle").value("item").toArray(), "lifestyle"));
        row.insert("lifestyle_json", Qr::takeJsonText(r, "lifestyle_json", lifestyle));
        QJsonArray guidance;
        for (const QJsonValue &a : Qr::answers(items, "guidance"))
            guidance.append(Qr::codeOf(a.toObject()));
        row.insert("guidance_json", Qr::takeJsonText(r, "guidance_json", Qr::compact(guidance)));
        row.insert("next_visit", nullable(Qr::first(items, "next-visit").toString()));
        takeColumns(row, r, cachedDefaults(), {{"rule_set", 's'}});
        QString sup = referenceId(extensionValue(r, "supersedes"));
        if (sup.endsWith(QLatin1String("-es")))
            sup.chop(3);
        row.insert("supersedes", nullable(sup));
        return row;
    }

private:
    static QJsonObject surveyCategory()
    {
        return codeable(
            QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"), "survey");
    }

    QJsonObject response(const QJsonObject &row, const MapContext &ctx) const
    {
        const QString id = str(row, "id");
        QJsonObject r{
            {"resourceType", "QuestionnaireResponse"},
            {"id", id + "-es"},
            {"meta", areaMeta(area(row, ctx))},
            {"identifier", identifier(sidSystem("elderly-service"), id)},
            {"questionnaire", FhirBase + QStringLiteral("/Questionnaire/elderly-service")},
            {"status", "completed"},
            {"subject", reference("Patient", str(row, "resident_id"))}};
        if (!str(row, "service_date").isEmpty())
            r.insert("authored", str(row, "service_date"));
        if (!str(row, "doctor").isEmpty())
            r.insert("author", QJsonObject{{"display", str(row, "doctor")}});
        if (!str(row, "health_check_id").isEmpty())
            r.insert("encounter", reference("Encounter", str(row, "health_check_id") + "-hc"));

        QJsonArray items;
        const QString selfcareText = str(row, "selfcare_json");
        const QJsonArray selfcare =
            Qr::fromJson(QJsonDocument::fromJson(selfcareText.toUtf8()).object(), "selfcare");
        if (!selfcare.isEmpty())
            items.append(Qr::group("selfcare", selfcare, "老年人生活自理能力评估"));
        if (row.value("selfcare_score").isDouble())
            Qr::add(items, "selfcare-score",
                    Qr::integer(qint64(row.value("selfcare_score").toDouble())), "评估总分");
        if (row.value("selfcare_band").isDouble()) {
            const int band = row.value("selfcare_band").toInt();
            Qr::add(items, "selfcare-band",
                    Qr::coding(codeSystem("selfcare-band"), QString::number(band), bandLabel(band)),
                    "老年人生活自理能力自我评估");
        }
        if (row.value("self_rating").isDouble())
            Qr::add(items, "self-rating", Qr::integer(row.value("self_rating").toInt()),
                    "老年人健康状态自我评估");
        if (row.value("cognitive_positive").isDouble())
            Qr::add(items, "cognitive-screen",
                    Qr::boolean(row.value("cognitive_positive").toInt() != 0),
                    "老年人认知功能粗筛阳性");
        if (row.value("mmse").isDouble())
            Qr::add(items, "mmse", Qr::integer(row.value("mmse").toInt()), "简易智力状态检查总分");
        if (row.value("mood_positive").isDouble())
            Qr::add(items, "mood-screen", Qr::boolean(row.value("mood_positive").toInt() != 0),
                    "老年人情感状态粗筛阳性");
        if (row.value("gds").isDouble())
            Qr::add(items, "gds", Qr::integer(row.value("gds").toInt()), "老年抑郁评分");
        const QString lifestyleText = str(row, "lifestyle_json");
        const QJsonArray lifestyle =
            Qr::fromJson(QJsonDocument::fromJson(lifestyleText.toUtf8()).object(), "lifestyle");
        if (!lifestyle.isEmpty())
            items.append(Qr::group("lifestyle", lifestyle, "生活方式"));
        const QString guidanceText = str(row, "guidance_json");
        QJsonArray guidance, guidanceBack;
        for (const QJsonValue &g : QJsonDocument::fromJson(guidanceText.toUtf8()).array())
            if (g.isString() && !g.toString().isEmpty()) {
                guidance.append(Qr::coding(codeSystem("elderly-guidance"), g.toString()));
                guidanceBack.append(g);
            }
        if (!guidance.isEmpty())
            items.append(Qr::item("guidance", guidance, "健康指导"));
        Qr::add(items, "next-visit", Qr::date(str(row, "next_visit")), "下次随访日期");
        Qr::setItems(r, items);

        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), {{"rule_set", 's'}});
        if (!str(row, "supersedes").isEmpty())
            ext.append(
                extension("supersedes", "valueReference",
                          reference("QuestionnaireResponse", str(row, "supersedes") + "-es")));
        // What the items cannot give back exactly also travels verbatim (qritems.h).
        Qr::putJsonText(ext, "selfcare_json", selfcareText,
                        Qr::compact(Qr::toJson(selfcare, "selfcare")));
        Qr::putJsonText(ext, "lifestyle_json", lifestyleText,
                        Qr::compact(Qr::toJson(lifestyle, "lifestyle")));
        Qr::putJsonText(ext, "guidance_json", guidanceText, Qr::compact(guidanceBack));
        setExtensions(r, ext);
        return r;
    }
};

} // namespace

std::unique_ptr<RecordMapper> makeElderlyServiceMapper()
{
    return std::make_unique<ElderlyServiceMapper>();
}

} // namespace Sync
