#pragma once

#include "context.h"
#include "healthrecord.h"
#include "messagebanner.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Gui {

// 接诊记录: date, type, SOAP, ICD-10 coded diagnoses picked from the code table, prescriptions,
// referral.
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
    QString bannerText() const;
    Models::Encounter collect() const;
    const Models::Encounter &saved() const { return m_saved; }

public slots:
    void save();

private:
    void searchChanged(const QString &text);

    const Context &m_context;
    QString m_residentId;
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
    MessageBanner *m_banner = nullptr;
    Models::Encounter m_saved;
    QString m_supersedes;
};

} // namespace Gui
