#pragma once

// Private to the resident import: ResidentImport::run in named steps. One ImportRun imports one
// table: the residents already stored are read once, then batches of rows (each one
// transaction) are checked and written. Rows are made ready off this thread
// (ImportRows::prepare) a chunk ahead of the writing; the writes go through prepared sqlite3
// statements for the residents and their search terms, and through the shared write path for
// the rest: RecordSerials (health-record numbers), ChangeLog (outbox, audit).

#include "recordserials.h"
#include "residentimport.h"
#include "residentimportrows.h"
#include "searchtermwriter.h"
#include "sqlitestmt.h"

#include <QElapsedTimer>
#include <QSet>

#include <future>
#include <memory>
#include <string>
#include <vector>

namespace Models {

class ImportRun
{
public:
    ImportRun(const ResidentImport &importer, QString connectionName, const Scope &scope,
              const Table &table, const ImportMapping &mapping, const ImportOptions &options);
    Result<ImportReport> run();

private:
    // A batch in progress: what it created, its terms and digest, merged into the report only
    // when it commits.
    struct Batch
    {
        Batch(int start, int end) : start(start), end(end) {}
        ~Batch()
        {
            if (hashing.valid()) // before `digest` goes
                hashing.wait();
        }
        const int start, end;
        const QString now = ChangeLog::nowUtc();
        const QByteArray nowUtf8 = now.toUtf8();
        qint64 lastRid = 0;   // rids are given in order after the largest stored
        ImportReport outcome; // merged only when committed
        QSet<QString> ids, keys;
        QVector<QByteArray> created; // ids of the residents created, for outbox and audit
        std::vector<std::vector<std::pair<std::string, int>>> held;  // chunks' terms
        std::vector<std::vector<SearchTermWriter::RowRef>> termRuns; // each sorted (term, rid)
        std::vector<SearchTermWriter::Row> recordTerms;              // R + record number
        // The digest is computed off this thread, a chunk at a time and in order, by a task that
        // then frees the chunk's rows (their strings were made on the worker).
        ImportRows::Sha256 digest;
        std::future<void> hashing;
        QString sqlFailure;
        int firstLine = 0, lastLine = 0;
        bool cancelled = false;
        bool failed() const { return !sqlFailure.isEmpty(); }
    };
    enum class Outcome { Committed, Cancelled, Stopped };
    static constexpr int ResidentsPerStmt = 16;
    static constexpr int ResidentParams = 19;

    // The run's steps.
    Result<void> prepareStatements();
    void readStored();
    void enterBulkMode();
    void leaveBulkMode();
    int chunkEnd(int from) const;
    void startPreparing(int from);
    Outcome runBatch(int start, int end);
    void finish();

    // A batch's steps (residentimportbatch.cpp).
    void writeChunk(Batch &b, ImportRows::PreparedBatch prep);
    bool acceptRow(Batch &b, ImportRows::PreparedRow &p);
    QString matchExisting(const Batch &b, const ImportRows::PreparedRow &p, QString *warning) const;
    bool assignRecordNumber(Batch &b, ImportRows::PreparedRow &p);
    bool insertResidents(Batch &b, const ImportRows::PreparedBatch &chunk,
                         std::vector<size_t> &pending, const std::vector<qint64> &rids);
    void writeTerms(Batch &b);
    void writeOutboxAndSerials(Batch &b);
    void auditBatch(Batch &b);
    Outcome endBatch(Batch &b);

    const ResidentImport &m_importer;
    const QString m_conn;
    const Scope &m_scope;
    const Table &m_table;
    const ImportMapping &m_mapping;
    const ImportOptions &m_o;
    const int m_rows;
    const int m_batchSize;
    sqlite3 *m_h = nullptr;
    QElapsedTimer m_timer;
    ImportReport m_rep;
    QString m_workstation;
    QByteArray m_userUtf8;
    bool m_foreignKeysWereOn = false;

    std::unique_ptr<SqliteStmt> m_insertOne, m_insertMany, m_maxRid;
    std::unique_ptr<SearchTermWriter> m_terms;
    RecordSerials m_serials;

    // The residents already stored, read once: identity number -> (name, record number), and
    // name|birth date -> (village, record number).
    struct StoredRef
    {
        QString a, recordNo;
    };
    QHash<QString, StoredRef> m_storedById;
    QMultiHash<QString, StoredRef> m_storedByNameBirth;
    QSet<QString> m_seenIds, m_seenKeys;           // rows accepted by earlier batches of this run
    std::future<ImportRows::PreparedBatch> m_next; // the chunk being prepared
};

} // namespace Models
