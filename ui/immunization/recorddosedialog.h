#pragma once

#include "context.h"
#include "immunization.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Gui {

// Records one dose from the plan in a few keystrokes: the dose (first open one preselected),
// the lot from the clinic's stock (first to expire preselected), today's date, site and route
// from the vaccine. A rule break is shown at once and needs a reason before Enter records it.
// In "elsewhere" mode it records a historical dose (another clinic, the paper certificate).
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
    QLineEdit *m_site = nullptr;
    QLineEdit *m_route = nullptr;
    QLineEdit *m_vaccinator = nullptr;
    QLineEdit *m_override = nullptr;
    QLabel *m_message = nullptr;
    Models::VaccineDose m_recorded;
};

} // namespace Gui
