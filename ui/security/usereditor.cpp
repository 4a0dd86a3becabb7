#include "usereditor.h"

#include "arearepository.h"
#include "messagebanner.h"
#include "roletable.h"
#include "userrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Gui {

UserEditor::UserEditor(const Context &context, const Models::User &user, QWidget *parent)
    : QDialog(parent), m_context(context), m_user(user)
{
    setWindowTitle(isNew() ? tr("新建用户") : tr("修改用户：%1").arg(user.username));
    m_username = new QLineEdit(user.username, this);
    m_username->setReadOnly(!isNew());
    m_name = new QLineEdit(user.displayName, this);
    m_role = new QComboBox(this);
    for (const auto &r : Models::RoleTable::instance().roles())
        m_role->addItem(Models::RoleTable::instance().displayName(r.id), r.id);
    m_role->setCurrentIndex(qMax(
        0, m_role->findData(user.role.isEmpty() ? QStringLiteral("family_doctor") : user.role)));
    m_villages = new QListWidget(this);
    if (auto villages = Models::AreaRepository(context.connection).villages(context.scope))
        for (const auto &v : *villages) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1  %2").arg(v.name, v.code), m_villages);
            item->setData(Qt::UserRole, v.code);
            item->setCheckState(user.villages.contains(v.code) ? Qt::Checked : Qt::Unchecked);
        }
    m_villages->setMaximumHeight(140);
    m_team = new QLineEdit(user.team, this);
    m_message = new MessageBanner(this);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    auto add = [this, form](const QString &text, QWidget *w) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        form->addRow(l, w);
    };
    add(tr("用户名(&U)"), m_username);
    add(tr("姓名(&N)"), m_name);
    add(tr("角色(&R)"), m_role);
    add(tr("负责的村(&V)"), m_villages);
    form->addRow(QString(),
                 new QLabel(tr("乡村医生只能看到勾选的村；其他角色不勾选表示全部村"), this));
    add(tr("团队(&T)"), m_team);
    if (isNew()) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        add(tr("初始密码(&P)"), m_password);
        add(tr("再次输入(&A)"), m_confirm);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void UserEditor::save()
{
    Models::User u = m_user;
    u.username = m_username->text().trimmed();
    u.displayName = m_name->text().trimmed();
    u.role = m_role->currentData().toString();
    u.team = m_team->text().trimmed();
    u.villages.clear();
    for (int i = 0; i < m_villages->count(); ++i)
        if (m_villages->item(i)->checkState() == Qt::Checked)
            u.villages << m_villages->item(i)->data(Qt::UserRole).toString();
    Models::UserRepository users(m_context.connection);
    Models::Result<Models::User> r = Models::Error{};
    if (isNew()) {
        if (m_password->text() != m_confirm->text()) {
            m_message->setText(tr("两次输入的密码不一致"));
            return;
        }
        r = users.create(m_context.scope, u, m_password->text());
    } else {
        r = users.update(m_context.scope, u);
    }
    if (!r) {
        m_message->setText(r.error().message);
        return;
    }
    accept();
}

} // namespace Gui
