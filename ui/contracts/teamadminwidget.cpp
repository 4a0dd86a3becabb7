#include "teamadminwidget.h"

#include "arearepository.h"
#include "contractrules.h"
#include "messagebanner.h"
#include "teamrepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

TeamAdminWidget::TeamAdminWidget(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_teams = new QListWidget(this);
    m_teams->setObjectName(QStringLiteral("teamList"));
    m_name = new QLineEdit(this);
    m_institution = new QLineEdit(this);
    m_villages = new QListWidget(this);
    m_members = new QListWidget(this);
    m_message = new MessageBanner(this);
    auto *newButton = new QPushButton(tr("新建团队(&N)"), this);
    auto *saveButton = new QPushButton(tr("保存团队"), this);
    auto *addButton = new QPushButton(tr("添加成员…"), this);
    auto *retireButton = new QPushButton(tr("停用成员"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("团队名称"), m_name);
    form->addRow(tr("所属机构"), m_institution);
    form->addRow(tr("服务的村"), m_villages);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addButton);
    memberButtons->addWidget(retireButton);
    memberButtons->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(saveButton, 0, Qt::AlignLeft);
    right->addWidget(new QLabel(tr("团队成员"), this));
    right->addWidget(m_members, 1);
    right->addLayout(memberButtons);
    right->addWidget(m_message);
    auto *left = new QVBoxLayout;
    left->addWidget(m_teams, 1);
    left->addWidget(newButton);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    if (auto villages = Models::AreaRepository(context.connection).villages(context.scope))
        for (const Models::Area &a : *villages) {
            auto *item = new QListWidgetItem(a.name, m_villages);
            item->setData(Qt::UserRole, a.code);
            item->setCheckState(Qt::Unchecked);
        }
    connect(m_teams, &QListWidget::currentRowChanged, this, &TeamAdminWidget::showTeam);
    connect(newButton, &QPushButton::clicked, this, &TeamAdminWidget::newTeam);
    connect(saveButton, &QPushButton::clicked, this, &TeamAdminWidget::saveTeam);
    connect(addButton, &QPushButton::clicked, this, &TeamAdminWidget::addMember);
    connect(retireButton, &QPushButton::clicked, this, &TeamAdminWidget::retireMember);
    reload();
}

void TeamAdminWidget::showMessage(const QString &text, bool error)
{
    m_message->setLevel(error ? MessageBanner::Error : MessageBanner::Success);
    m_message->setText(text);
}

void TeamAdminWidget::reload()
{
    const QString keep = m_teamId;
    m_teams->clear();
    auto teams = Models::TeamRepository(m_context.connection).teams(m_context.scope, false);
    if (!teams)
        return showMessage(teams.error().message, true);
    for (const Models::Team &t : *teams) {
        auto *item = new QListWidgetItem(t.name, m_teams);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keep)
            m_teams->setCurrentItem(item);
    }
    if (!m_teams->currentItem() && m_teams->count() > 0)
        m_teams->setCurrentRow(0);
}

void TeamAdminWidget::showTeam()
{
    m_members->clear();
    m_teamId =
        m_teams->currentItem() ? m_teams->currentItem()->data(Qt::UserRole).toString() : QString();
    Models::Team t;
    if (!m_teamId.isEmpty())
        if (auto found =
                Models::TeamRepository(m_context.connection).findById(m_context.scope, m_teamId))
            t = *found;
    m_name->setText(t.name);
    m_institution->setText(t.institution);
    for (int i = 0; i < m_villages->count(); ++i)
        m_villages->item(i)->setCheckState(
            t.villages.contains(m_villages->item(i)->data(Qt::UserRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    const auto &rules = Models::ContractRules::get();
    for (const Models::StaffMember &m : t.members) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1（%2）%3 %4%5")
                .arg(m.name, Models::ContractRules::label(rules.roles, m.role), m.staffNo, m.phone,
                     m.active ? QString() : tr(" [已停用]")),
            m_members);
        item->setData(Qt::UserRole, m.id);
    }
}

void TeamAdminWidget::newTeam()
{
    m_teams->setCurrentRow(-1);
    m_teamId.clear();
    m_name->clear();
    m_institution->clear();
    m_members->clear();
    for (int i = 0; i < m_villages->count(); ++i)
        m_villages->item(i)->setCheckState(Qt::Unchecked);
    m_name->setFocus();
}

void TeamAdminWidget::saveTeam()
{
    Models::Team t;
    t.id = m_teamId;
    t.name = m_name->text();
    t.institution = m_institution->text();
    for (int i = 0; i < m_villages->count(); ++i)
        if (m_villages->item(i)->checkState() == Qt::Checked)
            t.villages << m_villages->item(i)->data(Qt::UserRole).toString();
    auto r = Models::TeamRepository(m_context.connection).save(m_context.scope, t);
    if (!r)
        return showMessage(r.error().message, true);
    m_teamId = r->id;
    showMessage(tr("已保存"));
    reload();
    emit teamsChanged();
}

void TeamAdminWidget::addMember()
{
    if (m_teamId.isEmpty())
        return showMessage(tr("请先保存团队"), true);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("添加团队成员"));
    auto *name = new QLineEdit(&dialog);
    auto *role = new QComboBox(&dialog);
    for (const Models::Code &c : Models::ContractRules::get().roles)
        role->addItem(c.label(), c.code);
    auto *staffNo = new QLineEdit(&dialog);
    auto *phone = new QLineEdit(&dialog);
    auto *error = new QLabel(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("姓名"), name);
    form->addRow(tr("角色"), role);
    form->addRow(tr("工号"), staffNo);
    form->addRow(tr("电话"), phone);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto r =
            Models::TeamRepository(m_context.connection)
                .saveMember(m_context.scope, Models::StaffMember{{},
                                                                 m_teamId,
                                                                 name->text(),
                                                                 role->currentData().toString(),
                                                                 staffNo->text(),
                                                                 phone->text(),
                                                                 true});
        if (!r) {
            error->setText(r.error().message);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        showTeam();
        emit teamsChanged();
    }
}

void TeamAdminWidget::retireMember()
{
    if (!m_members->currentItem())
        return;
    auto r =
        Models::TeamRepository(m_context.connection)
            .retireMember(m_context.scope, m_members->currentItem()->data(Qt::UserRole).toString());
    if (!r)
        return showMessage(r.error().message, true);
    showTeam();
    emit teamsChanged();
}

} // namespace Gui
