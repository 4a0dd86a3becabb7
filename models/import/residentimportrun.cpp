#include "residentimportrun.h"

#include "backgroundcheckpoint.h"
#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"

#include <QCoreApplication>
#include <QSysInfo>

// ResidentImport::run, the bulk path: batches, idempotence, the writes. The rows are made ready
// by ImportRows::prepare (residentimportrows.cpp) on a worker thread; a batch's own steps are in
// residentimportbatch.cpp.

namespace Models {

using namespace ImportRows;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentImport)
};
} // namespace

Result<ImportReport> ResidentImport::run(const Scope &scope, const Table &table,
                                         const ImportMapping &mapping, const ImportOptions &o)
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.write")); !e)
        return e.error();
    if (mapping.columnOf(ImportField::Name) < 0)
        return makeError(QStringLiteral("mapping.name"), Text::tr("请指定哪一列是姓名"),
                         QStringLiteral("mapping"));
    if (mapping.columnOf(ImportField::Village) < 0 && mapping.defaultVillage.isEmpty())
        return makeError(QStringLiteral("mapping.village"),
                         Text::tr("文件中没有“村”列：请选择这些居民所属的村（居委会）"),
                         QStringLiteral("village_code"));
    if (!mapping.defaultVillage.isEmpty() && !m_villageCodes.contains(mapping.defaultVillage))
        return makeError(QStringLiteral("village.unknown"),
                         Text::tr("该村（居委会）不在本机的区划表中"),
                         QStringLiteral("village_code"));
    return ImportRun(*this, m_conn, scope, table, mapping, o).run();
}

ImportRun::ImportRun(const ResidentImport &importer, QString connectionName, const Scope &scope,
                     const Table &table, const ImportMapping &mapping, const ImportOptions &options)
    : m_importer(importer), m_conn(std::move(connectionName)), m_scope(scope), m_table(table),
      m_mapping(mapping), m_o(options), m_rows(int(table.rows.size())),
      m_batchSize(qMax(1, options.batchSize)), m_serials(m_conn)
{
}

Result<ImportReport> ImportRun::run()
{
    m_timer.start();
    m_rep.encoding = m_table.encoding;
    m_rep.dryRun = m_o.dryRun;
    m_rep.total = m_rows;
    m_h = sqliteHandle(m_conn);
    if (!m_h)
        return makeError(QStringLiteral("db.handle"), Text::tr("数据库未打开"));
    if (auto e = prepareStatements(); !e)
        return e.error();
    m_workstation =
        m_scope.workstation.isEmpty() ? QSysInfo::machineHostName() : m_scope.workstation;
    m_userUtf8 = m_scope.userId.toUtf8();
    readStored();
    enterBulkMode();
    if (m_rows > 0)
        startPreparing(0);
    for (int start = 0; start < m_rows; start += m_batchSize)
        if (runBatch(start, qMin(m_rows, start + m_batchSize)) != Outcome::Committed)
            break;
    if (m_next.valid())
        m_next.wait(); // a batch prepared after a stop or cancel is dropped
    finish();
    return m_rep;
}

// Residents go in 16 to a statement, each with its rid given (the next after the largest, as
// SQLite would choose): the search terms need it before the statement runs. With OR FAIL (a
// failure rolls back the whole batch anyway), and the table's CHECKs and foreign keys not
// compiled in while the import writes (enterBulkMode), SQLite needs no statement journal (a copy
// of every page a multi-row statement touches) and runs no orphan scans.
Result<void> ImportRun::prepareStatements()
{
    const QByteArray insert =
        "INSERT OR FAIL INTO resident(rid, id, record_no, name, sex, birth_date, id_number, phone,"
        " address, village_code, residence_type, ethnicity, household_id, relation,"
        " sort_key, created_at, updated_at, updated_by, work_unit, contact_name,"
        " contact_phone) VALUES";
    const QByteArray values = "(?,?,?,?,?,?,?,?,?,?,?,?,NULL,'',?,?,?,?,?,?,?)";
    QByteArray many = insert + values;
    for (int i = 1; i < ResidentsPerStmt; ++i)
        many += "," + values;
    m_insertOne = std::make_unique<SqliteStmt>(m_h, (insert + values).constData());
    m_insertMany = std::make_unique<SqliteStmt>(m_h, many.constData());
    m_maxRid = std::make_unique<SqliteStmt>(m_h, "SELECT ifnull(max(rid), 0) FROM resident");
    m_terms = std::make_unique<SearchTermWriter>(m_h);
    QString failure;
    for (const SqliteStmt *s : {m_insertOne.get(), m_insertMany.get(), m_maxRid.get()})
        if (!s->ok() && failure.isEmpty())
            failure = s->error();
    if (failure.isEmpty() && !m_terms->ok())
        failure = m_terms->error();
    if (!failure.isEmpty())
        return makeError(QStringLiteral("db.prepare"), Text::tr("数据库结构不对，无法导入"), {},
                         failure);
    return {};
}

