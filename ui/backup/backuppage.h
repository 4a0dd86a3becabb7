#pragma once

#include "context.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace Gui {

// 备份 (administrators): take an encrypted backup now; set the schedule (daily at a time or every
// N hours, keep the last K, into the folder) that the app (BackupRunner) and `jiayi-cli backup
// --scheduled` follow; see the backups in the folder with their time, size, kind and
// verification state, and verify one; restore one (administrators): verify, confirm, a safety
// backup of the current data, then the session (SessionGuard) swaps the file and logs in again.
class BackupPage : public QWidget
{
    Q_OBJECT
public:
    explicit BackupPage(const Context &context, QWidget *parent = nullptr);

    static QString folderKey();
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLineEdit *recoveryEdit() const { return m_recovery; }
    QComboBox *modeBox() const { return m_mode; }
    QTimeEdit *timeEdit() const { return m_time; }
    QSpinBox *hoursBox() const { return m_hours; }
    QSpinBox *keepBox() const { return m_keep; }
    QTreeWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *scheduleLabel() const { return m_scheduleState; }

    enum Column { FileColumn, TimeColumn, SizeColumn, KindColumn, VerifiedColumn, CipherColumn };

public slots:
    bool backupNow();
    bool saveSchedule();
    bool runScheduleNow();
    void refreshList();
    void verifySelected(const QString &password = {});
    // Verifies the selected backup, asks `confirm`, takes a safety backup of the current data
    // into the folder, then emits restoreRequested. False when anything stopped it.
    bool restoreSelected(const QString &password = {});

signals:
    void restoreRequested(const QString &backupFile, const QString &secret);

public:
    // Asked before the database is replaced (tests answer it).
    std::function<bool(const QString &question)> confirm;

private:
    QWidget *buildScheduleBox();
    void loadSchedule();
    void updateScheduleState();
    bool passwordsMatch();

    const Context &m_context;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLineEdit *m_recovery = nullptr;
    QComboBox *m_suite = nullptr;
    QComboBox *m_mode = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_keep = nullptr;
    QPushButton *m_runNow = nullptr;
    QLabel *m_scheduleState = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    bool m_hasKey = false;
};

} // namespace Gui
