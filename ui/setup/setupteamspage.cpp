#include "setupteamspage.h"

#include "entrytable.h"
#include "pinyin.h"
#include "roletable.h"
#include "securitypolicy.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Gui {

namespace {
enum Column { Name, Username, Role, Password };

// The roles a setup file gives team members, named as the role table names them.
EntryTable::Choices memberRoles()
{
    EntryTable::Choices out;
    for (const char *key : {"doctor", "village_worker", "nurse", "public_health"}) {
        QString user, staff;
        Models::ClinicSetupFile::memberRole(QString::fromLatin1(key), &user, &staff);
        out.append({QString::fromLatin1(key), Models::RoleTable::instance().displayName(user)});
    }
    return out;
}
} // namespace

TeamsPage::TeamsPage(QWidget *parent) : SetupPage({QStringLiteral("teams")}, parent)
{
    setTitle(tr("家庭医生团队"));
    setSubTitle(tr("每个团队负责哪些村，团队里有哪些家庭医生和乡村医生。"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("teamList"));
    m_list->setMaximumWidth(220);
    auto *listLabel = new QLabel(tr("团队(&T)"), this);
    listLabel->setBuddy(m_list);
    auto *add = new QPushButton(tr("新增团队(&A)"), this);
    add->setObjectName(QStringLiteral("addTeam"));
    auto *remove = new QPushButton(tr("删除团队(&R)"), this);
    remove->setObjectName(QStringLiteral("removeTeam"));
    connect(add, &QPushButton::clicked, this, [this] {
        addTeam();
        m_teams.last().name->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeTeam(m_list->currentRow()); });
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);

    m_stack = new QStackedWidget(this);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto *row = new QHBoxLayout;
    row->addLayout(left);
    row->addWidget(m_stack, 1);
    body()->addLayout(row, 1);
    body()->addWidget(hint(tr("每位成员都会得到一个登录账户；乡村医生只能看到本团队负责的村。用户名"
                              "按姓名拼音自动填写，初始密码自动生成，都可以修改；请把用户名和初始密"
                              "码告诉本人，首次登录后修改密码。团队以后可在“签约”中增减。")));
}

void TeamsPage::addTeam(const QString &name)
{
    Team t;
    t.page = new QWidget(m_stack);
    t.name = new QLineEdit(name, t.page);
    t.name->setObjectName(QStringLiteral("teamName"));
    t.villages = new QListWidget(t.page);
    t.villages->setObjectName(QStringLiteral("teamVillages"));
    t.villages->setMaximumHeight(t.villages->fontMetrics().height() * 6 + 12);
    t.members = new EntryTable({tr("姓名"), tr("用户名"), tr("角色"), tr("初始密码")}, t.page);
    t.members->setObjectName(QStringLiteral("teamMembers"));
    t.members->setChoices(Role, memberRoles());
    const int digit = t.members->fontMetrics().horizontalAdvance(QStringLiteral("0"));
    t.members->horizontalHeader()->resizeSection(Name, digit * 10 + 24);
    t.members->horizontalHeader()->resizeSection(Username, digit * 13 + 24);
    t.members->horizontalHeader()->resizeSection(Role, digit * 10 + 36);
    EntryTable *members = t.members;
    connect(members, &EntryTable::cellEdited, this,
            [this, members](int r, int c) { memberEdited(members, r, c); });
    auto *removeMember = new QPushButton(tr("删除成员(&D)"), t.page);
    removeMember->setObjectName(QStringLiteral("removeMember"));
    connect(removeMember, &QPushButton::clicked, this, [members] {
        members->removeRowAt(members->currentRow());
        members->setFocus();
    });

    auto *nameLabel = new QLabel(tr("团队名称(&M)"), t.page);
    nameLabel->setBuddy(t.name);
    auto *villagesLabel = new QLabel(tr("负责的村(&V)"), t.page);
    villagesLabel->setBuddy(t.villages);
    auto *membersLabel = new QLabel(tr("成员(&E)"), t.page);
    membersLabel->setBuddy(t.members);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(nameLabel, t.name);
    form->addRow(villagesLabel, t.villages);
    auto *membersHead = new QHBoxLayout;
    membersHead->addWidget(membersLabel);
    membersHead->addStretch();
    membersHead->addWidget(removeMember);
    auto *layout = new QVBoxLayout(t.page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(membersHead);
    layout->addWidget(t.members, 1);

    auto *item = new QListWidgetItem(name.isEmpty() ? tr("（未命名团队）") : name, m_list);
    connect(t.name, &QLineEdit::textChanged, this, [this, item](const QString &text) {
        item->setText(text.trimmed().isEmpty() ? tr("（未命名团队）") : text.trimmed());
    });
    m_stack->addWidget(t.page);
    m_teams.append(t);
    fillVillages(t, m_teams.size() == 1 ? QStringList() : QStringList{QString()});
    select(int(m_teams.size()) - 1);
}

void TeamsPage::removeTeam(int team)
{
    if (team < 0 || team >= m_teams.size())
        return;
    const Team t = m_teams.takeAt(team);
    delete m_list->takeItem(team);
    m_stack->removeWidget(t.page);
    t.page->deleteLater();
    if (!m_teams.isEmpty())
        select(qMin(team, int(m_teams.size()) - 1));
    m_list->setFocus();
}

void TeamsPage::select(int team)
{
    m_list->setCurrentRow(team);
    m_stack->setCurrentIndex(team);
}

// `checked` empty: every village (a single team serves the whole township).
void TeamsPage::fillVillages(const Team &team, const QStringList &checked)
{
    team.villages->clear();
    for (const auto &[code, name] : std::as_const(m_villages)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(name, code), team.villages);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.isEmpty() || checked.contains(code) ? Qt::Checked
                                                                        : Qt::Unchecked);
    }
    if (team.villages->count() > 0)
        team.villages->setCurrentRow(0);
}

