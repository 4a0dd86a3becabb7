// GUI: the login dialog unlocks an encrypted database (the password unwraps the key, then the
// database opens, then the usual login); a wrong password leaves it closed; the recovery key
// button is offered.
#include "database.h"
#include "encrypteddb.h"
#include "logindialog.h"
#include "userrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;

class TestEncryptedLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPasswordLeavesItClosed();
    void rightPasswordOpensAndLogsIn();

private:
    QTemporaryDir m_dir;
    QString m_path;
    const QString m_conn = QStringLiteral("enclogin");
};

void TestEncryptedLogin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Models::EncryptedDb::setSlotIterations(1000);
    m_path = m_dir.filePath(QStringLiteral("e.db"));
    QVERIFY(Models::EncryptedDb::create(m_path, Models::Crypto::Suite::International));
    QVERIFY(Models::openDatabase(m_conn, m_path).ok());
    QVERIFY(Models::UserRepository(m_conn).createFirstAdministrator(
        QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("Secret-pass-1"),
        QStringLiteral("ws")));
    Models::closeDatabase(m_conn);
    Models::EncryptedDb::lock(m_path);
}

void TestEncryptedLogin::wrongPasswordLeavesItClosed()
{
    LoginDialog d(m_conn, LoginDialog::Login);
    d.setDatabaseToUnlock(m_path);
    d.show();
    QVERIFY(d.findChild<QPushButton *>(QStringLiteral("recoveryKey"))->isVisible());
    d.usernameEdit()->setText(QStringLiteral("admin"));
    QTest::keyClicks(d.passwordEdit(), QStringLiteral("Wrong-pass-9"));
    d.findChild<QPushButton *>(QStringLiteral("ok"))->click();
    QVERIFY(!d.messageLabel()->text().isEmpty());
    QVERIFY(d.isVisible());
    QVERIFY(!Models::EncryptedDb::isUnlocked(m_path));
}

void TestEncryptedLogin::rightPasswordOpensAndLogsIn()
{
    LoginDialog d(m_conn, LoginDialog::Login);
    d.setDatabaseToUnlock(m_path);
    d.show();
    d.usernameEdit()->setText(QStringLiteral("admin"));
    QTest::keyClicks(d.passwordEdit(), QStringLiteral("Secret-pass-1"));
    QTest::keyClick(d.passwordEdit(), Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.scope().userId, QStringLiteral("admin"));
    QVERIFY(Models::EncryptedDb::isUnlocked(m_path));
    QVERIFY(*Models::UserRepository(m_conn).hasUsers());
    Models::closeDatabase(m_conn);
}

QTEST_MAIN(TestEncryptedLogin)
#include "tst_encryptedlogin.moc"
