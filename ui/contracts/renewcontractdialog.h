#pragma once

#include "context.h"
#include "contract.h"

#include <QDialog>

class QDateEdit;
class QLabel;

namespace Gui {

class MessageBanner;

// 续约, asked before it is done: whose contract, with which team and doctor, until when, and the
// term of the new one (ContractRepository::renew: the day after the old end, or the signing day
// when it has lapsed). The work list opens it on a contract to renew.
class RenewContractDialog : public QDialog
{
    Q_OBJECT
public:
    RenewContractDialog(const Context &context, const QString &contractId,
                        QWidget *parent = nullptr);

    const Models::Contract &renewed() const { return m_renewed; }
    QString errorText() const;

public slots:
    void save();

private:
    const Context &m_context;
    QString m_contractId;
    QDateEdit *m_signedOn = nullptr;
    QLabel *m_summary = nullptr;
    MessageBanner *m_error = nullptr;
    Models::Contract m_renewed;
};

} // namespace Gui
