#pragma once

#include <QString>

// Corrections are new rows that name the row they replace (`supersedes`); the current version of
// a record is the row no live row supersedes. The one way to say so in SQL, for the alias of the
// row and its table: `WHERE ... AND <Versions::current("t", "tcm_assessment")>`.
namespace Models::Versions {

inline QString current(const QString &alias, const QString &table)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM %2 n WHERE n.supersedes = %1.id AND "
                          "n.deleted = 0)")
        .arg(alias, table);
}

} // namespace Models::Versions
