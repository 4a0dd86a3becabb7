#pragma once

#include "context.h"
#include "immunization.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Gui {

// 监护人: who brings the child (name, relation, phone), shown on the card and the session list.
class GuardianDialog : public QDialog
{
    Q_OBJECT
public:
    GuardianDialog(const Context &context, const Models::ChildImmunization &child,
                   QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *relationBox() const { return m_relation; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void accept() override;

private:
    const Context &m_context;
    QString m_residentId;
    QLineEdit *m_name = nullptr;
    QComboBox *m_relation = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Gui
