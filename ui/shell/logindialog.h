#pragma once

#include "messagebanner.h"
#include "scope.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui {

// Login before the main window and the unlock of a locked screen (the first run, which creates
// the administrator, is the setup wizard's). Only the repository decides; the dialog shows its
// answer at the field.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Login, Unlock };
    LoginDialog(QString connection, Mode mode, QWidget *parent = nullptr);

    // Unlock: whose session is locked.
    void setSession(const Models::Scope &session);
    // Login to an encrypted database that is not open yet: the password first unwraps the
    // database key (models/encrypteddb.h), then the database is opened as `connection`, then the
    // usual login. Offers the recovery key too; when the database it opens has no user yet, the
    // dialog is accepted with firstRunNeeded() set and no session (the caller runs the first run).
    void setDatabaseToUnlock(const QString &path);
    bool firstRunNeeded() const { return m_firstRunNeeded; }
    Models::Scope scope() const { return m_scope; }
    Mode mode() const { return m_mode; }

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void switchUserRequested();

public slots:
    void reject() override; // a locked screen cannot be dismissed, only unlocked

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void submit();
    bool openEncrypted(const QString &username, const QString &password);
    void useRecoveryKey();

    QString m_conn;
    Mode m_mode;
    Models::Scope m_scope;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    MessageBanner *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_recovery = nullptr;
    QString m_unlockPath;
    bool m_firstRunNeeded = false;
};

} // namespace Gui
