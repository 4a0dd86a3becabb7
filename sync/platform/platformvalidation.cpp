#include "platformvalidation.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Platform {

namespace {

bool primitive(const QString &type)
{
    return !type.isEmpty() && type.at(0).isLower();
}

// The calendar part of a date, dateTime or instant: the regular expressions let 2023-02-30 pass.
bool realDate(const QString &s)
{
    if (s.size() < 10)
        return true; // a year, or a year and month: the expression checked them
    return QDate::fromString(s.left(10), Qt::ISODate).isValid();
}

} // namespace

QString checkPrimitive(const QString &type, const QJsonValue &v)
{
    // The regular expressions of the FHIR R4 datatypes (hl7.org/fhir/R4/datatypes.html).
    static const QRegularExpression date(
        QStringLiteral("^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0["
                       "1-9]|[1-2][0-9]|3[0-1]))?)?$"));
    static const QRegularExpression dateTime(QStringLiteral(
        "^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|"
        "3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-"
        "3]):[0-5][0-9]|14:00)))?)?)?$"));
    static const QRegularExpression instant(QStringLiteral(
        "^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3["
        "0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):"
        "[0-5][0-9]|14:00))$"));
    static const QRegularExpression time(
        QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?$"));
    static const QRegularExpression code(QStringLiteral("^[^\\s]+( [^\\s]+)*$"));
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"));
    static const QRegularExpression uri(QStringLiteral("^\\S*$"));
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9\\+/=\\s]*$"));

    if (type == QLatin1String("boolean"))
        return v.isBool() ? QString() : QStringLiteral("a boolean (true or false) is expected");
    if (type == QLatin1String("integer") || type == QLatin1String("positiveInt") ||
        type == QLatin1String("unsignedInt")) {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d > 2147483647.0 || d < -2147483648.0)
            return QStringLiteral("an integer is expected");
        if (type == QLatin1String("positiveInt") && d < 1)
            return QStringLiteral("a positive integer is expected");
        if (type == QLatin1String("unsignedInt") && d < 0)
            return QStringLiteral("an integer of 0 or more is expected");
        return {};
    }
    if (type == QLatin1String("decimal"))
        return v.isDouble() ? QString() : QStringLiteral("a number is expected");
    if (!v.isString())
        return QStringLiteral("a string is expected (%1)").arg(type);
    const QString s = v.toString();
    if (s.size() > 1024 * 1024)
        return QStringLiteral("a string of more than 1 MiB");
    // FHIR forbids empty strings; a string or markdown element is let through empty all the same,
    // because the workstation sends some (MedicationStatement.dosage.text: a mapper to fix).
    if (s.isEmpty())
        return type == QLatin1String("string") || type == QLatin1String("markdown")
                   ? QString()
                   : QStringLiteral("an empty string (leave the element out instead)");
    const auto matches = [&s](const QRegularExpression &re) { return re.match(s).hasMatch(); };
    if (type == QLatin1String("date"))
        return matches(date) && realDate(s)
                   ? QString()
                   : QStringLiteral("an invalid date \"%1\"").arg(s.left(40));
    if (type == QLatin1String("dateTime"))
        return matches(dateTime) && realDate(s)
                   ? QString()
                   : QStringLiteral("an invalid dateTime \"%1\"").arg(s.left(40));
    if (type == QLatin1String("instant"))
        return matches(instant) && realDate(s)
                   ? QString()
                   : QStringLiteral("an invalid instant \"%1\"").arg(s.left(40));
    if (type == QLatin1String("time"))
        return matches(time) ? QString() : QStringLiteral("an invalid time \"%1\"").arg(s.left(40));
    if (type == QLatin1String("code"))
        return matches(code) ? QString() : QStringLiteral("an invalid code \"%1\"").arg(s.left(40));
    if (type == QLatin1String("id"))
        return matches(id) ? QString() : QStringLiteral("an invalid id \"%1\"").arg(s.left(70));
    if (type == QLatin1String("uri") || type == QLatin1String("url") ||
        type == QLatin1String("canonical") || type == QLatin1String("oid") ||
        type == QLatin1String("uuid"))
        return matches(uri) ? QString() : QStringLiteral("an invalid %1").arg(type);
    if (type == QLatin1String("base64Binary"))
        return matches(base64) ? QString() : QStringLiteral("invalid base64");
    if (type == QLatin1String("xhtml"))
        return s.startsWith(QLatin1String("<div")) ? QString()
                                                   : QStringLiteral("xhtml must be a <div>");
    return {}; // string, markdown
}

