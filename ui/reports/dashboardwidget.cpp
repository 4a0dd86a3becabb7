#include "dashboardwidget.h"

#include "arearepository.h"
#include "columnwidths.h"
#include "exportbuttons.h"
#include "indicatorcharts.h"
#include "indicatorresidentsdialog.h"
#include "indicatorstatus.h"
#include "indicatortablemodel.h"
#include "messagebanner.h"
#include "readonlytable.h"
#include "staffdirectory.h"
#include "teamrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

namespace {
enum PeriodKind { Month, Quarter, Year, YearToDate, Custom };
enum AreaKind { Township, Village, Team, Doctor };
} // namespace

DashboardWidget::DashboardWidget(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("dashboard"));
    m_runner = new Models::IndicatorRunner(context.databasePath, context.scope, this);
    m_model = new Models::IndicatorTableModel(this);
    buildChoosers();

    m_compute = new QPushButton(tr("统计 (F5)"), this);
    m_compute->setObjectName(QStringLiteral("computeDashboard"));
    m_compute->setShortcut(QKeySequence::Refresh);
    m_cancel = new QPushButton(tr("取消"), this);
    m_cancel->setObjectName(QStringLiteral("cancelDashboard"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_banner = new MessageBanner(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    auto *colours = new IndicatorStatusColours(this);
    colours->setSourceModel(m_model);
    m_table->setModel(colours);
    setUpReadOnlyTable(m_table, Models::IndicatorTableModel::Name);
    using C = Models::IndicatorTableModel;
    m_table->setColumnWidth(C::Programme, contentFit(m_table, C::Programme, tr("预防接种")));
    m_table->setColumnWidth(C::Value, contentFit(m_table, C::Value, QStringLiteral("100.0%")));
    m_table->setColumnWidth(C::Numerator,
                            contentFit(m_table, C::Numerator, QStringLiteral("888888")));
    m_table->setColumnWidth(C::Denominator,
                            contentFit(m_table, C::Denominator, QStringLiteral("888888")));
    m_table->setColumnWidth(C::Target, contentFit(m_table, C::Target, QStringLiteral("100%")));
    m_table->setColumnWidth(C::Gap, contentFit(m_table, C::Gap, tr("差 88888 人")));
    m_table->setColumnWidth(C::Status, contentFit(m_table, C::Status, tr("△ 接近目标")));
    m_table->horizontalHeader()->setSectionResizeMode(C::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(C::Status, QHeaderView::Interactive);
    m_table->setMinimumWidth(520);
    m_table->installEventFilter(this);

    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("indicatorWords"));
    m_words->setWordWrap(true);
    m_words->setTextFormat(Qt::RichText);
    m_words->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The figures, the numerator, the denominator (each may wrap once beside the export buttons:
    // four lines cut the denominator's second line); sources in the tooltip.
    m_words->setFixedHeight(m_words->fontMetrics().lineSpacing() * 5 + 8);
    m_trend = new IndicatorTrendChart(this);
    m_villages = new VillageBarChart(this);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(2);
    rightLayout->addWidget(m_trend, 1);
    rightLayout->addWidget(m_villages, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // The table gets what its number columns need plus room for the indicator's name (English
    // headers and programme names are wider than Chinese); the charts take the rest.
    int tableWidth = 220 + m_table->verticalScrollBar()->sizeHint().width() + 4;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != C::Name)
            tableWidth += m_table->columnWidth(c);
    split->setSizes({std::max(620, tableWidth), 560});
    split->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("期间"), this));
    top->addWidget(m_periodKind);
    top->addWidget(m_year);
    top->addWidget(m_part);
    top->addWidget(m_from);
    top->addWidget(m_toLabel);
    top->addWidget(m_to);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("范围"), this));
    top->addWidget(m_areaKind);
    top->addWidget(m_areaItem, 1);
    top->addWidget(m_compute);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    // The table as it shows: print preview, CSV, Excel (Ctrl+Shift+P/C/E), beside the words.
    m_export = new ExportButtons(
        m_model,
        [this] {
            TablePrint p;
            p.title = tr("工作指标");
            p.headerFields = {{tr("期间"), period().label()},
                              {tr("范围"), m_areaItem->currentText()},
                              {tr("打印日期"), QDate::currentDate().toString(Qt::ISODate)}};
            return p;
        },
        this, this);
    connect(m_export, &ExportButtons::message, this, [this](const QString &text, bool error) {
        m_banner->showMessage(text, error ? MessageBanner::Error : MessageBanner::Success);
    });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_words, 1);
    bottom->addWidget(m_export, 0, Qt::AlignTop);
    layout->addLayout(bottom);
    setFocusProxy(m_table);
    // Tab from the tab bar lands in the table first (the numbers), then the choosers.
    QWidget *order[] = {m_table, m_periodKind, m_year,     m_part,    m_from,
                        m_to,    m_areaKind,   m_areaItem, m_compute, m_cancel};
    for (size_t i = 0; i + 1 < std::size(order); ++i)
        QWidget::setTabOrder(order[i], order[i + 1]);

    connect(m_compute, &QPushButton::clicked, this, &DashboardWidget::compute);
    connect(m_cancel, &QPushButton::clicked, this, &DashboardWidget::cancel);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &i) {
        if (i.data(Models::IndicatorTableModel::DrillRole).toInt() >= 0)
            openNumber(i);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DashboardWidget::selectionChanged);
    connect(m_villages, &VillageBarChart::villageActivated, this, [this](const QString &code) {
        const QString id = selectedIndicator();
        if (id.isEmpty())
            return;
        const Models::IndicatorResult *r = m_model->run().find(id);
        const Models::IndicatorDefinition *d = Models::IndicatorCatalog::get().find(id);
        if (!r || !d)
            return;
        QString name = code;
        for (const Models::VillageCount &v : r->villages)
            if (v.code == code)
                name = v.name;
        m_residentsTitle = tr("%1 — %2：尚未达到的居民").arg(d->displayName(), name);
        m_residentsExplanation =
            tr("分母中尚未计入分子的居民。分母：%1\n分子：%2")
                .arg(d->denominator.displayWords(), d->numerator.displayWords());
        m_residentsJob = m_runner->residents(id, m_model->run().period, m_model->run().area,
                                             Models::IndicatorSet::Gap, code);
        setBusy(true);
    });

    connect(m_runner, &Models::IndicatorRunner::progress, this,
            [this](quint64 job, Models::IndicatorRunner::Kind, int done, int total) {
                if (job != m_evaluateJob && job != m_residentsJob)
                    return;
                m_progress->setMaximum(qMax(1, total));
                m_progress->setValue(done);
            });
    connect(m_runner, &Models::IndicatorRunner::evaluated, this,
            [this](quint64 job, const Models::IndicatorRun &run) {
                if (job != m_evaluateJob)
                    return;
                m_evaluateJob = 0;
                setBusy(m_residentsJob != 0);
                showRun(run);
            });
    connect(m_runner, &Models::IndicatorRunner::trendReady, this,
            [this](quint64 job, const Models::IndicatorTrend &t) {
                if (job != m_trendJob)
                    return;
                m_trendJob = 0;
                showTrend(t);
            });
    connect(m_runner, &Models::IndicatorRunner::residentsReady, this,
            [this](quint64 job, const Models::IndicatorPeople &p) {
                if (job != m_residentsJob)
                    return;
                m_residentsJob = 0;
                setBusy(m_evaluateJob != 0);
                showResidents(p);
            });
    connect(m_runner, &Models::IndicatorRunner::failed, this,
            [this](quint64 job, Models::IndicatorRunner::Kind kind, const QString &message,
                   const QString &code) {
                if (job != m_evaluateJob && job != m_trendJob && job != m_residentsJob)
                    return;
                if (job == m_evaluateJob)
                    m_evaluateJob = 0;
                if (job == m_residentsJob)
                    m_residentsJob = 0;
                if (job == m_trendJob)
                    m_trendJob = 0;
                setBusy(m_evaluateJob != 0 || m_residentsJob != 0);
                if (kind == Models::IndicatorRunner::Kind::Trend)
                    m_trend->showMessage(message);
                if (code == QLatin1String("indicator.cancelled"))
                    m_banner->showMessage(tr("已取消；表中仍是上次的结果。"), MessageBanner::Info);
                else
                    m_banner->showMessage(message, MessageBanner::Error);
            });
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::buildChoosers()
{
    const QDate today = QDate::currentDate();
    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("periodKind"));
    m_periodKind->addItem(tr("月"), Month);
    m_periodKind->addItem(tr("季度"), Quarter);
    m_periodKind->addItem(tr("年度"), Year);
    m_periodKind->addItem(tr("年初至今"), YearToDate);
    m_periodKind->addItem(tr("自定义"), Custom);
    m_periodKind->setCurrentIndex(YearToDate);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setRange(2000, today.year() + 1);
    m_year->setValue(today.year());
    m_year->setSuffix(tr(" 年"));
    m_part = new QComboBox(this);
    m_part->setObjectName(QStringLiteral("periodPart"));
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_toLabel = new QLabel(QStringLiteral("—"), this);
    connect(m_periodKind, &QComboBox::currentIndexChanged, this,
            &DashboardWidget::periodKindChanged);
    periodKindChanged();

    m_areaKind = new QComboBox(this);
    m_areaKind->setObjectName(QStringLiteral("areaKind"));
    m_areaKind->addItem(tr("乡镇"), Township);
    m_areaKind->addItem(tr("村"), Village);
    m_areaKind->addItem(tr("签约团队"), Team);
    m_areaKind->addItem(tr("医生"), Doctor);
    m_areaItem = new QComboBox(this);
    m_areaItem->setObjectName(QStringLiteral("areaItem"));
    m_areaItem->setMinimumContentsLength(8);
    m_areaItem->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_areaKind, &QComboBox::currentIndexChanged, this, &DashboardWidget::areaKindChanged);
    areaKindChanged();
}

