#include "householdmapper.h"

#include <QJsonArray>

namespace Sync {

QStringList HouseholdMapper::columns() const
{
    return {QStringLiteral("id"), QStringLiteral("village_code"), QStringLiteral("address"),
            QStringLiteral("head_id")};
}

std::vector<Part> HouseholdMapper::parts() const
{
    return {Part{QStringLiteral("Group"), columns()}};
}

QJsonObject HouseholdMapper::defaults() const
{
    return QJsonObject{{QStringLiteral("village_code"), QString()},
                       {QStringLiteral("address"), QString()},
                       {QStringLiteral("head_id"), QJsonValue::Null}};
}

QString HouseholdMapper::area(const QJsonObject &row, const MapContext &) const
{
    return str(row, QStringLiteral("village_code"));
}

QJsonObject HouseholdMapper::toFhir(const QString &, const QJsonObject &row,
                                    const MapContext &ctx) const
{
    const QString id = str(row, QStringLiteral("id"));
    QJsonArray ext{extension(QStringLiteral("village-code"), QStringLiteral("valueCode"),
                             str(row, QStringLiteral("village_code")))};
    if (!str(row, QStringLiteral("address")).isEmpty())
        ext.append(extension(QStringLiteral("household-address"), QStringLiteral("valueString"),
                             str(row, QStringLiteral("address"))));
    if (!str(row, QStringLiteral("head_id")).isEmpty())
        ext.append(extension(
            QStringLiteral("household-head"), QStringLiteral("valueReference"),
            QJsonObject{{QStringLiteral("reference"),
                         QStringLiteral("Patient/") + str(row, QStringLiteral("head_id"))}}));
    QJsonObject g{{QStringLiteral("resourceType"), QStringLiteral("Group")},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("meta"), areaMeta(area(row, ctx))},
                  {QStringLiteral("extension"), ext},
                  {QStringLiteral("identifier"),
                   QJsonArray{identifier(sidSystem(QStringLiteral("household")), id)}},
                  {QStringLiteral("type"), QStringLiteral("person")},
                  {QStringLiteral("actual"), true}};
    if (!str(row, QStringLiteral("address")).isEmpty())
        g.insert(QStringLiteral("name"), str(row, QStringLiteral("address")));
    return g;
}

QJsonObject HouseholdMapper::fromFhir(const QString &, const QJsonObject &g) const
{
    QJsonObject row = cachedDefaults();
    row.insert(QStringLiteral("id"), g.value(QStringLiteral("id")).toString());
    row.insert(QStringLiteral("village_code"),
               extensionValue(g, QStringLiteral("village-code")).toString());
    row.insert(QStringLiteral("address"),
               extensionValue(g, QStringLiteral("household-address")).toString());
    const QString head = extensionValue(g, QStringLiteral("household-head"))
                             .toObject()
                             .value(QStringLiteral("reference"))
                             .toString();
    row.insert(QStringLiteral("head_id"), nullable(head.mid(head.indexOf(QLatin1Char('/')) + 1)));
    return row;
}

} // namespace Sync
