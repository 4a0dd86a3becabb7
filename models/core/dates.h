#pragma once

// Calendar dates as the whole project reads and writes them (DESIGN.md invariant 6: dates are
// calendar dates, ages are computed, never stored).

#include <QDate>
#include <QString>

namespace Models {

// YYYY-MM-DD, the form every date column and every JSON date uses; empty for an invalid date.
QString isoDate(const QDate &date);

// Completed years of life on `on` (周岁): a year is added on the birthday itself. Someone born on
// 29 February becomes a year older on 1 March in a common year (the anniversary has not come
// while 28 February lasts). -1 when either date is invalid or `on` is before the birth.
int ageInYears(const QDate &birth, const QDate &on);

} // namespace Models
