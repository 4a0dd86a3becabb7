#include "worklistpage.h"

#include "arearepository.h"
#include "columnwidths.h"
#include "database.h"
#include "exportbuttons.h"
#include "messagebanner.h"
#include "printpreview.h"
#include "readonlytable.h"
#include "roundsheet.h"
#include "syncstate.h"
#include "workitemmodel.h"
#include "worklistdelegate.h"
#include "worklistsource.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace Gui {

namespace {
const QString AreaSetting = QStringLiteral("worklist/area");

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}
} // namespace

WorklistPage::WorklistPage(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("worklistPage"));
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("worklistVillage"));
    m_village->setMinimumWidth(150);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("worklistDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("worklistProgramme"));
    m_programme->addItem(tr("全部项目"), QString());
    if (auto defs = Models::WorklistSources::definitions())
        for (const Models::WorklistSourceDefinition &d : *defs)
            m_programme->addItem(d.programme(), d.id);
    m_programme->addItem(tr("本机待办"), QStringLiteral("clinic_queue"));
    m_overdueOnly = new QCheckBox(tr("只看逾期(&O)"), this);
    m_overdueOnly->setObjectName(QStringLiteral("worklistOverdueOnly"));
    auto *refresh = new QPushButton(tr("刷新 (F5)"), this);
    auto *print = new QPushButton(tr("打印走访单 (Ctrl+P)"), this);
    print->setObjectName(QStringLiteral("worklistPrint"));
    m_cancel = new QPushButton(tr("停止"), this);
    m_cancel->setObjectName(QStringLiteral("worklistCancel"));
    m_cancel->hide();

    m_model = new Models::WorkItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new WorklistDelegate(m_table));
    setUpReadOnlyTable(m_table, Models::WorkItemModel::Reason);
    const int widths[] = {150, 64, 64, 72, 104, 300, 90, 96};
    for (int c = 0; c < Models::WorkItemModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, headerFit(m_table, c, widths[c]));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("worklistSummary"));
    m_summary->setWordWrap(true);
    m_banner = new MessageBanner(MessageBanner::Info, this);
    m_banner->setObjectName(QStringLiteral("worklistBanner"));
    m_banner->setWordWrap(true);
    m_status = new QLabel(
        tr("Enter 打开该项的表单，保存后该项移出清单；F5 刷新；Ctrl+P 打印走访单"), this);
    m_status->setObjectName(QStringLiteral("worklistStatus"));

    m_tools = new QHBoxLayout;
    m_tools->addWidget(buddyLabel(tr("村(&V)"), m_village, this));
    m_tools->addWidget(m_village);
    m_tools->addWidget(buddyLabel(tr("日期(&D)"), m_date, this));
    m_tools->addWidget(m_date);
    m_tools->addWidget(buddyLabel(tr("项目(&J)"), m_programme, this));
    m_tools->addWidget(m_programme);
    m_tools->addWidget(m_overdueOnly);
    m_tools->addWidget(refresh);
    m_tools->addWidget(print);
    m_tools->addWidget(m_cancel);
    m_tools->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_tools);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    // The list as it shows (CSV, Excel, a plain table preview); the round sheet stays Ctrl+P.
    auto *exporter = new ExportButtons(
        m_model,
        [this] {
            TablePrint p;
            p.title = tr("今日工作清单");
            p.headerFields = {{tr("村"), m_village->currentText()},
                              {tr("日期"), m_date->date().toString(Qt::ISODate)},
                              {tr("项目"), m_programme->currentText()}};
            return p;
        },
        this, this);
    connect(exporter, &ExportButtons::message, this, [this](const QString &text, bool error) {
        m_banner->showMessage(text, error ? MessageBanner::Error : MessageBanner::Success);
    });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(exporter);
    layout->addLayout(bottom);

    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    f5->setWhatsThis(tr("刷新")); // its meaning, for the shortcut list (docs/ux.md)
    connect(f5, &QShortcut::activated, this, &WorklistPage::reload);
    auto *ctrlP = new QShortcut(QKeySequence::Print, this);
    ctrlP->setContext(Qt::WidgetWithChildrenShortcut);
    ctrlP->setWhatsThis(tr("打印走访单"));
    connect(ctrlP, &QShortcut::activated, this, &WorklistPage::printSheet);
    connect(refresh, &QPushButton::clicked, this, &WorklistPage::reload);
    connect(print, &QPushButton::clicked, this, &WorklistPage::printSheet);
    connect(m_cancel, &QPushButton::clicked, this, &WorklistPage::cancelLoading);
    connect(m_village, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(AreaSetting, area());
        reload();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &WorklistPage::reload);
    connect(m_programme, &QComboBox::currentIndexChanged, this, &WorklistPage::applyFilter);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &WorklistPage::applyFilter);
    connect(m_table, &QTableView::activated, this, &WorklistPage::openCurrent);
    setFocusProxy(m_table);
}

