#include "dates.h"

namespace Models {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

int ageInYears(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

} // namespace Models
