#pragma once

#include "childcheck.h"
#include "context.h"
#include "resident.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Gui {

class FormGuard;
class MessageBanner;

// A child's health check (新生儿家庭访视 or the 1-8 month, 12-30 month and 3-6 year forms, chosen
// by the child's age on the check date): the measurements are assessed against the WHO 2006
// standards as they are typed (z-scores, 上/中/下, flags), the rest of the form's fields are kept
// with it. Ctrl+S saves, Ctrl+G shows the growth chart, Esc asks before discarding (FormGuard).
class ChildCheckDialog : public QDialog
{
    Q_OBJECT
public:
    ChildCheckDialog(const Context &context, const QString &residentId, QWidget *parent = nullptr,
                     bool newbornVisit = false);

    QString fieldError(const QString &field) const;
    QString assessmentText() const; // what the live assessment shows
    QString formKind() const { return m_kind; }
    Models::ChildCheck draft() const;

public slots:
    void save();
    void reject() override;
    void showChart();

private:
    void refresh();
    void clearErrors();
    void showError(const Models::Error &e);
    QWidget *addField(QFormLayout *form, const QString &field, const QString &label, QWidget *w);

    const Context &m_context;
    QString m_residentId;
    Models::Resident m_resident;
    bool m_newborn = false;
    QString m_kind;
    QDateEdit *m_date = nullptr;
    QLabel *m_formLabel = nullptr;
    QLineEdit *m_weight = nullptr, *m_length = nullptr, *m_head = nullptr, *m_hb = nullptr;
    QComboBox *m_position = nullptr;
    QLineEdit *m_vitaminD = nullptr, *m_outdoor = nullptr, *m_teeth = nullptr, *m_caries = nullptr;
    QLineEdit *m_vision = nullptr, *m_illness = nullptr, *m_guidance = nullptr,
              *m_referral = nullptr;
    QComboBox *m_hearing = nullptr, *m_development = nullptr, *m_feeding = nullptr;
    // The newborn visit's own fields (新生儿家庭访视记录表).
    QLineEdit *m_birthWeeks = nullptr, *m_birthWeight = nullptr, *m_birthLength = nullptr,
              *m_jaundice = nullptr, *m_feeds = nullptr;
    QComboBox *m_cord = nullptr;
    QDateEdit *m_next = nullptr;
    QLabel *m_assessment = nullptr;
    MessageBanner *m_banner = nullptr;
    QHash<QString, QLabel *> m_errors;
    FormGuard *m_guard = nullptr;
};

} // namespace Gui
