#pragma once

#include "context.h"
#include "result.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QHeaderView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QThread;

namespace Models {
class ReportTableModel;
struct ReportTable;
struct ReportTableRequest;
} // namespace Models

namespace Gui {

class ExportButtons;
class MessageBanner;

// 官方报表: choose a table (01, 03, 06, 07-1, 07-2, the signing reports …), a month, quarter or
// year and an area; the table is computed off the UI thread on its own connection (progress,
// 取消) and shown with its standard header, one row per village and the 合计 row; 打印预览
// (A4 landscape when wide), 导出 CSV, 导出 Excel.
class ReportTableWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReportTableWidget(const Context &context, QWidget *parent = nullptr);
    ~ReportTableWidget() override;

    Models::ReportTableModel *model() const { return m_model; }
    ExportButtons *exportButtons() const { return m_export; }
    bool isRunning() const { return m_thread != nullptr; }

public slots:
    void compute();
    void cancel();

signals:
    void computed(); // the table is shown (or its error)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Models::ReportTableRequest request() const;
    void updatePeriodChoices();
    void finish(const Models::Result<Models::ReportTable> &result);
    void showHeader();
    void fitColumns();

    Context m_context;
    Models::ReportTableModel *m_model = nullptr;
    QComboBox *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_part = nullptr; // month or quarter
    QComboBox *m_area = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_footer = nullptr;
    QTableView *m_view = nullptr;
    QHeaderView *m_headerView = nullptr;
    ExportButtons *m_export = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    int m_runs = 0;
};

} // namespace Gui
