#pragma once

// Private to models/reports: a report statement's "r.id IN (SELECT …)" conditions (what
// @contracted(r.id) and @key_population become) and "r.rid IN (SELECT …)" ones (row-number sets
// a table writes out) asked of sets read once into memory. SQLite answers `x IN (SELECT …)` by
// probing a temporary b-tree for every one of 200,000 residents (about 1 µs each); a function
// looking the row number up in a byte per resident costs a few dozen nanoseconds. The SELECT runs
// as written, alone, once per statement: the rows counted are the same (tst_reporttablesets
// compares both ways).

#include "residentidmap.h"
#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;

namespace Models {

struct ReportSqlParams;

class ReportRidSets
{
public:
    // Registers jiayi_in_set(set, rid) on the connection until destroyed.
    explicit ReportRidSets(sqlite3 *h);
    ~ReportRidSets();
    ReportRidSets(const ReportRidSets &) = delete;
    ReportRidSets &operator=(const ReportRidSets &) = delete;

    // `sql` with every `r.rid IN (SELECT …)` whose SELECT does not name r (uncorrelated),
    // prepares on its own (not a CTE of the statement) and returns integers only, and every
    // `r.id IN (SELECT …)` whose SELECT returns text only (resident ids, looked up in a map of
    // every resident's id read once per engine call), replaced by jiayi_in_set(n, r.rid); any
    // other stays as written, and so does the whole statement when the rewritten one does not
    // prepare. A SELECT that is a compound of UNION or UNION ALL is the union of its parts'
    // sets, each read once (a statement may ask for a part alone too). An error only when a read
    // fails or is interrupted (the progress handler's cancel).
    Result<QString> rewrite(const QString &sql, const ReportSqlParams &params);

    // Off: rewrite() returns the SQL unchanged (the test's way to run the statements whole).
    static void setEnabled(bool on);

    // The SELECTs of a compound joined by UNION or UNION ALL at its top level, in order; empty
    // when `sql` is one SELECT, starts with WITH, joins by INTERSECT or EXCEPT, or ends in an
    // ORDER BY or LIMIT (which would apply to the whole compound).
    static QStringList unionParts(const QString &sql);

private:
    // The set of a SELECT: its position in m_sets, -1 when it cannot be one, or an error.
    Result<int> read(const QString &select, const ReportSqlParams &params, bool ids);
    Result<void> readIds();
    static void inSet(sqlite3_context *ctx, int argc, sqlite3_value **argv);

    sqlite3 *m_h;
    std::vector<std::vector<unsigned char>> m_sets; // by row number: 1 in the set
    QHash<QString, int> m_byText;
    // Every resident's id -> its row number, for r.id IN (SELECT …).
    ResidentIdMap m_ids;
    bool m_idsRead = false;
};

} // namespace Models
