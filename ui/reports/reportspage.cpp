#include "reportspage.h"

#include "contractindicatorswidget.h"
#include "dashboardwidget.h"
#include "reportsenddialog.h"
#include "reporttablewidget.h"

#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gui {

ReportsPage::ReportsPage(const Context &context, QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_dashboard = new DashboardWidget(context, this);
    m_tabs->addTab(m_dashboard, tr("仪表盘"));
    m_tabs->addTab(new ContractIndicatorsWidget(context, this), tr("签约"));
    m_tabs->addTab(new ReportTableWidget(context, this), tr("官方报表"));
    // 上报月度指标: the month's figures to the regional platform (a dialog on a worker thread).
    m_sendButton = new QPushButton(tr("上报月度指标…"), this);
    m_sendButton->setObjectName(QStringLiteral("reportSendOpen"));
    if (const QString why = ReportSendDialog::notAllowed(context.scope); !why.isEmpty()) {
        m_sendButton->setEnabled(false);
        m_sendButton->setToolTip(why);
    }
    connect(m_sendButton, &QPushButton::clicked, this, [this, context] {
        ReportSendDialog dialog(context, this);
        dialog.exec();
    });
    m_tabs->setCornerWidget(m_sendButton, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
}

void ReportsPage::setRecordOpener(ResidentsPage::RecordOpener opener)
{
    m_dashboard->setRecordOpener(std::move(opener));
}

} // namespace Gui
