#pragma once

#include "context.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QTableView;

namespace Models {
class ChronicWorklistModel;
}

namespace Gui {

// 慢病随访: the follow-up worklist (due this week / month, overdue, not seen this quarter, lost)
// by village, doctor and disease; Enter opens the follow-up form of the selected patient.
class ChronicPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChronicPage(const Context &context, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    Models::ChronicWorklistModel *model() const { return m_model; }
    QComboBox *kindFilter() const { return m_kind; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    void reload();
    void followUpCurrent();
    void registerResident();
    void closeCurrent();
    void showTrends();
    void showIndicators();
    void printList();
    void printListTo(QPrinter *printer);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString currentRegistration() const;
    void loadFilters();

    const Context &m_context;
    QComboBox *m_kind = nullptr;
    QComboBox *m_programme = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_doctor = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    Models::ChronicWorklistModel *m_model = nullptr;
    bool m_loaded = false; // the worklist is read when the page is first shown, not at start-up
};

} // namespace Gui
