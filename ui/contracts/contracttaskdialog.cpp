#include "contracttaskdialog.h"

#include "contracttasks.h"
#include "messagebanner.h"
#include "residenttitle.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

ContractTaskDialog::ContractTaskDialog(const Context &context, const QString &residentId,
                                       const QString &taskId, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setObjectName(QStringLiteral("contractTaskDialog"));
    setWindowTitle(residentTitle(context, residentId, tr("完成签约服务")));
    m_error = new MessageBanner(this);
    m_error->setWordWrap(true);
    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("taskName"));
    what->setWordWrap(true);
    if (auto tasks =
            Models::ContractTasks::forResident(context.connection, context.scope, residentId)) {
        for (const Models::ContractTask &t : *tasks)
            if (t.id == taskId)
                m_task = t;
        if (m_task.id.isEmpty())
            m_error->showMessage(tr("找不到该签约服务任务"), MessageBanner::Error);
    } else {
        m_error->showMessage(tasks.error().message, MessageBanner::Error);
    }
    what->setText(tr("%1（应于 %2）").arg(m_task.name, m_task.dueOn.toString(Qt::ISODate)));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("taskDoneOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    auto *form = new QFormLayout;
    form->addRow(tr("服务项目"), what);
    form->addRow(tr("完成日期(&D)"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("已完成"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_task.id.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContractTaskDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ContractTaskDialog::errorText() const
{
    return m_error->text();
}

void ContractTaskDialog::save()
{
    // The earliest open task of this kind of the contract in force on the day: the one shown
    // (the work list lists the earliest first).
    auto r = Models::ContractTasks::markDone(m_context.connection, m_context.scope, m_residentId,
                                             m_task.kind, m_date->date(), QString());
    if (!r) {
        m_error->showMessage(r.error().message, MessageBanner::Error);
        m_date->setFocus();
        return;
    }
    if (!*r) {
        m_error->showMessage(tr("该日没有有效的签约合同或该服务已全部完成"), MessageBanner::Error);
        m_date->setFocus();
        return;
    }
    accept();
}

} // namespace Gui
