#include "residenteditor.h"

#include "duplicates.h"
#include "formguard.h"
#include "residenttransfer.h"

#include "arearepository.h"
#include "codetable.h"
#include "idnumber.h"
#include "messagebanner.h"
#include "residentrepository.h"
#include "residentvalidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

namespace {
const QDate NoDate(1879, 12, 31); // the QDateEdit's "empty" value (shown as blank)
const QString NewHousehold = QStringLiteral("new");

void fillCodes(QComboBox *box, const QString &table)
{
    for (const Models::Code &c : Models::CodeTable::get(table).codes())
        box->addItem(c.label(), c.code);
}
} // namespace

ResidentEditor::ResidentEditor(const Context &context, const QString &residentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_isNew(residentId.isEmpty())
{
    setWindowTitle(m_isNew ? tr("新建居民") : tr("居民基本信息"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_name = new QLineEdit(this);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setMaxLength(18);
    m_idNumber->setPlaceholderText(tr("18位，末位可为X；15位旧号自动升位"));
    m_sex = new QComboBox(this);
    m_sex->addItem(QString(), QString());
    fillCodes(m_sex, QStringLiteral("sex"));
    m_birth = new QDateEdit(this);
    m_birth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birth->setCalendarPopup(true);
    m_birth->setMinimumDate(NoDate);
    m_birth->setMaximumDate(QDate::currentDate());
    m_birth->setSpecialValueText(QStringLiteral(" "));
    m_birth->setDate(NoDate);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("手机11位，或座机如 0731-84001234"));
    m_village = new QComboBox(this);
    if (auto villages = Models::AreaRepository(m_context.connection).villages(m_context.scope))
        for (const Models::Area &a : *villages)
            m_village->addItem(a.name, a.code);
    m_address = new QLineEdit(this);
    m_residenceType = new QComboBox(this);
    fillCodes(m_residenceType, QStringLiteral("residence_type"));
    m_ethnicity = new QComboBox(this);
    fillCodes(m_ethnicity, QStringLiteral("ethnicity"));
    m_household = new QComboBox(this);
    m_relation = new QComboBox(this);
    m_relation->addItem(QString(), QString());
    fillCodes(m_relation, QStringLiteral("relation"));
    m_recordNo = new QLabel(tr("保存时自动分配"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, QStringLiteral("name"), tr("姓名(&N)"), m_name);
    addField(form, QStringLiteral("id_number"), tr("身份证号(&I)"), m_idNumber);
    addField(form, QStringLiteral("sex"), tr("性别(&S)"), m_sex);
    addField(form, QStringLiteral("birth_date"), tr("出生日期(&B)"), m_birth);
    addField(form, QStringLiteral("phone"), tr("本人电话(&P)"), m_phone);
    addField(form, QStringLiteral("village_code"), tr("村（居委会）(&V)"), m_village);
    addField(form, QStringLiteral("address"), tr("现住址(&A)"), m_address);
    addField(form, QStringLiteral("residence_type"), tr("常住类型(&T)"), m_residenceType);
    addField(form, QStringLiteral("ethnicity"), tr("民族(&E)"), m_ethnicity);
    addField(form, QStringLiteral("household"), tr("家庭(&H)"), m_household);
    addField(form, QStringLiteral("relation"), tr("与户主关系(&R)"), m_relation);
    form->addRow(tr("健康档案编号"), m_recordNo);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("保存 (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResidentEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResidentEditor::reject);

    m_transfer = new QPushButton(tr("申请档案迁入(&Q)"), this);
    m_transfer->setObjectName(QStringLiteral("requestTransfer"));
    m_transfer->setToolTip(tr("请该村的医生或管理员同意把此档案迁到所选的村"));
    m_transfer->hide();
    connect(m_transfer, &QPushButton::clicked, this, &ResidentEditor::requestTransfer);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_transfer, 0, Qt::AlignLeft);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_idNumber, &QLineEdit::editingFinished, this, &ResidentEditor::idNumberEdited);
    connect(m_idNumber, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (t.size() == 18)
            idNumberEdited();
    });
    connect(m_village, &QComboBox::currentIndexChanged, this, &ResidentEditor::loadHouseholds);
    connect(m_household, &QComboBox::currentIndexChanged, this, [this] {
        const bool joining = m_household->currentData().toString() != NewHousehold;
        m_relation->setEnabled(joining);
    });

    if (!m_isNew) {
        // Opening an existing record is a read the audit screen lists.
        auto r = Models::ResidentRepository(m_context.connection)
                     .openRecord(m_context.scope, residentId);
        if (r) {
            m_original = *r;
            load(*r);
        } else {
            m_banner->setText(r.error().message);
            m_banner->show();
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        }
    } else {
        loadHouseholds();
    }
    setMinimumWidth(560);
    // Never lose input: ask before discarding, keep a draft (ui/common/formguard.h).
    new FormGuard(this, m_context,
                  m_isNew ? QStringLiteral("resident_new") : QStringLiteral("resident"),
                  residentId);
}

// QDialog's destructor hides the dialog, which ends editing of the focused line edit; by then
// this class's members are gone, so the signal must not reach idNumberEdited().
ResidentEditor::~ResidentEditor()
{
    m_idNumber->disconnect(this);
}

void ResidentEditor::addField(QFormLayout *form, const QString &field, const QString &label,
                              QWidget *widget)
{
    widget->setObjectName(field);
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(widget);
    auto *error = new MessageBanner(box);
    error->setObjectName(field + QStringLiteral("_error"));
    error->setWordWrap(true);
    error->hide();
    v->addWidget(error);
    form->addRow(label, box);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(box)))
        l->setBuddy(widget);
    m_widgets.insert(field, widget);
    m_errors.insert(field, error);
}