QString ElementPath::text() const
{
    QString t = parent ? parent->text() : QString();
    if (!key.isEmpty())
        return t.isEmpty() ? key.left(64) : t + QLatin1Char('.') + key.left(64);
    return t + QStringLiteral("[%1]").arg(index);
}

const FhirSchema &FhirSchema::instance()
{
    static const FhirSchema schema;
    return schema;
}

FhirSchema::FhirSchema()
{
    QFile f(QStringLiteral(":/platform/fhirr4schema.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the FHIR schema resource is missing");
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    for (const QJsonValue &r : root.value(QStringLiteral("resources")).toArray())
        m_resources << r.toString();
    const QJsonObject types = root.value(QStringLiteral("types")).toObject();
    for (auto t = types.begin(); t != types.end(); ++t) {
        Type type;
        const QJsonObject els = t.value().toObject();
        for (auto e = els.begin(); e != els.end(); ++e) {
            const QJsonArray d = e.value().toArray();
            Element el;
            el.name = e.key();
            el.choice = el.name.endsWith(QLatin1String("[x]"));
            if (el.choice)
                el.name.chop(3);
            for (const QJsonValue &x : d.at(0).toArray())
                el.types << x.toString();
            el.min = d.at(1).toInt();
            el.many = d.at(2).toString() != QLatin1String("1");
            if (!el.choice)
                type.exact.insert(el.name, int(type.elements.size()));
            type.elements.push_back(el);
        }
        type.resource = m_resources.contains(t.key());
        m_types.insert(t.key(), type);
    }
}

const FhirSchema::Element *FhirSchema::find(const Type &t, const QString &key, QString *type) const
{
    if (const auto x = t.exact.constFind(key); x != t.exact.constEnd()) {
        const Element &e = t.elements[size_t(*x)];
        *type = e.types.value(0);
        return &e;
    }
    for (const Element &e : t.elements) {
        if (e.choice && key.startsWith(e.name) && key.size() > e.name.size()) {
            const QString suffix = key.mid(e.name.size());
            for (const QString &ty : e.types) {
                if (ty.size() == suffix.size() && ty.at(0).toUpper() == suffix.at(0) &&
                    QStringView(ty).mid(1) == QStringView(suffix).mid(1)) {
                    *type = ty;
                    return &e;
                }
            }
        }
    }
    return nullptr;
}

ValidationIssue FhirSchema::element(const QJsonValue &v, const ElementPath &path) const
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (!a.at(i).isNull())
                if (auto e = element(a.at(i), ElementPath{&path, {}, i}))
                    return e;
        return {};
    }
    if (!v.isObject())
        return {QStringLiteral("an object (id, extension) is expected"), path.text()};
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("id")) {
            if (!it.value().isString())
                return {QStringLiteral("a string is expected"),
                        ElementPath{&path, QStringLiteral("id")}.text()};
        } else if (it.key() == QLatin1String("extension")) {
            if (auto e = value(QStringLiteral("Extension"), it.value(),
                               ElementPath{&path, QStringLiteral("extension")}, nullptr))
                return e;
        } else {
            return {QStringLiteral("unknown element \"%1\"").arg(it.key().left(64)),
                    ElementPath{&path, it.key()}.text()};
        }
    }
    return {};
}

