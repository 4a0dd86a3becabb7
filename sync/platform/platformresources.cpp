// Platform FHIR resources: splitting a Bundle into its entries' resources, token areas, the
// area of a resource and validating a resource before it is stored.
#include "platformjsoncursor.h"
#include "platformstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Platform {

namespace {
const QString AreaTagSystem = QStringLiteral("https://jiayi.example/fhir/CodeSystem/area");
const QStringList Types = {QStringLiteral("Patient"),
                           QStringLiteral("Group"),
                           QStringLiteral("Condition"),
                           QStringLiteral("EpisodeOfCare"),
                           QStringLiteral("Encounter"),
                           QStringLiteral("Observation"),
                           QStringLiteral("MedicationStatement"),
                           QStringLiteral("MedicationAdministration"),
                           QStringLiteral("Immunization"),
                           QStringLiteral("CareTeam"),
                           QStringLiteral("Practitioner"),
                           QStringLiteral("PlanDefinition"),
                           QStringLiteral("Task"),
                           QStringLiteral("Flag"),
                           QStringLiteral("Medication"),
                           QStringLiteral("DocumentReference"),
                           QStringLiteral("QuestionnaireResponse"),
                           QStringLiteral("ServiceRequest"),
                           QStringLiteral("MeasureReport")};

// A clinic's monthly indicator figures (docs/county-summary.md): what the county summary adds up
// must be there and be counts.
QString validateMeasureReport(const QJsonObject &r)
{
    static const QStringList statuses = {QStringLiteral("complete"), QStringLiteral("pending"),
                                         QStringLiteral("error")};
    static const QStringList types = {QStringLiteral("individual"), QStringLiteral("subject-list"),
                                      QStringLiteral("summary"), QStringLiteral("data-collection")};
    if (!statuses.contains(r.value(QStringLiteral("status")).toString()))
        return QStringLiteral("MeasureReport.status must be complete, pending or error");
    if (!types.contains(r.value(QStringLiteral("type")).toString()))
        return QStringLiteral("MeasureReport.type must be individual, subject-list, summary or "
                              "data-collection");
    const QJsonObject period = r.value(QStringLiteral("period")).toObject();
    const QString start = period.value(QStringLiteral("start")).toString(),
                  end = period.value(QStringLiteral("end")).toString();
    if (start.size() < 7 || end.size() < 7 || end.left(10) < start.left(10))
        return QStringLiteral("MeasureReport.period needs a start and an end after it");
    const QJsonObject reporter = r.value(QStringLiteral("reporter")).toObject();
    if (reporter.value(QStringLiteral("identifier"))
            .toObject()
            .value(QStringLiteral("value"))
            .toString()
            .isEmpty() &&
        reporter.value(QStringLiteral("reference")).toString().isEmpty())
        return QStringLiteral("MeasureReport.reporter (identifier.value or reference) is required");
    const QJsonArray groups = r.value(QStringLiteral("group")).toArray();
    for (qsizetype g = 0; g < groups.size(); ++g)
        for (const QJsonValue &p :
             groups.at(g).toObject().value(QStringLiteral("population")).toArray())
            if (p.toObject().value(QStringLiteral("count")).toDouble(0) < 0)
                return QStringLiteral("MeasureReport.group[%1].population.count must be 0 or more")
                    .arg(g);
    return {};
}
} // namespace

std::vector<QByteArrayView> entryResources(QByteArrayView body)
{
    std::vector<QByteArrayView> out;
    bool failed = false;
    Cursor c{body.data(), body.data() + body.size()};
    c.members([&](QByteArrayView k) {
        if (k != "entry")
            return c.value();
        c.ws();
        if (c.p >= c.end || *c.p != '[')
            return false;
        ++c.p;
        for (;;) {
            c.ws();
            if (c.p >= c.end || *c.p == ']')
                return false;
            QByteArrayView resource;
            bool ok = true;
            if (*c.p == '{') {
                ok = c.members([&](QByteArrayView ek) {
                    const char *start = c.p;
                    ok = c.value();
                    if (ok && ek == "resource")
                        resource = QByteArrayView(start, c.p - start);
                    return ok;
                }) && ok;
            } else {
                ok = c.value(); // not an object: the request is refused later
            }
            if (!ok) {
                failed = true;
                return false;
            }
            out.push_back(resource);
            c.ws();
            if (c.p < c.end && *c.p == ',')
                ++c.p;
            else if (c.p >= c.end || *c.p != ']') {
                failed = true;
                return false;
            }
        }
    });
    if (failed)
        out.clear(); // the caller serialises instead
    return out;
}