QString ResidentEditor::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void ResidentEditor::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    m_banner->hide();
}

void ResidentEditor::showErrors(const QList<Models::Error> &errors)
{
    clearErrors();
    QWidget *first = nullptr;
    for (const Models::Error &e : errors) {
        QLabel *l = m_errors.value(e.field);
        if (!l) {
            m_banner->setText(e.message);
            m_banner->show();
            continue;
        }
        l->setText(l->text().isEmpty() ? e.message : l->text() + QLatin1Char('\n') + e.message);
        l->show();
        if (!first)
            first = m_widgets.value(e.field);
    }
    if (first)
        first->setFocus();
}

void ResidentEditor::idNumberEdited()
{
    const QString text = m_idNumber->text().trimmed();
    QLabel *error = m_errors.value(QStringLiteral("id_number"));
    if (text.isEmpty()) {
        error->hide();
        return;
    }
    const auto info = Models::IdNumber::check(text);
    if (!info.valid) {
        error->setText(info.reason);
        error->show();
        return;
    }
    error->hide();
    if (m_birth->date() == NoDate)
        m_birth->setDate(info.birthDate);
    if (m_sex->currentData().toString().isEmpty())
        m_sex->setCurrentIndex(m_sex->findData(QString(info.sex)));
}

void ResidentEditor::requestTransfer()
{
    auto r = Models::ResidentTransferRepository(m_context.connection)
                 .request(m_context.scope, m_idNumber->text(), m_village->currentData().toString());
    m_banner->setText(r ? tr("已提交档案迁入申请。该村的医生或管理员同意后，档案会迁到%1。")
                              .arg(m_village->currentText())
                        : r.error().message);
    m_banner->show();
    if (r)
        m_transfer->hide();
}

