#pragma once

#include "context.h"
#include "immunization.h"
#include "messagebanner.h"

#include <QDate>
#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Gui {

// Records one dose from the plan in a few keystrokes: the dose (first open one preselected),
// the lot from the clinic's stock (first to expire preselected; doses on hand shown, a lot near
// expiry marked), today's date, site and route picked from the code tables (the vaccine's usual
// ones preselected), the vaccinator from the staff (the user preselected). A rule break is shown at
// once and needs a reason before Enter records it. In "elsewhere" mode it records a historical dose
// (another clinic, the paper certificate).
class RecordDoseDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Here, Elsewhere };
    RecordDoseDialog(const Context &context, const Models::ChildImmunization &child,
                     const QVector<Models::PlannedDose> &open, Mode mode,
                     QWidget *parent = nullptr);

    QComboBox *doseBox() const { return m_dose; }
    QComboBox *lotBox() const { return m_lot; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *overrideEdit() const { return m_override; }
    QComboBox *siteBox() const { return m_site; }
    QComboBox *routeBox() const { return m_route; }
    QComboBox *vaccinatorBox() const { return m_vaccinator; }
    QLabel *messageLabel() const { return m_message; }
    const Models::VaccineDose &recorded() const { return m_recorded; }

public slots:
    void accept() override;
    void reject() override;

private:
    QString currentVaccine() const;
    void vaccineChanged();
    void loadLots();
    void runCheck();

    const Context &m_context;
    Models::ChildImmunization m_child;
    Mode m_mode;
    QComboBox *m_dose = nullptr;
    QComboBox *m_lot = nullptr;
    QLineEdit *m_lotNo = nullptr;
    QLineEdit *m_clinic = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_route = nullptr;
    QComboBox *m_vaccinator = nullptr;
    QLineEdit *m_override = nullptr;
    MessageBanner *m_message = nullptr;
    Models::VaccineDose m_recorded;
    QHash<QString, QDate> m_nearExpiry; // lot id → expiry, lots in stock close to expiring
};

} // namespace Gui