void TeamsPage::setAreas(const QString &townshipCode, const QString &townshipName,
                         const QList<std::pair<QString, QString>> &villages)
{
    QSet<QString> before;
    for (const auto &v : std::as_const(m_villages))
        before.insert(v.first);
    m_township = townshipCode;
    m_townshipName = townshipName;
    m_villages = villages;
    if (!m_seeded) {
        m_seeded = true;
        addTeam(tr("%1家庭医生团队").arg(townshipName));
        return;
    }
    for (const Team &t : std::as_const(m_teams)) {
        QStringList checked{QString()}; // never empty: keep what was chosen
        for (int i = 0; i < t.villages->count(); ++i)
            if (t.villages->item(i)->checkState() == Qt::Checked)
                checked << t.villages->item(i)->data(Qt::UserRole).toString();
        // A village added since goes to the team when there is only one.
        if (m_teams.size() == 1)
            for (const auto &v : villages)
                if (!before.contains(v.first))
                    checked << v.first;
        fillVillages(t, checked);
    }
}

QString TeamsPage::makePassword()
{
    static const QString letters = QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    const QString all = letters + digits;
    auto *random = QRandomGenerator::system();
    for (;;) {
        QString p;
        for (int i = 0; i < 10; ++i)
            p += all.at(int(random->bounded(all.size())));
        if (Models::SecurityPolicy::defaults().checkPassword({}, p).isEmpty())
            return p;
    }
}

QString TeamsPage::freeUsername(const QString &wanted, const EntryTable *table, int row) const
{
    QSet<QString> taken{QStringLiteral("admin")};
    for (const Team &t : m_teams)
        for (int r : t.members->filledRows())
            if (t.members != table || r != row)
                taken.insert(t.members->text(r, Username));
    QString name = wanted;
    for (int n = 2; taken.contains(name); ++n)
        name = wanted + QString::number(n);
    return name;
}

