#pragma once

#include "context.h"
#include "contract.h"

#include <QDialog>

class QDateEdit;
class QLabel;

namespace Gui {

class MessageBanner;

// 完成签约服务: records that a package task without a clinical form of its own (a home visit, TCM
// assessment, health education ...) was done, on a date (ContractTasks::markDone). The work list
// opens it on a task due.
class ContractTaskDialog : public QDialog
{
    Q_OBJECT
public:
    ContractTaskDialog(const Context &context, const QString &residentId, const QString &taskId,
                       QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QString errorText() const;

public slots:
    void save();

private:
    const Context &m_context;
    QString m_residentId;
    Models::ContractTask m_task;
    QDateEdit *m_date = nullptr;
    MessageBanner *m_error = nullptr;
};

} // namespace Gui
