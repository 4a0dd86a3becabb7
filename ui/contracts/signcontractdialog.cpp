#include "signcontractdialog.h"

#include "formguard.h"
#include "residenttitle.h"

#include "contractrepository.h"
#include "contractrules.h"
#include "keypopulation.h"
#include "messagebanner.h"
#include "packagerepository.h"
#include "residentlifecycle.h"
#include "residentrepository.h"
#include "teamrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui {

namespace {
QListWidget *checkList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setMaximumHeight(name == QLatin1String("tags") ? 170 : 110);
    return list;
}

QStringList checked(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}
} // namespace

SignContractDialog::SignContractDialog(const Context &context, const QString &residentId,
                                       bool household, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    const Models::ContractRules &rules = Models::ContractRules::get();
    const QDate today = QDate::currentDate();
    auto resident =
        Models::ResidentRepository(context.connection).findById(context.scope, residentId);
    const QString name = resident ? resident->name : QString();
    m_villageCode = resident ? resident->villageCode : QString();
    if (household && resident)
        m_householdId = resident->householdId;
    setWindowTitle(m_householdId.isEmpty() ? residentTitle(context, residentId, tr("签约"))
                                           : tr("整户签约：%1 家").arg(name));

    m_team = new QComboBox(this);
    m_doctor = new QComboBox(this);
    m_packages = checkList(this, QStringLiteral("packages"));
    m_tags = checkList(this, QStringLiteral("tags"));
    m_signedOn = new QDateEdit(today, this);
    m_start = new QDateEdit(today, this);
    for (QDateEdit *d : {m_signedOn, m_start}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_term = new QSpinBox(this);
    m_term->setRange(1, 5);
    m_term->setValue(rules.termYears);
    m_term->setSuffix(tr(" 年"));
    m_channel = new QComboBox(this);
    for (const Models::Code &c : rules.channels)
        m_channel->addItem(c.label(), c.code);
    m_paper = new QCheckBox(tr("纸质协议已由双方签字"), this);
    m_error = new MessageBanner(this);
    m_error->setObjectName(QStringLiteral("signError"));
    m_error->setWordWrap(true);
    m_error->hide();

    if (auto packages = Models::PackageRepository(context.connection).active(context.scope))
        for (const Models::Package &p : *packages) {
            auto *item = new QListWidgetItem(
                tr("%1（%2 元/年）").arg(p.name).arg(double(p.feeFen) / 100.0, 0, 'f', 2),
                m_packages);
            item->setData(Qt::UserRole, p.id);
            item->setCheckState(p.kind == QLatin1String("basic") ? Qt::Checked : Qt::Unchecked);
        }
    QStringList suggested;
    if (auto s =
            Models::KeyPopulation(context.connection).suggest(context.scope, residentId, today))
        suggested = *s;
    for (const Models::KeyPopulationRule &k : rules.keyPopulations) {
        const bool on = suggested.contains(k.code);
        auto *item = new QListWidgetItem(on ? tr("%1（建议）").arg(k.label()) : k.label(), m_tags);
        item->setData(Qt::UserRole, k.code);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("签约团队(&T)"), m_team);
    form->addRow(tr("签约医生(&D)"), m_doctor);
    form->addRow(tr("服务包(&P)"), m_packages);
    if (!m_householdId.isEmpty()) {
        m_members = checkList(this, QStringLiteral("members"));
        m_representative = new QComboBox(this);
        if (auto members = Models::ResidentRepository(context.connection)
                               .members(context.scope, m_householdId))
            for (const Models::Resident &m : *members) {
                if (!m.isActive()) { // died, moved away, record closed: shown, never signed
                    auto *gone = new QListWidgetItem(
                        tr("%1（%2）").arg(m.name, Models::lifeStatusText(m)), m_members);
                    gone->setFlags(Qt::NoItemFlags);
                    continue;
                }
                // Members already covered today are shown but not ticked (signing them would fail).
                bool covered = false;
                if (auto cs = Models::ContractRepository(context.connection)
                                  .forResident(context.scope, m.id))
                    for (const Models::Contract &c : *cs)
                        covered = covered || c.covers(today);
                auto *item = new QListWidgetItem(covered ? tr("%1（已签约）").arg(m.name) : m.name,
                                                 m_members);
                item->setData(Qt::UserRole, m.id);
                item->setCheckState(covered ? Qt::Unchecked : Qt::Checked);
                m_representative->addItem(m.name, m.id);
            }
        m_representative->setCurrentIndex(qMax(0, m_representative->findData(residentId)));
        form->addRow(tr("签约成员(&M)"), m_members);
        form->addRow(tr("家庭代表(&R)"), m_representative);
        m_tags->hide();
        form->addRow(tr("人群标签"),
                     new QLabel(tr("按每位成员的年龄、慢病登记和人群登记自动确定"), this));
        m_fields.insert(QStringLiteral("members"), m_members);
    } else {
        form->addRow(tr("人群标签(&G)"), m_tags);
    }
    form->addRow(tr("签约日期(&S)"), m_signedOn);
    form->addRow(tr("开始日期"), m_start);
    form->addRow(tr("签约期限"), m_term);
    form->addRow(tr("签约方式(&C)"), m_channel);
    form->addRow(QString(), m_paper);
    m_fields = {{QStringLiteral("team"), m_team},          {QStringLiteral("doctor"), m_doctor},
                {QStringLiteral("packages"), m_packages},  {QStringLiteral("tags"), m_tags},
                {QStringLiteral("signed_on"), m_signedOn}, {QStringLiteral("start_date"), m_start},
                {QStringLiteral("term"), m_term},          {QStringLiteral("channel"), m_channel}};
    if (m_members)
        m_fields.insert(QStringLiteral("members"), m_members);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("签约"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignContractDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignContractDialog::reject);
    new FormGuard(this, m_context,
                  m_householdId.isEmpty() ? QStringLiteral("contract")
                                          : QStringLiteral("contract_household"),
                  residentId);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_team, &QComboBox::currentIndexChanged, this, &SignContractDialog::loadDoctors);
    connect(m_signedOn, &QDateEdit::dateChanged, this,
            [this](const QDate &d) { m_start->setDate(d); });
    loadTeams();
    m_team->setFocus();
}

