#include "registrationdialog.h"
#include "staffdirectory.h"

#include "formguard.h"

#include "chronicrepository.h"
#include "codetable.h"
#include "messagebanner.h"
#include "residentrepository.h"
#include "residentsearch.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Gui {

RegistrationDialog::RegistrationDialog(const Context &context, const QString &residentId,
                                       QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("慢病登记"));
    auto *form = new QFormLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setPlaceholderText(tr("姓名、拼音首字母、身份证号或档案编号"));
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("residentMatches"));
    m_matches->setMaximumHeight(140);
    form->addRow(tr("居民(&R)"), m_search);
    form->addRow(QString(), m_matches);
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("programme"));
    m_programme->addItem(Models::programmeLabel(QStringLiteral("hypertension")),
                         QStringLiteral("hypertension"));
    m_programme->addItem(Models::programmeLabel(QStringLiteral("diabetes")),
                         QStringLiteral("diabetes"));
    form->addRow(tr("疾病(&P)"), m_programme);
    m_icd = new QComboBox(this);
    m_icd->setObjectName(QStringLiteral("icd10"));
    form->addRow(tr("诊断（ICD-10）"), m_icd);
    m_diagnosed = new QDateEdit(QDate::currentDate(), this);
    m_diagnosed->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_diagnosed->setCalendarPopup(true);
    m_diagnosed->setMaximumDate(QDate::currentDate());
    form->addRow(tr("确诊日期"), m_diagnosed);
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("如：县人民医院、本院"));
    form->addRow(tr("确诊机构"), m_source);
    m_risk = new QComboBox(this);
    m_risk->addItem(QStringLiteral("—"), QString());
    m_risk->addItem(tr("低危"), QStringLiteral("low"));
    m_risk->addItem(tr("中危"), QStringLiteral("medium"));
    m_risk->addItem(tr("高危"), QStringLiteral("high"));
    m_risk->addItem(tr("很高危"), QStringLiteral("very_high"));
    form->addRow(tr("危险分层"), m_risk);
    m_doctor = new StaffPicker(m_context, Models::StaffDirectory::doctorRoles(),
                               m_context.scope.userId, this);
    m_doctor->setObjectName(QStringLiteral("responsibleDoctor"));
    form->addRow(tr("责任医生(&D)"), m_doctor);
    m_error = new MessageBanner(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("登记"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegistrationDialog::reject);
    new FormGuard(this, m_context, QStringLiteral("chronic_registration"), residentId);
    connect(m_search, &QLineEdit::textChanged, this, &RegistrationDialog::search);
    connect(m_programme, &QComboBox::currentIndexChanged, this, &RegistrationDialog::fillCodes);
    fillCodes();
    if (!residentId.isEmpty()) {
        if (auto r = Models::ResidentRepository(m_context.connection)
                         .findById(m_context.scope, residentId)) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1  %2  %3")
                    .arg(r->name, r->birthDate.toString(Qt::ISODate), r->recordNo),
                m_matches);
            item->setData(Qt::UserRole, r->id);
            m_matches->setCurrentRow(0);
            m_search->setText(r->name);
            m_matches->setCurrentRow(0);
        }
    }
    resize(520, 520);
}

void RegistrationDialog::search(const QString &text)
{
    const Models::SearchPlan plan = Models::SearchPlan::forQuery(text);
    m_matches->clear();
    if (text.trimmed().isEmpty() || !plan.hint.isEmpty())
        return;
    Models::ResidentCursor cursor(m_context.connection, plan, QString(), m_context.scope);
    for (const Models::Resident &r :
         Models::loadResidentRows(m_context.connection, cursor.next(20))) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3").arg(r.name, r.birthDate.toString(Qt::ISODate), r.recordNo),
            m_matches);
        item->setData(Qt::UserRole, r.id);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void RegistrationDialog::fillCodes()
{
    const QString family = m_programme->currentData().toString() == QLatin1String("diabetes")
                               ? QStringLiteral("E11")
                               : QStringLiteral("I10");
    m_icd->clear();
    for (const Models::Code &c : Models::CodeTable::get(QStringLiteral("chronic_icd10")).codes())
        if (c.code.startsWith(family))
            m_icd->addItem(QStringLiteral("%1 %2").arg(c.code, c.label()), c.code);
}

void RegistrationDialog::save()
{
    Models::ChronicRegistration g;
    if (QListWidgetItem *item = m_matches->currentItem())
        g.residentId = item->data(Qt::UserRole).toString();
    if (g.residentId.isEmpty()) {
        m_error->setText(tr("请先查找并选择居民"));
        m_search->setFocus();
        return;
    }
    g.programme = m_programme->currentData().toString();
    g.icd10 = m_icd->currentData().toString();
    g.diagnosedOn = m_diagnosed->date();
    g.registeredOn = QDate::currentDate();
    g.diagnosisSource = m_source->text().trimmed();
    g.riskLevel = m_risk->currentData().toString();
    g.doctorId = m_doctor->staffKey();
    auto r = Models::ChronicRepository(m_context.connection).registerResident(m_context.scope, g);
    if (!r) {
        m_error->setText(r.error().message);
        return;
    }
    m_saved = *r;
    findChild<FormGuard *>()->saved();
    accept();
}

void RegistrationDialog::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

} // namespace Gui
