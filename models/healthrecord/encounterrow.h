#pragma once

// The encounter table's row (private to the health-record repository): its columns, reading a
// row, and the JSON written to the change log.

#include "healthrecord.h"

#include <QJsonArray>
#include <QJsonObject>

class QSqlQuery;

namespace Models::EncounterRow {

QJsonArray diagnosesJson(const QVector<Diagnosis> &ds);
QJsonObject toJson(const Encounter &e);
QString columns(); // for SELECT, in the order read() expects
Encounter read(const QSqlQuery &q);

} // namespace Models::EncounterRow
