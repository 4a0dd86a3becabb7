#pragma once

#include "context.h"

#include <QWidget>

class QLabel;
class QProgressBar;
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

// 数据同步: which platform, what is waiting to be sent (by kind), the 同步 button with progress and
// a result summary, the conflict screen and the list of records the platform rejected.
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
    // Re-reads the platform setting and the pending counts (after settings or edits change).
    void reloadStatus();

signals:
    void syncStarted();
    void syncFinished();
    void changed(); // conflicts resolved or settings saved

protected:
    void showEvent(QShowEvent *event) override;

private:
    void finished(const Sync::SyncSummary &s);
    void reloadRejected();

    Context m_context;
    Sync::SyncRunner *m_runner = nullptr;
    QPushButton *m_sync = nullptr, *m_cancel = nullptr, *m_resend = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_autoTimer = nullptr;
    bool m_online = false;
    QLabel *m_summary = nullptr, *m_platform = nullptr, *m_pending = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConflictPanel *m_conflicts = nullptr;
    QTableWidget *m_rejected = nullptr;
};

} // namespace Gui
