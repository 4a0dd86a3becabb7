#include "userspage.h"

#include "arearepository.h"
#include "roletable.h"
#include "teamrepository.h"
#include "usereditor.h"
#include "userrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gui {

UsersPage::UsersPage(const Context &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("用户名"), tr("姓名"), tr("角色"), tr("负责的村"), tr("团队"),
                             tr("状态"), tr("上次登录")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *add = new QPushButton(tr("新建用户(&N)…"), this);
    auto *edit = new QPushButton(tr("修改(&E)…"), this);
    auto *reset = new QPushButton(tr("重置密码(&R)…"), this);
    auto *toggle = new QPushButton(tr("停用/启用(&D)"), this);
    m_status = new QLabel(this);
    auto *buttons = new QHBoxLayout;
    for (auto *b : {add, edit, reset, toggle})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    connect(add, &QPushButton::clicked, this, [this] {
        UserEditor editor(m_context, {}, this);
        if (editor.exec() == QDialog::Accepted)
            refresh();
    });
    connect(edit, &QPushButton::clicked, this, &UsersPage::editCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &UsersPage::editCurrent);
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(toggle, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    refresh();
}

void UsersPage::refresh()
{
    m_list->clear();
    auto users = Models::UserRepository(m_context.connection).list(m_context.scope);
    if (!users) {
        m_status->setText(users.error().message);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Villages and teams by name; the codes stay in the editor and the tooltip.
    QHash<QString, QString> villageNames, teamNames;
    if (auto villages = Models::AreaRepository(m_context.connection).villages(m_context.scope))
        for (const Models::Area &a : *villages)
            villageNames.insert(a.code, a.name);
    if (auto teams = Models::TeamRepository(m_context.connection).teams(m_context.scope, false))
        for (const Models::Team &t : *teams)
            teamNames.insert(t.id, t.name);
    for (const auto &u : *users) {
        QStringList villages;
        for (const QString &v : u.villages)
            villages << villageNames.value(v, v);
        const QString state = u.disabled                                         ? tr("已停用")
                              : (u.lockedUntil.isValid() && u.lockedUntil > now) ? tr("已锁定")
                                                                                 : tr("正常");
        auto *item = new QTreeWidgetItem(
            m_list, {u.username, u.displayName, Models::RoleTable::instance().displayName(u.role),
                     villages.join(QStringLiteral("、")), teamNames.value(u.team, u.team), state,
                     u.lastLoginAt.isValid()
                         ? u.lastLoginAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString()});
        item->setToolTip(3, u.villages.join(QLatin1Char(',')));
    }
    m_status->setText(tr("共 %1 个用户").arg(users->size()));
}

QString UsersPage::currentUsername() const
{
    return m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
}

void UsersPage::editCurrent()
{
    auto u = Models::UserRepository(m_context.connection)
                 .findByUsername(m_context.scope, currentUsername());
    if (!u)
        return;
    UserEditor editor(m_context, *u, this);
    if (editor.exec() == QDialog::Accepted)
        refresh();
}

void UsersPage::resetPassword()
{
    const QString name = currentUsername();
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString pw = QInputDialog::getText(this, tr("重置密码"), tr("%1 的新密码：").arg(name),
                                             QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    auto r = Models::UserRepository(m_context.connection).setPassword(m_context.scope, name, pw);
    m_status->setText(r ? tr("已重置 %1 的密码（其签名密钥将在下次登录时重新生成）").arg(name)
                        : r.error().message);
    refresh();
}

void UsersPage::toggleDisabled()
{
    Models::UserRepository users(m_context.connection);
    auto u = users.findByUsername(m_context.scope, currentUsername());
    if (!u)
        return;
    Models::User changed = *u;
    changed.disabled = !changed.disabled;
    auto r = users.update(m_context.scope, changed);
    if (!r)
        m_status->setText(r.error().message);
    refresh();
}

} // namespace Gui
