#pragma once

// FHIR R4 mapping of one kind of synced record (docs/sync.md "Adding a kind").
// A record is handled as a flat JSON object of its synced columns ("row"); each kind maps to one
// or more FHIR resources ("parts") that share the record's UUID as their id. Merge, push and pull
// are generic over rows; only the mapper knows FHIR.

#include <QJsonArray>
#include <QJsonObject>
class QSqlDatabase;
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Sync {

inline const QString FhirBase = QStringLiteral("https://jiayi.example/fhir");
QString sidSystem(const QString &name);    // FhirBase + "/sid/" + name
QString codeSystem(const QString &name);   // FhirBase + "/CodeSystem/" + name
QString extensionUrl(const QString &name); // FhirBase + "/StructureDefinition/" + name
inline const QString AreaTagSystem = QStringLiteral("https://jiayi.example/fhir/CodeSystem/area");

struct MapContext
{
    // Village code of a resident (for records that belong to a resident), empty if unknown.
    std::function<QString(const QString &residentId)> residentVillage;
    // Area of another synced record (e.g. the team of a staff member), empty if unknown.
    std::function<QString(const QString &entity, const QString &id)> recordArea;
    // Village that scopes records belonging to no resident or village (vaccine lots): the
    // workstation's `sync_state.home_area`, else its first village.
    QString homeArea;
    // One value of a query on the workstation's database (derived output such as a dose number);
    // unset in pure mapping tests.
    std::function<QVariant(const QString &sql, const QVariantList &binds)> scalar;
};

struct Part
{
    QString type;        // FHIR resource type
    QStringList columns; // row columns this resource carries (a column may be in several)
    QString suffix;      // resource id = record id + suffix (+ index of a repeated part)
    bool optional =
        false; // may be absent for a row (toFhir gives {}); deleting it clears its columns only
    bool repeated = false; // one resource per element of a list column: suffix1, suffix2, ...
    int index = 0;         // 1-based, in the concrete parts of a row (RecordMapper::partsFor)

    // Identifies the part inside its record: versions, toFhir/fromFhir argument ("Observation-bp").
    QString key() const { return type + suffix + (index ? QString::number(index) : QString()); }
    QString resourceId(const QString &recordId) const
    {
        return recordId + suffix + (index ? QString::number(index) : QString());
    }
};

class SqlCache;

class RecordMapper
{
public:
    virtual ~RecordMapper() = default;
    virtual QString entity() const = 0;      // outbox entity name, e.g. "resident"
    virtual QString table() const = 0;       // SQL table
    virtual int rank() const = 0;            // push/pull order: referenced kinds first
    virtual QStringList columns() const = 0; // synced columns, "id" first, without "deleted"
    virtual QStringList identityFields() const { return {}; }
    virtual std::vector<Part> parts() const = 0;
    // `key` is Part::key() (the resource type for a part without suffix). An empty object: the
    // (optional) part is absent for this row.
    virtual QJsonObject toFhir(const QString &key, const QJsonObject &row,
                               const MapContext &ctx) const = 0;
    // Columns of the part `key` read back from `resource` (absent elements give the defaults).
    // Must be pure (no database, no shared mutable state): the pull calls it on its fetch thread.
    virtual QJsonObject fromFhir(const QString &key, const QJsonObject &resource) const = 0;
    // Number of resources of a repeated part for this row (e.g. one per medication).
    virtual int repeatCount(const Part &, const QJsonObject &) const { return 0; }
    // Applies one incoming resource (or the deletion of an optional part) to a row. The default
    // overlays fromFhir; a deleted optional part resets its columns (but id) to the defaults.
    // Overrides must hand parts that are not `repeated` to RecordMapper::applyPart: the pull runs
    // fromFhir for those on its fetch thread and overlays the result itself.
    virtual void applyPart(QJsonObject &row, const Part &part, const QJsonObject &resource,
                           bool deleted) const;
    // Synced columns that live in link tables (not in table()): readLinks fills them, afterWrite
    // stores them. They are listed in columns() too.
    virtual QStringList linkColumns() const { return {}; }
    virtual bool readLinks(QSqlDatabase &, QJsonObject &) const { return true; }
    QStringList storedColumns() const; // columns() without linkColumns()
    // Default values of NOT NULL columns, used when a record arrives before all its parts.
    virtual QJsonObject defaults() const = 0;
    // Extra columns to store with an incoming row (e.g. a sort key).
    virtual QJsonObject derivedColumns(const QJsonObject &row) const { return {}; }
    // Keeps derived tables (search index) in step after an incoming row was written.
    virtual bool afterWrite(QSqlDatabase &db, const QJsonObject &oldRow,
                            const QJsonObject &newRow) const
    {
        return true;
    }
    // The same, on the sync engine's hot path: `sql` holds prepared sqlite3 statements of the same
    // connection for the whole sync. Override when afterWrite runs many statements per record.
    virtual bool afterWriteCached(SqlCache &sql, QSqlDatabase &db, const QJsonObject &oldRow,
                                  const QJsonObject &newRow) const
    {
        return afterWrite(db, oldRow, newRow);
    }
    // Village that scopes the record on the platform.
    virtual QString area(const QJsonObject &row, const MapContext &ctx) const = 0;

    std::optional<Part> part(const QString &key) const; // also keys of concrete repeated parts
    std::vector<Part> partsFor(const QJsonObject &row) const; // repeated parts expanded

    // defaults() and parts(), made once per mapper (the pull maps hundreds of thousands of
    // resources; mappers use these in fromFhir/toFhir). Thread-safe.
    const QJsonObject &cachedDefaults() const { return cache().defaults; }
    const std::vector<Part> &cachedParts() const { return cache().parts; }

private:
    struct Cache
    {
        QJsonObject defaults;
        std::vector<Part> parts;
        QStringList keys; // Part::key() of each part
    };
    const Cache &cache() const;
    mutable std::once_flag m_once;
    mutable Cache m_cache;
};

// Which record an incoming resource belongs to: by type and the id suffix of the part.
struct ResourceRef
{
    const RecordMapper *mapper = nullptr;
    QString recordId;
    Part part;
};
std::optional<ResourceRef> resolveResource(const QString &type, const QString &resourceId);
// The FHIR type of a part key ("Observation-bp" -> "Observation").
QString typeOfKey(const QString &key);

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
QJsonObject reference(const QString &type, const QString &id);
QString referenceId(const QJsonValue &ref); // "Patient/x" -> "x"
QJsonObject codeable(const QString &system, const QString &code, const QString &display = {});
QString conceptCode(const QJsonValue &cc, const QString &system = {}); // first coding (of system)

// A record's link rows (a team's villages, a contract's packages) carried as one comma-separated
// field of the row: `table(ownerColumn, valueColumn)` rows whose owner is row["id"].
struct LinkTable
{
    const char *table;
    const char *ownerColumn;
    const char *valueColumn;
    const char *field;
};
bool readLinkField(QSqlDatabase &db, QJsonObject &row, const LinkTable &link);
bool writeLinkField(QSqlDatabase &db, const QJsonObject &row, const LinkTable &link);

// Lossless transport of plain columns as extensions (ext:<column with '-' for '_'>): a value
// equal to the column's default is left out, an absent extension gives the default back.
// kind: 's' string, 'c' code, 'i' integer, 'd' decimal, 'D' date.
struct ColumnExt
{
    const char *column;
    char kind;
};
void putColumns(QJsonArray &extensions, const QJsonObject &row, const QJsonObject &defaults,
                std::initializer_list<ColumnExt> cols);
void takeColumns(QJsonObject &row, const QJsonObject &element, const QJsonObject &defaults,
                 std::initializer_list<ColumnExt> cols);
// Inserts "extension" when non-empty.
void setExtensions(QJsonObject &element, const QJsonArray &extensions);

} // namespace Sync
