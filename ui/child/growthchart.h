#pragma once

#include "childcheck.h"
#include "context.h"

#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPrinter;

namespace Gui {

// A child's measurements over the WHO 2006 curves (−3, −2, −1, 0, +1, +2, +3 SD) by age in
// months: weight, length/height, head circumference or BMI for age. Printable (A4, landscape
// chart with the child's name, sex and birth date). Keyboard: Alt+I chooses the indicator.
class GrowthChart : public QWidget
{
    Q_OBJECT
public:
    GrowthChart(const Context &context, const QString &residentId, QWidget *parent = nullptr);

    // Reads the child and the checks again and redraws.
    void reload();
    void setIndicator(const QString &code); // wfa, lhfa, hcfa, bmifa
    QString indicator() const;
    int pointCount() const { return m_points; }
    int curveCount() const { return m_curves; }
    QString errorText() const;
    void print(QPrinter *printer);
    QChartView *view() const { return m_view; }

public slots:
    void printPreview();

private:
    void redraw();
    QChart *build() const;

    const Context &m_context;
    QString m_residentId;
    QString m_name;
    QChar m_sex;
    QDate m_birth;
    QVector<Models::ChildCheck> m_checks;
    QComboBox *m_indicator = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_error = nullptr;
    mutable int m_points = 0;
    mutable int m_curves = 0;
};

} // namespace Gui
