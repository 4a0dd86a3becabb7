#pragma once

#include "context.h"
#include "contract.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QSpinBox;

namespace Gui {

// 签约: one resident, or the members of a household. Team, responsible doctor, packages,
// key-population tags (the computed suggestions come pre-ticked and can be changed), term,
// sign channel, dates and whether the paper agreement is signed.
class SignContractDialog : public QDialog
{
    Q_OBJECT
public:
    // residentId: sign that resident; with household = true, sign the resident's household.
    SignContractDialog(const Context &context, const QString &residentId, bool household,
                       QWidget *parent = nullptr);

    QWidget *fieldWidget(const QString &field) const;
    QString errorText() const;
    const QVector<Models::Contract> &signedContracts() const { return m_signed; }

public slots:
    void save();
    void reject() override;

private:
    void loadTeams();
    void loadDoctors();
    void showError(const QString &field, const QString &message);

    const Context &m_context;
    QString m_residentId;
    QString m_householdId;
    QString m_villageCode;
    QComboBox *m_team = nullptr;
    QComboBox *m_doctor = nullptr;
    QListWidget *m_packages = nullptr;
    QListWidget *m_tags = nullptr;
    QListWidget *m_members = nullptr;
    QComboBox *m_representative = nullptr;
    QDateEdit *m_signedOn = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_term = nullptr;
    QComboBox *m_channel = nullptr;
    QCheckBox *m_paper = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QWidget *> m_fields;
    QVector<Models::Contract> m_signed;
};

} // namespace Gui
