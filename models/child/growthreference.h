#pragma once

// The WHO 2006 child growth standards as LMS tables (resources/growth/who2006_lms.csv, made by
// tools/gen_growth.py from the BSD-licensed pygrowup tables), looked up by age in days or by
// length/height in cm with linear interpolation between the published rows.

#include <QHash>
#include <QList>
#include <QString>

namespace Models {

struct Lms
{
    double l = 0;
    double m = 0; // 0 = no reference value (outside the tables)
    double s = 0;
    bool valid() const { return m > 0; }
};

class GrowthReference
{
public:
    static const GrowthReference &who2006();

    // Age-based indicators "wfa", "lhfa", "hcfa", "bmifa" for sex 'M' or 'F' at `ageDays`
    // completed days: the weekly table up to 13 weeks (91 days), then the monthly one at
    // ageDays / 30.4375; "lhfa" and "bmifa" use the length tables below 731 days and the height
    // tables from 731 days. Invalid Lms beyond 60 months or for an unknown indicator.
    Lms byAge(const QString &indicator, QChar sex, int ageDays) const;
    // Weight-for-length (lying, 45-110 cm, below 731 days) or weight-for-height (standing,
    // 65-120 cm, from 731 days).
    Lms byLength(QChar sex, double cm, bool heightTable) const;
    // The measurement at `k` SD: M (1 + L S k)^(1/L), or M exp(S k) when L = 0.
    static double valueAt(const Lms &p, double k);
    // The plain LMS z-score: ((y/M)^L - 1) / (L S), or ln(y/M) / S when L = 0.
    static double zScore(const Lms &p, double y);
    // The WHO restricted z-score for weight-based indicators: beyond ±3 the distance is measured
    // in units of the 2-to-3 SD interval on that side.
    static double restrictedZScore(const Lms &p, double y);

    static constexpr int lastDay = 1826; // 60 months
    static constexpr int heightFromDay = 731;
    static constexpr double daysPerMonth = 30.4375;

private:
    struct Row
    {
        double x;
        Lms lms;
    };
    Lms interpolate(const QString &key, double x) const;
    QHash<QString, QList<Row>> m_tables; // "wfa|M|month" -> rows by x
};

} // namespace Models
