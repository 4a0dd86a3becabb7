#include "trendchart.h"

#include "chronicrepository.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

namespace {

qreal ms(const QDate &d)
{
    return qreal(d.startOfDay().toMSecsSinceEpoch());
}

QChart *newChart(const QString &title)
{
    auto *c = new QChart;
    c->setTitle(title);
    c->setMargins(QMargins(4, 2, 4, 2));
    c->legend()->setAlignment(Qt::AlignRight);
    c->setAnimationOptions(QChart::NoAnimation);
    return c;
}

void addAxes(QChart *c, const QDate &from, const QDate &to, qreal lo, qreal hi, const QString &unit)
{
    auto *x = new QDateTimeAxis;
    x->setFormat(from.daysTo(to) > 400 ? QStringLiteral("yyyy-MM") : QStringLiteral("MM-dd"));
    x->setRange(from.startOfDay(), to.startOfDay());
    x->setTickCount(7);
    auto *y = new QValueAxis;
    y->setRange(lo, hi);
    y->setTitleText(unit);
    y->setLabelFormat(QStringLiteral("%.0f"));
    if (hi - lo >= 60) { // round ticks (…, 80, 100, 120, 140, …) so the limit lines read easily
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(20);
    }
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

QLineSeries *limitLine(const QString &name, qreal value, const QDate &from, const QDate &to,
                       const QColor &color)
{
    auto *s = new QLineSeries;
    s->setName(name);
    s->append(ms(from), value);
    s->append(ms(to), value);
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    s->setPen(pen);
    return s;
}

} // namespace

TrendChart::TrendChart(const Context &context, const QString &residentId, QWidget *parent)
    : QWidget(parent), m_context(context), m_residentId(residentId)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("trendPeriod"));
    m_period->addItem(tr("近 1 年"), 1);
    m_period->addItem(tr("近 3 年"), 3);
    m_period->addItem(tr("近 5 年"), 5);
    m_period->addItem(tr("近 10 年"), 10);
    m_period->setCurrentIndex(2);
    m_summary = new QLabel(this);
    auto *print = new QPushButton(tr("打印 (Ctrl+P)"), this);
    print->setShortcut(QKeySequence::Print);
    m_bp = new QChartView(this);
    m_fbg = new QChartView(this);
    m_weight = new QChartView(this);
    for (QChartView *v : {m_bp, m_fbg, m_weight}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(170);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("时间范围"), this));
    top->addWidget(m_period);
    top->addWidget(m_summary, 1);
    top->addWidget(print);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bp, 3);
    layout->addWidget(m_fbg, 2);
    layout->addWidget(m_weight, 2);
    connect(m_period, &QComboBox::currentIndexChanged, this, &TrendChart::periodChanged);
    connect(print, &QPushButton::clicked, this, &TrendChart::printPreview);
    periodChanged();
}

void TrendChart::periodChanged()
{
    const QDate today = QDate::currentDate();
    load(today.addYears(-m_period->currentData().toInt()), today);
}

void TrendChart::load(const QDate &from, const QDate &to)
{
    Models::ChronicRepository repo(m_context.connection);
    QVector<Models::ChronicFollowup> all;
    auto regs = repo.registrationsOf(m_context.scope, m_residentId);
    if (regs) {
        for (const Models::ChronicRegistration &g : *regs) {
            m_title = g.residentName;
            if (auto list = repo.followups(m_context.scope, g.id, from, to))
                all += *list;
        }
    }
    std::sort(all.begin(), all.end(),
              [](const auto &a, const auto &b) { return a.visitDate < b.visitDate; });
    m_points = int(all.size());
    m_summary->setText(tr("%1：%2 至 %3，共 %4 次随访")
                           .arg(m_title, from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                           .arg(all.size()));
    // setChart() releases the previous chart without deleting it.
    const auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_bp, bpChart(all, from, to));
    replace(m_fbg, fbgChart(all, from, to));
    replace(m_weight, weightChart(all, from, to));
}

