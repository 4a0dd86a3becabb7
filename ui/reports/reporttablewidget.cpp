#include "reporttablewidget.h"

#include "database.h"
#include "exportbuttons.h"
#include "messagebanner.h"
#include "readonlytable.h"
#include "reporttable.h"
#include "reporttablemodel.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleOptionHeader>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace Gui {

namespace {

// The 合计 row in bold (the model says which row, the view says how).
class TotalDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(Models::ReportTableModel::TotalRowRole).toBool())
            option->font.setBold(true);
    }
};

// Two header rows on screen as on paper: a group's heading once over its columns (预防接种证 over
// 应建证人数, 建证人数, 建证率), each column's label under it; an ungrouped column fills both rows.
class GroupHeaderView : public QHeaderView
{
public:
    explicit GroupHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
    {
        setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
        setSectionsClickable(false);
    }
    bool hasGroups() const
    {
        for (int i = 0; model() && i < count(); ++i)
            if (!group(i).isEmpty())
                return true;
        return false;
    }
    int bandHeight() const { return hasGroups() ? fontMetrics().height() + 8 : 0; }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logical) const override
    {
        const QString g = group(logical);
        if (g.isEmpty()) {
            QHeaderView::paintSection(painter, rect, logical);
            return;
        }
        const int band = bandHeight();
        QHeaderView::paintSection(painter, rect.adjusted(0, band, 0, 0), logical);
        // The band over the whole run of columns of this group.
        int first = logical, last = logical;
        while (first > 0 && group(first - 1) == g)
            --first;
        while (last + 1 < count() && group(last + 1) == g)
            ++last;
        const int left = sectionViewportPosition(first);
        const int right = sectionViewportPosition(last) + sectionSize(last);
        QStyleOptionHeader opt;
        initStyleOption(&opt);
        opt.rect = QRect(left, rect.top(), right - left, band);
        opt.section = logical;
        opt.text = g;
        opt.textAlignment = Qt::AlignCenter;
        painter->save();
        painter->setClipRect(rect.adjusted(0, 0, 0, band - rect.height()));
        style()->drawControl(QStyle::CE_Header, &opt, painter, this);
        painter->restore();
    }

private:
    QString group(int logical) const
    {
        return model()
                   ? model()
                         ->headerData(logical, Qt::Horizontal, Models::ReportTableModel::GroupRole)
                         .toString()
                   : QString();
    }
};

} // namespace

