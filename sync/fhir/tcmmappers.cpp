// Traditional Chinese medicine (docs/domain/tcm.md):
//   tcm_assessment (老年人中医药健康管理服务记录表) -> QuestionnaireResponse "-tcm": the 33 answers
//     (q1..q33, valueInteger 1-5), the constitution results as the form prints them (a group per
//     constitution: raw score valueInteger, verdict valueCoding 是/倾向是/基本是/否), the primary
//     and mixed constitutions, flags, the guidance chosen per constitution (valueCoding) and its
//     free text. It carries every column (result_json is rebuilt from the items) and is what the
//     pull reads back.
//   + one Observation per constitution judged, "-tcm-<code>" (valueCodeableConcept the verdict,
//     component the raw score), derivedFrom the QuestionnaireResponse: views for a platform that
//     reads Observations, not read back (decisions.md "Programme records on the platform").
//   tcm_child_service (children's TCM guidance at 6..36 months) -> QuestionnaireResponse "-tcmc".
// Both append-only: a correction is a new record whose `supersedes` names the old one.
#include "clinicalmappers.h"
#include "qritems.h"

#include <QJsonDocument>

namespace Sync {

namespace {

struct Constitution
{
    const char *code;
    const char *label;
};
// The nine constitutions of the form (resources/rules/tcm_constitution.json), in its order.
constexpr Constitution Constitutions[] = {
    {"pinghe", "平和质"}, {"qixu", "气虚质"},   {"yangxu", "阳虚质"},
    {"yinxu", "阴虚质"},  {"tanshi", "痰湿质"}, {"shire", "湿热质"},
    {"xueyu", "血瘀质"},  {"qiyu", "气郁质"},   {"tebing", "特禀质"}};

QString labelOf(const QString &code)
{
    for (const Constitution &c : Constitutions)
        if (code == QLatin1String(c.code))
            return QString::fromUtf8(c.label);
    return {};
}

QJsonObject surveyCategory()
{
    return codeable(QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
                    "survey");
}

QString supersededId(const QJsonObject &r, const char *suffix)
{
    QString sup = referenceId(extensionValue(r, "supersedes"));
    if (sup.endsWith(QLatin1String(suffix)))
        sup.chop(int(qstrlen(suffix)));
    return sup;
}

QStringList commaList(const QString &s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// One constitution's result in result_json: {"result": "是", "result_code": "yes", "score": 12}.
bool isTypeResult(const QJsonValue &v)
{
    return v.isObject() && v.toObject().value("score").isDouble();
}

class TcmAssessmentMapper : public ResponseWithScoresMapper
{
public:
    QString entity() const override { return QStringLiteral("tcm_assessment"); }
    QString table() const override { return QStringLiteral("tcm_assessment"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",        "resident_id",   "assess_date",    "doctor",
                "answers",   "result_json",   "primary_type",   "constitutions",
                "flags",     "guidance_json", "guidance_other", "rule_set",
                "supersedes"};
    }
    std::vector<Part> parts() const override
    {
        std::vector<Part> p{Part{"QuestionnaireResponse", columns(), "-tcm"}};
        for (const Constitution &c : Constitutions)
            p.push_back(Part{"Observation",
                             {"result_json"},
                             QStringLiteral("-tcm-") + QLatin1String(c.code),
                             true});
        return p;
    }
    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const char *c : {"resident_id", "assess_date", "doctor", "answers", "primary_type",
                              "constitutions", "flags", "guidance_other", "rule_set"})
            d.insert(c, QString());
        d.insert("result_json", "{}");
        d.insert("guidance_json", "{}");
        d.insert("supersedes", QJsonValue::Null);
        return d;
    }

