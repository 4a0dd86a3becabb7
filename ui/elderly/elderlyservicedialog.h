#pragma once

#include "context.h"
#include "elderlyservice.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Gui {

class FormGuard;
class MessageBanner;

// The 65+ annual service as one guided visit (docs/domain/elderly.md): 1 the assessment
// (self-care items with their points and band, the health self-rating, the cognitive and mood
// screens with MMSE / GDS when positive), 2 the 健康体检表 of this service (an existing check of
// the year, or a new one opened with the assessment's rows filled in), 3 健康指导 and the next
// visit, with chronic registration offered when the check finds hypertension or diabetes. The
// line at the bottom always says what the year's service still lacks.
class ElderlyServiceDialog : public QDialog
{
    Q_OBJECT

public:
    ElderlyServiceDialog(const Context &context, const QString &residentId,
                         QWidget *parent = nullptr);
    QString savedId() const { return m_savedId; }
    QStringList missing() const; // the parts still missing, as codes
    QString statusText() const;

    // Replaced by tests: opens the health check form and returns the stored check's id.
    std::function<QString(const QJsonObject &prefill)> openHealthCheck;

public slots:
    void reject() override;

private:
    Models::ElderlyService collect() const;
    void refresh();
    void loadChecks(const QString &select = {});
    void newHealthCheck();
    void save();

    const Context &m_context;
    QString m_residentId;
    QString m_savedId;
    QTabWidget *m_tabs = nullptr;
    QDateEdit *m_date = nullptr;
    QList<QComboBox *> m_selfCare;
    QLabel *m_selfCareTotal = nullptr;
    QComboBox *m_rating = nullptr;
    QComboBox *m_cognitive = nullptr;
    QSpinBox *m_mmse = nullptr;
    QComboBox *m_mood = nullptr;
    QSpinBox *m_gds = nullptr;
    QComboBox *m_check = nullptr;
    QLabel *m_checkFindings = nullptr;
    QPushButton *m_chronic = nullptr;
    QList<QCheckBox *> m_guidance;
    QDateEdit *m_next = nullptr;
    MessageBanner *m_status = nullptr;
    MessageBanner *m_error = nullptr;
    FormGuard *m_guard = nullptr;
};

} // namespace Gui
