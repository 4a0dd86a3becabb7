#pragma once

#include "context.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Sync {
class ReportSendRunner;
struct ReportSendResult;
} // namespace Sync

namespace Gui {

// 上报月度指标: the clinic's figures of a chosen month to the regional platform as FHIR
// MeasureReports (docs/county-summary.md), on a worker thread, with progress and the result in
// words. The platform connection is the sync settings'.
class ReportSendDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportSendDialog(const Context &context, QWidget *parent = nullptr);
    ~ReportSendDialog() override;

    // Why this user cannot send ("" when they can): the figures need every village, the reports
    // and the sync permission.
    static QString notAllowed(const Models::Scope &scope);

    QComboBox *monthBox() const { return m_month; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *resultLabel() const { return m_result; }

protected:
    void reject() override; // not while a send runs

private:
    void send();
    void finished(const Sync::ReportSendResult &result);
    Context m_context;
    Sync::ReportSendRunner *m_runner = nullptr;
    QComboBox *m_month = nullptr;
    QLabel *m_platform = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Gui
