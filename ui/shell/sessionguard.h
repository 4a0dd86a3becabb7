#pragma once

#include "context.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QWidget;

namespace Gui {

// One user's session on a shared PC: owns the main window, locks the screen after the idle
// time (security.json) and on Ctrl+L, and on a switch of user destroys the window so nothing of
// the previous user stays on screen.
class SessionGuard : public QObject
{
    Q_OBJECT
public:
    explicit SessionGuard(Context base, QObject *parent = nullptr);
    ~SessionGuard() override;

    // The setup wizard when the database has no user yet (the clinic's first run), else the
    // login; modal. False when cancelled (a database created by this start is then removed).
    bool loginInteractively();
    // After a login: an administrator's first login to a database without villages (`jiayi-cli
    // init --admin`) sets the clinic up first (the wizard, which may be cancelled); then begin().
    void start(const Models::Scope &scope);
    // Opens the main window for an already logged-in scope (--user/--password-file, tests).
    void begin(const Models::Scope &scope);
    // This start created the database file: a cancelled first run deletes it again.
    void setNewDatabase(bool created) { m_newDatabase = created; }

    MainWindow *window() const { return m_window; }
    LoginDialog *lockDialog() const { return m_lock; }
    bool isLocked() const { return m_lock != nullptr; }
    void setIdleInterval(int milliseconds);
    // Minutes before the screen locks: the administrator's setting, else security.json.
    static QString idleMinutesKey();
    static int idleMinutes();

public slots:
    void lock();
    void switchUser();
    // Ends the session, closes the database, restores `backupFile` over it (BackupService:
    // verified again, the current file kept as .before-restore-…), reopens (migrating an older
    // backup) and asks for a login. The outcome is in restoreMessage().
    void restore(const QString &backupFile, const QString &secret);

public:
    QString restoreMessage() const { return m_restoreMessage; }

signals:
    void locked();
    void unlocked();
    void userChanged(const QString &userId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void endSession();
    // The setup wizard (again in another language when one is chosen on its first page); true
    // when the clinic was set up and a session begun.
    bool runSetup(const std::optional<Models::Scope> &administrator);

    Context m_base;
    Models::Scope m_scope;
    QPointer<MainWindow> m_window;
    QPointer<LoginDialog> m_lock;
    QPointer<LoginDialog> m_login;
    QList<QPointer<QWidget>> m_hidden;
    QTimer m_idle;
    QString m_restoreMessage;
    bool m_newDatabase = false;
};

} // namespace Gui
