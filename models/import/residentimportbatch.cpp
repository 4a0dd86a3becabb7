// One batch of ResidentImport::run (residentimportrun.h): one transaction holding its residents,
// their search terms, their outbox entries and one audit entry.
#include "residentimportrun.h"

#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "searchterms.h"

#include <QCoreApplication>

#include <algorithm>

namespace Models {

using namespace ImportRows;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentImport)
};
} // namespace

ImportRun::Outcome ImportRun::runBatch(int start, int end)
{
    if (m_o.progress && !m_o.progress(start, m_rows)) {
        m_rep.cancelled = true;
        return Outcome::Cancelled;
    }
    if (!m_o.dryRun && !sqliteExec(m_h, "BEGIN IMMEDIATE")) {
        m_rep.stopReason = Text::tr("数据库正忙或无法写入");
        return Outcome::Stopped;
    }
    Batch b(start, end);
    if (!m_o.dryRun) {
        if (m_maxRid->step())
            b.lastRid = m_maxRid->columnInt(0);
        m_maxRid->reset();
    }
    m_serials.clear();
    for (int chunkStart = start; chunkStart < end && !b.failed() && !b.cancelled;) {
        PreparedBatch prep = m_next.get();
        chunkStart = prep.end;
        if (prep.end < m_rows) // the next chunk is prepared while this one is written
            startPreparing(prep.end);
        if (!prep.rows.empty())
            writeChunk(b, std::move(prep));
    }
    if (b.cancelled) {
        if (!m_o.dryRun)
            sqliteExec(m_h, "ROLLBACK");
        m_rep.cancelled = true;
        return Outcome::Cancelled;
    }
    if (!m_o.dryRun) {
        writeTerms(b);
        writeOutboxAndSerials(b);
        auditBatch(b);
    }
    return endBatch(b);
}

void ImportRun::writeChunk(Batch &b, PreparedBatch prep)
{
    if (prep.start == b.start)
        b.firstLine = prep.rows.front().line;
    b.lastLine = prep.rows.back().line;
    std::vector<qint64> rids(prep.rows.size(), 0);
    std::vector<size_t> createdHere; // rows of this chunk that went in, in order
    std::vector<size_t> pending;     // of those, the ones not inserted yet
    for (size_t k = 0; k < prep.rows.size() && !b.failed(); ++k) {
        // Progress inside the batch too (every 500 rows), so a large batch still moves the bar
        // and can be cancelled: the batch in progress is then rolled back alone.
        if (const int at = prep.start + int(k);
            m_o.progress && at != b.start && at % 500 == 0 && !m_o.progress(at, m_rows)) {
            b.cancelled = true;
            return;
        }
        PreparedRow &p = prep.rows[k];
        if (!acceptRow(b, p))
            continue;
        rids[k] = ++b.lastRid;
        pending.push_back(k);
        if (pending.size() == size_t(ResidentsPerStmt) && !insertResidents(b, prep, pending, rids))
            break;
        b.recordTerms.emplace_back(char(SearchKind::RecordNo) + p.recordNoU8.toStdString(),
                                   rids[k]);
        b.created << p.uuid;
        createdHere.push_back(k);
    }
    if (m_o.dryRun || b.failed())
        return;
    if (!insertResidents(b, prep, pending, rids))
        return;
    // This chunk's terms (sorted on the worker) of the rows that went in, kept for the batch's
    // one sorted pass; the chunk's strings stay alive in `held`.
    std::vector<SearchTermWriter::RowRef> run;
    run.reserve(prep.terms.size());
    for (const auto &[term, k] : std::as_const(prep.terms))
        if (rids[size_t(k)] > 0)
            run.emplace_back(&term, rids[size_t(k)]);
    b.termRuns.push_back(std::move(run));
    b.held.push_back(std::move(prep.terms));
    if (b.hashing.valid())
        b.hashing.get();
    b.hashing = std::async(std::launch::async, [&digest = b.digest, rows = std::move(prep.rows),
                                                done = std::move(createdHere)]() mutable {
        for (size_t k : done) {
            addDigestHead(digest, rows[k].uuid, rows[k].r.recordNo);
            digest.addData(rows[k].digestTail);
        }
        rows = {};
    });
}

