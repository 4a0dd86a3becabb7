#pragma once

#include "context.h"

#include <QWidget>

class QTreeWidget;
class QLabel;

namespace Gui {

// 用户 (administrators): the users of this workstation, their roles and villages.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(const Context &context, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

public slots:
    void refresh();

private:
    QString currentUsername() const;
    void editCurrent();
    void resetPassword();
    void toggleDisabled();

    const Context &m_context;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Gui
