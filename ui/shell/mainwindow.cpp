#include "mainwindow.h"

#include "backuprunner.h"
#include "backupstatuswidget.h"
#include "chronicpage.h"
#include "contractspage.h"
#include "immunizationpage.h"
#include "placeholderpage.h"
#include "programmeactions.h"
#include "reportspage.h"
#include "residentspage.h"
#include "residentview.h"
#include "settingspage.h"
#include "syncpage.h"
#include "syncstatuswidget.h"
#include "wheelguard.h"
#include "worklistopeners.h"
#include "worklistpage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace Gui {

MainWindow::MainWindow(Context context, QWidget *parent)
    : QMainWindow(parent), m_context(std::move(context))
{
    setWindowTitle(tr("家医 — 家庭医生工作站"));
    WheelGuard::install();
    registerProgrammeActions();
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(128);
    m_nav->setSpacing(2);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack = new QStackedWidget(this);
    // Scheduled backups (设置 → 备份) run in the background whoever is logged in; made before the
    // pages so that the backup screen can follow it.
    auto *backups = new BackupRunner(m_context, this);

    // The daily work list is the page the workstation opens on: what is due today, by household
    // and route. Its forms live in other screen folders: the shell installs their openers.
    m_worklist = new WorklistPage(m_context, this);
    installWorklistOpeners(*m_worklist, m_context, [this] { showPage(Sync); });
    addPage(tr("今日工作"), m_worklist, QStringLiteral("Ctrl+1"));
    m_residents = new ResidentsPage(m_context, this);
    m_residents->setRecordOpener([this](const QString &residentId, QWidget *parent) {
        return ResidentView::open(m_context, residentId, parent);
    });
    addPage(tr("居民档案"), m_residents, QStringLiteral("Ctrl+2"));
    addPage(tr("家庭医生签约"), new ContractsPage(m_context, this), QStringLiteral("Ctrl+3"));
    addPage(tr("慢病随访"), new ChronicPage(m_context, this), QStringLiteral("Ctrl+4"));
    addPage(tr("预防接种"), new ImmunizationPage(m_context, this), QStringLiteral("Ctrl+5"));
    auto *reports = new ReportsPage(m_context, this);
    reports->setRecordOpener([this](const QString &residentId, QWidget *parent) {
        return ResidentView::open(m_context, residentId, parent);
    });
    addPage(tr("报表"), reports, QStringLiteral("Ctrl+6"));
    addPage(tr("数据同步"), m_sync = new SyncPage(m_context, this), QStringLiteral("Ctrl+7"));
    auto *settings = new SettingsPage(m_context, this);
    addPage(tr("设置"), settings, QStringLiteral("Ctrl+8"));

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        if (QWidget *page = m_stack->currentWidget())
            page->setFocus(); // Ctrl+1..8 land in the screen, ready to type
    });
    m_nav->setCurrentRow(Worklist);
    // The arrows and Enter work in the list at once: focus it when the window first shows.
    QTimer::singleShot(0, this, [this] { m_worklist->setFocus(); });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_dbLabel =
        new QLabel(tr("数据库：%1").arg(QFileInfo(m_context.databasePath).fileName()), this);
    m_dbLabel->setToolTip(m_context.databasePath);
    statusBar()->addPermanentWidget(m_dbLabel);
    m_syncStatus = new SyncStatusWidget(m_context, this);
    statusBar()->addWidget(m_syncStatus);
    connect(m_sync, &SyncPage::syncStarted, m_syncStatus,
            [this] { m_syncStatus->setSyncing(true); });
    connect(m_sync, &SyncPage::syncFinished, m_syncStatus,
            [this] { m_syncStatus->setSyncing(false); });
    connect(m_syncStatus, &SyncStatusWidget::onlineChanged, m_sync,
            &SyncPage::setOnline); // automatic sync
    connect(m_sync, &SyncPage::changed, m_syncStatus, [this] {
        m_syncStatus->refresh();
        m_syncStatus->probe();
    });
    connect(settings, &SettingsPage::restoreRequested, this, &MainWindow::restoreRequested);
    connect(settings, &SettingsPage::platformChanged, this, [this] {
        m_sync->reloadStatus();
        m_syncStatus->refresh();
        m_syncStatus->probe();
    });
    statusBar()->addWidget(new BackupStatusWidget(backups, this));
    resize(1280, 720); // fits 1366x768 with the taskbar; maximised by main()
}

void MainWindow::addPage(const QString &title, QWidget *page, const QString &shortcut)
{
    const int index = m_stack->addWidget(page);
    auto *item = new QListWidgetItem(title, m_nav);
    item->setToolTip(QStringLiteral("%1 (%2)").arg(title, shortcut));
    item->setSizeHint(QSize(140, 36));
    auto *sc = new QShortcut(QKeySequence(shortcut), this);
    sc->setWhatsThis(title); // its meaning, for the shortcut list (docs/ux.md)
    connect(sc, &QShortcut::activated, this, [this, index] { m_nav->setCurrentRow(index); });
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

} // namespace Gui
