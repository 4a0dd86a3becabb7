#pragma once

#include "context.h"
#include "residenttransfer.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Gui {

// 档案迁入申请: requests from other villages for records of the user's villages; 同意 moves the
// resident to the requester's village (audited), 拒绝 closes the request.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TransferDialog(const Context &context, QWidget *parent = nullptr);
    bool changed() const { return m_changed; }

private:
    void reload();
    void decide(bool approve);

    const Context &m_context;
    QVector<Models::ResidentTransfer> m_requests;
    QListWidget *m_list = nullptr;
    QPushButton *m_approve = nullptr, *m_decline = nullptr;
    QLabel *m_message = nullptr;
    bool m_changed = false;
};

} // namespace Gui