ReportTableWidget::ReportTableWidget(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("reportTableWidget"));
    m_model = new Models::ReportTableModel(this);

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("reportTableChoice"));
    for (const Models::ReportTableDef &t : Models::ReportTableSet::builtIn().tables())
        m_table->addItem(QStringLiteral("%1  %2").arg(t.id, t.displayTitle()), t.id);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportPeriodKind"));
    m_kind->addItem(tr("季报"), int(Models::ReportPeriod::Quarter));
    m_kind->addItem(tr("月报"), int(Models::ReportPeriod::Month));
    m_kind->addItem(tr("年报"), int(Models::ReportPeriod::Year));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(2000, 2100);
    m_year->setSuffix(tr(" 年"));
    m_part = new QComboBox(this);
    m_part->setObjectName(QStringLiteral("reportPeriodPart"));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("reportArea"));
    m_area->addItem(m_context.scope.allVillages ? tr("全部村（居委会）") : tr("我的村"), QString());
    if (auto areas = Models::ReportTableEngine(m_context.connection).areas(m_context.scope))
        for (const Models::ReportArea &a : *areas)
            m_area->addItem(a.level == QLatin1String("township") ? a.name
                                                                 : QStringLiteral("　") + a.name,
                            a.code);
    m_area->setMinimumContentsLength(8);
    m_reviewer = new QLineEdit(this);
    m_reviewer->setObjectName(QStringLiteral("reportReviewer"));
    m_reviewer->setPlaceholderText(tr("不填则留空手签"));
    m_run = new QPushButton(tr("生成报表 (Enter)"), this);
    m_run->setObjectName(QStringLiteral("computeReportTable"));
    m_run->setAutoDefault(true);
    m_cancel = new QPushButton(tr("取消"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReportTable"));
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->hide();

    const QDate today = QDate::currentDate();
    m_year->setValue(today.year());
    updatePeriodChoices();
    // The last finished quarter is what a clinic reports first.
    m_part->setCurrentIndex(qMax(0, (today.month() - 1) / 3 - 1));
    if (today.month() <= 3) {
        m_year->setValue(today.year() - 1);
        m_part->setCurrentIndex(3);
    }

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *choose = new QHBoxLayout;
    choose->addWidget(label(tr("报表(&T)"), m_table));
    choose->addWidget(m_table, 2);
    choose->addWidget(label(tr("周期(&Z)"), m_kind));
    choose->addWidget(m_kind);
    choose->addWidget(m_year);
    choose->addWidget(m_part);
    choose->addWidget(label(tr("范围(&A)"), m_area));
    choose->addWidget(m_area, 1);
    choose->addWidget(m_run);

    m_export = new ExportButtons(
        m_model,
        [this] {
            const Models::TableDocument d = m_model->document();
            return TablePrint{d.title,        d.headerFields, d.footerFields,
                              d.columnGroups, d.notes,        d.lastRowIsTotal};
        },
        this, this);
    auto *second = new QHBoxLayout;
    second->addWidget(label(tr("审核人(&R)"), m_reviewer));
    m_reviewer->setMaximumWidth(160);
    second->addWidget(m_reviewer);
    second->addWidget(m_progress);
    second->addWidget(m_cancel);
    second->addStretch(1);
    second->addWidget(m_export);

    m_banner = new MessageBanner(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("reportHeader"));
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("reportFooter"));
    m_footer->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reportTableView"));
    m_headerView = new GroupHeaderView(m_view);
    m_view->setHorizontalHeader(m_headerView);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TotalDelegate(m_view));
    setUpReadOnlyTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addLayout(second);
    layout->addWidget(m_banner);
    layout->addWidget(m_title);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updatePeriodChoices(); });
    connect(m_run, &QPushButton::clicked, this, &ReportTableWidget::compute);
    connect(m_cancel, &QPushButton::clicked, this, &ReportTableWidget::cancel);
    connect(m_export, &ExportButtons::message, this, [this](const QString &text, bool error) {
        m_banner->showMessage(text, error ? MessageBanner::Error : MessageBanner::Success);
    });
    // Enter in any of the choices makes the table.
    for (QWidget *w : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_kind),
                       static_cast<QWidget *>(m_year), static_cast<QWidget *>(m_part),
                       static_cast<QWidget *>(m_area), static_cast<QWidget *>(m_reviewer)})
        w->installEventFilter(this);
    setFocusProxy(m_table);
}

bool ReportTableWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            compute();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

