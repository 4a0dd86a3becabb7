#include "closeregistrationdialog.h"

#include "chronicrepository.h"
#include "messagebanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Gui {

CloseRegistrationDialog::CloseRegistrationDialog(const Context &context,
                                                 const QString &registrationId, QWidget *parent)
    : QDialog(parent), m_context(context), m_id(registrationId)
{
    auto reg = Models::ChronicRepository(m_context.connection)
                   .registration(m_context.scope, registrationId);
    setWindowTitle(tr("结案 — %1").arg(reg ? reg->residentName : QString()));
    auto *form = new QFormLayout(this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    form->addRow(tr("结案日期"), m_date);
    m_reason = new QComboBox(this);
    m_reason->addItem(tr("迁出"), QStringLiteral("moved"));
    m_reason->addItem(tr("死亡"), QStringLiteral("died"));
    m_reason->addItem(tr("失访"), QStringLiteral("lost"));
    m_reason->addItem(tr("其他"), QStringLiteral("other"));
    form->addRow(tr("原因"), m_reason);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("死亡原因、迁往何处或失访原因"));
    form->addRow(tr("说明"), m_note);
    m_error = new MessageBanner(this);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseRegistrationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CloseRegistrationDialog::save()
{
    auto r = Models::ChronicRepository(m_context.connection)
                 .close(m_context.scope, m_id, m_date->date(), m_reason->currentData().toString(),
                        m_note->text());
    if (!r) {
        m_error->setText(r.error().message);
        return;
    }
    accept();
}

} // namespace Gui
