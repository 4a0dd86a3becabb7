#include "growthchart.h"

#include "childcheckrepository.h"
#include "growthreference.h"
#include "printpreview.h"
#include "residentrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace Gui {

namespace {
bool isNum(double v)
{
    return v == v;
}

// The measurement a check plots for an indicator (length/height with the 0.7 cm adjustment,
// as the z-score used it).
double valueOf(const Models::ChildCheck &c, const QString &indicator)
{
    if (indicator == QLatin1String("wfa"))
        return c.weightKg;
    if (indicator == QLatin1String("hcfa"))
        return c.headCm;
    if (indicator == QLatin1String("lhfa"))
        return c.growth.adjustedLengthCm;
    return c.growth.bmi;
}
} // namespace

GrowthChart::GrowthChart(const Context &context, const QString &residentId, QWidget *parent)
    : QWidget(parent), m_context(context), m_residentId(residentId)
{
    m_indicator = new QComboBox(this);
    m_indicator->setObjectName(QStringLiteral("growthIndicator"));
    m_indicator->addItem(tr("年龄别体重"), QStringLiteral("wfa"));
    m_indicator->addItem(tr("年龄别身长/身高"), QStringLiteral("lhfa"));
    m_indicator->addItem(tr("年龄别头围"), QStringLiteral("hcfa"));
    m_indicator->addItem(tr("年龄别BMI"), QStringLiteral("bmifa"));
    auto *label = new QLabel(tr("指标(&I)"), this);
    label->setBuddy(m_indicator);
    auto *print = new QPushButton(tr("打印(&P)"), this);
    print->setObjectName(QStringLiteral("growthPrint"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("growthError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("growthView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(560, 380);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_indicator);
    top->addStretch();
    top->addWidget(print);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &GrowthChart::redraw);
    connect(print, &QPushButton::clicked, this, &GrowthChart::printPreview);
    reload();
}

void GrowthChart::reload()
{
    m_error->hide();
    auto r =
        Models::ResidentRepository(m_context.connection).findById(m_context.scope, m_residentId);
    if (r) {
        m_name = r->name;
        m_sex = r->sex;
        m_birth = r->birthDate;
    }
    auto checks =
        Models::ChildCheckRepository(m_context.connection).checksOf(m_context.scope, m_residentId);
    if (!checks) {
        m_checks.clear();
        m_error->setText(checks.error().message);
        m_error->show();
    } else {
        m_checks = *checks;
    }
    redraw();
}

void GrowthChart::setIndicator(const QString &code)
{
    const int i = m_indicator->findData(code);
    if (i >= 0)
        m_indicator->setCurrentIndex(i);
}

QString GrowthChart::indicator() const
{
    return m_indicator->currentData().toString();
}

QString GrowthChart::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void GrowthChart::redraw()
{
    QChart *old = m_view->chart();
    m_view->setChart(build());
    delete old;
}

QChart *GrowthChart::build() const
{
    const QString ind = indicator();
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("%1 %2（WHO 2006 儿童生长标准）").arg(m_name, m_indicator->currentText()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const Models::GrowthReference &ref = Models::GrowthReference::who2006();
    // Months shown: to 24 months for a small child, else to 60.
    int lastAge = 0;
    for (const Models::ChildCheck &c : m_checks)
        lastAge = std::max(lastAge, c.ageDays);
    const int maxMonth = lastAge <= 700 ? 24 : 60;
    double lo = 1e9, hi = -1e9;
    m_curves = 0;
    const struct
    {
        double k;
        const char *name;
        QColor colour;
        Qt::PenStyle style;
    } lines[] = {{3, "+3 SD", QColor(0xb0, 0x00, 0x20), Qt::SolidLine},
                 {2, "+2 SD", QColor(0xe0, 0x80, 0x00), Qt::SolidLine},
                 {1, "+1 SD", QColor(0x90, 0x90, 0x90), Qt::DashLine},
                 {0, "0", QColor(0x2e, 0x7d, 0x32), Qt::SolidLine},
                 {-1, "−1 SD", QColor(0x90, 0x90, 0x90), Qt::DashLine},
                 {-2, "−2 SD", QColor(0xe0, 0x80, 0x00), Qt::SolidLine},
                 {-3, "−3 SD", QColor(0xb0, 0x00, 0x20), Qt::SolidLine}};
    QList<QAbstractSeries *> series;
    const QChar sex = m_sex.isNull() ? QLatin1Char('M') : m_sex;
    for (const auto &l : lines) {
        auto *s = new QLineSeries;
        s->setName(l.k == 0 ? tr("中位数") : QString::fromUtf8(l.name));
        QPen pen(l.colour);
        pen.setStyle(l.style);
        pen.setWidthF(l.k == 0 ? 2.0 : 1.2);
        s->setPen(pen);
        for (int day = 0; day <= maxMonth * 30.4375; day += 7) {
            const Models::Lms p = ref.byAge(ind, sex, day);
            if (!p.valid())
                continue;
            const double v = Models::GrowthReference::valueAt(p, l.k);
            s->append(day / Models::GrowthReference::daysPerMonth, v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        chart->addSeries(s);
        series << s;
        ++m_curves;
    }
    auto *points = new QScatterSeries;
    points->setName(tr("本儿童"));
    points->setMarkerSize(9);
    points->setColor(QColor(0x15, 0x65, 0xc0));
    auto *path = new QLineSeries;
    path->setPen(QPen(QColor(0x15, 0x65, 0xc0), 1.5));
    m_points = 0;
    for (const Models::ChildCheck &c : m_checks) {
        const double v = valueOf(c, ind);
        if (!isNum(v) || c.ageDays > maxMonth * 30.4375)
            continue;
        const double x = c.ageDays / Models::GrowthReference::daysPerMonth;
        points->append(x, v);
        path->append(x, v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        ++m_points;
    }
    chart->addSeries(path);
    chart->addSeries(points);
    series << path << points;
    auto *x = new QValueAxis;
    x->setRange(0, maxMonth);
    x->setTickCount(maxMonth == 24 ? 13 : 11);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("月龄"));
    auto *y = new QValueAxis;
    if (lo > hi)
        lo = 0, hi = 1;
    const double pad = (hi - lo) * 0.05;
    y->setRange(std::floor(lo - pad), std::ceil(hi + pad));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(ind == QLatin1String("wfa")     ? tr("体重 kg")
                    : ind == QLatin1String("bmifa") ? tr("BMI kg/m²")
                                                    : tr("cm"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->markers(path).first()->setVisible(false);
    return chart;
}

void GrowthChart::print(QPrinter *printer)
{
    QPainter p(printer);
    const QRect page = p.viewport();
    QFont f = p.font();
    f.setPointSizeF(12);
    p.setFont(f);
    const QString head = tr("儿童生长曲线 — %1  %2  出生日期 %3")
                             .arg(m_name, m_sex == QLatin1Char('F') ? tr("女") : tr("男"),
                                  m_birth.toString(QStringLiteral("yyyy-MM-dd")));
    const int headH = p.fontMetrics().height() * 2;
    p.drawText(QRect(page.left(), page.top(), page.width(), headH),
               Qt::AlignLeft | Qt::AlignVCenter, head);
    QChartView view;
    view.setRenderHint(QPainter::Antialiasing);
    view.setChart(build());
    view.resize(1200, 760);
    const QRect target(page.left(), page.top() + headH, page.width(), page.height() - headH * 2);
    view.render(&p, target);
    f.setPointSizeF(8);
    p.setFont(f);
    p.drawText(QRect(page.left(), page.bottom() - headH, page.width(), headH),
               Qt::AlignLeft | Qt::AlignVCenter,
               tr("参考标准：WHO 2006 儿童生长标准（LMS）；曲线为 −3 至 +3 SD"));
}

void GrowthChart::printPreview()
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                             QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    previewPages(
        tr("儿童生长曲线"), layout, [this](QPrinter &printer) { print(&printer); }, this,
        tr("儿童生长曲线"));
}

} // namespace Gui
