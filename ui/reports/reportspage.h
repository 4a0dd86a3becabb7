#pragma once

#include "context.h"
#include "residentspage.h"

#include <QWidget>

class QPushButton;
class QTabWidget;

namespace Gui {

class DashboardWidget;

// 报表: one tab per area (仪表盘 first, then 签约; other capabilities add theirs with addTab).
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(const Context &context, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    QPushButton *sendButton() const { return m_sendButton; } // 上报月度指标
    // How a resident of the dashboard's lists is opened (the shell installs the record view).
    void setRecordOpener(ResidentsPage::RecordOpener opener);

private:
    QTabWidget *m_tabs = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    QPushButton *m_sendButton = nullptr;
};

} // namespace Gui