bool Token::allows(const QString &area) const
{
    for (const QString &a : areas)
        if (!a.isEmpty() && area.startsWith(a))
            return true;
    return false;
}

QString areaOf(const QJsonObject &resource)
{
    for (const QJsonValue &t :
         resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("tag")).toArray())
        if (t.toObject().value(QStringLiteral("system")).toString() == AreaTagSystem)
            return t.toObject().value(QStringLiteral("code")).toString();
    return {};
}

QString validate(const QString &type, const QString &id, const QJsonObject &r)
{
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!Types.contains(type))
        return QStringLiteral("unsupported resource type %1").arg(type);
    const auto idChar = [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'.';
    };
    if (id.isEmpty() || id.size() > 64 || !std::all_of(id.begin(), id.end(), idChar))
        return QStringLiteral("invalid id");
    if (r.value(QStringLiteral("resourceType")).toString() != type)
        return QStringLiteral("resourceType does not match the URL");
    if (r.value(QStringLiteral("id")).toString() != id)
        return QStringLiteral("id does not match the URL");
    const QString area = areaOf(r);
    if (area.size() != 12 ||
        !std::all_of(area.begin(), area.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return QStringLiteral("meta.tag area (12-digit village code) is required");
    if (type == QLatin1String("Patient")) {
        const QString name = r.value(QStringLiteral("name"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("text"))
                                 .toString();
        if (name.trimmed().isEmpty())
            return QStringLiteral("Patient.name is required");
        static const QStringList genders = {QStringLiteral("male"), QStringLiteral("female"),
                                            QStringLiteral("other"), QStringLiteral("unknown")};
        if (!genders.contains(r.value(QStringLiteral("gender")).toString()))
            return QStringLiteral("Patient.gender is invalid");
        const QString bd = r.value(QStringLiteral("birthDate")).toString();
        if (!dateRe.match(bd).hasMatch() || !QDate::fromString(bd, Qt::ISODate).isValid())
            return QStringLiteral("Patient.birthDate is invalid");
    } else if (type == QLatin1String("Condition")) {
        if (!r.value(QStringLiteral("subject")).toObject().contains(QStringLiteral("reference")))
            return QStringLiteral("Condition.subject is required");
    } else if (type == QLatin1String("EpisodeOfCare")) {
        if (!r.value(QStringLiteral("patient")).toObject().contains(QStringLiteral("reference")))
            return QStringLiteral("EpisodeOfCare.patient is required");
        if (r.value(QStringLiteral("status")).toString().isEmpty())
            return QStringLiteral("EpisodeOfCare.status is required");
    } else if (type == QLatin1String("ServiceRequest")) {
        // The two-way referral (docs/domain/referral.md): an upper institution on the platform
        // answers it through the Task that is basedOn it.
        if (!r.value(QStringLiteral("subject")).toObject().contains(QStringLiteral("reference")))
            return QStringLiteral("ServiceRequest.subject is required");
        if (r.value(QStringLiteral("status")).toString().isEmpty() ||
            r.value(QStringLiteral("intent")).toString().isEmpty())
            return QStringLiteral("ServiceRequest.status and intent are required");
    } else if (type == QLatin1String("MeasureReport")) {
        return validateMeasureReport(r);
    } else if (type == QLatin1String("Group")) {
        if (r.value(QStringLiteral("type")).toString().isEmpty() ||
            !r.value(QStringLiteral("actual")).isBool())
            return QStringLiteral("Group.type and Group.actual are required");
    }
    return {};
}

} // namespace Platform
