#pragma once

#include "context.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Models {
class SessionListModel;
class ImmunizationCardModel;
} // namespace Models

namespace Gui {

class VaccinatedTodayWidget;

// 预防接种: the village session list for a chosen date (children due or overdue with the doses
// each can receive that day) or today's vaccinated children with their observation, beside the
// selected child's immunization card, laid out like the 预防接种证, with the guardian. Enter on
// a child records a dose from the plan; the card and the lists follow. Both panes fit 1366 px.
class ImmunizationPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImmunizationPage(const Context &context, QWidget *parent = nullptr);

    QComboBox *villageBox() const { return m_village; }
    QDateEdit *sessionDate() const { return m_date; }
    QTableView *sessionTable() const { return m_session; }
    QTableView *cardTable() const { return m_card; }
    Models::SessionListModel *sessionModel() const { return m_sessionModel; }
    Models::ImmunizationCardModel *cardModel() const { return m_cardModel; }
    QLabel *cardHeader() const { return m_header; }
    VaccinatedTodayWidget *vaccinatedToday() const { return m_today; }
    QTabWidget *leftTabs() const { return m_leftTabs; }
    QString currentChild() const { return m_childId; }

public slots:
    void refresh();
    void showChild(const QString &residentId);
    void recordDose();       // from the plan, given here (Enter / Ctrl+Enter)
    void recordHistorical(); // given elsewhere (Ctrl+H)
    bool printSessionList(const QString &path = {});
    bool printParentNotices(const QString &path = {});

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadVillages();
    void findChild();
    void addStateMenu();
    void issueCertificate();
    void editGuardian();
    void record(int mode);
    QString askPdfPath(const QString &suggested);

    const Context &m_context;
    QComboBox *m_village = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_find = nullptr;
    QTableView *m_session = nullptr;
    QTableView *m_card = nullptr;
    QLabel *m_sessionStatus = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_stateButton = nullptr;
    QPushButton *m_certButton = nullptr;
    QPushButton *m_guardianButton = nullptr;
    QTabWidget *m_leftTabs = nullptr;
    VaccinatedTodayWidget *m_today = nullptr;
    Models::SessionListModel *m_sessionModel = nullptr;
    Models::ImmunizationCardModel *m_cardModel = nullptr;
    QString m_childId;
    bool m_loaded = false;
};

} // namespace Gui
