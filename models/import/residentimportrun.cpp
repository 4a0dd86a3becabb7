#include "backgroundcheckpoint.h"
#include "residentimport.h"

#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "residentimportrows.h"
#include "searchterms.h"
#include "searchtermwriter.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSysInfo>

#include <algorithm>
#include <future>
#include <string>
#include <vector>

// ResidentImport::run, the bulk path: batches, idempotence, the writes. The rows are made ready
// by ImportRows::prepare (residentimportrows.cpp) on a worker thread.

namespace Models {

using namespace ImportRows;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentImport)
};

void setTriggers(sqlite3 *h, bool on)
{
    int now = 0;
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, &now);
}

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
    QElapsedTimer timer;
    timer.start();
    ImportReport rep;
    rep.encoding = table.encoding;
    rep.dryRun = o.dryRun;
    rep.total = int(table.rows.size());

    sqlite3 *h = sqliteHandle(m_conn);
    if (!h)
        return makeError(QStringLiteral("db.handle"), Text::tr("数据库未打开"));
    SqliteStmt stored(h, "SELECT id_number, name, birth_date, village_code, record_no FROM "
                         "resident WHERE deleted = 0");
    // Residents go in 16 to a statement, each with its rid given (the next after the largest, as
    // SQLite would choose): the search terms need it before the statement runs. With OR FAIL
    // (a failure rolls back the whole batch anyway), and the table's CHECKs and foreign keys not
    // compiled in while the import writes (see below), SQLite needs no statement journal (a copy
    // of every page a multi-row statement touches) and runs no orphan scans.
    constexpr int ResidentsPerStmt = 16;
    constexpr int ResidentParams = 19;
    const QByteArray residentInsert =
        "INSERT OR FAIL INTO resident(rid, id, record_no, name, sex, birth_date, id_number, phone,"
        " address, village_code, residence_type, ethnicity, household_id, relation,"
        " sort_key, created_at, updated_at, updated_by, work_unit, contact_name,"
        " contact_phone) VALUES";
    const QByteArray residentValues = "(?,?,?,?,?,?,?,?,?,?,?,?,NULL,'',?,?,?,?,?,?,?)";
    SqliteStmt insRes(h, (residentInsert + residentValues).constData());
    QByteArray manyResidentsSql = residentInsert + residentValues;
    for (int i = 1; i < ResidentsPerStmt; ++i)
        manyResidentsSql += "," + residentValues;
    SqliteStmt insResidents(h, manyResidentsSql.constData());
    SqliteStmt maxRid(h, "SELECT ifnull(max(rid), 0) FROM resident");
    SqliteStmt foreignKeys(h, "PRAGMA foreign_keys");
    SearchTermWriter termWriter(h);
    constexpr int OutboxPerStmt = 64;
    QByteArray manyOutboxSql = "INSERT OR FAIL INTO outbox(entity, entity_id, op, created_at) "
                               "VALUES('resident',?,'create',?)";
    for (int i = 1; i < OutboxPerStmt; ++i)
        manyOutboxSql += ",('resident',?,'create',?)";
    SqliteStmt insOutboxes(h, manyOutboxSql.constData());
    SqliteStmt outboxTriggers(h,
                              "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                              " WHERE type = 'trigger' AND tbl_name = 'outbox' ORDER BY name)");
    SqliteStmt countPending(h,
                            "UPDATE outbox_pending_count SET records = records + ? WHERE one = 1");
    SqliteStmt insOutbox(
        h, "INSERT INTO outbox(entity, entity_id, op, created_at) VALUES('resident',?,'create',?)");
    SqliteStmt insAudit(
        h, "INSERT INTO audit_log(at, user_id, workstation, action, entity, entity_id,"
           " before_json, after_json, prev_hash, hash) VALUES(?,?,?,?,'resident',?,NULL,?,?,?)");
    SqliteStmt lastHash(h, "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    SqliteStmt serialGet(h, "SELECT next_serial FROM record_serial WHERE village_code = ?");
    SqliteStmt serialMax(
        h,
        "SELECT MAX(CAST(substr(record_no, 13) AS INTEGER)) FROM resident WHERE record_no GLOB ?");
    SqliteStmt serialPut(
        h, "INSERT INTO record_serial(village_code, next_serial) VALUES(?, ?)"
           " ON CONFLICT(village_code) DO UPDATE SET next_serial = excluded.next_serial");
    for (SqliteStmt *s :
         {&stored, &insRes, &insResidents, &maxRid, &foreignKeys, &countPending, &insOutbox,
          &insOutboxes, &outboxTriggers, &insAudit, &lastHash, &serialGet, &serialMax, &serialPut})
        if (!s->ok())
            return makeError(QStringLiteral("db.prepare"), Text::tr("数据库结构不对，无法导入"), {},
                             s->error());
    if (!termWriter.ok())
        return makeError(QStringLiteral("db.prepare"), Text::tr("数据库结构不对，无法导入"), {},
                         termWriter.error());

    const QString workstation =
        scope.workstation.isEmpty() ? QSysInfo::machineHostName() : scope.workstation;
    const QByteArray userUtf8 = scope.userId.toUtf8();
    QSet<QString> seenIds, seenKeys; // rows accepted earlier in this run
    QHash<QString, qint64> serials;  // next serial per village, for this batch
    auto nextSerial = [&](const QString &village) -> qint64 {
        auto it = serials.find(village);
        if (it != serials.end())
            return (*it)++;
        qint64 s = 1;
        serialGet.text(1, village);
        if (serialGet.step()) {
            s = serialGet.columnInt(0);
        } else {
            serialGet.reset();
            serialMax.text(1, village + QLatin1Char('*'));
            if (serialMax.step())
                s = serialMax.columnInt(0) + 1;
            serialMax.reset();
        }
        serialGet.reset();
        serials.insert(village, s + 1);
        return s;
    };

    // Everything a row needs that does not touch the database, for rows [start, end). Runs on a
    // worker thread for the next chunk while this thread writes the current one.
    const bool dry = o.dryRun;
    const QDate today = o.today;
    auto prepare = [this, &table, &mapping, &scope, dry, today](int start, int end) {
        return ImportRows::prepare(*this, scope, table, mapping, start, end, dry, today);
    };

    const bool countOutboxHere =
        outboxTriggers.step() &&
        outboxTriggers.columnText(0) ==
            QLatin1String("outbox_pending_ack,outbox_pending_delete,outbox_pending_insert");
    outboxTriggers.reset();

    // The residents already stored, read once: identity number -> (name, record number), and
    // name|birth date -> (village, record number). One scan (~0.2 s for 200,000 residents)
    // instead of two index lookups a row.
    struct StoredRef
    {
        QString a, recordNo;
    };
    QHash<QString, StoredRef> storedById;
    QMultiHash<QString, StoredRef> storedByNameBirth;
    while (stored.step()) {
        const QString recordNo = stored.columnText(4);
        if (!stored.columnIsNull(0))
            storedById.insert(stored.columnText(0), StoredRef{stored.columnText(1), recordNo});
        storedByNameBirth.insert(stored.columnText(1) + QLatin1Char('|') + stored.columnText(2),
                                 StoredRef{stored.columnText(3), recordNo});
    }
    stored.reset();

    // A large page cache while the search index grows by ~25 terms a row (as the demo does).
    // Checkpoints (each with an fsync) are held back until the end.
    // While the import writes, foreign keys and CHECK constraints are not compiled into its
    // statements (connection settings, changed outside a transaction, restored below). The rows
    // already satisfy both: every one passed ResidentValidator (name 1-50 characters, sex M/F,
    // residence type 1/2 are its rules too, tests/models/tst_residentimport checks each), its
    // village_code is one of the area codes read above and household_id is NULL; outbox rows
    // carry the literal op 'create'. With them on, a multi-row insert would scan every table
    // that refers to resident for orphans of each new row, evaluate the CHECK lists through a
    // small table per row, and need a statement journal.
    bool foreignKeysWereOn = false;
    if (foreignKeys.step())
        foreignKeysWereOn = foreignKeys.columnInt(0) != 0;
    foreignKeys.reset();
    if (!o.dryRun)
        sqliteExec(h, "PRAGMA cache_size=-200000; PRAGMA wal_autocheckpoint=0;"
                      " PRAGMA foreign_keys=OFF; PRAGMA ignore_check_constraints=ON");
    const int n = int(table.rows.size());
    const int batchSize = qMax(1, o.batchSize);
    // Rows are prepared in chunks (a transaction holds one or more): the worker prepares the next
    // chunk while this thread writes the current one. Chunks start at 500 rows and double up to
    // 5000 (the worker needs about half the time a row takes to write, so it stays ahead), so the
    // writing thread waits only for the first 500 rows, whatever the transaction size.
    auto chunkEnd = [&](int from) {
        const int size = qBound(500, from, 5000);
        const qint64 batchEnd = (qint64(from) / batchSize + 1) * batchSize;
        return int(qMin<qint64>(n, qMin<qint64>(from + size, batchEnd)));
    };
    std::future<PreparedBatch> next;
    if (n > 0)
        next = std::async(std::launch::async, prepare, 0, chunkEnd(0));
    for (int start = 0; start < n; start += batchSize) {
        const int end = qMin(n, start + batchSize);
        if (o.progress && !o.progress(start, n)) {
            rep.cancelled = true;
            break;
        }
        if (!o.dryRun && !sqliteExec(h, "BEGIN IMMEDIATE")) {
            rep.stopReason = Text::tr("数据库正忙或无法写入");
            break;
        }
        qint64 lastRid = 0; // rids are given in order after the largest stored
        if (!o.dryRun) {
            if (maxRid.step())
                lastRid = maxRid.columnInt(0);
            maxRid.reset();
        }

        const QString now = ChangeLog::nowUtc();
        const QByteArray nowUtf8 = now.toUtf8();
        serials.clear();
        ImportReport batch; // this batch's outcome, merged only when committed
        QSet<QString> batchIds, batchKeys;
        QVector<QByteArray> created; // ids of the residents created, for outbox and audit
        std::vector<std::vector<std::pair<std::string, int>>> held;  // chunks' terms, until written
        std::vector<std::vector<SearchTermWriter::RowRef>> termRuns; // each sorted by (term, rid)
        std::vector<SearchTermWriter::Row> recordTerms;              // R + record number
        Sha256 digest;
        // The digest is computed off this thread, a chunk at a time and in order, by a task that
        // then frees the chunk's rows (their strings were made on the worker). Waited for before
        // the audit entry, and always before `digest` goes out of scope.
        std::future<void> hashing;
        struct Wait
        {
            std::future<void> &f;
            ~Wait()
            {
                if (f.valid())
                    f.wait();
            }
        } waitForHashing{hashing};
        QString sqlFailure;
        int firstLine = 0, lastLine = 0;
        bool cancelled = false;
        for (int chunkStart = start; chunkStart < end && sqlFailure.isEmpty() && !cancelled;) {
            PreparedBatch prep = next.get();
            chunkStart = prep.end;
            if (prep.end < n) // the next chunk is prepared while this one is written
                next = std::async(std::launch::async, prepare, prep.end, chunkEnd(prep.end));
            if (prep.rows.empty())
                continue;
            if (prep.start == start)
                firstLine = prep.rows.front().line;
            lastLine = prep.rows.back().line;
            std::vector<qint64> rids(prep.rows.size(), 0);
            std::vector<size_t> createdHere; // rows of this chunk that went in, in order
            std::vector<size_t> pending;     // of those, the ones not inserted yet
            // Inserts the pending rows: ResidentsPerStmt to a statement, or one by one.
            auto flushResidents = [&](const PreparedBatch &chunk) {
                const bool many = pending.size() == size_t(ResidentsPerStmt);
                SqliteStmt &stmt = many ? insResidents : insRes;
                sqlite3_stmt *st = stmt.handle();
                for (size_t j = 0; j < pending.size() && sqlFailure.isEmpty(); ++j) {
                    const PreparedRow &p = chunk.rows[pending[j]];
                    const int base = many ? int(j) * ResidentParams : 0;
                    auto bind = [st, base](int i, const QByteArray &b) {
                        sqlite3_bind_text(st, base + i, b.constData(), int(b.size()),
                                          SQLITE_STATIC);
                    };
                    sqlite3_bind_int64(st, base + 1, rids[pending[j]]);
                    bind(2, p.uuid);
                    bind(3, p.recordNoU8);
                    bind(4, p.u8[PreparedRow::U8Name]);
                    bind(5, p.u8[PreparedRow::U8Sex]);
                    bind(6, p.birthIso);
                    if (p.r.idNumber.isEmpty())
                        sqlite3_bind_null(st, base + 7);
                    else
                        bind(7, p.u8[PreparedRow::U8IdNumber]);
                    bind(8, p.u8[PreparedRow::U8Phone]);
                    bind(9, p.u8[PreparedRow::U8Address]);
                    bind(10, p.u8[PreparedRow::U8Village]);
                    sqlite3_bind_int64(st, base + 11, p.r.residenceType);
                    bind(12, p.u8[PreparedRow::U8Ethnicity]);
                    bind(13, p.sortKey);
                    bind(14, nowUtf8);
                    bind(15, nowUtf8);
                    bind(16, userUtf8);
                    bind(17, p.u8[PreparedRow::U8WorkUnit]);
                    bind(18, p.u8[PreparedRow::U8ContactName]);
                    bind(19, p.u8[PreparedRow::U8ContactPhone]);
                    if (!many && !stmt.run())
                        sqlFailure = stmt.error();
                }
                if (many && sqlFailure.isEmpty() && !stmt.run())
                    sqlFailure = stmt.error();
                pending.clear();
                return sqlFailure.isEmpty();
            };
            for (size_t k = 0; k < prep.rows.size() && sqlFailure.isEmpty() && !cancelled; ++k) {
                // Progress inside the batch too (every 500 rows), so a large batch still moves the
                // bar and can be cancelled: the batch in progress is then rolled back alone.
                if (const int at = prep.start + int(k);
                    o.progress && at != start && at % 500 == 0 && !o.progress(at, n)) {
                    cancelled = true;
                    break;
                }
                PreparedRow &p = prep.rows[k];
                Resident &r = p.r;
                const int line = p.line;
                if (!p.problems.isEmpty()) {
                    QStringList reasons;
                    for (const Error &e : std::as_const(p.problems))
                        reasons << e.message;
                    batch.errors << ImportRowIssue{line, p.shownName, p.problems.first().field,
                                                   reasons.join(Text::tr("；"))};
                    continue;
                }
                // Already stored (or earlier in this file)?
                QString matched;
                if (!r.idNumber.isEmpty()) {
                    if (seenIds.contains(r.idNumber) || batchIds.contains(r.idNumber)) {
                        matched = Text::tr("与文件中前面一行的身份证号相同");
                    } else if (const auto it = storedById.constFind(r.idNumber);
                               it != storedById.cend()) {
                        matched =
                            Text::tr("身份证号已登记（%1，档案号 %2）").arg(it->a, it->recordNo);
                    }
                }
                QString warning;
                if (matched.isEmpty()) {
                    if (seenKeys.contains(p.key) || batchKeys.contains(p.key)) {
                        matched = Text::tr("与文件中前面一行的姓名、出生日期和村相同");
                    } else {
                        const QString nameBirth =
                            r.name + QLatin1Char('|') + QLatin1String(p.birthIso);
                        for (auto it = storedByNameBirth.constFind(nameBirth);
                             it != storedByNameBirth.cend() && it.key() == nameBirth; ++it) {
                            // Without an identity number, same name + birth date + village is the
                            // same person; with one, it may be a twin or a namesake: warn only.
                            if (r.idNumber.isEmpty() && it->a == r.villageCode) {
                                matched = Text::tr("同村已有同名同出生日期的居民（档案号 %1）")
                                              .arg(it->recordNo);
                                break;
                            }
                            warning = Text::tr("已有同名同出生日期的居民（档案号 %1），可能重复")
                                          .arg(it->recordNo);
                        }
                    }
                }
                if (!matched.isEmpty()) {
                    batch.skipped << ImportRowIssue{line, p.shownName, {}, matched};
                    continue;
                }
                if (!r.idNumber.isEmpty())
                    batchIds.insert(r.idNumber);
                batchKeys.insert(p.key);
                if (!warning.isEmpty())
                    batch.warnings << ImportRowIssue{line, p.shownName, {}, warning};
                batch.importedLines << line;
                if (o.dryRun)
                    continue;

                const qint64 serial = nextSerial(r.villageCode);
                if (serial > 99999) {
                    batch.importedLines.removeLast();
                    batch.errors << ImportRowIssue{line, p.shownName,
                                                   QStringLiteral("village_code"),
                                                   Text::tr("该村的档案编号已用完（5位流水号）")};
                    continue;
                }
                QByteArray recordNo = p.u8[PreparedRow::U8Village];
                recordNo += QByteArray::number(serial).rightJustified(5, '0');
                r.recordNo = QString::fromLatin1(recordNo);
                p.recordNoU8 = recordNo;
                rids[k] = ++lastRid;
                pending.push_back(k);
                if (pending.size() == size_t(ResidentsPerStmt) && !flushResidents(prep))
                    break;
                recordTerms.emplace_back(char(SearchKind::RecordNo) + recordNo.toStdString(),
                                         rids[k]);
                created << p.uuid;
                createdHere.push_back(k);
            }
            if (!o.dryRun && sqlFailure.isEmpty() && !cancelled)
                (void)flushResidents(prep);
            if (!o.dryRun && sqlFailure.isEmpty() && !cancelled) {
                // This chunk's terms (sorted on the worker) of the rows that went in, kept for the
                // batch's one sorted pass; the chunk's strings stay alive in `held`.
                std::vector<SearchTermWriter::RowRef> run;
                run.reserve(prep.terms.size());
                for (const auto &[term, k] : std::as_const(prep.terms))
                    if (rids[size_t(k)] > 0)
                        run.emplace_back(&term, rids[size_t(k)]);
                termRuns.push_back(std::move(run));
                held.push_back(std::move(prep.terms));
            }
            if (hashing.valid())
                hashing.get();
            hashing = std::async(std::launch::async, [&digest, rows = std::move(prep.rows),
                                                      done = std::move(createdHere)]() mutable {
                for (size_t k : done) {
                    addDigestHead(digest, rows[k].uuid, rows[k].r.recordNo);
                    digest.addData(rows[k].digestTail);
                }
                rows = {};
            });
        } // chunks of this batch
        if (cancelled) {
            if (!o.dryRun)
                sqliteExec(h, "ROLLBACK");
            rep.cancelled = true;
            break;
        }
        // The search terms of the whole batch in one pass in key order: the chunks' sorted runs
        // and the record numbers merged, so the index is walked once from left to right.
        if (!o.dryRun && sqlFailure.isEmpty() && !created.isEmpty()) {
            std::sort(recordTerms.begin(), recordTerms.end());
            std::vector<SearchTermWriter::RowRef> records;
            records.reserve(recordTerms.size());
            for (const auto &[term, rid] : std::as_const(recordTerms))
                records.emplace_back(&term, rid);
            termRuns.push_back(std::move(records));
            if (!termWriter.insertSorted(SearchTermWriter::merge(termRuns)))
                sqlFailure = termWriter.error();
        }
        // The outbox keeps one entry per record (sync sends each one), 64 to a statement. Its only
        // insert trigger, outbox_pending_insert (0010), adds one to outbox_pending_count for a
        // record's first unsent entry; every record created here is new, so when that is the only
        // trigger on the table it is switched off for these statements and the batch adds its
        // count itself, in the same transaction (saving a lookup and an update a row).
        if (!o.dryRun && sqlFailure.isEmpty() && !created.isEmpty()) {
            if (countOutboxHere)
                setTriggers(h, false);
            qsizetype i = 0;
            sqlite3_stmt *many = insOutboxes.handle();
            for (; i + OutboxPerStmt <= created.size() && sqlFailure.isEmpty();
                 i += OutboxPerStmt) {
                for (int j = 0; j < OutboxPerStmt; ++j) {
                    const QByteArray &id = created.at(i + j);
                    sqlite3_bind_text(many, 2 * j + 1, id.constData(), int(id.size()),
                                      SQLITE_STATIC);
                    sqlite3_bind_text(many, 2 * j + 2, nowUtf8.constData(), int(nowUtf8.size()),
                                      SQLITE_STATIC);
                }
                if (!insOutboxes.run())
                    sqlFailure = insOutboxes.error();
            }
            for (; i < created.size() && sqlFailure.isEmpty(); ++i)
                if (!insOutbox.utf8(1, created.at(i)).utf8(2, nowUtf8).run())
                    sqlFailure = insOutbox.error();
            if (countOutboxHere) {
                setTriggers(h, true);
                if (sqlFailure.isEmpty() && !countPending.integer(1, created.size()).run())
                    sqlFailure = countPending.error();
            }
        }
        if (!o.dryRun && sqlFailure.isEmpty()) {
            for (auto it = serials.cbegin(); it != serials.cend(); ++it) {
                serialPut.text(1, it.key()).integer(2, it.value());
                if (!serialPut.run()) {
                    sqlFailure = serialPut.error();
                    break;
                }
            }
        }
        // One audit entry for the batch (docs/health-record.md): every record created, by id, and
        // a SHA-256 digest of their content, chained like every other entry.
        if (!o.dryRun && sqlFailure.isEmpty() && !created.isEmpty()) {
            if (hashing.valid())
                hashing.get();
            AuditEntry a = batchAudit(
                scope, workstation, now, o.fileName, firstLine, lastLine, created, digest.result(),
                lastHash.step() ? lastHash.columnText(0) : QString(64, QLatin1Char('0')));
            lastHash.reset();
            insAudit.text(1, a.at)
                .text(2, a.userId)
                .text(3, a.workstation)
                .text(4, a.action)
                .text(5, QStringLiteral(""));
            insAudit.text(6, a.afterJson).text(7, a.prevHash).text(8, a.hash);
            if (!insAudit.run())
                sqlFailure = insAudit.error();
        }
        if (!sqlFailure.isEmpty()) {
            sqliteExec(h, "ROLLBACK");
            qCWarning(lcRepo) << "import batch failed" << sqlFailure;
            rep.stopReason =
                Text::tr("第 %1 至 %2 行这一批写入数据库失败，这一批没有导入，后面的行也没有导入")
                    .arg(start < table.lines.size() ? table.lines.at(start) : start + 2)
                    .arg(end - 1 < table.lines.size() ? table.lines.at(end - 1) : end + 1);
            break;
        }
        if (!o.dryRun && !sqliteExec(h, "COMMIT")) {
            sqliteExec(h, "ROLLBACK");
            rep.stopReason = Text::tr("提交失败，这一批没有导入");
            break;
        }
        rep.errors += batch.errors;
        rep.skipped += batch.skipped;
        rep.warnings += batch.warnings;
        rep.importedLines += batch.importedLines;
        rep.committedThroughLine = lastLine;
        seenIds.unite(batchIds);
        seenKeys.unite(batchKeys);
    }
    if (next.valid())
        next.wait(); // a batch prepared after a stop or cancel is dropped
    if (!o.dryRun) {
        // The WAL is copied into the file after the audit entry below, on a thread of its own.
        sqliteExec(h, "PRAGMA ignore_check_constraints=OFF; PRAGMA cache_size=-16000;");
        if (foreignKeysWereOn)
            sqliteExec(h, "PRAGMA foreign_keys=ON");
    }
    rep.imported = int(rep.importedLines.size());
    rep.existing = int(rep.skipped.size());
    rep.failed = int(rep.errors.size());
    rep.milliseconds = timer.elapsed();
    if (o.progress && !rep.cancelled)
        o.progress(n, n);
    if (!o.dryRun && rep.imported > 0) {
        const QJsonObject summary{
            {QStringLiteral("file"), rep.file.isEmpty() ? o.fileName : rep.file},
            {QStringLiteral("total"), rep.total},
            {QStringLiteral("imported"), rep.imported},
            {QStringLiteral("existing"), rep.existing},
            {QStringLiteral("failed"), rep.failed}};
        (void)ChangeLog::audit(m_conn, scope, QStringLiteral("import"), QStringLiteral("resident"),
                               QString(), {}, summary);
    }
    if (!o.dryRun) {
        // Everything is committed: the ~1 KB a row of WAL goes into the file in the background
        // (models/backgroundcheckpoint.h); this connection's automatic checkpoints resume after
        // it (one that meets the background copy skips, as SQLite's do).
        BackgroundCheckpoint::start(h);
        sqliteExec(h, "PRAGMA wal_autocheckpoint=1000");
    }
    qCInfo(lcRepo) << "import" << rep.imported << "of" << rep.total << "in" << rep.milliseconds
                   << "ms";
    return rep;
}

} // namespace Models
