#pragma once

#include "chronicworklist.h"
#include "context.h"

#include <QDialog>

class QComboBox;
class QSpinBox;
class QTableWidget;

namespace Gui {

// Yearly chronic-care indicators (docs/domain/chronic.md 6) for a village or doctor, with the
// numerator and denominator lists one click away.
class IndicatorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IndicatorsDialog(const Context &context, QWidget *parent = nullptr);
    const QVector<Models::Indicator> &indicators() const { return m_indicators; }

public slots:
    void compute();

private:
    void showList(int row, bool numerator);

    const Context &m_context;
    QSpinBox *m_year = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_doctor = nullptr;
    QTableWidget *m_table = nullptr;
    QVector<Models::Indicator> m_indicators;
};

} // namespace Gui
