#pragma once

#include "resident.h"
#include "result.h"
#include "scope.h"

#include <QStringList>
#include <QVector>

namespace Models {

// A pair of residents that may be one person, with a score (0-100) and the reasons.
struct DuplicatePair
{
    QString aId, bId;
    QString aName, bName;
    QString aRecordNo, bRecordNo;
    QString aBirth, bBirth;
    int score = 0;
    QStringList reasons; // translated
};

class DuplicateFinder
{
public:
    // Every candidate pair among the residents in scope, best first (dismissed pairs left out).
    static Result<QVector<DuplicatePair>> scan(const QString &connectionName, const Scope &scope,
                                               int limit = 100000);
    // Stored residents that may be the same person as `r` (before it is created or imported).
    static Result<QVector<DuplicatePair>> candidatesFor(const QString &connectionName,
                                                        const Scope &scope, const Resident &r);
    // Scores one pair from its fields (the rules the scan uses), for tests and the UI.
    static int score(const Resident &a, const Resident &b, QStringList *reasons = nullptr);
    static Result<void> dismiss(const QString &connectionName, const Scope &scope,
                                const QString &aId, const QString &bId);
};

struct MergeRecord
{
    QString id;
    QString survivorId;
    QString mergedId;
    int movedRows = 0;
};

// Merges a duplicate into the surviving resident: every row of every table that refers to the
// duplicate (resident_id) moves to the survivor, the duplicate is tombstoned, all in one
// transaction with outbox and audit entries. Undo moves exactly those rows back.
class ResidentMerge
{
public:
    static Result<MergeRecord> merge(const QString &connectionName, const Scope &scope,
                                     const QString &survivorId, const QString &mergedId);
    static Result<void> undo(const QString &connectionName, const Scope &scope,
                             const QString &mergeId);
    static Result<QVector<MergeRecord>> history(const QString &connectionName, const Scope &scope);
};

} // namespace Models
