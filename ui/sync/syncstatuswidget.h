#pragma once

#include "context.h"

#include <QLabel>

class QNetworkAccessManager;
class QTimer;

namespace Sync {
struct SyncStatus;
}

namespace Gui {

// Status bar: online/offline (a probe of the platform), unsent changes, last sync, conflicts.
// Never says "已同步" while something is unsent.
class SyncStatusWidget : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(const Context &context, QWidget *parent = nullptr);
    void refresh();
    void probe();
    bool online() const { return m_online; }
    void setSyncing(bool syncing)
    {
        m_syncing = syncing;
        refresh();
    }

signals:
    void onlineChanged(bool online); // after every probe

private:
    QString unsentText(const Sync::SyncStatus &status) const;

    Context m_context;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_timer = nullptr;
    bool m_online = false;
    bool m_probed = false;
    bool m_syncing = false;
};

} // namespace Gui
