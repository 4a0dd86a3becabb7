#pragma once

#include "context.h"
#include "healthrecord.h"
#include "messagebanner.h"
#include "resident.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Gui {

class FormGuard;
class VitalSignsEdit;

// 接诊记录: date, type, SOAP with the vital signs, ICD-10 coded diagnoses picked from the code
// table (the resident's registered chronic diseases first), prescriptions, referral.
// Enter in the diagnosis field adds the highlighted suggestion and nothing else; saving is
// Ctrl+S or 保存, and asks first when S, O and A are all empty.
class EncounterDialog : public QDialog
{
    Q_OBJECT
public:
    EncounterDialog(const Context &context, const QString &residentId, QWidget *parent = nullptr);
    void addDiagnosis(const QString &code);
    // Opens the dialog on an existing encounter to correct it: the fields are filled in from it
    // and saving stores a new version that supersedes it.
    void setCorrecting(const Models::Encounter &old);
    QLineEdit *diagnosisSearch() const { return m_search; }
    QListWidget *suggestions() const { return m_matches; }
    VitalSignsEdit *vitals() const { return m_vitals; }
    FormGuard *guard() const { return m_guard; }
    QString bannerText() const;
    Models::Encounter collect() const;
    const Models::Encounter &saved() const { return m_saved; }

public slots:
    void save();
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchChanged(const QString &text);
    void showError(const QString &message);

    const Context &m_context;
    QString m_residentId;
    Models::Resident m_resident;
    QDateEdit *m_date = nullptr;
    QComboBox *m_type = nullptr;
    QPlainTextEdit *m_subjective = nullptr;
    QPlainTextEdit *m_objective = nullptr;
    QPlainTextEdit *m_assessment = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QListWidget *m_diagnoses = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QPlainTextEdit *m_prescriptions = nullptr;
    QLineEdit *m_referralTo = nullptr;
    QLineEdit *m_referralReason = nullptr;
    VitalSignsEdit *m_vitals = nullptr;
    MessageBanner *m_banner = nullptr;
    FormGuard *m_guard = nullptr;
    QStringList m_chronicCodes; // categories of the resident's open chronic registrations
    Models::Encounter m_saved;
    QString m_supersedes;
};

} // namespace Gui