    QJsonObject toFhir(const QString &key, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        if (key == QLatin1String("QuestionnaireResponse-tcm"))
            return response(row, ctx);
        const QString id = str(row, "id");
        const QString code = key.mid(QStringLiteral("Observation-tcm-").size());
        const QJsonObject result = QJsonDocument::fromJson(str(row, "result_json").toUtf8())
                                       .object()
                                       .value(code)
                                       .toObject();
        if (!isTypeResult(result) || result.value("result_code").toString().isEmpty())
            return {};
        QJsonObject r{{"resourceType", "Observation"},
                      {"id", id + "-tcm-" + code},
                      {"meta", areaMeta(area(row, ctx))},
                      {"status", "final"},
                      {"category", QJsonArray{surveyCategory()}},
                      {"code", codeable(codeSystem("tcm-constitution"), code, labelOf(code))},
                      {"subject", reference("Patient", str(row, "resident_id"))},
                      {"derivedFrom", QJsonArray{reference("QuestionnaireResponse", id + "-tcm")}},
                      {"valueCodeableConcept",
                       codeable(codeSystem("tcm-result"), result.value("result_code").toString(),
                                result.value("result").toString())},
                      {"component",
                       QJsonArray{QJsonObject{
                           {"code", codeable(codeSystem("tcm-assessment"), "raw-score", "原始分")},
                           {"valueInteger", qint64(result.value("score").toDouble())}}}}};
        if (!str(row, "assess_date").isEmpty())
            r.insert("effectiveDateTime", str(row, "assess_date"));
        return r;
    }

    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        if (key != QLatin1String("QuestionnaireResponse-tcm"))
            return {};
        const QJsonArray items = r.value("item").toArray();
        QJsonObject row{{"id", r.value("identifier").toObject().value("value").toString()},
                        {"resident_id", referenceId(r.value("subject"))},
                        {"assess_date", r.value("authored").toString()},
                        {"doctor", r.value("author").toObject().value("display").toString()}};
        const AnswersBack answers = readAnswers(items);
        row.insert("answers", Qr::takeJsonText(r, "answers", answers.text));
        const QString primary = Qr::codeOf(Qr::answers(items, "primary").at(0).toObject());
        row.insert("primary_type", primary);
        QStringList mixed, flags;
        for (const QJsonValue &a : Qr::answers(items, "constitutions"))
            mixed << Qr::codeOf(a.toObject());
        for (const QJsonValue &a : Qr::answers(items, "flags"))
            flags << Qr::value(a.toObject()).toString();
        row.insert("constitutions", mixed.join(QLatin1Char(',')));
        row.insert("flags", flags.join(QLatin1Char(',')));
        for (const char *c : {"constitutions", "flags"}) // verbatim when the items could not say it
            if (const QJsonValue v = extensionValue(r, c); v.isString())
                row.insert(c, v);
        takeColumns(row, r, cachedDefaults(), {{"rule_set", 's'}});
        row.insert("guidance_other", Qr::first(items, "guidance-other").toString());
        row.insert("result_json",
                   Qr::takeJsonText(r, "result_json",
                                    Qr::compact(resultJson(items, answers.values, primary, mixed,
                                                           flags, str(row, "rule_set")))));
        row.insert("guidance_json",
                   Qr::takeJsonText(r, "guidance_json", Qr::compact(readGuidance(items))));
        row.insert("supersedes", nullable(supersededId(r, "-tcm")));
        return row;
    }

private:
    struct AnswersBack
    {
        QString text;      // "1,3,2,..."
        QJsonArray values; // the same as numbers (result_json's "answers")
    };

    static AnswersBack readAnswers(const QJsonArray &items)
    {
        AnswersBack b;
        QStringList parts;
        const QJsonArray list = Qr::find(items, "answers").value("item").toArray();
        for (const QJsonValue &i : list) {
            const QJsonValue v = Qr::value(i.toObject().value("answer").toArray().at(0).toObject());
            parts << QString::number(qint64(v.toDouble()));
            b.values.append(qint64(v.toDouble()));
        }
        b.text = parts.join(QLatin1Char(','));
        return b;
    }

    // result_json as TcmAssessment::toJson() writes it, from the items and the columns.
    static QJsonObject resultJson(const QJsonArray &items, const QJsonArray &answers,
                                  const QString &primary, const QStringList &mixed,
                                  const QStringList &flags, const QString &ruleSet)
    {
        QJsonObject o;
        for (const QJsonValue &gv : Qr::find(items, "constitution").value("item").toArray()) {
            const QJsonObject g = gv.toObject();
            const QString link = g.value("linkId").toString();
            const QString code = link.mid(QStringLiteral("constitution.").size());
            const QJsonArray inner = g.value("item").toArray();
            const QJsonObject verdict = Qr::answers(inner, link + ".result").at(0).toObject();
            o.insert(
                code,
                QJsonObject{
                    {"score", Qr::first(inner, link + ".score")},
                    {"result", verdict.value("valueCoding").toObject().value("display").toString()},
                    {"result_code", Qr::codeOf(verdict)}});
        }
        if (o.isEmpty() && answers.isEmpty() && primary.isEmpty() && mixed.isEmpty() &&
            flags.isEmpty() && ruleSet.isEmpty())
            return {}; // nothing was assessed: the default "{}"
        o.insert("primary", primary.isEmpty() ? QJsonValue() : QJsonValue(primary));
        o.insert("constitutions", QJsonArray::fromStringList(mixed));
        o.insert("flags", QJsonArray::fromStringList(flags));
        o.insert("answers", answers);
        o.insert("rule_set", ruleSet);
        return o;
    }

    static QJsonObject readGuidance(const QJsonArray &items)
    {
        QJsonObject o;
        for (const QJsonValue &iv : Qr::find(items, "guidance").value("item").toArray()) {
            const QJsonObject i = iv.toObject();
            QJsonArray domains;
            for (const QJsonValue &a : i.value("answer").toArray())
                domains.append(Qr::codeOf(a.toObject()));
            o.insert(i.value("linkId").toString().mid(QStringLiteral("guidance.").size()), domains);
        }
        return o;
    }

