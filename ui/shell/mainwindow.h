#pragma once

#include "context.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace Gui {

class ResidentsPage;
class SyncPage;
class SyncStatusWidget;
class WorklistPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Context context, QWidget *parent = nullptr);

    // The work list first: the page the workstation opens on (Ctrl+1); the others follow.
    enum Page {
        Worklist,
        Residents,
        Contracts,
        Chronic,
        Immunization,
        Reports,
        Sync,
        Settings,
        PageCount
    };
    void showPage(Page page);
    ResidentsPage *residentsPage() const { return m_residents; }
    WorklistPage *worklistPage() const { return m_worklist; }

signals:
    // 设置 → 备份 → 从所选备份恢复, after verifying and the safety backup: the session swaps the
    // database file and asks for a login again (SessionGuard::restore).
    void restoreRequested(const QString &backupFile, const QString &secret);

private:
    void addPage(const QString &title, QWidget *page, const QString &shortcut);

    Context m_context;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    ResidentsPage *m_residents = nullptr;
    WorklistPage *m_worklist = nullptr;
    QLabel *m_dbLabel = nullptr;
    SyncPage *m_sync = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
};

} // namespace Gui