ValidationIssue FhirSchema::value(const QString &type, const QJsonValue &v, const ElementPath &path,
                                  std::vector<ReferenceUse> *refs) const
{
    if (primitive(type)) {
        const QString why = checkPrimitive(type, v);
        return why.isEmpty() ? ValidationIssue{} : ValidationIssue{why, path.text()};
    }
    if (!v.isObject())
        return {QStringLiteral("an object (%1) is expected").arg(type), path.text()};
    const QJsonObject o = v.toObject();
    if (type == QLatin1String("Resource")) { // contained
        const QString rt = o.value(QStringLiteral("resourceType")).toString();
        if (!hasResource(rt))
            return {QStringLiteral("a contained resource of an unsupported type"), path.text()};
        return object(rt, o, path, refs);
    }
    return object(type, o, path, refs);
}

ValidationIssue FhirSchema::object(const QString &typeName, const QJsonObject &o,
                                   const ElementPath &path, std::vector<ReferenceUse> *refs) const
{
    const auto t = m_types.constFind(typeName);
    if (t == m_types.constEnd())
        return {QStringLiteral("the type %1 is not supported here").arg(typeName), path.text()};
    if (o.isEmpty())
        return {QStringLiteral("an empty object (leave the element out instead)"), path.text()};
    const bool resource = t->resource;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &key = it.key();
        if (resource && key == QLatin1String("resourceType"))
            continue;
        const ElementPath at{&path, key};
        QString type;
        if (key.startsWith(QLatin1Char('_'))) {
            const Element *e = find(*t, key.mid(1), &type);
            if (!e || !primitive(type))
                return {QStringLiteral("unknown element \"%1\"").arg(key.left(64)), at.text()};
            if (auto issue = element(it.value(), at))
                return issue;
            continue;
        }
        const Element *e = find(*t, key, &type);
        if (!e)
            return {QStringLiteral("unknown element \"%1\"").arg(key.left(64)), at.text()};
        const QJsonValue v = it.value();
        if (e->many) {
            if (!v.isArray())
                return {QStringLiteral("an array is expected"), at.text()};
            const QJsonArray a = v.toArray();
            if (a.isEmpty())
                return {QStringLiteral("an empty array (leave the element out instead)"),
                        at.text()};
            const bool nullsAllowed =
                primitive(type) && o.contains(QLatin1Char('_') + key); // aligned with "_key"
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).isNull() && nullsAllowed)
                    continue;
                if (auto issue = value(type, a.at(i), ElementPath{&at, {}, i}, refs))
                    return issue;
            }
        } else {
            if (v.isArray())
                return {QStringLiteral("a single value is expected, not an array"), at.text()};
            if (auto issue = value(type, v, at, refs))
                return issue;
        }
        if (type == QLatin1String("Reference") && refs) {
            const auto note = [&](const QJsonValue &r, const ElementPath &where) {
                const QJsonValue ref = r.toObject().value(QStringLiteral("reference"));
                if (ref.isString())
                    refs->push_back(ReferenceUse{where.text(), ref.toString()});
            };
            if (v.isArray())
                for (qsizetype i = 0; i < v.toArray().size(); ++i)
                    note(v.toArray().at(i), ElementPath{&at, {}, i});
            else
                note(v, at);
        }
    }
    for (const Element &e : t->elements) {
        if (e.min < 1)
            continue;
        bool present = o.contains(e.name) || o.contains(QLatin1Char('_') + e.name);
        for (qsizetype i = 0; e.choice && !present && i < e.types.size(); ++i) {
            const QString ty = e.types.at(i);
            present = o.contains(e.name + ty.at(0).toUpper() + ty.mid(1));
        }
        if (!present)
            return {QStringLiteral("%1.%2 is required").arg(typeName, e.name),
                    ElementPath{&path, e.name}.text()};
    }
    return {};
}

ValidationIssue FhirSchema::check(const QString &type, const QJsonObject &resource,
                                  std::vector<ReferenceUse> *refs) const
{
    if (!hasResource(type))
        return {QStringLiteral("unsupported resource type %1").arg(type.left(64)), type.left(64)};
    if (resource.value(QStringLiteral("resourceType")).toString() != type)
        return {QStringLiteral("resourceType does not match the URL"), type};
    return object(type, resource, ElementPath{nullptr, type}, refs);
}

} // namespace Platform