ReportTableWidget::~ReportTableWidget()
{
    if (m_thread) {
        m_stop->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ReportTableWidget::updatePeriodChoices()
{
    const auto kind = Models::ReportPeriod::Kind(m_kind->currentData().toInt());
    const int keep = m_part->currentIndex();
    m_part->clear();
    if (kind == Models::ReportPeriod::Month)
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(tr("%1月").arg(m), m);
    else if (kind == Models::ReportPeriod::Quarter)
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("第%1季度").arg(q), q);
    m_part->setVisible(kind != Models::ReportPeriod::Year);
    if (kind == Models::ReportPeriod::Month)
        m_part->setCurrentIndex(keep >= 0 && keep < 4 ? keep * 3
                                                      : QDate::currentDate().month() - 1);
    else if (kind == Models::ReportPeriod::Quarter)
        m_part->setCurrentIndex(qBound(0, keep < 0 ? 0 : keep / 3, 3));
}

Models::ReportTableRequest ReportTableWidget::request() const
{
    Models::ReportTableRequest r;
    r.tableId = m_table->currentData().toString();
    const int year = m_year->value();
    switch (Models::ReportPeriod::Kind(m_kind->currentData().toInt())) {
    case Models::ReportPeriod::Month:
        r.period = Models::ReportPeriod::month(year, m_part->currentData().toInt());
        break;
    case Models::ReportPeriod::Quarter:
        r.period = Models::ReportPeriod::quarter(year, m_part->currentData().toInt());
        break;
    default:
        r.period = Models::ReportPeriod::year(year);
        break;
    }
    r.areaCode = m_area->currentData().toString();
    r.reviewer = m_reviewer->text().trimmed();
    return r;
}

void ReportTableWidget::compute()
{
    if (m_thread)
        return;
    const Models::ReportTableRequest req = request();
    m_banner->clear();
    m_run->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    const Models::Scope scope = m_context.scope;
    const QString path = m_context.databasePath;
    // A database file: a connection of the worker's own; an in-memory one (tests) only has ours.
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        finish(Models::ReportTableEngine(m_context.connection).compute(scope, req));
        return;
    }
    m_stop = std::make_shared<std::atomic_bool>(false);
    const auto stop = m_stop;
    const QString conn = QStringLiteral("reporttable-%1").arg(++m_runs);
    QPointer<ReportTableWidget> self(this);
    m_thread = QThread::create([=] {
        Models::Result<Models::ReportTable> result =
            Models::makeError(QStringLiteral("report.cancelled"), tr("已取消统计"));
        Models::OpenOptions o;
        o.create = false;
        o.migrate = false;
        if (auto opened = Models::openDatabase(conn, path, o); !opened) {
            result = opened.error();
        } else {
            int last = -1;
            result = Models::ReportTableEngine(conn).compute(scope, req, [&](int done, int total) {
                const int percent = total > 0 ? done * 100 / total : 0;
                if (percent != last && self) {
                    last = percent;
                    QMetaObject::invokeMethod(
                        self,
                        [self, percent] {
                            if (self && self->m_progress->isVisible())
                                self->m_progress->setRange(0, 100),
                                    self->m_progress->setValue(percent);
                        },
                        Qt::QueuedConnection);
                }
                return !stop->load();
            });
        }
        Models::closeDatabase(conn);
        QMetaObject::invokeMethod(
            self,
            [self, result] {
                if (self)
                    self->finish(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

void ReportTableWidget::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

void ReportTableWidget::finish(const Models::Result<Models::ReportTable> &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_run->setEnabled(true);
    m_cancel->hide();
    m_progress->hide();
    if (!result) {
        // No numbers of another choice under this one.
        m_model->clear();
        m_title->clear();
        m_header->clear();
        m_footer->clear();
        m_banner->showMessage(result.error().message,
                              result.error().code == QLatin1String("report.cancelled")
                                  ? MessageBanner::Warning
                                  : MessageBanner::Error);
        emit computed();
        return;
    }
    m_model->setTable(*result);
    showHeader();
    fitColumns();
    m_view->setFocus();
    emit computed();
}

// Every column on the screen (1366 wide) where it can be: the village names as wide as they are,
// the numbers sharing the rest, their headings wrapped over up to three lines.
void ReportTableWidget::fitColumns()
{
    const int columns = m_model->columnCount();
    if (columns == 0)
        return;
    const int digit = m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000000"));
    m_headerView->setMinimumSectionSize(digit / 2);
    m_view->resizeColumnsToContents();
    int numbers = 0;
    for (int c = 1; c < columns; ++c) {
        m_view->setColumnWidth(c, qBound(digit, m_view->columnWidth(c), digit * 2));
        numbers += m_view->columnWidth(c);
    }
    const int room = m_view->viewport()->width() - m_view->columnWidth(0) - 2;
    if (numbers > room && numbers > 0)
        for (int c = 1; c < columns; ++c)
            m_view->setColumnWidth(c, qMax(digit * 2 / 3, m_view->columnWidth(c) * room / numbers));
    // Labels wrap over up to three lines, under the group band.
    const int height = m_view->fontMetrics().height() * 3 + 10 +
                       static_cast<GroupHeaderView *>(m_headerView)->bandHeight();
    m_headerView->setFixedHeight(height);
}

void ReportTableWidget::showHeader()
{
    const Models::TableDocument d = m_model->document();
    m_title->setText(d.title);
    auto line = [](const QList<QPair<QString, QString>> &fields) {
        QStringList parts;
        for (const auto &[label, value] : fields)
            parts << tr("%1：%2").arg(label, value.isEmpty() ? QStringLiteral("＿＿＿＿") : value);
        return parts.join(QStringLiteral("　　"));
    };
    m_header->setText(line(d.headerFields));
    QString footer = line(d.footerFields);
    for (const QString &n : d.notes)
        footer += QLatin1Char('\n') + n;
    m_footer->setText(footer);
}

} // namespace Gui
