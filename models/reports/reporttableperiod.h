#pragma once

#include <QDate>
#include <QString>

namespace Models {

// The period a report table covers (报送周期): a calendar month, quarter or year, or any range.
// Dates are inclusive.
struct ReportPeriod
{
    enum Kind { Month, Quarter, Year, Range };

    Kind kind = Range;
    QDate from;
    QDate to;

    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter); // 1-4
    static ReportPeriod year(int year);
    // A range; recognised as a month, quarter or year when it is exactly one.
    static ReportPeriod range(const QDate &from, const QDate &to);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // Calendar months the period touches (a quarter 3, a year 12; 1 at least).
    int months() const;
    // "2025年5月", "2025年第2季度", "2025年", "2025-01-01 至 2025-05-31" (translated).
    QString label() const;
    // "月报" / "季报" / "年报" / "" for a range (translated).
    QString kindLabel() const;
};

} // namespace Models
