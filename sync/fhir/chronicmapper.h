#pragma once

#include "recordmapper.h"

namespace Sync {

// chronic_registration -> Condition (the diagnosis) + EpisodeOfCare (the management episode).
class ChronicRegistrationMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("chronic_registration"); }
    QString table() const override { return QStringLiteral("chronic_registration"); }
    int rank() const override { return 2; }
    QStringList columns() const override;
    std::vector<Part> parts() const override;
    QJsonObject toFhir(const QString &type, const QJsonObject &row,
                       const MapContext &ctx) const override;
    QJsonObject fromFhir(const QString &type, const QJsonObject &resource) const override;
    QJsonObject defaults() const override;
    QString area(const QJsonObject &row, const MapContext &ctx) const override;
};

} // namespace Sync