QChart *TrendChart::bpChart(const QVector<Models::ChronicFollowup> &f, const QDate &from,
                            const QDate &to)
{
    auto *c = newChart(tr("血压 (mmHg)"));
    auto *sbp = new QLineSeries;
    sbp->setName(tr("收缩压"));
    auto *dbp = new QLineSeries;
    dbp->setName(tr("舒张压"));
    auto *good = new QScatterSeries;
    good->setName(tr("控制满意"));
    good->setColor(QColor(0x2e, 0x7d, 0x32));
    good->setMarkerSize(8);
    auto *bad = new QScatterSeries;
    bad->setName(tr("不满意/不良反应/并发症"));
    bad->setColor(QColor(0xc6, 0x28, 0x28));
    bad->setMarkerSize(8);
    // BP marks are the hypertension classification; a diabetes visit's class is about glucose
    // and is marked on the glucose chart. BP of diabetes visits is drawn only for residents
    // without hypertension follow-ups (so a visit is never drawn twice).
    const bool hypertension = std::any_of(f.begin(), f.end(), [](const auto &v) {
        return v.programme == QLatin1String("hypertension");
    });
    int hi = 180;
    for (const auto &v : f) {
        if (!v.sbp || !v.dbp || (hypertension && v.programme != QLatin1String("hypertension")))
            continue;
        sbp->append(ms(v.visitDate), *v.sbp);
        dbp->append(ms(v.visitDate), *v.dbp);
        if (v.programme == QLatin1String("hypertension"))
            (v.cls == Models::FollowupClass::Controlled ? good : bad)
                ->append(ms(v.visitDate), *v.sbp);
        hi = qMax(hi, (*v.sbp / 20 + 1) * 20);
    }
    c->addSeries(limitLine(tr("140"), 140, from, to, QColor(0xc6, 0x28, 0x28)));
    c->addSeries(limitLine(tr("90"), 90, from, to, QColor(0xef, 0x6c, 0x00)));
    c->addSeries(sbp);
    c->addSeries(dbp);
    c->addSeries(good);
    c->addSeries(bad);
    addAxes(c, from, to, 40, hi, QStringLiteral("mmHg"));
    return c;
}

QChart *TrendChart::fbgChart(const QVector<Models::ChronicFollowup> &f, const QDate &from,
                             const QDate &to)
{
    auto *c = newChart(tr("空腹血糖 (mmol/L)"));
    auto *s = new QLineSeries;
    s->setName(tr("空腹血糖"));
    s->setPointsVisible(true);
    auto *good = new QScatterSeries;
    good->setName(tr("控制满意"));
    good->setColor(QColor(0x2e, 0x7d, 0x32));
    good->setMarkerSize(8);
    auto *bad = new QScatterSeries;
    bad->setName(tr("不满意/不良反应/并发症"));
    bad->setColor(QColor(0xc6, 0x28, 0x28));
    bad->setMarkerSize(8);
    double hi = 12;
    for (const auto &v : f)
        if (v.fbg) {
            s->append(ms(v.visitDate), *v.fbg);
            if (v.programme == QLatin1String("diabetes"))
                (v.cls == Models::FollowupClass::Controlled ? good : bad)
                    ->append(ms(v.visitDate), *v.fbg);
            hi = qMax(hi, *v.fbg + 1);
        }
    c->addSeries(limitLine(tr("7.0"), 7.0, from, to, QColor(0xc6, 0x28, 0x28)));
    c->addSeries(s);
    c->addSeries(good);
    c->addSeries(bad);
    addAxes(c, from, to, 2, hi, QStringLiteral("mmol/L"));
    return c;
}

QChart *TrendChart::weightChart(const QVector<Models::ChronicFollowup> &f, const QDate &from,
                                const QDate &to)
{
    auto *c = newChart(tr("体重 (kg) 与 BMI"));
    auto *w = new QLineSeries;
    w->setName(tr("体重"));
    auto *b = new QLineSeries;
    b->setName(tr("BMI"));
    double hi = 40;
    for (const auto &v : f) {
        if (v.weight) {
            w->append(ms(v.visitDate), *v.weight);
            hi = qMax(hi, *v.weight + 5);
        }
        if (auto bmi = v.bmi())
            b->append(ms(v.visitDate), *bmi);
    }
    c->addSeries(limitLine(tr("BMI 24"), 24, from, to, QColor(0xef, 0x6c, 0x00)));
    c->addSeries(w);
    c->addSeries(b);
    addAxes(c, from, to, 10, hi, QStringLiteral("kg, kg/m²"));
    return c;
}

void TrendChart::print(QPrinter *printer)
{
    QPainter p(printer);
    const QRect page = p.viewport();
    p.drawText(QRect(page.left(), page.top(), page.width(), 40), Qt::AlignLeft | Qt::AlignVCenter,
               m_summary->text());
    const int h = (page.height() - 50) / 3;
    int y = page.top() + 50;
    for (QChartView *v : {m_bp, m_fbg, m_weight}) {
        v->render(&p, QRectF(page.left(), y, page.width(), h - 10));
        y += h;
    }
}

void TrendChart::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &TrendChart::print);
    dialog.exec();
}

} // namespace Gui
