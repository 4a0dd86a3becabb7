#pragma once
// Shared by tst_vaccineplanner and tst_vaccineschedule: dates written as ISO text.
#include <QDate>
#include <QString>

namespace VaccinePlannerCase {
inline QDate d(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}
} // namespace VaccinePlannerCase
