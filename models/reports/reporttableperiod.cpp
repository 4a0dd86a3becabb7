#include "reporttableperiod.h"

#include <QCoreApplication>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ReportTable)
};
} // namespace

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {Month, first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {Quarter, first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::year(int year)
{
    return {Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

ReportPeriod ReportPeriod::range(const QDate &from, const QDate &to)
{
    ReportPeriod p{Range, from, to};
    if (!p.isValid() || from.day() != 1 || to.addDays(1).day() != 1)
        return p;
    const int months = p.months();
    if (months == 1)
        p.kind = Month;
    else if (months == 3 && (from.month() - 1) % 3 == 0)
        p.kind = Quarter;
    else if (months == 12 && from.month() == 1)
        p.kind = Year;
    return p;
}

int ReportPeriod::months() const
{
    if (!isValid())
        return 1;
    return qMax(1, (to.year() - from.year()) * 12 + to.month() - from.month() + 1);
}

QString ReportPeriod::label() const
{
    switch (kind) {
    case Month:
        return Text::tr("%1年%2月").arg(from.year()).arg(from.month());
    case Quarter:
        return Text::tr("%1年第%2季度").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Year:
        return Text::tr("%1年").arg(from.year());
    case Range:
        break;
    }
    return Text::tr("%1 至 %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString ReportPeriod::kindLabel() const
{
    switch (kind) {
    case Month:
        return Text::tr("月报");
    case Quarter:
        return Text::tr("季报");
    case Year:
        return Text::tr("年报");
    case Range:
        break;
    }
    return {};
}

} // namespace Models
