// Helpers shared by the clinical mappers, and the CVX table (resources/codes/vaccine_cvx.json).
#include "clinicalmappers.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace Sync {

QPair<QString, QString> cvxFor(const QString &product)
{
    static const QHash<QString, QPair<QString, QString>> table = [] {
        QHash<QString, QPair<QString, QString>> t;
        QFile f(QStringLiteral(":/codes/vaccine_cvx.json"));
        if (!f.open(QIODevice::ReadOnly))
            return t;
        const QJsonObject map =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("map")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            t.insert(it.key(),
                     qMakePair(it.value().toObject().value(QStringLiteral("cvx")).toString(),
                               it.value().toObject().value(QStringLiteral("display")).toString()));
        return t;
    }();
    return table.value(product);
}

QJsonObject quantity(double value, const QString &unit, const QString &ucum)
{
    return QJsonObject{{QStringLiteral("value"), value},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")},
                       {QStringLiteral("code"), ucum}};
}

QJsonValue numberOrNull(const QJsonValue &v)
{
    return v.isDouble() ? v : QJsonValue(QJsonValue::Null);
}

QString areaOfResident(const QJsonObject &row, const MapContext &ctx)
{
    return ctx.residentVillage ? ctx.residentVillage(str(row, QStringLiteral("resident_id")))
                               : QString();
}

} // namespace Sync