WorklistPage::~WorklistPage()
{
    if (m_thread) {
        m_cancelFlag->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void WorklistPage::setOpener(const QString &form, ItemOpener opener)
{
    m_openers.insert(form, std::move(opener));
}

void WorklistPage::addToolWidget(QWidget *widget)
{
    m_tools->insertWidget(m_tools->count() - 1, widget);
}

QString WorklistPage::area() const
{
    return m_village->currentData().toString();
}

void WorklistPage::setArea(const QString &areaCode)
{
    loadVillages();
    const int i = m_village->findData(areaCode);
    if (i >= 0)
        m_village->setCurrentIndex(i);
}

QDate WorklistPage::date() const
{
    return m_date->date();
}

void WorklistPage::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void WorklistPage::loadVillages()
{
    if (m_villagesLoaded)
        return;
    m_villagesLoaded = true;
    const QSignalBlocker block(m_village);
    auto villages = Models::AreaRepository(m_context.connection).villages(m_context.scope);
    if (villages)
        for (const Models::Area &a : *villages)
            m_village->addItem(a.name, a.code);
    if (m_village->count() != 1)
        m_village->addItem(m_context.scope.allVillages ? tr("全部村") : tr("我负责的全部村"),
                           QString());
    // The user's own village (the first of their scope), or the one chosen last time.
    const QSettings settings;
    int chosen = settings.contains(AreaSetting)
                     ? m_village->findData(settings.value(AreaSetting).toString())
                     : -1;
    if (chosen < 0 && !m_context.scope.allVillages && !m_context.scope.villages.isEmpty())
        chosen = m_village->findData(m_context.scope.villages.first());
    m_village->setCurrentIndex(qMax(0, chosen));
}

void WorklistPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadVillages();
    reload(); // what other screens recorded since is gone from the list
}

Models::WorklistRequest WorklistPage::request() const
{
    Models::WorklistRequest r;
    r.area = area();
    r.date = m_date->date();
    for (const Sync::QueueLine &l : Sync::SyncState(m_context.connection).queue(m_context.scope))
        r.queue << Models::ClinicQueueEntry{l.kind, l.text, l.ref};
    return r;
}

void WorklistPage::reload()
{
    if (!m_villagesLoaded)
        return;
    cancelLoading();
    const int generation = ++m_generation;
    if (m_table->currentIndex().isValid())
        m_keepRow = m_table->currentIndex().row();
    else
        m_keepRow = -1;
    Models::WorklistRequest r = request();
    const bool oneVillage = r.area.size() == 12;
    const QString path = m_context.databasePath;
    if (oneVillage || path.isEmpty() || path == QLatin1String(":memory:")) {
        // One village is read in well under 100 ms: on the page's own connection.
        apply(Models::buildDailyWorklist(m_context.connection, m_context.scope, r), generation);
        return;
    }
    // Several villages (up to a second for a township): on a thread with its own connection, so
    // the page stays responsive and the reading can be stopped.
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    r.cancel = m_cancelFlag.get();
    const auto flag = m_cancelFlag;
    const Models::Scope scope = m_context.scope;
    const QString conn = QStringLiteral("worklist-%1").arg(generation);
    QPointer<WorklistPage> self(this);
    m_thread = QThread::create([=] {
        Models::OpenOptions o;
        o.create = false;
        o.migrate = false;
        Models::Result<Models::DailyWorklist> result = Models::makeError({}, {});
        if (auto opened = Models::openDatabase(conn, path, o); !opened) {
            result = opened.error();
        } else {
            Models::WorklistRequest parallel = r;
            parallel.databasePath = path; // the sources side by side, each on its connection
            result = Models::buildDailyWorklist(conn, scope, parallel);
            Models::closeDatabase(conn);
        }
        (void)flag; // keeps the flag alive while the reading runs
        QMetaObject::invokeMethod(
            qApp,
            [self, result, generation] {
                if (self)
                    self->apply(result, generation);
            },
            Qt::QueuedConnection);
    });
    m_cancel->show();
    m_summary->setText(tr("正在生成清单……"));
    m_thread->start();
}

void WorklistPage::cancelLoading()
{
    if (!m_thread)
        return;
    m_cancelFlag->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_cancel->hide();
    ++m_generation; // its result, still on its way, is dropped
    m_summary->setText(tr("已停止生成清单"));
}

void WorklistPage::apply(const Models::Result<Models::DailyWorklist> &result, int generation)
{
    if (generation != m_generation)
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_cancel->hide();
    }
    m_loaded = true;
    if (!result) {
        m_model->setList({});
        m_summary->clear();
        m_banner->showMessage(result.error().message, MessageBanner::Error);
        emit loaded();
        return;
    }
    m_model->setList(*result);
    applyFilter();
    emit loaded();
}

