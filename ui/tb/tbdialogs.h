#pragma once

#include "context.h"
#include "tbrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Gui {

class MessageBanner;

// Registration from the designated institution's notice: regimen, phase dates, supervision.
class TbRegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    TbRegistrationDialog(const Context &context, const QString &residentId,
                         QWidget *parent = nullptr);
    void reject() override;

private:
    void save();

    Context m_context;
    QString m_residentId;
    QDateTimeEdit *m_notified;
    QLineEdit *m_unit, *m_regimen;
    QComboBox *m_type, *m_supervision;
    QDateEdit *m_start, *m_intensiveEnd, *m_end;
    MessageBanner *m_error;
};

// A home visit: the first (72-hour window shown), a follow-up, or the end-of-treatment assessment.
class TbVisitDialog : public QDialog
{
    Q_OBJECT
public:
    TbVisitDialog(const Context &context, const Models::TbPatient &patient, const QString &kind,
                  QWidget *parent = nullptr);
    void reject() override;

private:
    void updateWindow();
    void save();

    Context m_context;
    Models::TbPatient m_patient;
    QString m_kind;
    QDateTimeEdit *m_at;
    QCheckBox *m_found, *m_refer;
    QLineEdit *m_symptoms, *m_reactions, *m_note;
    QComboBox *m_reason;
    QDateEdit *m_next;
    QLabel *m_window;
    MessageBanner *m_error;
};

// The dose card: one row per day of the course so far, ticked when taken (Space toggles).
class TbDosesDialog : public QDialog
{
    Q_OBJECT
public:
    TbDosesDialog(const Context &context, const Models::TbPatient &patient,
                  QWidget *parent = nullptr);

private:
    void summarise();
    void save();

    Context m_context;
    Models::TbPatient m_patient;
    QListWidget *m_days;
    QComboBox *m_source;
    QLabel *m_summary;
    MessageBanner *m_error;
};

// 服务项目 → 肺结核患者管理: the patient's plan, adherence and visits, with the next steps.
class TbPatientDialog : public QDialog
{
    Q_OBJECT
public:
    TbPatientDialog(const Context &context, const QString &residentId, QWidget *parent = nullptr);
    bool changed() const { return m_changed; }

private:
    void reload();
    void run(QDialog *d);

    Context m_context;
    QString m_residentId;
    Models::TbPatient m_patient;
    QLabel *m_text;
    MessageBanner *m_message;
    QList<QWidget *> m_needPatient;
    QWidget *m_register;
    bool m_changed = false;
};

} // namespace Gui
