#pragma once

#include "context.h"
#include "residentspage.h"

#include <QWidget>

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
    // How a resident of the dashboard's lists is opened (the shell installs the record view).
    void setRecordOpener(ResidentsPage::RecordOpener opener);

private:
    QTabWidget *m_tabs = nullptr;
    DashboardWidget *m_dashboard = nullptr;
};

} // namespace Gui
