#pragma once

#include "context.h"
#include "healthrecord.h"
#include "messagebanner.h"
#include "staffpicker.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace Gui {

class FormGuard;
class SchemaForm;

// The 健康体检表 (kind HealthCheck) or the 个人基本信息表 (kind BasicInfo), both built from their
// form data files. Implausible values of a health check ask for confirmation before saving.
class HealthFormDialog : public QDialog
{
    Q_OBJECT
public:
    enum Kind { HealthCheck, BasicInfo };
    HealthFormDialog(const Context &context, const QString &residentId, Kind kind,
                     QWidget *parent = nullptr);

    SchemaForm *form() const { return m_form; }
    // Opens the form on an existing health check to correct it (HealthCheck kind): filled in
    // from it; saving stores a new version that supersedes it.
    void setCorrecting(const Models::HealthCheck &old);
    QDateEdit *dateEdit() const { return m_date; }
    FormGuard *guard() const { return m_guard; }
    QString savedId() const { return m_savedId; } // the health check stored by save()
    QString bannerText() const;
    // Asks the doctor to confirm implausible values; tests replace it.
    std::function<bool(const QString &message)> confirm;

public slots:
    void save();
    void reject() override;

private:
    const Context &m_context;
    QString m_residentId;
    Kind m_kind;
    SchemaForm *m_form = nullptr;
    MessageBanner *m_banner = nullptr;
    QDateEdit *m_date = nullptr;
    StaffPicker *m_doctor = nullptr;
    QLineEdit *m_workUnit = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QString m_supersedes;
    QString m_savedId;
    FormGuard *m_guard = nullptr;
};

} // namespace Gui
