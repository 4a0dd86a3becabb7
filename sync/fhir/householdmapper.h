#pragma once

#include "recordmapper.h"

namespace Sync {

// household -> Group (type person, actual); members are the Patients that point at it.
class HouseholdMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("household"); }
    QString table() const override { return QStringLiteral("household"); }
    int rank() const override { return 0; } // residents refer to their household (foreign key)
    QStringList columns() const override;
    std::vector<Part> parts() const override;
    QJsonObject toFhir(const QString &type, const QJsonObject &row,
                       const MapContext &ctx) const override;
    QJsonObject fromFhir(const QString &type, const QJsonObject &resource) const override;
    QJsonObject defaults() const override;
    QString area(const QJsonObject &row, const MapContext &ctx) const override;
};

} // namespace Sync
