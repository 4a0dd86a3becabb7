#pragma once

#include "context.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Gui {

// Ends a registration: moved away, died, lost to follow-up or another reason, with date and note.
class CloseRegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    CloseRegistrationDialog(const Context &context, const QString &registrationId,
                            QWidget *parent = nullptr);

private:
    void save();

    const Context &m_context;
    QString m_id;
    QDateEdit *m_date = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Gui
