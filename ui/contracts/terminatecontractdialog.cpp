#include "terminatecontractdialog.h"

#include "contractrepository.h"
#include "contractrules.h"
#include "messagebanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

TerminateContractDialog::TerminateContractDialog(const Context &context, const QString &contractId,
                                                 QWidget *parent)
    : QDialog(parent), m_context(context), m_contractId(contractId)
{
    setWindowTitle(tr("解约"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    for (const Models::Code &c : Models::ContractRules::get().terminateReasons)
        if (!Models::ContractRules::get().lifecycleReasons.contains(c.code))
            m_reason->addItem(c.label(), c.code); // death, a closed record: 居民档案 → 档案状态
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note = new QLineEdit(this);
    m_error = new MessageBanner(this);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("解约原因(&R)"), m_reason);
    form->addRow(tr("解约日期(&D)"), m_date);
    form->addRow(tr("说明(&N)"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("解约"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TerminateContractDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void TerminateContractDialog::save()
{
    auto r = Models::ContractRepository(m_context.connection)
                 .terminate(m_context.scope, m_contractId, m_date->date(),
                            m_reason->currentData().toString(), m_note->text());
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        if (r.error().field == QLatin1String("note"))
            m_note->setFocus();
        else if (r.error().field == QLatin1String("terminated_on"))
            m_date->setFocus();
        return;
    }
    accept();
}

} // namespace Gui
