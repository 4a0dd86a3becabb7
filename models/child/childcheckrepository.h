#pragma once

#include "childcheck.h"
#include "result.h"
#include "scope.h"

#include <QVector>

namespace Models {

// Children's checks: one transaction per save (the row with its z-scores, the outbox and the
// audit entry). Permission area "maternal" (maternal.read / maternal.write), village scope.
class ChildCheckRepository
{
public:
    explicit ChildCheckRepository(QString connectionName);
    // Validates the measurements against the resident's sex and birth date, assesses growth
    // with the current rules and stores. The kind defaults to the form of the child's age.
    Result<ChildCheck> record(const Scope &scope, ChildCheck c);
    // A child's checks in date order, growth re-read from the stored z-scores.
    Result<QVector<ChildCheck>> checksOf(const Scope &scope, const QString &residentId) const;

private:
    QString m_conn;
};

} // namespace Models