void DashboardWidget::periodKindChanged()
{
    const int kind = m_periodKind->currentData().toInt();
    const QDate today = QDate::currentDate();
    m_part->blockSignals(true);
    m_part->clear();
    if (kind == Month) {
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(tr("%1月").arg(m), m);
        m_part->setCurrentIndex(today.month() - 1);
    } else if (kind == Quarter) {
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("第%1季度").arg(q), q);
        m_part->setCurrentIndex((today.month() - 1) / 3);
    }
    m_part->blockSignals(false);
    m_year->setVisible(kind == Month || kind == Quarter || kind == Year);
    m_part->setVisible(kind == Month || kind == Quarter);
    m_from->setVisible(kind == Custom);
    m_toLabel->setVisible(kind == Custom);
    m_toLabel->setText(kind == Custom ? QStringLiteral("—") : tr("截至"));
    m_to->setVisible(kind == Custom || kind == YearToDate);
    m_toLabel->setVisible(kind == Custom || kind == YearToDate);
}

void DashboardWidget::areaKindChanged()
{
    const int kind = m_areaKind->currentData().toInt();
    const Models::Scope &scope = m_context.scope;
    m_areaItem->clear();
    if (kind == Township) {
        if (auto all = Models::AreaRepository(m_context.connection).all(); all && scope.allVillages)
            for (const Models::Area &a : *all)
                if (a.level == QLatin1String("township"))
                    m_areaItem->addItem(a.name, a.code);
        m_areaItem->addItem(scope.allVillages ? tr("全部村") : tr("我负责的全部村"), QString());
    } else if (kind == Village) {
        if (auto v = Models::AreaRepository(m_context.connection).villages(scope))
            for (const Models::Area &a : *v)
                m_areaItem->addItem(a.name, a.code);
    } else if (kind == Team) {
        if (auto teams = Models::TeamRepository(m_context.connection).teams(scope, false))
            for (const Models::Team &t : *teams)
                m_areaItem->addItem(t.name, t.id);
    } else {
        const Models::StaffDirectory staff(m_context.connection);
        for (const Models::StaffPerson &p :
             staff.teamRoster(scope, Models::StaffDirectory::doctorRoles()))
            m_areaItem->addItem(p.name, p.key);
    }
    if (m_areaItem->count() == 0)
        m_areaItem->addItem(tr("（没有可选的项）"), QString());
}

