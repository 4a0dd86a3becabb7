#pragma once

#include "indicatorresult.h"

#include <QtCharts/QChartView>

namespace Gui {

// The selected indicator month by month (year to date at each month's end) with its target as a
// dashed line.
class IndicatorTrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit IndicatorTrendChart(QWidget *parent = nullptr);
    void setTrend(const Models::IndicatorTrend &trend, const QString &title);
    void showMessage(const QString &text); // "正在计算…", an error
    int pointCount() const { return m_points; }

private:
    static const char *const ShortMonths[12];
    int m_points = 0;
};

// The villages of the area side by side for the selected indicator: one horizontal bar each,
// grouped by status (the legend says 达标 / 接近目标 / 未达标 in words), the value at its end.
class VillageBarChart : public QChartView
{
    Q_OBJECT
public:
    explicit VillageBarChart(QWidget *parent = nullptr);
    void setResult(const Models::IndicatorResult &result, const QString &title, double nearPoints,
                   bool higherIsBetter);
    void showMessage(const QString &text);
    int barCount() const { return m_bars; }

signals:
    // A bar was clicked: the residents still to reach (the gap) of that village.
    void villageActivated(const QString &villageCode);

private:
    QStringList m_codes;
    int m_bars = 0;
};

} // namespace Gui