void WorklistPage::applyFilter()
{
    m_model->setFilter(m_programme->currentData().toString(), m_overdueOnly->isChecked());
    int row = m_keepRow;
    if (row < 0) // first shown: on the first resident, the workstation's queue above it
        for (row = 0; row < m_model->rowCount() - 1 && m_model->item(row).isQueue(); ++row) {
        }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    updateSummary();
}

void WorklistPage::updateSummary()
{
    const Models::DailyWorklist &list = m_model->list();
    QStringList parts;
    for (const Models::ProgrammeCount &c : list.counts)
        if (c.items > 0)
            parts << (c.overdue > 0
                          ? tr("%1 %2（逾期 %3）").arg(c.programme).arg(c.items).arg(c.overdue)
                          : tr("%1 %2").arg(c.programme).arg(c.items));
    const QString place = list.areaName.isEmpty() ? tr("全部村") : list.areaName;
    m_summary->setText(
        list.items.isEmpty()
            ? tr("%1 %2：没有到期或逾期的工作").arg(place, list.date.toString(Qt::ISODate))
            : tr("%1 %2：共 %3 项，其中逾期 %4 项　｜　%5")
                  .arg(place, list.date.toString(Qt::ISODate))
                  .arg(list.items.size())
                  .arg(list.overdueCount())
                  .arg(parts.join(tr("，"))));
    if (!list.notShown.isEmpty())
        m_banner->showMessage(tr("您的角色无权查看：%1").arg(list.notShown.join(tr("、"))),
                              MessageBanner::Info);
    else
        m_banner->clear();
}

void WorklistPage::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const Models::WorkItem item = m_model->item(index.row());
    const auto opener = m_openers.constFind(item.form);
    if (opener == m_openers.constEnd()) {
        m_banner->showMessage(tr("此项没有可打开的表单"), MessageBanner::Warning);
        return;
    }
    m_keepRow = index.row();
    const Models::Result<bool> saved = (*opener)(item, this);
    if (!saved)
        m_banner->showMessage(saved.error().message, MessageBanner::Error);
    else if (*saved)
        reload(); // the item is done: it leaves the list, the next one is selected
    m_table->setFocus();
}

void WorklistPage::printSheet()
{
    if (!m_loaded)
        return;
    Models::DailyWorklist shown = m_model->list();
    shown.items.clear();
    for (int r = 0; r < m_model->rowCount(); ++r)
        shown.items << m_model->item(r);
    previewPaperForm(RoundSheet::form(shown.toJson()), this, tr("入户走访单"));
}

} // namespace Gui
