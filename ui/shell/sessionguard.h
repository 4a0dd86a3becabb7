#pragma once

#include "context.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

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

    // First run (create the administrator) or login, as modal dialogs. False when cancelled.
    bool loginInteractively();
    // Opens the main window for an already logged-in scope (--user/--password-file, tests).
    void begin(const Models::Scope &scope);

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

    Context m_base;
    Models::Scope m_scope;
    QPointer<MainWindow> m_window;
    QPointer<LoginDialog> m_lock;
    QPointer<LoginDialog> m_login;
    QList<QPointer<QWidget>> m_hidden;
    QTimer m_idle;
    QString m_restoreMessage;
};

} // namespace Gui