Models::IndicatorPeriod DashboardWidget::period() const
{
    const int year = m_year->value();
    switch (m_periodKind->currentData().toInt()) {
    case Month:
        return Models::IndicatorPeriod::month(year, m_part->currentData().toInt());
    case Quarter:
        return Models::IndicatorPeriod::quarter(year, m_part->currentData().toInt());
    case Year:
        return Models::IndicatorPeriod::year(year);
    case YearToDate:
        return Models::IndicatorPeriod::yearToDate(m_to->date());
    default:
        return {m_from->date(), m_to->date()};
    }
}

Models::IndicatorArea DashboardWidget::area() const
{
    const QString code = m_areaItem->currentData().toString();
    Models::IndicatorArea a;
    switch (m_areaKind->currentData().toInt()) {
    case Village:
        a = Models::IndicatorArea::village(code);
        break;
    case Team:
        a = Models::IndicatorArea::team(code);
        break;
    case Doctor:
        a = Models::IndicatorArea::doctor(code);
        break;
    default:
        a = Models::IndicatorArea::township(code);
        break;
    }
    a.label = m_areaItem->currentText();
    return a;
}

QAbstractItemModel *DashboardWidget::indicatorModel() const
{
    return m_model;
}

bool DashboardWidget::isComputing() const
{
    return m_evaluateJob != 0;
}

