#include "growthreference.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace Models {

const GrowthReference &GrowthReference::who2006()
{
    static const GrowthReference ref = [] {
        GrowthReference r;
        QFile f(QStringLiteral(":/growth/who2006_lms.csv"));
        f.open(QIODevice::ReadOnly | QIODevice::Text);
        QTextStream in(&f);
        in.readLine(); // header
        while (!in.atEnd()) {
            const QStringList c = in.readLine().split(QLatin1Char(','));
            if (c.size() < 7)
                continue;
            const QString key = c.at(0) + QLatin1Char('|') + c.at(1) + QLatin1Char('|') + c.at(2);
            r.m_tables[key].append(
                Row{c.at(3).toDouble(),
                    Lms{c.at(4).toDouble(), c.at(5).toDouble(), c.at(6).toDouble()}});
        }
        for (auto &rows : r.m_tables)
            std::sort(rows.begin(), rows.end(),
                      [](const Row &a, const Row &b) { return a.x < b.x; });
        Q_ASSERT_X(!r.m_tables.isEmpty(), "GrowthReference", "missing growth/who2006_lms.csv");
        return r;
    }();
    return ref;
}

Lms GrowthReference::interpolate(const QString &key, double x) const
{
    const auto it = m_tables.constFind(key);
    if (it == m_tables.constEnd() || it->isEmpty())
        return {};
    const QList<Row> &rows = *it;
    constexpr double eps = 1e-9;
    if (x < rows.first().x - eps || x > rows.last().x + eps)
        return {};
    auto hi = std::lower_bound(rows.begin(), rows.end(), x - eps,
                               [](const Row &r, double v) { return r.x < v; });
    if (hi == rows.end())
        hi = rows.end() - 1;
    if (std::abs(hi->x - x) <= eps || hi == rows.begin())
        return hi->lms;
    const Row &b = *hi;
    const Row &a = *(hi - 1);
    const double t = (x - a.x) / (b.x - a.x);
    return Lms{a.lms.l + t * (b.lms.l - a.lms.l), a.lms.m + t * (b.lms.m - a.lms.m),
               a.lms.s + t * (b.lms.s - a.lms.s)};
}

Lms GrowthReference::byAge(const QString &indicator, QChar sex, int ageDays) const
{
    if (ageDays < 0 || ageDays > lastDay || (sex != QLatin1Char('M') && sex != QLatin1Char('F')))
        return {};
    const QString s = QString(sex);
    if (ageDays <= 91)
        return interpolate(indicator + QLatin1Char('|') + s + QStringLiteral("|week"),
                           ageDays / 7.0);
    QString table = indicator;
    if ((indicator == QLatin1String("lhfa") || indicator == QLatin1String("bmifa")) &&
        ageDays >= heightFromDay)
        table += QStringLiteral("_h");
    return interpolate(table + QLatin1Char('|') + s + QStringLiteral("|month"),
                       ageDays / daysPerMonth);
}

Lms GrowthReference::byLength(QChar sex, double cm, bool heightTable) const
{
    if (sex != QLatin1Char('M') && sex != QLatin1Char('F'))
        return {};
    return interpolate((heightTable ? QStringLiteral("wfh|") : QStringLiteral("wfl|")) +
                           QString(sex) + QStringLiteral("|cm"),
                       cm);
}

double GrowthReference::valueAt(const Lms &p, double k)
{
    if (std::abs(p.l) < 1e-12)
        return p.m * std::exp(p.s * k);
    return p.m * std::pow(1 + p.l * p.s * k, 1 / p.l);
}

double GrowthReference::zScore(const Lms &p, double y)
{
    if (std::abs(p.l) < 1e-12)
        return std::log(y / p.m) / p.s;
    return (std::pow(y / p.m, p.l) - 1) / (p.l * p.s);
}

double GrowthReference::restrictedZScore(const Lms &p, double y)
{
    const double z = zScore(p, y);
    if (z > 3) {
        const double sd3 = valueAt(p, 3), sd2 = valueAt(p, 2);
        return 3 + (y - sd3) / (sd3 - sd2);
    }
    if (z < -3) {
        const double sdm3 = valueAt(p, -3), sdm2 = valueAt(p, -2);
        return -3 + (y - sdm3) / (sdm2 - sdm3);
    }
    return z;
}

} // namespace Models
