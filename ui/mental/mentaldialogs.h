#pragma once

#include "context.h"
#include "mentalrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Gui {

class MessageBanner;

// 严重精神障碍患者个人信息补充表: the disease, diagnosis, guardian and 关锁 history.
class MentalRegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    MentalRegistrationDialog(const Context &context, const QString &residentId,
                             QWidget *parent = nullptr);
    void reject() override;

private:
    void save();

    Context m_context;
    QString m_residentId;
    QComboBox *m_disease;
    QDateEdit *m_diagnosed;
    QLineEdit *m_hospital, *m_onset, *m_guardian, *m_relation, *m_phone;
    QComboBox *m_locked;
    QPlainTextEdit *m_pastTreatment;
    MessageBanner *m_error;
};

// 严重精神障碍患者随访服务记录表: the visit, the risk grade and clinical items, the class the rules
// give (shown as the doctor types), medication and rehabilitation, the next date, 转诊.
class MentalFollowupDialog : public QDialog
{
    Q_OBJECT
public:
    MentalFollowupDialog(const Context &context, const QString &patientId,
                         QWidget *parent = nullptr);
    void reject() override;

private:
    Models::MentalInput clinical() const;
    void preview();
    void save();

    Context m_context;
    Models::MentalPatient m_patient;
    QDateEdit *m_date;
    QComboBox *m_form, *m_who;
    QCheckBox *m_seen;
    QComboBox *m_lostReason;
    QSpinBox *m_risk;
    QListWidget *m_symptoms;
    QCheckBox *m_marked;
    QComboBox *m_insight, *m_sleep, *m_diet;
    QList<QComboBox *> m_social;
    QCheckBox *m_adr, *m_illness;
    QComboBox *m_adherence, *m_locked, *m_hospital;
    QLineEdit *m_drugs, *m_rehab;
    QLabel *m_class;
    QDateEdit *m_next;
    QCheckBox *m_refer;
    MessageBanner *m_error;
    int m_proposedDays = 0;
};

} // namespace Gui
