#pragma once

#include "resident.h"
#include "result.h"

#include <QList>

namespace Models {

// Checks a resident form before it is stored. Normalises what it can (identity number to its
// 18-character form, birth date and sex filled from the identity number when left empty) and
// returns one Error per wrong field, each with a translated message and the field name.
class ResidentValidator
{
public:
    static QList<Error> validate(Resident &r, const QDate &today = QDate::currentDate());
};

} // namespace Models
