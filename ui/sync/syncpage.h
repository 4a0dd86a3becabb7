#pragma once

#include "context.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QTimer;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Sync {
class SyncRunner;
struct SyncSummary;
} // namespace Sync

namespace Gui {

class ConflictPanel;

// 数据同步: platform settings, the 同步 button with progress and a result summary, the conflict
// screen and the list of records the platform rejected.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(const Context &context, QWidget *parent = nullptr);
    void startSync();
    bool isSyncing() const;
    // The platform answered the last probe (status bar); automatic sync only runs while online.
    void setOnline(bool online);
    // Starts a sync when one is due (Sync::autoSyncDue); the page's timer calls it every 30 s.
    bool maybeAutoSync();

signals:
    void syncStarted();
    void syncFinished();
    void changed(); // conflicts resolved or settings saved

private:
    void loadConfig();
    void saveConfig();
    void finished(const Sync::SyncSummary &s);
    void reloadRejected();

    Context m_context;
    Sync::SyncRunner *m_runner = nullptr;
    QLineEdit *m_server = nullptr, *m_token = nullptr, *m_ca = nullptr;
    QPushButton *m_save = nullptr, *m_sync = nullptr, *m_cancel = nullptr, *m_resend = nullptr;
    QProgressBar *m_progress = nullptr;
    QSpinBox *m_auto = nullptr;
    QTimer *m_autoTimer = nullptr;
    bool m_online = false;
    QLabel *m_summary = nullptr, *m_configMessage = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConflictPanel *m_conflicts = nullptr;
    QTableWidget *m_rejected = nullptr;
};

} // namespace Gui
