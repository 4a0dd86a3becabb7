#pragma once

#include "context.h"
#include "user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Gui {

// New user, or edit role / villages / team of an existing one (administrators).
class UserEditor : public QDialog
{
    Q_OBJECT
public:
    UserEditor(const Context &context, const Models::User &user, QWidget *parent = nullptr);
    bool isNew() const { return m_user.username.isEmpty(); }

private:
    void save();

    const Context &m_context;
    Models::User m_user;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QListWidget *m_villages = nullptr;
    QComboBox *m_team = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Gui
