#pragma once

#include "context.h"
#include "resident.h"

#include <QWidget>

class QLabel;

namespace Gui {

// Under the resident header: what is overdue (chronic follow-ups by the work-list rules,
// vaccinations, contract tasks), what is due next with its date, the drug allergies from the
// basic information form, and the household (members, head, who is signed).
class ResidentDuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentDuePanel(const Context &context, QWidget *parent = nullptr);
    void setResident(const Models::Resident &resident, const QDate &today = QDate::currentDate());

    QString overdueText() const;
    QString nextText() const;
    QString allergyText() const;
    QString householdText() const;

private:
    QStringList chronic(const Models::Resident &r, const QDate &today, QStringList *next) const;
    QStringList vaccines(const Models::Resident &r, const QDate &today, QStringList *next) const;
    QStringList contractTasks(const Models::Resident &r, const QDate &today,
                              QStringList *next) const;
    QString allergies(const Models::Resident &r) const;
    QString household(const Models::Resident &r, const QDate &today) const;

    const Context &m_context;
    QLabel *m_overdue = nullptr, *m_next = nullptr, *m_allergy = nullptr, *m_household = nullptr;
};

} // namespace Gui
