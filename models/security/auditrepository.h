#pragma once

#include "changelog.h"
#include "result.h"
#include "scope.h"

#include <QDateTime>
#include <QVector>

namespace Models {

struct AuditFilter
{
    QDateTime from;   // UTC, inclusive; invalid = open
    QDateTime to;     // UTC, exclusive; invalid = open
    QString userId;   // exact
    QString action;   // exact, or prefix ending in '.' ("login.")
    QString entity;   // exact
    QString entityId; // exact
    int limit = 5000; // newest first
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0; // entries checked
    qint64 badSeq = 0;  // first entry at fault (0 when ok)
    QString problem;    // "edited" | "missing" | "chain" | "truncated"
    QString message;    // translated
    QString headHash;   // hash of the newest entry: write it down to detect a cut tail later
};

// The audit screen and `jiayi-cli audit`: query, verify the hash chain, export CSV.
class AuditRepository
{
public:
    explicit AuditRepository(QString connectionName);

    Result<QVector<AuditEntry>> query(const Scope &scope, const AuditFilter &filter) const;
    Result<AuditVerification> verify(const Scope &scope) const;
    // Writes the filtered entries as UTF-8 CSV (with BOM for Excel); the export itself is audited.
    Result<qint64> exportCsv(const Scope &scope, const AuditFilter &filter, const QString &path);

private:
    QString m_conn;
};

} // namespace Models