QString DashboardWidget::selectedIndicator() const
{
    const Models::IndicatorResult *r = m_model->result(m_table->currentIndex().row());
    return r ? r->id : QString();
}

void DashboardWidget::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setEnabled(busy);
    if (!busy)
        m_progress->setValue(0);
}

void DashboardWidget::compute()
{
    const Models::IndicatorPeriod p = period();
    if (!p.isValid()) {
        m_banner->showMessage(tr("统计期间不正确：开始日期应不晚于结束日期"), MessageBanner::Error);
        (m_periodKind->currentData().toInt() == Custom ? m_from : m_to)->setFocus();
        return;
    }
    const Models::IndicatorArea a = area();
    if (a.kind != Models::IndicatorArea::Kind::Township && a.code.isEmpty()) {
        m_banner->showMessage(tr("请选择统计范围"), MessageBanner::Error);
        m_areaItem->setFocus();
        return;
    }
    m_banner->showMessage(tr("正在统计 %1，%2…").arg(a.label, p.label()), MessageBanner::Info);
    m_progress->setRange(0, 0);
    m_evaluateJob = m_runner->evaluate(p, a);
    setBusy(true);
}

void DashboardWidget::cancel()
{
    m_runner->cancel();
}

void DashboardWidget::showRun(const Models::IndicatorRun &run)
{
    const QString selected = selectedIndicator();
    m_model->setRun(run);
    m_banner->showMessage(
        tr("%1，%2：%3 项指标（%4 毫秒）。点击或按 Enter 打开数字背后的居民名单。")
            .arg(run.area.label, run.period.label())
            .arg(run.results.size())
            .arg(run.milliseconds),
        MessageBanner::Success);
    const int row = qMax(0, m_model->rowOf(selected));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(row, Models::IndicatorTableModel::Value));
    else
        selectionChanged();
    emit computed();
}

