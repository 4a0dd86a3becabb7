#include "guardiandialog.h"

#include "codetable.h"
#include "vaccinationday.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

GuardianDialog::GuardianDialog(const Context &context, const Models::ChildImmunization &child,
                               QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(child.residentId)
{
    setWindowTitle(tr("监护人 — %1").arg(child.name));
    setObjectName(QStringLiteral("guardianDialog"));
    m_name = new QLineEdit(child.guardian.name, this);
    m_name->setObjectName(QStringLiteral("guardianName"));
    m_relation = new QComboBox(this);
    m_relation->setObjectName(QStringLiteral("guardianRelation"));
    for (const Models::Code &c :
         Models::CodeTable::get(QStringLiteral("guardian_relation")).codes())
        m_relation->addItem(c.label(), c.code);
    m_relation->setCurrentIndex(qMax(0, m_relation->findData(child.guardian.relation)));
    m_phone = new QLineEdit(child.guardian.phone, this);
    m_phone->setObjectName(QStringLiteral("guardianPhone"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("姓名(&N)"), m_name);
    form->addRow(tr("与儿童关系(&R)"), m_relation);
    form->addRow(tr("电话(&P)"), m_phone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存 (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消 (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GuardianDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GuardianDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_name->setFocus();
}

void GuardianDialog::accept()
{
    const Models::Guardian g{m_name->text(), m_relation->currentData().toString(), m_phone->text()};
    auto r =
        Models::VaccinationDay(m_context.connection).setGuardian(m_context.scope, m_residentId, g);
    if (!r) {
        m_message->setText(r.error().message);
        if (r.error().field == QLatin1String("guardian_phone"))
            m_phone->setFocus();
        else if (r.error().field == QLatin1String("guardian_relation"))
            m_relation->setFocus();
        else
            m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Gui
