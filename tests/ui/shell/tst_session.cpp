// GUI: login, screen lock (Ctrl+L and idle), unlock needs the password, switching user clears
// the screen, the audit tab only for administrators.
#include "securitytestutil.h"

#include "auditlistmodel.h"
#include "auditpage.h"
#include "backuppage.h"
#include "database.h"
#include "demogenerator.h"
#include "demousers.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "residentview.h"
#include "sessionguard.h"
#include "userrepository.h"
#include "userspage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Gui;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginDialogRefusesWrongPassword();
    void lockOnCtrlLAndUnlockWithPassword();
    void idleTimeLocksTheScreen();
    void switchUserClearsTheScreen();
    void auditTabOnlyForAdministrators();
    void backupTabTakesAndVerifiesABackup();

private:
    void login(LoginDialog &d, const QString &user, const QString &password);
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctx.connection = QStringLiteral("session");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("s.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 200;
    QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
}

void TestSession::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestSession::login(LoginDialog &d, const QString &user, const QString &password)
{
    if (!d.usernameEdit()->isReadOnly()) {
        d.usernameEdit()->clear();
        QTest::keyClicks(d.usernameEdit(), user);
    }
    QTest::keyClicks(d.passwordEdit(), password);
    QTest::keyClick(d.passwordEdit(), Qt::Key_Return);
}

void TestSession::loginDialogRefusesWrongPassword()
{
    LoginDialog d(m_ctx.connection, LoginDialog::Login);
    d.show();
    login(d, QStringLiteral("yisheng"), QStringLiteral("wrong-pass-1"));
    QVERIFY(d.isVisible());
    QVERIFY(!d.messageLabel()->text().isEmpty());
    QVERIFY(d.passwordEdit()->text().isEmpty());
    login(d, QStringLiteral("yisheng"), Models::demoPassword());
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.scope().userId, QStringLiteral("yisheng"));
    QCOMPARE(d.scope().role, QStringLiteral("family_doctor"));
}

