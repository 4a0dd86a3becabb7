#pragma once

#include "context.h"
#include "referralrepository.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Gui {

class MessageBanner;

// The up-referral (双向转诊 转出单): the resident and the reason arrive pre-filled from the form
// that asked for it; the doctor adds the receiving institution and the standard's fields.
class ReferralDialog : public QDialog
{
    Q_OBJECT
public:
    ReferralDialog(const Context &context, const Models::Referral &draft,
                   QWidget *parent = nullptr);
    // Opens the form for a resident from a source record; true when a referral was stored.
    static bool startFrom(const Context &context, const QString &residentId,
                          const QString &sourceKind, const QString &sourceId, const QString &reason,
                          QWidget *parent, const QString &institution = {});
    const Models::Referral &saved() const { return m_saved; }

    void reject() override;

private:
    void save();

    Context m_context;
    Models::Referral m_draft, m_saved;
    QLineEdit *m_institution, *m_department, *m_doctor, *m_phone;
    QPlainTextEdit *m_impression, *m_reason, *m_past, *m_treatment;
    QDateEdit *m_sent;
    MessageBanner *m_error;
};

} // namespace Gui
