#include "referraldialog.h"

#include "formguard.h"
#include "messagebanner.h"
#include "residenttitle.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Gui {

namespace {
QPlainTextEdit *textBox(QWidget *parent, const QString &objectName)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(objectName);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 12);
    return e;
}
} // namespace

ReferralDialog::ReferralDialog(const Context &context, const Models::Referral &draft,
                               QWidget *parent)
    : QDialog(parent), m_context(context), m_draft(draft)
{
    setWindowTitle(residentTitle(m_context, draft.residentId, tr("双向转诊（转出）")));
    auto *form = new QFormLayout(this);
    m_institution = new QLineEdit(this);
    m_institution->setObjectName(QStringLiteral("to_institution"));
    m_institution->setPlaceholderText(tr("如：县人民医院"));
    m_institution->setText(draft.toInstitution);
    form->addRow(tr("接收机构(&I)"), m_institution);
    m_department = new QLineEdit(this);
    m_department->setObjectName(QStringLiteral("to_department"));
    form->addRow(tr("科室(&D)"), m_department);
    m_doctor = new QLineEdit(this);
    m_doctor->setObjectName(QStringLiteral("to_doctor"));
    form->addRow(tr("接诊医生"), m_doctor);
    m_impression = textBox(this, QStringLiteral("impression"));
    form->addRow(tr("初步印象(&M)"), m_impression);
    m_reason = textBox(this, QStringLiteral("reason"));
    m_reason->setPlainText(draft.reason);
    form->addRow(tr("主要现病史（转出原因）(&R)"), m_reason);
    m_past = textBox(this, QStringLiteral("past_history"));
    form->addRow(tr("主要既往史"), m_past);
    m_treatment = textBox(this, QStringLiteral("treatment"));
    form->addRow(tr("治疗经过"), m_treatment);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    form->addRow(tr("联系电话"), m_phone);
    m_sent = new QDateEdit(draft.sentOn.isValid() ? draft.sentOn : QDate::currentDate(), this);
    m_sent->setObjectName(QStringLiteral("sent_on"));
    m_sent->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_sent->setCalendarPopup(true);
    form->addRow(tr("转出日期"), m_sent);
    m_error = new MessageBanner(this);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存转诊单"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);
    new FormGuard(this, m_context, QStringLiteral("referral"), draft.residentId);
    resize(620, 600);
}

bool ReferralDialog::startFrom(const Context &context, const QString &residentId,
                               const QString &sourceKind, const QString &sourceId,
                               const QString &reason, QWidget *parent, const QString &institution)
{
    auto draft = Models::ReferralRepository(context.connection)
                     .draft(context.scope, residentId, sourceKind, sourceId, reason);
    if (!draft) {
        QMessageBox::warning(parent, tr("双向转诊"), draft.error().message);
        return false;
    }
    draft.value().toInstitution = institution;
    ReferralDialog d(context, *draft, parent);
    return d.exec() == QDialog::Accepted;
}

void ReferralDialog::save()
{
    Models::Referral r = m_draft;
    r.toInstitution = m_institution->text().trimmed();
    r.toDepartment = m_department->text().trimmed();
    r.toDoctor = m_doctor->text().trimmed();
    r.impression = m_impression->toPlainText().trimmed();
    r.reason = m_reason->toPlainText().trimmed();
    r.pastHistory = m_past->toPlainText().trimmed();
    r.treatment = m_treatment->toPlainText().trimmed();
    r.phone = m_phone->text().trimmed();
    r.sentOn = m_sent->date();
    auto saved = Models::ReferralRepository(m_context.connection).create(m_context.scope, r);
    if (!saved) {
        m_error->setText(saved.error().message);
        if (QWidget *w = findChild<QWidget *>(saved.error().field))
            w->setFocus();
        return;
    }
    m_saved = *saved;
    findChild<FormGuard *>()->saved();
    QDialog::accept();
}

void ReferralDialog::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

} // namespace Gui
