#pragma once

#include "context.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QTextBrowser;

namespace Gui {

// 签约 tab of the reports screen: indicators for a period, village or team, with the
// numerator and the denominator of every rate shown; printable.
class ContractIndicatorsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ContractIndicatorsWidget(const Context &context, QWidget *parent = nullptr);
    QString html() const { return m_html; }

public slots:
    void compute();

private:
    const Context &m_context;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_team = nullptr;
    QTextBrowser *m_view = nullptr;
    QString m_html;
};

} // namespace Gui
