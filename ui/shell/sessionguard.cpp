#include "sessionguard.h"

#include "backupservice.h"
#include "changelog.h"
#include "clinicsetup.h"
#include "database.h"

#include "logindialog.h"
#include "mainwindow.h"
#include "plannerstatistics.h"
#include "residentspage.h"
#include "roletable.h"
#include "securitypolicy.h"
#include "settingspage.h"
#include "setupwizard.h"
#include "staffdirectory.h"
#include "uilanguage.h"
#include "userrepository.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>

namespace Gui {

SessionGuard::SessionGuard(Context base, QObject *parent) : QObject(parent), m_base(std::move(base))
{
    m_idle.setSingleShot(true);
    setIdleInterval(idleMinutes() * 60 * 1000);
    connect(&m_idle, &QTimer::timeout, this, &SessionGuard::lock);
    qApp->installEventFilter(this);
}

SessionGuard::~SessionGuard()
{
    qApp->removeEventFilter(this);
    delete m_lock;
    delete m_login;
    delete m_window;
}

QString SessionGuard::idleMinutesKey()
{
    return QStringLiteral("security/idleMinutes");
}

int SessionGuard::idleMinutes()
{
    const int m = QSettings().value(idleMinutesKey(), 0).toInt();
    return m >= 1 && m <= 240 ? m : Models::SecurityPolicy::defaults().idleLockMinutes;
}

void SessionGuard::setIdleInterval(int milliseconds)
{
    m_idle.setInterval(milliseconds);
    if (m_window && !isLocked())
        m_idle.start();
}

bool SessionGuard::loginInteractively()
{
    if (auto has = Models::UserRepository(m_base.connection).hasUsers(); has && !*has) {
        if (runSetup(std::nullopt))
            return true;
        // Nothing was set up (a failed apply wrote nothing either): a file this start created goes.
        if (const auto still = Models::UserRepository(m_base.connection).hasUsers();
            m_newDatabase && still && !*still) {
            Models::discardNewDatabase(m_base.connection, m_base.databasePath);
            m_newDatabase = false;
        }
        return false;
    }
    LoginDialog dialog(m_base.connection, LoginDialog::Login);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    start(dialog.scope());
    return true;
}

void SessionGuard::start(const Models::Scope &scope)
{
    const auto needed = Models::ClinicSetup(m_base.connection).needed();
    if (scope.role == QLatin1String("administrator") && needed && *needed && runSetup(scope))
        return;
    begin(scope);
}

bool SessionGuard::runSetup(const std::optional<Models::Scope> &administrator)
{
    for (;;) {
        SetupWizard wizard(m_base);
        if (administrator)
            wizard.setAdministrator(
                *administrator,
                Models::StaffDirectory(m_base.connection).displayName(administrator->userId));
        wizard.offerLanguages(
            QSettings().value(SettingsPage::languageKey(), QStringLiteral("zh_CN")).toString());
        const int answer = wizard.exec();
        if (const QString language = wizard.languageChosen(); !language.isEmpty()) {
            QSettings().setValue(SettingsPage::languageKey(), language);
            installLanguage(language);
            continue;
        }
        if (answer != QDialog::Accepted || !wizard.applied())
            return false;
        if (!wizard.scope()) { // set up, but the login afterwards failed: the usual login
            LoginDialog dialog(m_base.connection, LoginDialog::Login);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            begin(dialog.scope());
        } else {
            begin(*wizard.scope());
        }
        if (const QString file = wizard.residentFile(); !file.isEmpty() && m_window) {
            m_window->showPage(MainWindow::Residents);
            QPointer<ResidentsPage> page = m_window->residentsPage();
            QTimer::singleShot(0, page, [page, file] {
                if (page)
                    page->importFile(file);
            });
        }
        return true;
    }
}

void SessionGuard::begin(const Models::Scope &scope)
{
    Context ctx = m_base;
    ctx.scope = scope;
    m_scope = scope;
    m_window = new MainWindow(ctx);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    auto *who =
        new QLabel(tr("用户：%1（%2）")
                       .arg(Models::StaffDirectory(m_base.connection).displayName(scope.userId),
                            Models::RoleTable::instance().displayName(scope.role)),
                   m_window);
    who->setToolTip(scope.userId); // the login name, for support calls
    who->setObjectName(QStringLiteral("sessionUser"));
    m_window->statusBar()->addPermanentWidget(who);
    auto *sc = new QShortcut(QKeySequence(QStringLiteral("Ctrl+L")), m_window);
    sc->setContext(Qt::ApplicationShortcut);
    sc->setObjectName(QStringLiteral("lockShortcut"));
    sc->setWhatsThis(tr("锁屏 (Ctrl+L)"));
    connect(sc, &QShortcut::activated, this, &SessionGuard::lock);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        m_window->resize(screen->availableSize());
    connect(m_window, &MainWindow::restoreRequested, this, &SessionGuard::restore,
            Qt::QueuedConnection); // after the page's click handler has returned
    m_window->showMaximized();
    m_idle.start();
    // Statistics for SQLite's planner, for tables that grew or shrank since their last analysis
    // (an import, a sync, a day's work): on a thread of its own, the window does not wait.
    Models::PlannerStatistics::refreshInBackground(m_base.connection);
    emit userChanged(scope.userId);
}

bool SessionGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_window && !isLocked())
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionGuard::lock()
{
    if (!m_window || isLocked())
        return;
    m_idle.stop();
    // Hide every window of the session (the main window and any open dialogs).
    m_hidden.clear();
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && w != m_login) {
            m_hidden << w;
            w->hide();
        }
    m_lock = new LoginDialog(m_base.connection, LoginDialog::Unlock);
    m_lock->setAttribute(Qt::WA_DeleteOnClose);
    m_lock->setWindowModality(Qt::ApplicationModal);
    m_lock->setSession(m_scope);
    connect(m_lock, &QDialog::accepted, this, [this] {
        for (const auto &w : std::as_const(m_hidden))
            if (w)
                w->show();
        m_hidden.clear();
        m_idle.start();
        emit unlocked();
    });
    connect(m_lock, &LoginDialog::switchUserRequested, this, &SessionGuard::switchUser);
    m_lock->show();
    emit locked();
}

