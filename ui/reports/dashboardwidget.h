#pragma once

#include "context.h"
#include "indicatorresult.h"
#include "indicatorrunner.h"
#include "residentspage.h"

#include <QWidget>

class QComboBox;
class QDialog;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QAbstractItemModel;

namespace Models {
class IndicatorTableModel;
}

namespace Gui {

class IndicatorTrendChart;
class ExportButtons;
class MessageBanner;
class VillageBarChart;

// 仪表盘, the first tab of 报表: every indicator of resources/rules/indicators.json for a period
// (month, quarter, year, year to date, any range) and an area (township, village, team, doctor),
// with value, numerator, denominator, target and a status in words and colour; the selected
// indicator's monthly trend and its villages side by side. A click or Enter on a number lists the
// residents behind it; Enter there opens the resident. The counting runs in a worker thread with
// its own connection (progress, 取消); the screen never waits for it.
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWidget(const Context &context, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    void setRecordOpener(ResidentsPage::RecordOpener opener) { m_openRecord = std::move(opener); }
    // The indicator table as numbers and words (no colours), for the export buttons.
    QAbstractItemModel *indicatorModel() const;
    QTableView *table() const { return m_table; }
    IndicatorTrendChart *trendChart() const { return m_trend; }
    VillageBarChart *villageChart() const { return m_villages; }
    Models::IndicatorPeriod period() const;
    Models::IndicatorArea area() const;
    bool isComputing() const;
    QString selectedIndicator() const;

    // Shows figures computed elsewhere (the benchmark times the paint after this).
    void showRun(const Models::IndicatorRun &run);
    void showTrend(const Models::IndicatorTrend &trend);

public slots:
    void compute();
    void cancel();
    // A number of the table: the residents behind it (the gap for the value and status cells).
    void openNumber(const QModelIndex &index);

signals:
    void computed();                 // the table shows new figures
    void trendShown();               // the trend chart shows the selected indicator
    void residentsOpened(QDialog *); // the list of residents, just before it runs modally

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildChoosers();
    void periodKindChanged();
    void areaKindChanged();
    void selectionChanged();
    void showResidents(const Models::IndicatorPeople &people);
    void setBusy(bool busy);

    const Context &m_context;
    ResidentsPage::RecordOpener m_openRecord;
    Models::IndicatorRunner *m_runner = nullptr;
    Models::IndicatorTableModel *m_model = nullptr;
    QComboBox *m_periodKind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_part = nullptr; // month or quarter
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_areaKind = nullptr;
    QComboBox *m_areaItem = nullptr;
    QPushButton *m_compute = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageBanner *m_banner = nullptr;
    ExportButtons *m_export = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_words = nullptr;
    IndicatorTrendChart *m_trend = nullptr;
    VillageBarChart *m_villages = nullptr;
    quint64 m_evaluateJob = 0, m_trendJob = 0, m_residentsJob = 0;
    QString m_residentsTitle, m_residentsExplanation;
    bool m_shownOnce = false;
};

} // namespace Gui
