#pragma once

#include <QString>

namespace Models::AreaCode {

// Area codes (统计用区划代码): a county's 6 digits, a township's 9, a village's 12. A village
// belongs to every area whose code begins its own.
inline bool isVillage(const QString &code)
{
    return code.size() == 12;
}

// The first code after every code that begins with `prefix`. Codes are digits and ':' sorts
// right after '9', so `village_code >= prefix AND village_code < after(prefix)` is the area as a
// range that an index on village_code serves (SQLite's LIKE 'prefix%' does not use the index).
inline QString after(const QString &prefix)
{
    return prefix + QLatin1Char(':');
}

} // namespace Models::AreaCode