// One scan (~0.2 s for 200,000 residents) instead of two index lookups a row.
void ImportRun::readStored()
{
    SqliteStmt stored(m_h, "SELECT id_number, name, birth_date, village_code, record_no FROM "
                           "resident WHERE deleted = 0");
    while (stored.step()) {
        const QString recordNo = stored.columnText(4);
        if (!stored.columnIsNull(0))
            m_storedById.insert(stored.columnText(0), StoredRef{stored.columnText(1), recordNo});
        m_storedByNameBirth.insert(stored.columnText(1) + QLatin1Char('|') + stored.columnText(2),
                                   StoredRef{stored.columnText(3), recordNo});
    }
}

// A large page cache while the search index grows by ~25 terms a row (as the demo does).
// Checkpoints (each with an fsync) are held back until the end.
// While the import writes, foreign keys and CHECK constraints are not compiled into its
// statements (connection settings, changed outside a transaction, restored in finish). The rows
// already satisfy both: every one passed ResidentValidator (name 1-50 characters, sex M/F,
// residence type 1/2 are its rules too, tests/models/tst_residentimport checks each), its
// village_code is one of the area codes read above and household_id is NULL; outbox rows
// carry the literal op 'create'. With them on, a multi-row insert would scan every table
// that refers to resident for orphans of each new row, evaluate the CHECK lists through a
// small table per row, and need a statement journal.
void ImportRun::enterBulkMode()
{
    SqliteStmt foreignKeys(m_h, "PRAGMA foreign_keys");
    if (foreignKeys.step())
        m_foreignKeysWereOn = foreignKeys.columnInt(0) != 0;
    if (!m_o.dryRun)
        sqliteExec(m_h, "PRAGMA cache_size=-200000; PRAGMA wal_autocheckpoint=0;"
                        " PRAGMA foreign_keys=OFF; PRAGMA ignore_check_constraints=ON");
}

void ImportRun::leaveBulkMode()
{
    // The WAL is copied into the file after the summary's audit entry, on a thread of its own.
    sqliteExec(m_h, "PRAGMA ignore_check_constraints=OFF; PRAGMA cache_size=-16000;");
    if (m_foreignKeysWereOn)
        sqliteExec(m_h, "PRAGMA foreign_keys=ON");
}

// Rows are prepared in chunks (a transaction holds one or more): the worker prepares the next
// chunk while this thread writes the current one. Chunks start at 500 rows and double up to 5000
// (the worker needs about half the time a row takes to write, so it stays ahead), so the writing
// thread waits only for the first 500 rows, whatever the transaction size.
int ImportRun::chunkEnd(int from) const
{
    const int size = qBound(500, from, 5000);
    const qint64 batchEnd = (qint64(from) / m_batchSize + 1) * m_batchSize;
    return int(qMin<qint64>(m_rows, qMin<qint64>(from + size, batchEnd)));
}

void ImportRun::startPreparing(int from)
{
    m_next = std::async(std::launch::async, [this, from, end = chunkEnd(from)] {
        return ImportRows::prepare(m_importer, m_scope, m_table, m_mapping, from, end, m_o.dryRun,
                                   m_o.today);
    });
}

void ImportRun::finish()
{
    if (!m_o.dryRun)
        leaveBulkMode();
    m_rep.imported = int(m_rep.importedLines.size());
    m_rep.existing = int(m_rep.skipped.size());
    m_rep.failed = int(m_rep.errors.size());
    m_rep.milliseconds = m_timer.elapsed();
    if (m_o.progress && !m_rep.cancelled)
        m_o.progress(m_rows, m_rows);
    if (!m_o.dryRun && m_rep.imported > 0) {
        const QJsonObject summary{
            {QStringLiteral("file"), m_rep.file.isEmpty() ? m_o.fileName : m_rep.file},
            {QStringLiteral("total"), m_rep.total},
            {QStringLiteral("imported"), m_rep.imported},
            {QStringLiteral("existing"), m_rep.existing},
            {QStringLiteral("failed"), m_rep.failed}};
        (void)ChangeLog::audit(m_conn, m_scope, QStringLiteral("import"),
                               QStringLiteral("resident"), QString(), {}, summary);
    }
    if (!m_o.dryRun) {
        // Everything is committed: the ~1 KB a row of WAL goes into the file in the background
        // (models/backgroundcheckpoint.h); this connection's automatic checkpoints resume after
        // it (one that meets the background copy skips, as SQLite's do).
        BackgroundCheckpoint::start(m_h);
        sqliteExec(m_h, "PRAGMA wal_autocheckpoint=1000");
    }
    qCInfo(lcRepo) << "import" << m_rep.imported << "of" << m_rep.total << "in"
                   << m_rep.milliseconds << "ms";
}

} // namespace Models