// Whether a row is to be created: not refused, not already stored (or earlier in the file), and
// given a record number. The report's lists are filled on the way.
bool ImportRun::acceptRow(Batch &b, PreparedRow &p)
{
    if (!p.problems.isEmpty()) {
        QStringList reasons;
        for (const Error &e : std::as_const(p.problems))
            reasons << e.message;
        b.outcome.errors << ImportRowIssue{p.line, p.shownName, p.problems.first().field,
                                           reasons.join(Text::tr("；"))};
        return false;
    }
    QString warning;
    if (const QString matched = matchExisting(b, p, &warning); !matched.isEmpty()) {
        b.outcome.skipped << ImportRowIssue{p.line, p.shownName, {}, matched};
        return false;
    }
    if (!p.r.idNumber.isEmpty())
        b.ids.insert(p.r.idNumber);
    b.keys.insert(p.key);
    if (!warning.isEmpty())
        b.outcome.warnings << ImportRowIssue{p.line, p.shownName, {}, warning};
    b.outcome.importedLines << p.line;
    return !m_o.dryRun && assignRecordNumber(b, p);
}

// Why the row is someone already stored or earlier in this file (empty: new). Same identity
// number; or, without one, same name, birth date and village. A namesake with the same birth
// date elsewhere is only a warning.
QString ImportRun::matchExisting(const Batch &b, const PreparedRow &p, QString *warning) const
{
    const Resident &r = p.r;
    if (!r.idNumber.isEmpty()) {
        if (m_seenIds.contains(r.idNumber) || b.ids.contains(r.idNumber))
            return Text::tr("与文件中前面一行的身份证号相同");
        if (const auto it = m_storedById.constFind(r.idNumber); it != m_storedById.cend())
            return Text::tr("身份证号已登记（%1，档案号 %2）").arg(it->a, it->recordNo);
    }
    if (m_seenKeys.contains(p.key) || b.keys.contains(p.key))
        return Text::tr("与文件中前面一行的姓名、出生日期和村相同");
    const QString nameBirth = r.name + QLatin1Char('|') + QLatin1String(p.birthIso);
    for (auto it = m_storedByNameBirth.constFind(nameBirth);
         it != m_storedByNameBirth.cend() && it.key() == nameBirth; ++it) {
        if (r.idNumber.isEmpty() && it->a == r.villageCode)
            return Text::tr("同村已有同名同出生日期的居民（档案号 %1）").arg(it->recordNo);
        *warning = Text::tr("已有同名同出生日期的居民（档案号 %1），可能重复").arg(it->recordNo);
    }
    return {};
}

bool ImportRun::assignRecordNumber(Batch &b, PreparedRow &p)
{
    auto number = m_serials.take(p.r.villageCode);
    if (!number) {
        if (number.error().code != QLatin1String("record.full")) {
            b.sqlFailure = number.error().detail;
            return false;
        }
        b.outcome.importedLines.removeLast();
        b.outcome.errors << ImportRowIssue{p.line, p.shownName, QStringLiteral("village_code"),
                                           number.error().message};
        return false;
    }
    p.r.recordNo = *number;
    p.recordNoU8 = number->toLatin1();
    return true;
}

