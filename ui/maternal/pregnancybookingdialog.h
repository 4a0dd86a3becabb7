#pragma once

#include "context.h"
#include "pregnancy.h"
#include "resident.h"
#include "result.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Gui {

class FormGuard;
class MessageBanner;

// 孕产妇建册: the first prenatal form (第1次产前检查服务记录表) — LMP, ultrasound EDD, gravidity
// and parity, history, examination and tests — with the EDD, 孕周 and the proposed risk colour
// shown as typed; the doctor confirms the colour (绿/黄/橙/红, 紫 added) before saving.
// Ctrl+S saves; Esc asks before discarding (FormGuard).
class PregnancyBookingDialog : public QDialog
{
    Q_OBJECT
public:
    PregnancyBookingDialog(const Context &context, const QString &residentId,
                           QWidget *parent = nullptr);

    QString fieldError(const QString &field) const;
    QString datesText() const;
    QString proposedColour() const { return m_proposed; }
    Models::Pregnancy draft() const;
    QString savedId() const { return m_savedId; }

public slots:
    void save();
    void reject() override;

private:
    void refresh();
    void addField(QFormLayout *form, const QString &field, const QString &label, QWidget *w);
    void showError(const Models::Error &e);

    const Context &m_context;
    QString m_residentId;
    Models::Resident m_resident;
    QDateEdit *m_booked = nullptr, *m_lmp = nullptr, *m_ultrasound = nullptr;
    QComboBox *m_rule = nullptr, *m_confirm = nullptr;
    QSpinBox *m_gravidity = nullptr, *m_parity = nullptr, *m_miscarriages = nullptr,
             *m_caesareans = nullptr;
    QLineEdit *m_height = nullptr, *m_weight = nullptr, *m_sbp = nullptr, *m_dbp = nullptr,
              *m_hb = nullptr, *m_husband = nullptr, *m_history = nullptr, *m_guidance = nullptr;
    QCheckBox *m_preterm = nullptr, *m_perinatal = nullptr, *m_defect = nullptr,
              *m_ectopic = nullptr, *m_hbsag = nullptr, *m_syphilis = nullptr, *m_hiv = nullptr,
              *m_purple = nullptr, *m_midwifery = nullptr;
    QLabel *m_dates = nullptr, *m_risk = nullptr;
    QString m_proposed = QStringLiteral("green");
    QString m_savedId;
    MessageBanner *m_banner = nullptr;
    QHash<QString, QLabel *> m_errors;
    FormGuard *m_guard = nullptr;
};

} // namespace Gui
