#pragma once

// Private to models/: helpers shared by the contract repositories.

#include "dbaccess.h"
#include "maybetransaction.h"
#include "scope.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

namespace Models::ContractSql {

inline QString tr(const char *s)
{
    return QCoreApplication::translate("Models::ContractRepository", s);
}
inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
inline QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
inline QVariant isoOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QDate date(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline QStringList splitList(const QString &s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}
inline QString text(const QString &s) // NOT NULL columns: a null QString binds as NULL
{
    return s.isNull() ? QStringLiteral("") : s;
}
// " AND <column> IN (?, ...)" for a restricted scope, with the values to bind.
inline QString villageFilter(const Scope &scope, const QString &column, QVariantList &binds)
{
    if (scope.allVillages)
        return {};
    if (scope.villages.isEmpty())
        return QStringLiteral(" AND 0");
    QStringList marks;
    for (const QString &v : scope.villages) {
        marks << QStringLiteral("?");
        binds << v;
    }
    return QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
}
inline Error outOfScope()
{
    return makeError(QStringLiteral("scope.denied"), tr("您无权查看或修改该村的居民"));
}
inline void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

// Joins the caller's transaction when one is open (maybetransaction.h).
using Models::MaybeTransaction;

} // namespace Models::ContractSql
