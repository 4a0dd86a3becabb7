#pragma once

#include "context.h"

#include <QWidget>

class QTabWidget;

namespace Gui {

class ResidentContractsWidget;
class WorkListWidget;

// 家庭医生签约: a resident's contracts and actions; the work lists (expiring this month,
// key populations not signed, households partly signed); teams; packages.
class ContractsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ContractsPage(const Context &context, QWidget *parent = nullptr);
    ResidentContractsWidget *residents() const { return m_residents; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void refreshLists();
    QTabWidget *m_tabs = nullptr;
    ResidentContractsWidget *m_residents = nullptr;
    QList<WorkListWidget *> m_lists;
};

} // namespace Gui
