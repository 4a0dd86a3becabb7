#pragma once

#include "recordmapper.h"

namespace Sync {

// resident -> Patient
class ResidentMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("resident"); }
    QString table() const override { return QStringLiteral("resident"); }
    int rank() const override { return 1; }
    QStringList columns() const override;
    QStringList identityFields() const override;
    std::vector<Part> parts() const override;
    QJsonObject toFhir(const QString &type, const QJsonObject &row,
                       const MapContext &ctx) const override;
    QJsonObject fromFhir(const QString &type, const QJsonObject &resource) const override;
    QJsonObject defaults() const override;
    QJsonObject derivedColumns(const QJsonObject &row) const override;
    bool afterWrite(QSqlDatabase &db, const QJsonObject &oldRow,
                    const QJsonObject &newRow) const override;
    bool afterWriteCached(SqlCache &sql, QSqlDatabase &db, const QJsonObject &oldRow,
                          const QJsonObject &newRow) const override;
    QString area(const QJsonObject &row, const MapContext &ctx) const override;
};

} // namespace Sync
