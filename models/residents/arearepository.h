#pragma once

#include "resident.h"
#include "result.h"
#include "scope.h"

#include <QVector>

namespace Models {

// Administrative areas (county, townships, villages) known to this workstation.
class AreaRepository
{
public:
    explicit AreaRepository(QString connectionName);
    Result<void> add(const Area &area);
    Result<QVector<Area>> villages(const Scope &scope) const; // ordered by code
    Result<QVector<Area>> all() const;
    Result<QString> name(const QString &code) const;

private:
    QString m_conn;
};

} // namespace Models