void ResidentEditor::loadHouseholds()
{
    const QString keep = m_household->currentData().toString();
    m_household->clear();
    m_household->addItem(tr("新建家庭（本人为户主）"), NewHousehold);
    const QString village = m_village->currentData().toString();
    if (auto list =
            Models::ResidentRepository(m_context.connection).households(m_context.scope, village))
        for (const Models::Household &h : *list)
            m_household->addItem(
                tr("户主 %1 · %2 · %n人", nullptr, h.memberCount).arg(h.headName, h.address), h.id);
    const int i = m_household->findData(keep);
    m_household->setCurrentIndex(i >= 0 ? i : 0);
    m_relation->setEnabled(m_household->currentData().toString() != NewHousehold);
}

void ResidentEditor::load(const Models::Resident &r)
{
    m_name->setText(r.name);
    m_idNumber->setText(r.idNumber);
    m_sex->setCurrentIndex(m_sex->findData(QString(r.sex)));
    m_birth->setDate(r.birthDate.isValid() ? r.birthDate : NoDate);
    m_phone->setText(r.phone);
    m_village->setCurrentIndex(m_village->findData(r.villageCode));
    m_address->setText(r.address);
    m_residenceType->setCurrentIndex(m_residenceType->findData(QString::number(r.residenceType)));
    m_ethnicity->setCurrentIndex(m_ethnicity->findData(r.ethnicity));
    loadHouseholds();
    m_household->setCurrentIndex(qMax(0, m_household->findData(r.householdId)));
    m_relation->setCurrentIndex(qMax(0, m_relation->findData(r.relation)));
    m_relation->setEnabled(!r.householdId.isEmpty());
    m_recordNo->setText(r.recordNo);
}

Models::Resident ResidentEditor::collect() const
{
    Models::Resident r = m_original;
    r.name = m_name->text();
    r.idNumber = m_idNumber->text();
    const QString sex = m_sex->currentData().toString();
    r.sex = sex.isEmpty() ? QChar() : sex.at(0);
    r.birthDate = m_birth->date() == NoDate ? QDate() : m_birth->date();
    r.phone = m_phone->text();
    r.villageCode = m_village->currentData().toString();
    r.address = m_address->text();
    r.residenceType = m_residenceType->currentData().toString().toInt();
    r.ethnicity = m_ethnicity->currentData().toString();
    const QString household = m_household->currentData().toString();
    r.householdId = household == NewHousehold ? QString() : household;
    r.relation = household == NewHousehold ? QString() : m_relation->currentData().toString();
    return r;
}

void ResidentEditor::save()
{
    Models::Resident r = collect();
    const bool newHousehold = m_household->currentData().toString() == NewHousehold;
    Models::Resident check = r;
    const QList<Models::Error> errors = Models::ResidentValidator::validate(check);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    // Likely duplicates are shown before a new resident is saved; saving again goes ahead.
    if (m_isNew && !property("duplicatesShown").toBool()) {
        if (auto candidates = Models::DuplicateFinder::candidatesFor(m_context.connection,
                                                                     m_context.scope, check);
            candidates && !candidates->isEmpty()) {
            QStringList lines;
            for (const Models::DuplicatePair &p : *candidates)
                lines << tr("%1（%2，档案号 %3）：%4")
                             .arg(p.bName, p.bBirth, p.bRecordNo, p.reasons.join(tr("；")));
            m_banner->setText(
                tr("可能与已有居民重复：\n%1\n请先查看该居民；确是另一人时再按“保存”。")
                    .arg(lines.join(QLatin1Char('\n'))));
            m_banner->show();
            setProperty("duplicatesShown", true);
            return;
        }
    }
    Models::ResidentRepository repo(m_context.connection);
    auto saved = m_isNew ? repo.create(m_context.scope, r, newHousehold)
                         : repo.update(m_context.scope, r, newHousehold);
    if (!saved) {
        showErrors({saved.error()});
        m_transfer->setVisible(saved.error().code == QLatin1String("id.elsewhere"));
        if (saved.error().field.isEmpty())
            m_banner->setText(saved.error().message + tr("。您填写的内容仍在屏幕上。"));
        return;
    }
    m_saved = *saved;
    findChild<FormGuard *>()->saved();
    accept();
}

void ResidentEditor::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

} // namespace Gui