void SignContractDialog::loadTeams()
{
    m_team->clear();
    auto teams = Models::TeamRepository(m_context.connection).teams(m_context.scope, false);
    if (!teams)
        return;
    // Teams serving the resident's village first.
    for (int pass = 0; pass < 2; ++pass)
        for (const Models::Team &t : *teams)
            if (t.active && (t.villages.contains(m_villageCode) == (pass == 0)))
                m_team->addItem(pass == 0 ? t.name : tr("%1（非本村团队）").arg(t.name), t.id);
    loadDoctors();
}

void SignContractDialog::loadDoctors()
{
    m_doctor->clear();
    auto team = Models::TeamRepository(m_context.connection)
                    .findById(m_context.scope, m_team->currentData().toString());
    if (!team)
        return;
    const Models::ContractRules &rules = Models::ContractRules::get();
    for (const Models::StaffMember &m : team->members)
        if (m.active && rules.doctorRoles.contains(m.role))
            m_doctor->addItem(QStringLiteral("%1（%2）")
                                  .arg(m.name, Models::ContractRules::label(rules.roles, m.role)),
                              m.id);
}

QWidget *SignContractDialog::fieldWidget(const QString &field) const
{
    return m_fields.value(field);
}

QString SignContractDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignContractDialog::showError(const QString &field, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    if (QWidget *w = m_fields.value(field))
        w->setFocus();
}

void SignContractDialog::save()
{
    Models::SignRequest r;
    r.residentId = m_residentId;
    r.teamId = m_team->currentData().toString();
    r.doctorId = m_doctor->currentData().toString();
    r.packageIds = checked(m_packages);
    r.tags = checked(m_tags);
    r.signedOn = m_signedOn->date();
    r.startDate = m_start->date();
    r.termYears = m_term->value();
    r.channel = m_channel->currentData().toString();
    r.paperSigned = m_paper->isChecked();
    Models::ContractRepository repo(m_context.connection);
    if (m_householdId.isEmpty()) {
        auto c = repo.sign(m_context.scope, r);
        if (!c)
            return showError(c.error().field, c.error().message);
        m_signed = {*c};
    } else {
        const QStringList members = checked(m_members);
        if (members.isEmpty())
            return showError(QStringLiteral("members"), tr("请至少选择一位家庭成员"));
        auto all = repo.signHousehold(m_context.scope, m_householdId,
                                      m_representative->currentData().toString(), r, members);
        if (!all)
            return showError(all.error().field, all.error().message);
        m_signed = *all;
    }
    findChild<FormGuard *>()->saved();
    accept();
}

void SignContractDialog::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

} // namespace Gui
