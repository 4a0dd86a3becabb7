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

// The visits of a pregnancy in one form: 产前随访 (2nd-5th, or only the 督促 date when the
// clinic has no midwifery licence), 产后访视 and 产后42天健康检查 (已恢复/未恢复, 结案/转诊).
// The open pregnancy is found from the resident. Ctrl+S saves; Esc asks before discarding.
class MaternalVisitDialog : public QDialog
{
    Q_OBJECT
public:
    enum Kind { Prenatal, Postpartum, Check42 };
    MaternalVisitDialog(const Context &context, const QString &residentId, Kind kind,
                        QWidget *parent = nullptr);

    QString fieldError(const QString &field) const;
    QString bannerText() const;
    Models::MaternalVisit draft() const;
    QString gestationText() const;

public slots:
    void save();
    void reject() override;

private:
    void refresh();
    void addField(QFormLayout *form, const QString &field, const QString &label, QWidget *w);
    void showError(const Models::Error &e);

    const Context &m_context;
    QString m_residentId;
    Kind m_kind;
    Models::Resident m_resident;
    Models::Pregnancy m_pregnancy;
    QDateEdit *m_date = nullptr, *m_next = nullptr;
    QSpinBox *m_visitNo = nullptr;
    QCheckBox *m_urged = nullptr;
    QComboBox *m_class = nullptr, *m_disposition = nullptr;
    QLineEdit *m_weight = nullptr, *m_sbp = nullptr, *m_dbp = nullptr, *m_hb = nullptr,
              *m_fundal = nullptr, *m_fetalHeart = nullptr, *m_complaint = nullptr,
              *m_guidance = nullptr, *m_referral = nullptr;
    QLabel *m_gestation = nullptr;
    MessageBanner *m_banner = nullptr;
    QHash<QString, QLabel *> m_errors;
    FormGuard *m_guard = nullptr;
};

} // namespace Gui
