#pragma once

#include "result.h"

#include <QDate>
#include <QString>

namespace Models {

// Resident identity number (GB 11643-1999), docs/domain/identity.md 1.
struct IdNumberInfo
{
    bool valid = false;
    QString reason;     // translated reason when invalid, empty when valid
    QString reasonCode; // "empty", "length", "characters", "date", "future", "checksum"
    QString normalized; // 18-digit upper-case form (15-digit input upgraded); empty if invalid
    QDate birthDate;
    QChar sex;          // 'M' (odd sequence) or 'F' (even)
    QString countyCode; // first 6 digits
};

class IdNumber
{
public:
    // today is injectable so tests can pin "not in the future".
    static IdNumberInfo check(const QString &input, const QDate &today = QDate::currentDate());
    // Check character for the first 17 digits (ISO 7064 MOD 11-2); QChar() if body is malformed.
    static QChar checkCharacter(const QString &body17);
    // Upgrade a 15-digit legacy number (19 inserted before the year, check character appended).
    static QString upgrade15(const QString &legacy15);
};

} // namespace Models
