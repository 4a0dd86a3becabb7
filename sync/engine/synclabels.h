#pragma once

// Words a person reads about synced records: the kind of a record (居民, 随访 …), a field's label
// (收缩压, not sbp) and a value as text (a drug list as "硝苯地平 10mg", not JSON). The screens
// and the CLI use these, so a conflict or a pending count reads the same everywhere.

#include <QJsonValue>
#include <QString>

namespace Sync {

QString kindLabel(const QString &entity);                        // "chronic_followup" -> 随访
QString fieldLabel(const QString &entity, const QString &field); // translated column name
QString displayValue(const QString &field, const QJsonValue &value);
// The column holding the date a record is about (visit_date, check_date …), empty if none.
QString dateColumn(const QString &entity);

} // namespace Sync