void SessionGuard::endSession()
{
    m_idle.stop();
    // Close whatever the previous user had open: dialogs first (their event loops end), then the
    // window.
    for (const auto &w : std::as_const(m_hidden))
        if (auto *d = qobject_cast<QDialog *>(w.data()); d && d != m_lock)
            d->reject();
    m_hidden.clear();
    if (m_window) {
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
    }
}

void SessionGuard::restore(const QString &backupFile, const QString &secret)
{
    const Models::Scope scope = m_scope;
    endSession();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the window's queries
    Models::closeDatabase(m_base.connection);
    auto r = Models::BackupService::restore(scope, backupFile, m_base.databasePath, secret);
    auto opened = Models::openDatabase(m_base.connection, m_base.databasePath);
    if (!r)
        m_restoreMessage = tr("恢复失败，数据库保持原样：%1").arg(r.error().message);
    else if (!opened)
        m_restoreMessage = tr("已恢复，但无法打开数据库：%1").arg(opened.error().message);
    else
        m_restoreMessage = tr("已从 %1 恢复。原数据库文件保留为 %2。请重新登录。")
                               .arg(QFileInfo(backupFile).fileName(), QFileInfo(*r).fileName());
    if (opened) // audited in the restored database, which is the one in use from now on
        (void)Models::ChangeLog::audit(m_base.connection, scope, QStringLiteral("backup.restore"),
                                       QStringLiteral("database"),
                                       QFileInfo(backupFile).fileName());
    auto *box = new QMessageBox(r && opened ? QMessageBox::Information : QMessageBox::Warning,
                                tr("从备份恢复"), m_restoreMessage);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
    switchUser();
}

void SessionGuard::switchUser()
{
    endSession();
    if (m_lock) {
        m_lock->hide();
        m_lock->deleteLater();
        m_lock = nullptr;
    }
    m_login = new LoginDialog(m_base.connection, LoginDialog::Login);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &QDialog::accepted, this, [this] { begin(m_login->scope()); });
    connect(m_login, &QDialog::rejected, qApp, &QApplication::quit);
    m_login->show();
}

} // namespace Gui
