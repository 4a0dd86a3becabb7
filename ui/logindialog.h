#pragma once

#include "scope.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui {

// Login before the main window, the unlock of a locked screen, and the first run (creating
// the administrator). Only the repository decides; the dialog shows its answer at the field.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Login, Unlock, FirstRun };
    LoginDialog(QString connection, Mode mode, QWidget *parent = nullptr);

    // Unlock: whose session is locked.
    void setSession(const Models::Scope &session);
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

    QString m_conn;
    Mode m_mode;
    Models::Scope m_scope;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Gui
