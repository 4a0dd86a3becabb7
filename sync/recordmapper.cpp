#include "recordmapper.h"

#include <QJsonArray>

namespace Sync {

QString sidSystem(const QString &name) { return FhirBase + QStringLiteral("/sid/") + name; }
QString codeSystem(const QString &name) { return FhirBase + QStringLiteral("/CodeSystem/") + name; }
QString extensionUrl(const QString &name)
{
    return FhirBase + QStringLiteral("/StructureDefinition/") + name;
}

std::optional<Part> RecordMapper::part(const QString &type) const
{
    for (const Part &p : parts())
        if (p.type == type)
            return p;
    return std::nullopt;
}

QJsonObject identifier(const QString &system, const QString &value)
{
    return QJsonObject{{QStringLiteral("system"), system}, {QStringLiteral("value"), value}};
}

QString identifierValue(const QJsonObject &resource, const QString &system)
{
    const QJsonArray ids = resource.value(QStringLiteral("identifier")).toArray();
    for (const QJsonValue &v : ids)
        if (v.toObject().value(QStringLiteral("system")).toString() == system)
            return v.toObject().value(QStringLiteral("value")).toString();
    return {};
}

QJsonObject extension(const QString &name, const QString &valueKey, const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("url"), extensionUrl(name)}, {valueKey, value}};
}

QJsonValue extensionValue(const QJsonObject &element, const QString &name)
{
    const QString url = extensionUrl(name);
    for (const QJsonValue &v : element.value(QStringLiteral("extension")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("url")).toString() != url)
            continue;
        for (auto it = e.begin(); it != e.end(); ++it)
            if (it.key().startsWith(QLatin1String("value")))
                return it.value();
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject areaMeta(const QString &village)
{
    return QJsonObject{{QStringLiteral("tag"),
                        QJsonArray{QJsonObject{{QStringLiteral("system"), AreaTagSystem},
                                               {QStringLiteral("code"), village}}}}};
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString str(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

QJsonObject rowFromResources(const RecordMapper &m, const QList<QJsonObject> &resources)
{
    QJsonObject row = m.defaults();
    for (const QJsonObject &r : resources) {
        const QJsonObject partial = m.fromFhir(r.value(QStringLiteral("resourceType")).toString(), r);
        for (auto it = partial.begin(); it != partial.end(); ++it)
            row.insert(it.key(), it.value());
    }
    row.insert(QStringLiteral("deleted"), 0);
    return row;
}

const RecordMapper *mapperForEntity(const QString &entity)
{
    for (const auto &m : mappers())
        if (m->entity() == entity)
            return m.get();
    return nullptr;
}

const RecordMapper *mapperForType(const QString &fhirType)
{
    for (const auto &m : mappers())
        for (const Part &p : m->parts())
            if (p.type == fhirType)
                return m.get();
    return nullptr;
}

} // namespace Sync
