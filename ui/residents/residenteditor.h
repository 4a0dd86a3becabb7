#pragma once

#include "context.h"
#include "resident.h"
#include "result.h"

#include <QDialog>
#include <QHash>

class QLineEdit;
class QComboBox;
class QDateEdit;
class QLabel;
class QFormLayout;
class QDialogButtonBox;
class QPushButton;

namespace Gui {

// Add or edit a resident and their household. Every wrong field gets its message right under
// it; nothing is stored until every field is right.
class ResidentEditor : public QDialog
{
    Q_OBJECT
public:
    void reject() override; // asks before discarding input (FormGuard)
    ResidentEditor(const Context &context, const QString &residentId, QWidget *parent = nullptr);
    ~ResidentEditor() override;

    const Models::Resident &savedResident() const { return m_saved; }
    QString savedResidentId() const { return m_saved.id; }
    QString fieldError(const QString &field) const; // the message shown at a field, for tests
    QWidget *fieldWidget(const QString &field) const { return m_widgets.value(field); }

public slots:
    void save();

private:
    void addField(QFormLayout *form, const QString &field, const QString &label, QWidget *widget);
    void showErrors(const QList<Models::Error> &errors);
    void clearErrors();
    void idNumberEdited();
    void requestTransfer(); // 档案迁入 of the resident holding the number in another village
    void loadHouseholds();
    void load(const Models::Resident &r);
    Models::Resident collect() const;

    const Context &m_context;
    Models::Resident m_original;
    Models::Resident m_saved;
    bool m_isNew = true;
    QLabel *m_banner = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QComboBox *m_sex = nullptr;
    QDateEdit *m_birth = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_village = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_residenceType = nullptr;
    QComboBox *m_ethnicity = nullptr;
    QComboBox *m_household = nullptr;
    QComboBox *m_relation = nullptr;
    QLabel *m_recordNo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_transfer = nullptr;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QLabel *> m_errors;
};

} // namespace Gui
