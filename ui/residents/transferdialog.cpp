#include "transferdialog.h"

#include "arearepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

TransferDialog::TransferDialog(const Context &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("档案迁入申请"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("transferRequests"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(tr("同意迁出(&A)"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("approveTransfer"));
    m_decline = buttons->addButton(tr("拒绝(&D)"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decide(false); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("其他村申请迁入以下居民的档案。同意后，档案（含全部记录）迁到申"
                                    "请的村，并记入审计日志。"),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 360);
    reload();
}

void TransferDialog::reload()
{
    auto r = Models::ResidentTransferRepository(m_context.connection)
                 .pendingForApproval(m_context.scope);
    m_requests = r ? *r : QVector<Models::ResidentTransfer>();
    const Models::AreaRepository areas(m_context.connection);
    auto villageName = [&areas](const QString &code) {
        auto n = areas.name(code);
        return n ? *n : code;
    };
    m_list->clear();
    for (const auto &t : std::as_const(m_requests))
        m_list->addItem(
            tr("%1（档案号 %2）：%3 → %4，%5 申请于 %6")
                .arg(t.residentName, t.recordNo, villageName(t.fromVillage),
                     villageName(t.toVillage), t.requestedBy,
                     t.requestedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!m_requests.isEmpty())
        m_list->setCurrentRow(0);
    m_approve->setEnabled(!m_requests.isEmpty());
    m_decline->setEnabled(!m_requests.isEmpty());
    if (m_requests.isEmpty())
        m_message->setText(tr("没有待处理的迁入申请"));
}

void TransferDialog::decide(bool approve)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_requests.size())
        return;
    Models::ResidentTransferRepository repo(m_context.connection);
    const QString id = m_requests.at(row).id;
    auto r = approve ? repo.approve(m_context.scope, id) : repo.decline(m_context.scope, id);
    if (!r) {
        m_message->setText(r.error().message);
        return;
    }
    m_changed = true;
    reload();
    m_message->setText(approve ? tr("已同意，档案已迁出") : tr("已拒绝该申请"));
}

} // namespace Gui
