#include "healthformdialog.h"

#include "staffdirectory.h"

#include "formguard.h"
#include "healthrecordrepository.h"
#include "messagebanner.h"
#include "residentrepository.h"
#include "residenttitle.h"
#include "schemaform.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

HealthFormDialog::HealthFormDialog(const Context &context, const QString &residentId, Kind kind,
                                   QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId), m_kind(kind)
{
    m_form = new SchemaForm(kind == HealthCheck ? QStringLiteral("health_check_form")
                                                : QStringLiteral("basic_info_form"),
                            this);
    setWindowTitle(residentTitle(context, residentId, m_form->schema().title()));
    resize(1100, 680);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    auto *head = new QFormLayout;
    auto resident =
        Models::ResidentRepository(m_context.connection).findById(m_context.scope, residentId);
    const QString who =
        resident ? QStringLiteral("%1　%2").arg(resident->name, resident->recordNo) : QString();
    head->addRow(tr("居民"), new QLabel(who, this));
    if (kind == HealthCheck) {
        m_date = new QDateEdit(QDate::currentDate(), this);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_date->setCalendarPopup(true);
        m_date->setMaximumDate(QDate::currentDate());
        m_doctor = new StaffPicker(m_context, Models::StaffDirectory::doctorRoles(),
                                   m_context.scope.userId, this);
        m_doctor->setObjectName(QStringLiteral("checkDoctor"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_date);
        row->addWidget(new QLabel(tr("责任医生"), this));
        row->addWidget(m_doctor);
        row->addStretch();
        head->addRow(tr("体检日期"), row);
        if (resident)
            m_form->setPatient(resident->sex, resident->ageOn(QDate::currentDate()));
    } else {
        m_workUnit = new QLineEdit(this);
        m_contactName = new QLineEdit(this);
        m_contactPhone = new QLineEdit(this);
        auto *row = new QHBoxLayout;
        row->addWidget(m_workUnit, 2);
        row->addWidget(new QLabel(tr("联系人"), this));
        row->addWidget(m_contactName, 1);
        row->addWidget(new QLabel(tr("联系人电话"), this));
        row->addWidget(m_contactPhone, 1);
        head->addRow(tr("工作单位"), row);
        if (auto b = Models::HealthRecordRepository(m_context.connection)
                         .basicInfo(m_context.scope, residentId)) {
            m_workUnit->setText(b->workUnit);
            m_contactName->setText(b->contactName);
            m_contactPhone->setText(b->contactPhone);
            m_form->setValues(b->form);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存 (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(head);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &HealthFormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &HealthFormDialog::reject);
    m_guard = new FormGuard(this, context,
                            kind == HealthCheck ? QStringLiteral("health_check")
                                                : QStringLiteral("basic_info"),
                            residentId);
    confirm = [this](const QString &message) {
        return QMessageBox::question(this, tr("请确认"), message + tr("\n\n确认无误并保存？")) ==
               QMessageBox::Yes;
    };
}

void HealthFormDialog::setCorrecting(const Models::HealthCheck &old)
{
    if (m_kind != HealthCheck)
        return;
    m_supersedes = old.id;
    m_guard->setForm(QStringLiteral("health_check:") + old.id);
    setWindowTitle(residentTitle(m_context, m_residentId, tr("更正健康体检表")));
    m_banner->setLevel(MessageBanner::Warning);
    m_banner->setText(tr("更正：保存后将作为新版本记录，原记录保留可查。"));
    m_banner->show();
    m_date->setDate(old.checkDate);
    m_doctor->setStaffKey(old.doctor);
    QJsonObject form = old.form;
    form.remove(QStringLiteral("bmi")); // computed again from height and weight
    m_form->setValues(form);
}

QString HealthFormDialog::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void HealthFormDialog::save()
{
    Models::HealthRecordRepository repo(m_context.connection);
    if (m_kind == BasicInfo) {
        Models::BasicInfo b{m_residentId, m_workUnit->text(), m_contactName->text(),
                            m_contactPhone->text(), m_form->values()};
        if (auto r = repo.saveBasicInfo(m_context.scope, b); !r) {
            m_banner->setText(r.error().message);
            m_banner->show();
            return;
        }
        m_guard->saved();
        accept();
        return;
    }
    Models::HealthCheck h;
    h.residentId = m_residentId;
    h.checkDate = m_date->date();
    h.doctor = m_doctor->staffKey();
    h.form = m_form->values();
    h.supersedes = m_supersedes;
    auto r = repo.addHealthCheck(m_context.scope, h, false);
    if (!r && r.error().code == QLatin1String("check.confirm")) {
        QStringList questions;
        for (const Models::FieldCheck &c : m_form->checks())
            if (c.severity == Models::FieldCheck::Confirm)
                questions << m_form->schema().field(c.field)->label() + tr("：") + c.message;
        if (!confirm(questions.join(QLatin1Char('\n'))))
            return;
        r = repo.addHealthCheck(m_context.scope, h, true);
    }
    if (!r) {
        const Models::FormField *f = m_form->schema().field(r.error().field);
        m_banner->setLevel(MessageBanner::Error);
        m_banner->setText((f ? f->label() + tr("：") : QString()) + r.error().message);
        m_banner->show();
        if (QWidget *w = m_form->fieldWidget(r.error().field))
            w->setFocus();
        return;
    }
    m_savedId = r->id;
    m_guard->saved();
    accept();
}

void HealthFormDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace Gui
