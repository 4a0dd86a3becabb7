#include "indicatorcharts.h"

#include "indicatorstatus.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace Gui {

namespace {

QChart *newChart(QWidget *w, const QString &title)
{
    auto *c = new QChart;
    QFont f = w->font(); // the application's font, which has the Chinese glyphs
    c->setFont(f);
    f.setBold(true);
    c->setTitleFont(f);
    c->setTitle(title);
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setFont(w->font());
    c->legend()->setAlignment(Qt::AlignBottom);
    return c;
}

void setMessage(QChartView *v, const QString &title)
{
    QChart *old = v->chart();
    v->setChart(newChart(v, title));
    delete old;
}

// 0..max rounded up to a multiple of 20, at least 100 (a rate over 100% stays visible).
double ceiling(double max)
{
    return qMax(100.0, std::ceil(max / 20.0) * 20.0);
}

} // namespace

IndicatorTrendChart::IndicatorTrendChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("indicatorTrend"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    setFocusPolicy(Qt::NoFocus);
    setMessage(this, tr("月度趋势"));
}

void IndicatorTrendChart::showMessage(const QString &text)
{
    m_points = 0;
    setMessage(this, text);
}

// Twelve months under one chart at 1366x768: names short enough in every language ("Month 10"
// was cut to "M...").
const char *const IndicatorTrendChart::ShortMonths[12] = {
    QT_TR_NOOP("1月"), QT_TR_NOOP("2月"),  QT_TR_NOOP("3月"),  QT_TR_NOOP("4月"),
    QT_TR_NOOP("5月"), QT_TR_NOOP("6月"),  QT_TR_NOOP("7月"),  QT_TR_NOOP("8月"),
    QT_TR_NOOP("9月"), QT_TR_NOOP("10月"), QT_TR_NOOP("11月"), QT_TR_NOOP("12月")};

void IndicatorTrendChart::setTrend(const Models::IndicatorTrend &trend, const QString &title)
{
    QChart *c = newChart(this, title);
    auto *line = new QLineSeries;
    line->setName(tr("年初至月末"));
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(QStringLiteral("@yPoint"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    line->setPointLabelsFont(small);
    line->setPointLabelsClipping(false);
    QPen pen(QColor(0x1f, 0x5f, 0xa8));
    pen.setWidth(2);
    line->setPen(pen);
    auto *dots = new QScatterSeries;
    dots->setMarkerSize(7);
    dots->setColor(QColor(0x1f, 0x5f, 0xa8));
    QStringList months;
    double max = 0;
    m_points = 0;
    for (int i = 0; i < trend.points.size(); ++i) {
        months << tr(ShortMonths[trend.points.at(i).monthEnd.month() - 1]);
        if (const auto v = trend.points.at(i).count.value()) {
            const double r = std::round(*v * 10) / 10;
            line->append(i, r);
            dots->append(i, r);
            max = qMax(max, r);
            ++m_points;
        }
    }
    c->addSeries(line);
    c->addSeries(dots);
    c->legend()->markers(dots).first()->setVisible(false);
    if (trend.target) {
        auto *target = new QLineSeries;
        target->setName(tr("目标 %1%").arg(*trend.target));
        QPen dash(indicatorStatusColour(Models::TargetStatus::Met));
        dash.setStyle(Qt::DashLine);
        dash.setWidth(2);
        target->setPen(dash);
        target->append(-0.4, *trend.target);
        target->append(qMax(0, int(trend.points.size()) - 1) + 0.4, *trend.target);
        c->addSeries(target);
        max = qMax(max, *trend.target);
    }
    auto *x = new QBarCategoryAxis;
    x->append(months);
    x->setLabelsFont(small); // twelve names under a half-width chart: at full size some were cut
                             // to "M..." in English
    auto *y = new QValueAxis;
    // Headroom above the top tick, so a line at 100% and its labels are not on the frame.
    y->setRange(0, ceiling(max) * 1.08);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(ceiling(max) / 5);
    y->setLabelFormat(QStringLiteral("%d%%"));
    y->setLabelsFont(font());
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart *old = chart();
    setChart(c);
    delete old;
}

VillageBarChart::VillageBarChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("villageBars"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    setFocusPolicy(Qt::NoFocus);
    setMessage(this, tr("各村比较"));
}

void VillageBarChart::showMessage(const QString &text)
{
    m_bars = 0;
    m_codes.clear();
    setMessage(this, text);
}

void VillageBarChart::setResult(const Models::IndicatorResult &result, const QString &title,
                                double nearPoints, bool higherIsBetter)
{
    using Models::TargetStatus;
    QChart *c = newChart(this, title);
    // One set per status; a village has its value in the set of its status only, so the colour
    // and the legend's words agree.
    const QList<TargetStatus> kinds{TargetStatus::Met, TargetStatus::Near, TargetStatus::Below,
                                    TargetStatus::NoTarget};
    const QStringList names{tr("达标"), tr("接近目标"), tr("未达标"), tr("未设目标")};
    QList<QBarSet *> sets;
    for (int k = 0; k < kinds.size(); ++k) {
        auto *s = new QBarSet(names.at(k));
        s->setColor(indicatorStatusColour(kinds.at(k)));
        s->setBorderColor(indicatorStatusColour(kinds.at(k)));
        s->setLabelFont(font());
        s->setLabelColor(Qt::black);
        sets << s;
    }
    QStringList labels;
    m_codes.clear();
    double max = 0;
    // Bottom to top in a horizontal chart: reversed, so the first village is at the top.
    for (auto it = result.villages.crbegin(); it != result.villages.crend(); ++it) {
        const std::optional<double> v = it->count.value();
        // The value in the label, so it reads without hovering (and zero-width bars of the other
        // statuses print nothing).
        labels << QStringLiteral("%1 %2").arg(it->name.isEmpty() ? it->code : it->name,
                                              v ? QString::number(*v, 'f', 1) + QLatin1Char('%')
                                                : QStringLiteral("—"));
        m_codes << it->code;
        const double r = v ? std::round(*v * 10) / 10 : 0;
        max = qMax(max, r);
        int kind = 3;
        if (result.target) {
            const double gap = higherIsBetter ? *result.target - r : r - *result.target;
            kind = gap <= 1e-9 ? 0 : (gap <= nearPoints ? 1 : 2);
        }
        for (int k = 0; k < sets.size(); ++k)
            sets.at(k)->append(k == kind ? r : 0);
    }
    m_bars = int(labels.size());
    auto *series = new QHorizontalStackedBarSeries;
    for (QBarSet *s : sets) { // only the statuses that occur, so the legend lists no empty one
        double sum = 0;
        for (int i = 0; i < s->count(); ++i)
            sum += s->at(i);
        if (sum > 0)
            series->append(s);
        else
            delete s;
    }
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setLabelsFont(font());
    auto *x = new QValueAxis;
    x->setRange(0, ceiling(max));
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%d%%"));
    x->setLabelsFont(font());
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_codes.size())
            emit villageActivated(m_codes.at(index));
    });
    QChart *old = chart();
    setChart(c);
    delete old;
}

} // namespace Gui
