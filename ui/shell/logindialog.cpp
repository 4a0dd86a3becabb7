#include "logindialog.h"

#include "database.h"
#include "encrypteddb.h"
#include "messagebanner.h"
#include "roletable.h"
#include "userrepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Gui {

LoginDialog::LoginDialog(QString connection, Mode mode, QWidget *parent)
    : QDialog(parent), m_conn(std::move(connection)), m_mode(mode)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(mode == Unlock ? tr("家医 — 屏幕已锁定") : tr("家医 — 登录"));
    auto *title = new QLabel(this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    title->setText(mode == Unlock ? tr("屏幕已锁定，请输入密码解锁") : tr("家庭医生工作站"));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *userLabel = new QLabel(tr("用户名(&U)"), this);
    userLabel->setBuddy(m_username);
    form->addRow(userLabel, m_username);
    auto *pwLabel = new QLabel(tr("密码(&P)"), this);
    pwLabel->setBuddy(m_password);
    form->addRow(pwLabel, m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_ok =
        buttons->addButton(mode == Unlock ? tr("解锁") : tr("登录"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    if (mode == Unlock) {
        auto *sw = buttons->addButton(tr("切换用户(&W)"), QDialogButtonBox::ResetRole);
        sw->setObjectName(QStringLiteral("switchUser"));
        connect(sw, &QPushButton::clicked, this, &LoginDialog::switchUserRequested);
    } else {
        buttons->addButton(tr("退出"), QDialogButtonBox::RejectRole);
    }
    if (mode == Login) {
        m_recovery = buttons->addButton(tr("使用恢复密钥(&K)…"), QDialogButtonBox::ActionRole);
        m_recovery->setObjectName(QStringLiteral("recoveryKey"));
        m_recovery->setVisible(false);
        connect(m_recovery, &QPushButton::clicked, this, &LoginDialog::useRecoveryKey);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    (mode == Login ? static_cast<QWidget *>(m_username) : m_password)->setFocus();
}

void LoginDialog::reject()
{
    if (m_mode != Unlock)
        QDialog::reject();
}

void LoginDialog::closeEvent(QCloseEvent *event)
{
    if (m_mode == Unlock)
        event->ignore();
    else
        QDialog::closeEvent(event);
}

void LoginDialog::setSession(const Models::Scope &session)
{
    m_scope = session;
    m_username->setText(session.userId);
    m_username->setReadOnly(true);
    m_username->setFocusPolicy(Qt::NoFocus);
    m_password->setFocus();
}

void LoginDialog::setDatabaseToUnlock(const QString &path)
{
    m_unlockPath = path;
    setWindowTitle(tr("家医 — 登录（加密数据库）"));
    if (m_recovery)
        m_recovery->setVisible(true);
}

// Unwraps the key with this user's password and opens the database; false with the message shown.
bool LoginDialog::openEncrypted(const QString &username, const QString &password)
{
    if (m_unlockPath.isEmpty() || Models::EncryptedDb::isUnlocked(m_unlockPath))
        return true;
    if (auto r = Models::EncryptedDb::unlock(m_unlockPath, username, password); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    if (auto opened = Models::openDatabase(m_conn, m_unlockPath); !opened) {
        Models::EncryptedDb::lock(m_unlockPath);
        m_message->setText(opened.error().message);
        return false;
    }
    return true;
}

void LoginDialog::useRecoveryKey()
{
    bool ok = false;
    const QString key = QInputDialog::getText(
        this, tr("恢复密钥"), tr("输入建库时打印的恢复密钥（40 个字符，可含减号）："),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = Models::EncryptedDb::unlockWithRecovery(m_unlockPath, key);
    Models::Result<Models::SchemaInfo> opened = Models::Error{};
    if (r)
        opened = Models::openDatabase(m_conn, m_unlockPath);
    QApplication::restoreOverrideCursor();
    if (!r || !opened) {
        m_message->setText(!r ? r.error().message : opened.error().message);
        return;
    }
    m_recovery->setEnabled(false);
    if (auto has = Models::UserRepository(m_conn).hasUsers(); has && !*has) {
        m_firstRunNeeded = true; // no user yet: the caller runs the first run (no session here)
        accept();
        return;
    }
    m_message->setLevel(MessageBanner::Info);
    m_message->setText(tr("数据库已用恢复密钥解锁，请登录。忘记密码时，可用 jiayi-cli user passwd "
                          "加 --unlock-recovery-key-file 重置。"));
    m_username->setFocus();
}

void LoginDialog::submit()
{
    m_message->clear();
    m_message->setLevel(MessageBanner::Error);
    const QString workstation = QSysInfo::machineHostName();
    QApplication::setOverrideCursor(Qt::WaitCursor); // the KDF takes a fraction of a second
    if (m_mode == Login && !openEncrypted(m_username->text().trimmed(), m_password->text())) {
        QApplication::restoreOverrideCursor();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    Models::UserRepository users(m_conn);
    Models::Result<Models::Scope> r = Models::Error{};
    if (m_mode == Unlock) {
        r = users.unlock(m_scope, m_password->text());
    } else {
        r = users.login(m_username->text(), m_password->text(), workstation);
    }
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!r) {
        m_message->setText(r.error().message);
        (r.error().field == QLatin1String("username") && !m_username->isReadOnly() ? m_username
                                                                                   : m_password)
            ->setFocus();
        return;
    }
    m_scope = *r;
    accept();
}

} // namespace Gui