    QJsonObject response(const QJsonObject &row, const MapContext &ctx) const
    {
        const QString id = str(row, "id");
        QJsonObject r{
            {"resourceType", "QuestionnaireResponse"},
            {"id", id + "-tcm"},
            {"meta", areaMeta(area(row, ctx))},
            {"identifier", identifier(sidSystem("tcm-assessment"), id)},
            {"questionnaire", FhirBase + QStringLiteral("/Questionnaire/tcm-constitution")},
            {"status", "completed"},
            {"subject", reference("Patient", str(row, "resident_id"))}};
        if (!str(row, "assess_date").isEmpty())
            r.insert("authored", str(row, "assess_date"));
        if (!str(row, "doctor").isEmpty())
            r.insert("author", QJsonObject{{"display", str(row, "doctor")}});

        QJsonArray items;
        // The 33 answers, q1..q33.
        QJsonArray questions;
        QJsonArray values;
        const QStringList answers = commaList(str(row, "answers"));
        for (int n = 0; n < answers.size(); ++n) {
            bool ok = false;
            const int v = answers[n].trimmed().toInt(&ok);
            if (!ok)
                break; // not numbers: the column travels verbatim (below)
            questions.append(Qr::item(QStringLiteral("q%1").arg(n + 1), {Qr::integer(v)}));
            values.append(v);
        }
        QStringList rebuilt;
        for (const QJsonValue &v : values)
            rebuilt << QString::number(v.toInt());
        if (!questions.isEmpty())
            items.append(Qr::group("answers", questions, "体质辨识问题（1-5）"));
        // The results as the form prints them, a group per constitution.
        const QJsonObject result =
            QJsonDocument::fromJson(str(row, "result_json").toUtf8()).object();
        QJsonArray judged;
        for (auto it = result.begin(); it != result.end(); ++it) {
            if (!isTypeResult(it.value()))
                continue;
            const QJsonObject t = it.value().toObject();
            const QString link = QStringLiteral("constitution.") + it.key();
            QJsonArray inner{Qr::item(link + ".score",
                                      {Qr::integer(qint64(t.value("score").toDouble()))}, "得分")};
            Qr::add(inner, link + ".result",
                    Qr::coding(codeSystem("tcm-result"), t.value("result_code").toString(),
                               t.value("result").toString()),
                    "判定");
            judged.append(Qr::group(link, inner, labelOf(it.key())));
        }
        if (!judged.isEmpty())
            items.append(Qr::group("constitution", judged, "体质辨识"));
        Qr::add(items, "primary",
                Qr::coding(codeSystem("tcm-constitution"), str(row, "primary_type"),
                           labelOf(str(row, "primary_type"))),
                "主要体质");
        QJsonArray mixed;
        for (const QString &c : commaList(str(row, "constitutions")))
            mixed.append(Qr::coding(codeSystem("tcm-constitution"), c, labelOf(c)));
        if (!mixed.isEmpty())
            items.append(Qr::item("constitutions", mixed, "体质类型（兼夹）"));
        QJsonArray flags;
        for (const QString &f : commaList(str(row, "flags")))
            flags.append(Qr::string(f));
        if (!flags.isEmpty())
            items.append(Qr::item("flags", flags, "提示"));
        // Guidance chosen per constitution.
        const QJsonObject guidance =
            QJsonDocument::fromJson(str(row, "guidance_json").toUtf8()).object();
        QJsonArray perType;
        for (auto it = guidance.begin(); it != guidance.end(); ++it) {
            QJsonArray domains;
            for (const QJsonValue &d : it.value().toArray())
                if (d.isString() && !d.toString().isEmpty())
                    domains.append(Qr::coding(codeSystem("tcm-guidance"), d.toString()));
            if (!domains.isEmpty())
                perType.append(
                    Qr::item(QStringLiteral("guidance.") + it.key(), domains, labelOf(it.key())));
        }
        if (!perType.isEmpty())
            items.append(Qr::group("guidance", perType, "中医药保健指导"));
        Qr::add(items, "guidance-other", Qr::string(str(row, "guidance_other")), "其他");
        Qr::setItems(r, items);

        QJsonArray ext;
        putColumns(ext, row, cachedDefaults(), {{"rule_set", 's'}});
        if (!str(row, "supersedes").isEmpty())
            ext.append(
                extension("supersedes", "valueReference",
                          reference("QuestionnaireResponse", str(row, "supersedes") + "-tcm")));
        // What the items cannot give back exactly also travels verbatim (qritems.h). The answers
        // and the rule set are columns of their own; result_json repeats them.
        Qr::putJsonText(ext, "answers", str(row, "answers"), rebuilt.join(QLatin1Char(',')));
        QStringList mixedBack, flagsBack;
        for (const QJsonValue &a : mixed)
            mixedBack << Qr::codeOf(a.toObject());
        for (const QJsonValue &f : flags)
            flagsBack << Qr::value(f.toObject()).toString();
        if (mixedBack.join(QLatin1Char(',')) != str(row, "constitutions") ||
            flagsBack.join(QLatin1Char(',')) != str(row, "flags"))
            for (const char *c : {"constitutions", "flags"})
                putColumns(ext, row, cachedDefaults(), {{c, 's'}});
        Qr::putJsonText(ext, "result_json", str(row, "result_json"),
                        Qr::compact(resultJson(items, values, str(row, "primary_type"), mixedBack,
                                               flagsBack, str(row, "rule_set"))));
        Qr::putJsonText(ext, "guidance_json", str(row, "guidance_json"),
                        Qr::compact(readGuidance(items)));
        setExtensions(r, ext);
        return r;
    }
};

class TcmChildServiceMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("tcm_child_service"); }
    QString table() const override { return QStringLiteral("tcm_child_service"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",           "resident_id", "visit_months",
                "service_date", "doctor",      "services_json",
                "other_text",   "next_date",   "supersedes"};
    }
    std::vector<Part> parts() const override
    {
        return {Part{"QuestionnaireResponse", columns(), "-tcmc"}};
    }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"resident_id", ""},
                           {"visit_months", 6},
                           {"service_date", ""},
                           {"doctor", ""},
                           {"services_json", "[]"},
                           {"other_text", ""},
                           {"next_date", QJsonValue::Null},
                           {"supersedes", QJsonValue::Null}};
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
                      {"id", id + "-tcmc"},
                      {"meta", areaMeta(area(row, ctx))},
                      {"identifier", identifier(sidSystem("tcm-child-service"), id)},
                      {"questionnaire", FhirBase + QStringLiteral("/Questionnaire/tcm-child")},
                      {"status", "completed"},
                      {"subject", reference("Patient", str(row, "resident_id"))}};
        if (!str(row, "service_date").isEmpty())
            r.insert("authored", str(row, "service_date"));
        if (!str(row, "doctor").isEmpty())
            r.insert("author", QJsonObject{{"display", str(row, "doctor")}});
        QJsonArray items;
        if (row.value("visit_months").isDouble())
            Qr::add(items, "visit-months", Qr::integer(row.value("visit_months").toInt()), "月龄");
        QJsonArray services, back;
        for (const QJsonValue &s :
             QJsonDocument::fromJson(str(row, "services_json").toUtf8()).array())
            if (s.isString() && !s.toString().isEmpty()) {
                services.append(Qr::coding(codeSystem("tcm-child-service"), s.toString()));
                back.append(s);
            }
        if (!services.isEmpty())
            items.append(Qr::item("services", services, "中医药健康管理服务"));
        Qr::add(items, "other", Qr::string(str(row, "other_text")), "其他");
        Qr::add(items, "next-date", Qr::date(str(row, "next_date")), "下次随访日期");
        Qr::setItems(r, items);
        QJsonArray ext;
        if (!str(row, "supersedes").isEmpty())
            ext.append(
                extension("supersedes", "valueReference",
                          reference("QuestionnaireResponse", str(row, "supersedes") + "-tcmc")));
        Qr::putJsonText(ext, "services_json", str(row, "services_json"), Qr::compact(back));
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        const QJsonArray items = r.value("item").toArray();
        const QJsonValue months = Qr::first(items, "visit-months");
        QJsonArray services;
        for (const QJsonValue &a : Qr::answers(items, "services"))
            services.append(Qr::codeOf(a.toObject()));
        return QJsonObject{
            {"id", r.value("identifier").toObject().value("value").toString()},
            {"resident_id", referenceId(r.value("subject"))},
            {"visit_months", months.isDouble() ? QJsonValue(qint64(months.toDouble()))
                                               : QJsonValue(QJsonValue::Null)},
            {"service_date", r.value("authored").toString()},
            {"doctor", r.value("author").toObject().value("display").toString()},
            {"services_json", Qr::takeJsonText(r, "services_json", Qr::compact(services))},
            {"other_text", Qr::first(items, "other").toString()},
            {"next_date", nullable(Qr::first(items, "next-date").toString())},
            {"supersedes", nullable(supersededId(r, "-tcmc"))}};
    }
};

} // namespace

std::unique_ptr<RecordMapper> makeTcmAssessmentMapper()
{
    return std::make_unique<TcmAssessmentMapper>();
}
std::unique_ptr<RecordMapper> makeTcmChildServiceMapper()
{
    return std::make_unique<TcmChildServiceMapper>();
}

} // namespace Sync
