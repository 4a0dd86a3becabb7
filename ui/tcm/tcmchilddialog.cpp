#include "tcmchilddialog.h"

#include "formguard.h"
#include "messagebanner.h"
#include "tcmchild.h"
#include "tcmrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

TcmChildDialog::TcmChildDialog(const Context &context, const QString &residentId,
                               const QDate &birth, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId), m_birth(birth)
{
    setObjectName(QStringLiteral("tcmChildDialog"));
    setWindowTitle(tr("儿童中医药健康管理服务记录"));
    const auto &schedule = Models::TcmChildSchedule::standard();
    auto *form = new QFormLayout(this);
    m_months = new QComboBox(this);
    m_months->setObjectName(QStringLiteral("months"));
    for (const auto &v : schedule.visits())
        m_months->addItem(tr("%1 月龄").arg(v.months), v.months);
    // The visit due today, else the last one reached.
    const QDate today = QDate::currentDate();
    int pick = 0;
    for (int i = 0; i < schedule.visits().size(); ++i)
        if (birth.isValid() && schedule.windowStart(birth, schedule.visits().at(i).months) <= today)
            pick = i;
    m_months->setCurrentIndex(pick);
    form->addRow(tr("月龄"), m_months);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    form->addRow(tr("随访日期"), m_date);
    m_technique = new QLabel(this);
    m_technique->setObjectName(QStringLiteral("technique"));
    m_technique->setWordWrap(true);
    form->addRow(tr("本月龄穴位按揉方法"), m_technique);
    auto *services = new QVBoxLayout;
    for (const auto &s : schedule.services()) {
        auto *c = new QCheckBox(s.displayLabel(), this);
        c->setObjectName(QStringLiteral("service_") + s.code);
        c->setProperty("code", s.code);
        if (s.code != QLatin1String("other"))
            c->setChecked(true);
        m_services << c;
        services->addWidget(c);
    }
    form->addRow(tr("中医药健康管理服务"), services);
    m_other = new QLineEdit(this);
    m_other->setObjectName(QStringLiteral("other"));
    m_other->setPlaceholderText(tr("选了“其他”时写明"));
    form->addRow(tr("其他"), m_other);
    m_next = new QDateEdit(this);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_next->setCalendarPopup(true);
    form->addRow(tr("下次随访日期"), m_next);
    m_error = new MessageBanner(this);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TcmChildDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TcmChildDialog::reject);
    connect(m_months, &QComboBox::currentIndexChanged, this, &TcmChildDialog::monthsChanged);
    monthsChanged();
    m_guard = new FormGuard(this, m_context, QStringLiteral("tcm_child"), m_residentId);
    m_months->setFocus();
}

void TcmChildDialog::monthsChanged()
{
    const auto &schedule = Models::TcmChildSchedule::standard();
    const int months = m_months->currentData().toInt();
    const auto *v = schedule.visit(months);
    m_technique->setText(v ? v->displayTechnique() : QString());
    // The next visit: the next month age of the schedule, when there is one.
    QDate next;
    for (const auto &x : schedule.visits())
        if (x.months > months) {
            next = schedule.windowStart(m_birth, x.months);
            break;
        }
    m_next->setMinimumDate(QDate(2000, 1, 1));
    m_next->setSpecialValueText(tr("无"));
    m_next->setDate(next.isValid() ? next : m_next->minimumDate());
}

void TcmChildDialog::save()
{
    Models::TcmChildRecord r;
    r.residentId = m_residentId;
    r.months = m_months->currentData().toInt();
    r.date = m_date->date();
    r.doctor = m_context.scope.userId;
    for (auto *c : m_services)
        if (c->isChecked())
            r.services << c->property("code").toString();
    r.otherText = m_other->text().trimmed();
    if (m_next->date() != m_next->minimumDate())
        r.nextDate = m_next->date();
    auto saved = Models::TcmRepository(m_context.connection).addChildService(m_context.scope, r);
    if (!saved) {
        m_error->showMessage(saved.error().message, MessageBanner::Error);
        const QString f = saved.error().field;
        if (f == QLatin1String("date"))
            m_date->setFocus();
        else if (f == QLatin1String("other_text"))
            m_other->setFocus();
        else if (f == QLatin1String("next_date"))
            m_next->setFocus();
        return;
    }
    m_savedId = saved->id;
    m_guard->saved();
    accept();
}

void TcmChildDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace Gui