// A name typed in: its user name from the pinyin, family doctor, a first password.
void TeamsPage::memberEdited(EntryTable *table, int row, int column)
{
    if (column != Name || table->text(row, Name).isEmpty())
        return;
    if (table->text(row, Username).isEmpty()) {
        QString login = Models::Pinyin::fullVariants(table->text(row, Name), 1).value(0);
        login.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
        if (login.size() >= 2)
            table->setText(row, Username, freeUsername(login.left(30), table, row));
    }
    if (table->text(row, Role).isEmpty())
        table->setText(row, Role, QStringLiteral("doctor"));
    if (table->text(row, Password).isEmpty())
        table->setText(row, Password, makePassword());
}

void TeamsPage::contribute(QJsonObject &root, bool forFile) const
{
    QJsonArray teams;
    for (const Team &t : m_teams) {
        QJsonArray villages;
        for (int i = 0; i < t.villages->count(); ++i)
            if (t.villages->item(i)->checkState() == Qt::Checked)
                villages.append(t.villages->item(i)->data(Qt::UserRole).toString());
        QJsonArray members;
        for (int r : t.members->filledRows()) {
            QJsonObject m{{QStringLiteral("name"), t.members->text(r, Name)},
                          {QStringLiteral("username"), t.members->text(r, Username)},
                          {QStringLiteral("role"), t.members->text(r, Role)}};
            if (forFile)
                m.insert(QStringLiteral("password_file"),
                         t.members->text(r, Username) + QStringLiteral(".password"));
            else
                m.insert(QStringLiteral("password"), t.members->text(r, Password));
            members.append(m);
        }
        QJsonObject team{{QStringLiteral("name"), t.name->text().trimmed()},
                         {QStringLiteral("villages"), villages},
                         {QStringLiteral("members"), members}};
        if (!m_township.isEmpty())
            team.insert(QStringLiteral("township"), m_township);
        teams.append(team);
    }
    root.insert(QStringLiteral("teams"), teams);
}

QVector<Models::SetupProblem> TeamsPage::ownProblems() const
{
    QVector<Models::SetupProblem> out;
    for (int i = 0; i < m_teams.size(); ++i) {
        bool any = false;
        for (int v = 0; v < m_teams.at(i).villages->count(); ++v)
            any = any || m_teams.at(i).villages->item(v)->checkState() == Qt::Checked;
        if (!any)
            out.append({QStringLiteral("teams[%1].villages").arg(i), tr("请勾选团队负责的村")});
    }
    return out;
}

QString TeamsPage::place(const Models::SetupProblem &p, bool focus)
{
    const int i = indexAfter(p.where, QStringLiteral("teams"));
    if (i < 0 || i >= m_teams.size())
        return {};
    const Team &t = m_teams.at(i);
    const QString team =
        t.name->text().trimmed().isEmpty() ? tr("团队 %1").arg(i + 1) : t.name->text().trimmed();
    if (focus)
        select(i);
    const QString members = QStringLiteral("teams[%1].members").arg(i);
    if (const int j = indexAfter(p.where, members); j >= 0) {
        const int row = t.members->filledRows().value(j, -1);
        const QString key = leaf(p.where);
        const int column = key == QLatin1String("name")       ? Name
                           : key == QLatin1String("username") ? Username
                           : key == QLatin1String("role")     ? Role
                                                              : Password;
        if (row < 0)
            return team;
        t.members->markCell(row, column, p.reason);
        if (focus) {
            t.members->setFocus();
            t.members->setCurrentCell(row, column);
        }
        return tr("%1 第 %2 行%3")
            .arg(team)
            .arg(row + 1)
            .arg(t.members->horizontalHeaderItem(column)->text());
    }
    QWidget *field = p.where.startsWith(QStringLiteral("teams[%1].villages").arg(i))
                         ? static_cast<QWidget *>(t.villages)
                         : t.name;
    mark(field, true, p.reason);
    if (focus)
        field->setFocus();
    return field == t.name ? tr("%1 名称").arg(team) : tr("%1 负责的村").arg(team);
}

void TeamsPage::clearMarks()
{
    for (const Team &t : std::as_const(m_teams)) {
        mark(t.name, false);
        mark(t.villages, false);
        t.members->clearMarks();
    }
}

} // namespace Gui