// Inserts the pending rows: ResidentsPerStmt to a statement, or one by one.
bool ImportRun::insertResidents(Batch &b, const PreparedBatch &chunk, std::vector<size_t> &pending,
                                const std::vector<qint64> &rids)
{
    const bool many = pending.size() == size_t(ResidentsPerStmt);
    SqliteStmt &stmt = many ? *m_insertMany : *m_insertOne;
    sqlite3_stmt *st = stmt.handle();
    for (size_t j = 0; j < pending.size() && !b.failed(); ++j) {
        const PreparedRow &p = chunk.rows[pending[j]];
        const int base = many ? int(j) * ResidentParams : 0;
        auto bind = [st, base](int i, const QByteArray &v) {
            sqlite3_bind_text(st, base + i, v.constData(), int(v.size()), SQLITE_STATIC);
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
        bind(14, b.nowUtf8);
        bind(15, b.nowUtf8);
        bind(16, m_userUtf8);
        bind(17, p.u8[PreparedRow::U8WorkUnit]);
        bind(18, p.u8[PreparedRow::U8ContactName]);
        bind(19, p.u8[PreparedRow::U8ContactPhone]);
        if (!many && !stmt.run())
            b.sqlFailure = stmt.error();
    }
    if (many && !b.failed() && !stmt.run())
        b.sqlFailure = stmt.error();
    pending.clear();
    return !b.failed();
}

// The search terms of the whole batch in one pass in key order: the chunks' sorted runs and the
// record numbers merged, so the index is walked once from left to right.
void ImportRun::writeTerms(Batch &b)
{
    if (b.failed() || b.created.isEmpty())
        return;
    std::sort(b.recordTerms.begin(), b.recordTerms.end());
    std::vector<SearchTermWriter::RowRef> records;
    records.reserve(b.recordTerms.size());
    for (const auto &[term, rid] : std::as_const(b.recordTerms))
        records.emplace_back(&term, rid);
    b.termRuns.push_back(std::move(records));
    if (!m_terms->insertSorted(SearchTermWriter::merge(b.termRuns)))
        b.sqlFailure = m_terms->error();
}

void ImportRun::writeOutboxAndSerials(Batch &b)
{
    if (b.failed())
        return;
    if (auto e = ChangeLog::recordCreated(m_conn, QStringLiteral("resident"), b.created, b.now); !e)
        b.sqlFailure = e.error().detail;
    else if (auto s = m_serials.save(); !s)
        b.sqlFailure = s.error().detail;
}

// One audit entry for the batch (docs/health-record.md): every record created, by id, and a
// SHA-256 digest of their content, chained like every other entry.
void ImportRun::auditBatch(Batch &b)
{
    if (b.failed() || b.created.isEmpty())
        return;
    if (b.hashing.valid())
        b.hashing.get();
    if (auto e = ChangeLog::append(m_conn, batchAudit(m_scope, m_workstation, b.now, m_o.fileName,
                                                      b.firstLine, b.lastLine, b.created,
                                                      b.digest.result()));
        !e)
        b.sqlFailure = e.error().detail;
}

ImportRun::Outcome ImportRun::endBatch(Batch &b)
{
    if (b.failed()) {
        sqliteExec(m_h, "ROLLBACK");
        qCWarning(lcRepo) << "import batch failed" << b.sqlFailure;
        const QVector<int> &lines = m_table.lines;
        m_rep.stopReason =
            Text::tr("第 %1 至 %2 行这一批写入数据库失败，这一批没有导入，后面的行也没有导入")
                .arg(b.start < lines.size() ? lines.at(b.start) : b.start + 2)
                .arg(b.end - 1 < lines.size() ? lines.at(b.end - 1) : b.end + 1);
        return Outcome::Stopped;
    }
    if (!m_o.dryRun && !sqliteExec(m_h, "COMMIT")) {
        sqliteExec(m_h, "ROLLBACK");
        m_rep.stopReason = Text::tr("提交失败，这一批没有导入");
        return Outcome::Stopped;
    }
    m_rep.errors += b.outcome.errors;
    m_rep.skipped += b.outcome.skipped;
    m_rep.warnings += b.outcome.warnings;
    m_rep.importedLines += b.outcome.importedLines;
    m_rep.committedThroughLine = b.lastLine;
    m_seenIds.unite(b.ids);
    m_seenKeys.unite(b.keys);
    return Outcome::Committed;
}

} // namespace Models
