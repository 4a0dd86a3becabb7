#pragma once

#include "resident.h"
#include "result.h"
#include "scope.h"
#include "tabularfile.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Models {

// The resident fields an imported column can fill.
enum class ImportField {
    Ignore,
    Name,
    Sex,
    BirthDate,
    IdNumber,
    Phone,
    Address,
    Village,
    Ethnicity,
    ResidenceType,
    WorkUnit,
    ContactName,
    ContactPhone
};

// Which column fills which field. Auto-detected from the header (姓名, 性别, 出生日期, 身份证号,
// 联系电话, 现住址, 村...), overridable by a JSON file {"姓名": "name", "电话": "phone", ...}
// or {"columns": {...}, "village": "430121101201"}.
struct ImportMapping
{
    QVector<ImportField> columns; // one per header column
    QString defaultVillage;       // used when no village column or the cell is empty

    static ImportMapping detect(const QStringList &header);
    // Applies a JSON mapping on top of `base`; unknown field keys are an error.
    static Result<ImportMapping> fromJson(const QJsonObject &o, const QStringList &header,
                                          ImportMapping base);
    QJsonObject toJson(const QStringList &header) const;
    int columnOf(ImportField f) const;

    static QString fieldKey(ImportField f);   // "name", "sex"...
    static QString fieldLabel(ImportField f); // translated: 姓名, 性别...
    static QList<ImportField> allFields();
};

struct ImportRowIssue
{
    int line = 0;   // the file's line (CSV) or row (xlsx)
    QString name;   // the name in that row, to help find it
    QString field;  // field at fault, empty when none
    QString reason; // translated
};

struct ImportReport
{
    QString file;
    QString encoding;
    bool dryRun = false;
    bool cancelled = false;
    int total = 0;    // data rows read
    int imported = 0; // new residents (in a dry run: that would be created)
    int existing = 0; // rows that match a resident already stored (or an earlier row)
    int failed = 0;   // rows refused (see errors)
    QVector<ImportRowIssue> errors;
    QVector<ImportRowIssue> skipped;  // the existing ones, with whom they matched
    QVector<ImportRowIssue> warnings; // imported, but a likely duplicate of someone stored
    QVector<int> importedLines;
    QString stopReason; // set when a batch failed and the import stopped
    // The file line of the last row of the last batch that was committed: when an import is
    // cancelled or stops, the good rows up to it went in and nothing after it did. 0: none.
    int committedThroughLine = 0;
    qint64 milliseconds = 0;

    QString toText() const; // the report a person saves or prints
    QJsonObject toJson() const;
    Result<void> save(const QString &path) const; // .json or text
};

struct ImportOptions
{
    bool dryRun = false;
    int batchSize = 20000; // rows per transaction (prepared in chunks of 500-5000)
    QDate today = QDate::currentDate();
    // (done, total) -> false cancels; the batch in progress is rolled back, earlier ones stay.
    std::function<bool(int, int)> progress;
    QString fileName; // named in the audit entries (runFile sets it)
};

// Imports a resident list. Each row is checked with ResidentValidator (the same rules as the
// form); good rows are stored in batches, each one transaction with its search terms, outbox and
// audit entries, through prepared sqlite3 statements (the bulk path). A row that matches a
// stored resident (same identity number; or same name, birth date and village) is skipped, so a
// second run of the same file creates nothing twice.
class ResidentImport
{
public:
    explicit ResidentImport(QString connectionName);
    Result<ImportReport> run(const Scope &scope, const Table &table, const ImportMapping &mapping,
                             const ImportOptions &options = {});
    // Reads the file, detects the mapping (or applies `mappingFile`), runs.
    Result<ImportReport> runFile(const Scope &scope, const QString &path,
                                 const QString &mappingFile = {},
                                 const ImportOptions &options = {});

    // Converts one row to a resident (no validation beyond parsing); `problems` gets parse errors.
    Resident residentFromRow(const QStringList &row, const ImportMapping &mapping,
                             QList<Error> &problems, QString *workUnit = nullptr,
                             QString *contactName = nullptr, QString *contactPhone = nullptr) const;

    static QDate parseDate(const QString &text);
    // The names a list may give a village: its own, and without 村, 居委会 or 村委会 (柳树村 is
    // often written 柳树).
    static QStringList villageNames(const QString &name);

    // The SHA-256 digest an import batch's audit entry carries: over the created residents, in
    // order, each field (id, record_no, name, sex, birth_date, id_number, phone, address,
    // village_code, residence_type, ethnicity, then `extra`: work_unit, contact_name,
    // contact_phone) UTF-8 followed by 0x1F, each resident followed by 0x1E. Recomputing it from
    // the stored rows shows whether they still hold what was imported.
    static QString batchDigest(const QVector<Resident> &rows, const QVector<QStringList> &extra);

private:
    QString villageCodeFor(const QString &cell) const;
    QString m_conn;
    QHash<QString, QString> m_villageByName;
    QHash<QString, QString> m_villageCodes;
};

// Exports residents (in the caller's scope, optionally one village) as a table with Chinese
// headers that ResidentImport reads back.
class ResidentExport
{
public:
    static Result<Table> table(const QString &connectionName, const Scope &scope,
                               const QString &villageCode = {});
};

} // namespace Models