void TestSession::lockOnCtrlLAndUnlockWithPassword()
{
    SessionGuard session(m_ctx);
    auto scope = Models::UserRepository(m_ctx.connection)
                     .login(QStringLiteral("yisheng"), Models::demoPassword());
    QVERIFY(scope);
    session.begin(*scope);
    QVERIFY(QTest::qWaitForWindowExposed(session.window()));
    QTest::keyClick(session.window(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(session.isLocked());
    QVERIFY(!session.window()->isVisible());
    LoginDialog *lock = session.lockDialog();
    QVERIFY(lock && lock->isVisible());
    QCOMPARE(lock->usernameEdit()->text(), QStringLiteral("yisheng"));
    QVERIFY(lock->usernameEdit()->isReadOnly());
    // Escape does not dismiss the lock.
    QTest::keyClick(lock, Qt::Key_Escape);
    QVERIFY(lock->isVisible());
    login(*lock, {}, QStringLiteral("wrong-pass-1"));
    QVERIFY(session.isLocked());
    QVERIFY(!session.window()->isVisible());
    login(*lock, {}, Models::demoPassword());
    QTRY_VERIFY(!session.isLocked());
    QVERIFY(session.window()->isVisible());
}

void TestSession::idleTimeLocksTheScreen()
{
    // The administrator's setting wins over security.json; nonsense falls back to the file.
    QSettings().setValue(SessionGuard::idleMinutesKey(), 3);
    QCOMPARE(SessionGuard::idleMinutes(), 3);
    QSettings().setValue(SessionGuard::idleMinutesKey(), -5);
    QCOMPARE(SessionGuard::idleMinutes(), Models::SecurityPolicy::defaults().idleLockMinutes);
    QSettings().remove(SessionGuard::idleMinutesKey());
    SessionGuard session(m_ctx);
    auto scope = Models::UserRepository(m_ctx.connection)
                     .login(QStringLiteral("yisheng"), Models::demoPassword());
    session.begin(*scope);
    session.setIdleInterval(200);
    QTRY_VERIFY_WITH_TIMEOUT(session.isLocked(), 3000);
    QVERIFY(!session.window()->isVisible());
}

void TestSession::switchUserClearsTheScreen()
{
    SessionGuard session(m_ctx);
    auto scope = Models::UserRepository(m_ctx.connection)
                     .login(QStringLiteral("yisheng"), Models::demoPassword());
    session.begin(*scope);
    QPointer<MainWindow> first = session.window();
    session.lock();
    auto *sw = session.lockDialog()->findChild<QPushButton *>(QStringLiteral("switchUser"));
    QVERIFY(sw);
    sw->click();
    QTRY_VERIFY(first.isNull()); // the previous user's window is destroyed
    LoginDialog *next = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<LoginDialog *>(w);
            d && d->isVisible() && d->mode() == LoginDialog::Login)
            next = d;
    QVERIFY(next);
    QVERIFY(next->usernameEdit()->text().isEmpty());
    login(*next, QStringLiteral("cunyi"), Models::demoPassword());
    QTRY_VERIFY(session.window());
    QVERIFY(session.window() != first);
    auto *who = session.window()->findChild<QLabel *>(QStringLiteral("sessionUser"));
    // The status bar names the person; the login name is only in the tooltip.
    QVERIFY(who && who->text().contains(QStringLiteral("李村医")));
    QVERIFY(!who->text().contains(QStringLiteral("cunyi")));
    QCOMPARE(who->toolTip(), QStringLiteral("cunyi"));
}

void TestSession::auditTabOnlyForAdministrators()
{
    auto tabTitles = [](MainWindow &w) {
        QStringList out;
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        for (int i = 0; tabs && i < tabs->count(); ++i)
            out << tabs->tabText(i);
        return out;
    };
    Context doctor = m_ctx;
    doctor.scope = *Models::UserRepository(m_ctx.connection)
                        .login(QStringLiteral("yisheng"), Models::demoPassword());
    MainWindow dw(doctor);
    QVERIFY(!tabTitles(dw).contains(QStringLiteral("审计日志")));

    Context admin = m_ctx;
    admin.scope = *Models::UserRepository(m_ctx.connection)
                       .login(QStringLiteral("admin"), Models::demoPassword());
    MainWindow aw(admin);
    QVERIFY(tabTitles(aw).contains(QStringLiteral("审计日志")));
    QVERIFY(!dw.findChild<UsersPage *>());
    auto *users = aw.findChild<UsersPage *>();
    QVERIFY(users);
    QCOMPARE(users->list()->topLevelItemCount(), 4); // the demo accounts
    auto *page = aw.findChild<AuditPage *>();
    QVERIFY(page);
    QVERIFY(page->model()->rowCount() > 0);
    // Users are picked by name; the rows name them too, and read as sentences.
    const int yisheng = page->userFilter()->findText(QStringLiteral("王医生"));
    QVERIFY(yisheng > 0);
    page->userFilter()->setFocus();
    while (page->userFilter()->currentIndex() < yisheng)
        QTest::keyClick(page->userFilter(), Qt::Key_Down);
    QVERIFY(page->model()->rowCount() > 0);
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        QCOMPARE(page->model()->entry(r).userId, QStringLiteral("yisheng"));
        QCOMPARE(page->model()->index(r, Models::AuditListModel::User).data().toString(),
                 QStringLiteral("王医生"));
        QVERIFY(page->model()
                    ->index(r, Models::AuditListModel::Change)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("王医生 ")));
        QVERIFY(page->model()
                    ->index(r, Models::AuditListModel::User)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("user=yisheng")));
    }
    const QString csv = m_dir.filePath(QStringLiteral("a.csv"));
    page->exportCsv(csv);
    QVERIFY(QFile::exists(csv));
    page->verifyChain();
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("完整")));

    // "Who opened this resident's record?": the ID number on the card finds the record's
    // entries; the object column says 居民, the action 新建 / 查看.
    auto created = Models::ResidentRepository(m_ctx.connection)
                       .create(admin.scope, SecurityTest::person(QStringLiteral("审计查"), 901,
                                                                 SecurityTest::VillageA));
    QVERIFY(created);
    {
        ResidentView opened(doctor, created->id);
    }
    page->userFilter()->setCurrentIndex(0); // 全部用户
    auto *record = page->findChild<QLineEdit *>(QStringLiteral("auditEntityId"));
    QVERIFY(record);
    QTest::keyClicks(record, created->idNumber);
    QTest::keyClick(record, Qt::Key_Return);
    QVERIFY(page->model()->rowCount() >= 2);
    QStringList actions;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        QCOMPARE(page->model()->entry(r).entityId, created->id);
        QCOMPARE(page->model()->index(r, Models::AuditListModel::Entity).data().toString(),
                 QStringLiteral("居民"));
        QCOMPARE(page->model()->index(r, Models::AuditListModel::Resident).data().toString(),
                 QStringLiteral("审计查（%1）").arg(created->idNumber));
        actions << page->model()->index(r, Models::AuditListModel::Action).data().toString();
    }
    QVERIFY(actions.contains(QStringLiteral("新建")) && actions.contains(QStringLiteral("查看")));
}

void TestSession::backupTabTakesAndVerifiesABackup()
{
    Context doctor = m_ctx;
    doctor.scope = *Models::UserRepository(m_ctx.connection)
                        .login(QStringLiteral("yisheng"), Models::demoPassword());
    MainWindow dw(doctor);
    QVERIFY(!dw.findChild<BackupPage *>());

    Context admin = m_ctx;
    admin.scope = *Models::UserRepository(m_ctx.connection)
                       .login(QStringLiteral("admin"), Models::demoPassword());
    MainWindow aw(admin);
    auto *page = aw.findChild<BackupPage *>();
    QVERIFY(page);
    page->folderEdit()->setText(m_dir.filePath(QStringLiteral("backups")));
    QTest::keyClicks(page->passwordEdit(), QStringLiteral("backup-pass-1"));
    QTest::keyClicks(page->confirmEdit(), QStringLiteral("backup-pass-2"));
    QVERIFY(!page->backupNow()); // mismatch
    page->passwordEdit()->clear();
    page->confirmEdit()->clear();
    QTest::keyClicks(page->passwordEdit(), QStringLiteral("backup-pass-1"));
    QTest::keyClicks(page->confirmEdit(), QStringLiteral("backup-pass-1"));
    QVERIFY2(page->backupNow(), qPrintable(page->statusLabel()->text()));
    QCOMPARE(page->list()->topLevelItemCount(), 1);
    page->list()->setCurrentItem(page->list()->topLevelItem(0));
    page->verifySelected(QStringLiteral("backup-pass-1"));
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("完好")),
             qPrintable(page->statusLabel()->text()));
    page->verifySelected(QStringLiteral("backup-pass-9"));
    QVERIFY(!page->statusLabel()->text().contains(QStringLiteral("完好")));
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
