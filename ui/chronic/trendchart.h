#pragma once

#include "chronic.h"
#include "context.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPrinter;

namespace Gui {

// A resident's trends over a chosen period: SBP/DBP with the 140/90 lines and the classification
// of each visit, fasting glucose with the 7.0 line, and weight/BMI. Printable.
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    TrendChart(const Context &context, const QString &residentId, QWidget *parent = nullptr);

    // Loads the follow-ups of [from, to] (all registrations of the resident) and redraws.
    void load(const QDate &from, const QDate &to);
    int pointCount() const { return m_points; }
    void print(QPrinter *printer);

public slots:
    void printPreview();

private:
    void periodChanged();
    QChart *bpChart(const QVector<Models::ChronicFollowup> &f, const QDate &from, const QDate &to);
    QChart *fbgChart(const QVector<Models::ChronicFollowup> &f, const QDate &from, const QDate &to);
    QChart *weightChart(const QVector<Models::ChronicFollowup> &f, const QDate &from,
                        const QDate &to);

    const Context &m_context;
    QString m_residentId;
    QString m_title;
    QComboBox *m_period = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_bp = nullptr, *m_fbg = nullptr, *m_weight = nullptr;
    int m_points = 0;
};

} // namespace Gui
