#pragma once

#include "context.h"
#include "messagebanner.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Models {
class ContractHistoryModel;
class ContractTaskModel;
class ResidentListModel;
} // namespace Models

namespace Gui {

// Find a resident, see their contracts and the tasks those promise (done and due), and act:
// sign, sign the household, renew, terminate, print the agreement.
class ResidentContractsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentContractsWidget(const Context &context, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *residentTable() const { return m_residents; }
    QTableView *contractTable() const { return m_contracts; }
    QString currentResidentId() const;
    void showResident(const QString &residentId);

public slots:
    void signResident();
    void signHousehold();
    void renew();
    void terminate();
    void printAgreement();
    void saveAgreementPdf();
    void recordPaper();

signals:
    void contractsChanged();

private:
    void refreshDetails();
    QString currentContractId() const;
    void updateButtons();
    void showMessage(const QString &text, bool error = false);

    const Context &m_context;
    QLineEdit *m_search = nullptr;
    QTableView *m_residents = nullptr;
    QTableView *m_contracts = nullptr;
    QTableView *m_tasks = nullptr;
    QLabel *m_header = nullptr;
    MessageBanner *m_message = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_household = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_terminate = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_paper = nullptr;
    Models::ResidentListModel *m_residentModel = nullptr;
    Models::ContractHistoryModel *m_contractModel = nullptr;
    Models::ContractTaskModel *m_taskModel = nullptr;
};

} // namespace Gui
