#pragma once

#include "chronic.h"
#include "context.h"
#include "staffpicker.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Gui {

// Registers a resident into hypertension or type 2 diabetes management: find the resident, then
// the diagnosis (ICD-10 from the code table), its date and source, and the risk level.
class RegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    RegistrationDialog(const Context &context, const QString &residentId = {},
                       QWidget *parent = nullptr);
    const Models::ChronicRegistration &saved() const { return m_saved; }
    void reject() override;

private:
    void search(const QString &text);
    void fillCodes();
    void save();

    const Context &m_context;
    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QComboBox *m_programme = nullptr;
    QComboBox *m_icd = nullptr;
    QDateEdit *m_diagnosed = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_risk = nullptr;
    StaffPicker *m_doctor = nullptr; // 责任医生 from the staff, by name
    QLabel *m_error = nullptr;
    Models::ChronicRegistration m_saved;
};

} // namespace Gui
