#include "renewcontractdialog.h"

#include "contractrepository.h"
#include "messagebanner.h"
#include "residenttitle.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

RenewContractDialog::RenewContractDialog(const Context &context, const QString &contractId,
                                         QWidget *parent)
    : QDialog(parent), m_context(context), m_contractId(contractId)
{
    setObjectName(QStringLiteral("renewContractDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("renewSummary"));
    m_summary->setWordWrap(true);
    m_signedOn = new QDateEdit(QDate::currentDate(), this);
    m_signedOn->setObjectName(QStringLiteral("renewSignedOn"));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_signedOn->setMaximumDate(QDate::currentDate());
    m_error = new MessageBanner(this);
    m_error->setWordWrap(true);
    auto c = Models::ContractRepository(context.connection).findById(context.scope, contractId);
    if (c) {
        setWindowTitle(residentTitle(context, c->residentId, tr("续约")));
        // The day after the old end, or the signing day when it has lapsed (as renew() does).
        const QDate start = qMax(c->endDate.addDays(1), QDate::currentDate());
        m_summary->setText(tr("现签约：%1，%2 至 %3（%4，%5）\n续约后自 %6 起，续签同样的服务包。")
                               .arg(c->contractNo, c->startDate.toString(Qt::ISODate),
                                    c->endDate.toString(Qt::ISODate), c->teamName, c->doctorName,
                                    start.toString(Qt::ISODate)));
    } else {
        setWindowTitle(tr("续约"));
        m_error->showMessage(c.error().message, MessageBanner::Error);
    }
    auto *form = new QFormLayout;
    form->addRow(m_summary);
    form->addRow(tr("签约日期(&D)"), m_signedOn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("续约"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(c.ok());
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RenewContractDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString RenewContractDialog::errorText() const
{
    return m_error->text();
}

void RenewContractDialog::save()
{
    auto r = Models::ContractRepository(m_context.connection)
                 .renew(m_context.scope, m_contractId, m_signedOn->date());
    if (!r) {
        m_error->showMessage(r.error().message, MessageBanner::Error);
        m_signedOn->setFocus();
        return;
    }
    m_renewed = *r;
    accept();
}

} // namespace Gui
