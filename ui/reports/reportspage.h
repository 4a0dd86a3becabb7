#pragma once

#include "context.h"

#include <QWidget>

class QTabWidget;

namespace Gui {

// 报表: one tab per area (签约 first; other capabilities add theirs with addTab).
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(const Context &context, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace Gui
