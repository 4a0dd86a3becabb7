#include "contractspage.h"

#include "packageadminwidget.h"
#include "residentcontractswidget.h"
#include "teamadminwidget.h"
#include "worklistwidget.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Gui {

ContractsPage::ContractsPage(const Context &context, QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("contractTabs"));
    m_residents = new ResidentContractsWidget(context, this);
    m_tabs->addTab(m_residents, tr("居民签约"));
    for (auto kind : {Models::WorkListModel::Expiring, Models::WorkListModel::UnsignedKey,
                      Models::WorkListModel::PartlySigned}) {
        auto *list = new WorkListWidget(context, kind, this);
        m_lists << list;
        m_tabs->addTab(list, list->title());
        connect(list, &WorkListWidget::residentActivated, this, [this](const QString &id) {
            m_tabs->setCurrentWidget(m_residents);
            m_residents->showResident(id);
        });
    }
    // Team administration and the package editor only for the roles that may change them.
    if (context.scope.can(QStringLiteral("contract.write")))
        m_tabs->addTab(new TeamAdminWidget(context, this), tr("团队"));
    if (context.scope.can(QStringLiteral("settings.write")))
        m_tabs->addTab(new PackageAdminWidget(context, this), tr("服务包"));
    connect(m_residents, &ResidentContractsWidget::contractsChanged, this,
            &ContractsPage::refreshLists);
    // Work lists are computed when first shown (they scan the whole township).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (auto *list = qobject_cast<WorkListWidget *>(m_tabs->widget(i));
            list && list->property("loaded").isNull()) {
            list->setProperty("loaded", true);
            list->refresh();
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_residents);
}

void ContractsPage::refreshLists()
{
    for (WorkListWidget *l : m_lists)
        if (!l->property("loaded").isNull())
            l->refresh();
}

} // namespace Gui
