#pragma once

// FHIR R4 mapping of one kind of synced record (docs/sync.md "Adding a kind").
// A record is handled as a flat JSON object of its synced columns ("row"); each kind maps to one
// or more FHIR resources ("parts") that share the record's UUID as their id. Merge, push and pull
// are generic over rows; only the mapper knows FHIR.

#include <QJsonObject>
class QSqlDatabase;
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <memory>
#include <vector>

namespace Sync {

inline const QString FhirBase = QStringLiteral("https://jiayi.example/fhir");
QString sidSystem(const QString &name);        // FhirBase + "/sid/" + name
QString codeSystem(const QString &name);       // FhirBase + "/CodeSystem/" + name
QString extensionUrl(const QString &name);     // FhirBase + "/StructureDefinition/" + name
inline const QString AreaTagSystem = QStringLiteral("https://jiayi.example/fhir/CodeSystem/area");

struct MapContext
{
    // Village code of a resident (for records that belong to a resident), empty if unknown.
    std::function<QString(const QString &residentId)> residentVillage;
};

struct Part
{
    QString type;          // FHIR resource type
    QStringList columns;   // row columns this resource carries (a column may be in several)
};

class SqlCache;

class RecordMapper
{
public:
    virtual ~RecordMapper() = default;
    virtual QString entity() const = 0;          // outbox entity name, e.g. "resident"
    virtual QString table() const = 0;           // SQL table
    virtual int rank() const = 0;                // push/pull order: referenced kinds first
    virtual QStringList columns() const = 0;     // synced columns, "id" first, without "deleted"
    virtual QStringList identityFields() const { return {}; }
    virtual std::vector<Part> parts() const = 0;
    virtual QJsonObject toFhir(const QString &type, const QJsonObject &row,
                               const MapContext &ctx) const = 0;
    // Columns of the part `type` read back from `resource` (absent elements give the defaults).
    // Must be pure (no database, no shared mutable state): the pull calls it on its fetch thread.
    virtual QJsonObject fromFhir(const QString &type, const QJsonObject &resource) const = 0;
    // Default values of NOT NULL columns, used when a record arrives before all its parts.
    virtual QJsonObject defaults() const = 0;
    // Extra columns to store with an incoming row (e.g. a sort key).
    virtual QJsonObject derivedColumns(const QJsonObject &row) const { return {}; }
    // Keeps derived tables (search index) in step after an incoming row was written.
    virtual bool afterWrite(QSqlDatabase &db, const QJsonObject &oldRow,
                            const QJsonObject &newRow) const { return true; }
    // The same, on the sync engine's hot path: `sql` holds prepared sqlite3 statements of the same
    // connection for the whole sync. Override when afterWrite runs many statements per record.
    virtual bool afterWriteCached(SqlCache &sql, QSqlDatabase &db, const QJsonObject &oldRow,
                                  const QJsonObject &newRow) const { return afterWrite(db, oldRow, newRow); }
    // Village that scopes the record on the platform.
    virtual QString area(const QJsonObject &row, const MapContext &ctx) const = 0;

    std::optional<Part> part(const QString &type) const;
};

// The one list of mapped kinds (sync/mappers.cpp). Sorted by rank.
const std::vector<std::unique_ptr<RecordMapper>> &mappers();
const RecordMapper *mapperForEntity(const QString &entity);
const RecordMapper *mapperForType(const QString &fhirType);

// Whole record -> all its resources, and back (used by tests and the initial pull).
QJsonObject rowFromResources(const RecordMapper &m, const QList<QJsonObject> &resources);

// Small helpers for mappers.
QJsonObject identifier(const QString &system, const QString &value);
QString identifierValue(const QJsonObject &resource, const QString &system);
QJsonObject extension(const QString &name, const QString &valueKey, const QJsonValue &value);
QJsonValue extensionValue(const QJsonObject &element, const QString &name);
QJsonObject areaMeta(const QString &village);
QJsonValue nullable(const QString &s); // empty -> null
QString str(const QJsonObject &o, const QString &key);

} // namespace Sync
