#pragma once

#include "context.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Gui {

// 解约: a reason from docs/domain/contracts.md 5 (rules data), the date and a note.
class TerminateContractDialog : public QDialog
{
    Q_OBJECT
public:
    TerminateContractDialog(const Context &context, const QString &contractId,
                            QWidget *parent = nullptr);

public slots:
    void save();

private:
    const Context &m_context;
    QString m_contractId;
    QComboBox *m_reason = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Gui