void DashboardWidget::showTrend(const Models::IndicatorTrend &trend)
{
    const Models::IndicatorDefinition *d = Models::IndicatorCatalog::get().find(trend.id);
    m_trend->setTrend(
        trend,
        tr("%1：%2年各月（年初至月末）").arg(d ? d->displayName() : trend.id).arg(trend.year));
    emit trendShown();
}

void DashboardWidget::selectionChanged()
{
    const int row = m_table->currentIndex().row();
    const Models::IndicatorResult *r = m_model->result(row);
    const Models::IndicatorDefinition *d = m_model->definition(row);
    if (!r || !d) {
        m_words->clear();
        return;
    }
    const QString target = r->target ? tr("目标 %1%").arg(*r->target) : tr("未设目标");
    m_words->setText(tr("<b>%1</b>　%2（%3 / %4）　%5　<span style='color:%6'>%7</span><br/>"
                        "分子：%8<br/>分母：%9")
                         .arg(d->displayName().toHtmlEscaped(),
                              Models::IndicatorTableModel::percent(r->total.value()))
                         .arg(r->total.numerator)
                         .arg(r->total.denominator)
                         .arg(target, indicatorStatusColour(r->status).name(),
                              Models::IndicatorTableModel::statusText(r->status).toHtmlEscaped(),
                              d->numerator.displayWords().toHtmlEscaped(),
                              d->denominator.displayWords().toHtmlEscaped()));
    m_words->setToolTip(tr("来源：%1\n目标来源：%2").arg(d->source, r->targetSource));
    const Models::IndicatorRun &run = m_model->run();
    m_villages->setResult(*r, tr("%1：各村比较").arg(d->displayName()), run.nearTargetPoints,
                          d->higherIsBetter);
    m_trend->showMessage(tr("正在计算 %1 的月度趋势…").arg(d->displayName()));
    m_trendJob = m_runner->trend(r->id, run.period.to.year(), run.area, run.period.to);
}

void DashboardWidget::openNumber(const QModelIndex &index)
{
    const int row = index.row();
    const Models::IndicatorResult *r = m_model->result(row);
    const Models::IndicatorDefinition *d = m_model->definition(row);
    if (!r || !d)
        return;
    int drill = index.data(Models::IndicatorTableModel::DrillRole).toInt();
    if (drill < 0)
        drill = int(Models::IndicatorSet::Gap);
    const auto which = Models::IndicatorSet(drill);
    const QString what =
        which == Models::IndicatorSet::Numerator
            ? tr("分子")
            : (which == Models::IndicatorSet::Denominator ? tr("分母") : tr("尚未达到"));
    m_residentsTitle = tr("%1 — %2的居民").arg(d->displayName(), what);
    if (which == Models::IndicatorSet::Numerator)
        m_residentsExplanation = tr("分子：%1").arg(d->numerator.displayWords());
    else if (which == Models::IndicatorSet::Denominator)
        m_residentsExplanation =
            tr("分母：%1").arg(d->denominator.displayWords()) +
            (r->total.denominatorFromSetting
                 ? tr("\n本期分母 %1 来自设置或估算，名单列出登记在册的相应居民。")
                       .arg(r->total.denominator)
                 : QString());
    else
        m_residentsExplanation =
            tr("分母中尚未计入分子的居民（谁还需要这项服务）。\n分母：%1\n分子：%2")
                .arg(d->denominator.displayWords(), d->numerator.displayWords());
    m_residentsJob = m_runner->residents(r->id, m_model->run().period, m_model->run().area, which);
    m_progress->setRange(0, 0);
    setBusy(true);
}

void DashboardWidget::showResidents(const Models::IndicatorPeople &people)
{
    IndicatorResidentsDialog dialog(m_residentsTitle, m_residentsExplanation, people, m_openRecord,
                                    this);
    emit residentsOpened(&dialog);
    dialog.exec();
    m_table->setFocus();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        compute(); // figures at once, in the background
    }
}

bool DashboardWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *k = static_cast<QKeyEvent *>(event);
        if (k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) {
            openNumber(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Gui
