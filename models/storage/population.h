#pragma once

#include <QString>

namespace Models::Population {

// The one definition of "who counts" (migration 0017): a resident is in the population on a day
// when the row is not deleted and has not left it (deceased, moved away, record closed) on or
// before that day. Every denominator, work list and coverage query uses this fragment, so a
// death recorded today takes the resident off every list at once. It lives on the floor because
// every programme's SQL reads the resident table; it knows nothing else of residents.
//
// `alias` is the resident table's alias in the query; `dateExpr` an SQL expression giving the
// day as 'YYYY-MM-DD' (a bound parameter such as "?" or ":to", or "date('now','localtime')").
inline QString livingOn(const QString &alias, const QString &dateExpr)
{
    return QStringLiteral("(%1.deleted = 0 AND (%1.life_date IS NULL OR %1.life_date > %2))")
        .arg(alias, dateExpr);
}

} // namespace Models::Population
