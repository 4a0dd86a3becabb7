#pragma once

#include "chronic.h"
#include "context.h"
#include "staffpicker.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Models {
class ChronicRepository;
}

namespace Gui {

// The follow-up form of the national record (docs/domain/chronic.md 5) for one registration. The
// rules' classification, the reasons, the emergency flag and the proposed next date update live
// while the doctor types; the doctor may change the date before saving.
class FollowupDialog : public QDialog
{
    Q_OBJECT
public:
    FollowupDialog(const Context &context, const QString &registrationId,
                   QWidget *parent = nullptr);
    ~FollowupDialog() override;

    Models::ChronicFollowup followup() const; // what the form holds now
    const Models::ChronicFollowup &saved() const { return m_saved; }
    QLabel *classLabel() const { return m_class; }
    QDateEdit *nextDateEdit() const { return m_nextDate; }

public slots:
    void save();
    void updateDecision();
    void reject() override;

private:
    QWidget *buildForm();
    QWidget *buildPanel();
    void prefill(const Models::ChronicFollowup &last);
    QLineEdit *number(const QString &objectName, bool decimal, int width = 64);
    void markField(const QString &field);

    const Context &m_context;
    Models::ChronicRepository *m_repo;
    Models::ChronicRegistration m_reg;
    bool m_diabetes = false;
    Models::ChronicFollowup m_saved;
    QMap<QString, QWidget *> m_fields; // by the repository's field names
    bool m_nextEdited = false;
    bool m_settingNext = false;

    QDateEdit *m_visitDate = nullptr;
    QComboBox *m_mode = nullptr;
    QListWidget *m_symptoms = nullptr;
    QLineEdit *m_symptomsOther = nullptr;
    QLineEdit *m_sbp = nullptr, *m_dbp = nullptr, *m_heartRate = nullptr;
    QLineEdit *m_weight = nullptr, *m_weightTarget = nullptr, *m_height = nullptr,
              *m_bmiTarget = nullptr;
    QLabel *m_bmi = nullptr;
    QLineEdit *m_otherSigns = nullptr;
    QComboBox *m_footPulse = nullptr;
    QLineEdit *m_cig = nullptr, *m_cigTarget = nullptr, *m_alcohol = nullptr,
              *m_alcoholTarget = nullptr;
    QLineEdit *m_exTimes = nullptr, *m_exMinutes = nullptr, *m_exTimesTarget = nullptr,
              *m_exMinutesTarget = nullptr;
    QComboBox *m_salt = nullptr, *m_saltTarget = nullptr;
    QLineEdit *m_staple = nullptr, *m_stapleTarget = nullptr;
    QComboBox *m_psychology = nullptr, *m_compliance = nullptr, *m_adherence = nullptr,
              *m_hypoglycemia = nullptr;
    QLineEdit *m_fbg = nullptr, *m_hba1c = nullptr;
    QDateEdit *m_hba1cDate = nullptr;
    QLineEdit *m_auxExam = nullptr;
    QCheckBox *m_adverse = nullptr, *m_complication = nullptr;
    QLineEdit *m_adverseNote = nullptr;
    QLineEdit *m_medName[3] = {}, *m_medDose[3] = {};
    QSpinBox *m_medTimes[3] = {};
    QLineEdit *m_insulin = nullptr;
    QLineEdit *m_referralReason = nullptr, *m_referralTo = nullptr;

    QLabel *m_class = nullptr;
    QLabel *m_emergency = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
    QDateEdit *m_nextDate = nullptr;
    StaffPicker *m_doctor = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Gui
