#include "encounterdialog.h"

#include "healthrecordrepository.h"
#include "icd10.h"
#include "messagebanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

EncounterDialog::EncounterDialog(const Context &context, const QString &residentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setWindowTitle(tr("接诊记录"));
    resize(980, 660);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_type = new QComboBox(this);
    m_type->addItem(tr("门诊"), QStringLiteral("clinic"));
    m_type->addItem(tr("出诊"), QStringLiteral("home"));
    m_type->addItem(tr("电话"), QStringLiteral("phone"));
    auto text = [this](const QString &name, int height) {
        auto *e = new QPlainTextEdit(this);
        e->setObjectName(name);
        e->setTabChangesFocus(true);
        e->setMaximumHeight(height);
        return e;
    };
    m_subjective = text(QStringLiteral("subjective"), 70);
    m_objective = text(QStringLiteral("objective"), 70);
    m_assessment = text(QStringLiteral("assessment"), 50);
    m_plan = text(QStringLiteral("plan"), 50);
    m_prescriptions = text(QStringLiteral("prescriptions"), 70);
    m_prescriptions->setPlaceholderText(tr("每行一种药：药名 规格 用法 用量 天数"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("diagnosisSearch"));
    m_search->setPlaceholderText(
        tr("诊断：输入编码、名称或拼音首字母（如 I10、高血压、gxy），回车添加"));
    m_matches = new QListWidget(this);
    m_matches->setMaximumHeight(90);
    m_diagnoses = new QListWidget(this);
    m_diagnoses->setObjectName(QStringLiteral("diagnoses"));
    m_diagnoses->setMaximumHeight(70);
    m_diagnoses->setToolTip(tr("Delete 键删除选中的诊断"));
    m_referralTo = new QLineEdit(this);
    m_referralReason = new QLineEdit(this);

    auto *form = new QFormLayout;
    auto *top = new QHBoxLayout;
    top->addWidget(m_date);
    top->addWidget(m_type);
    top->addStretch();
    form->addRow(tr("接诊日期/方式"), top);
    form->addRow(tr("主诉与现病史（S）"), m_subjective);
    form->addRow(tr("查体与检查（O）"), m_objective);
    form->addRow(tr("评估（A）"), m_assessment);
    form->addRow(tr("诊断（ICD-10）"), m_search);
    form->addRow(QString(), m_matches);
    form->addRow(tr("已选诊断"), m_diagnoses);
    form->addRow(tr("处置计划（P）"), m_plan);
    form->addRow(tr("处方"), m_prescriptions);
    auto *ref = new QHBoxLayout;
    ref->addWidget(m_referralTo);
    ref->addWidget(new QLabel(tr("原因"), this));
    ref->addWidget(m_referralReason, 1);
    form->addRow(tr("转诊至"), ref);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存 (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EncounterDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &EncounterDialog::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_matches->count() > 0)
            addDiagnosis((m_matches->currentItem() ? m_matches->currentItem() : m_matches->item(0))
                             ->data(Qt::UserRole)
                             .toString());
    });
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *i) { addDiagnosis(i->data(Qt::UserRole).toString()); });
    auto *del = new QAction(m_diagnoses);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_diagnoses->addAction(del);
    connect(del, &QAction::triggered, this, [this] { delete m_diagnoses->currentItem(); });
    m_subjective->setFocus();
}

void EncounterDialog::searchChanged(const QString &text)
{
    m_matches->clear();
    for (const Models::IcdCode &c : Models::Icd10::get().search(text, 20)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(c.code, c.name), m_matches);
        item->setData(Qt::UserRole, c.code);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void EncounterDialog::addDiagnosis(const QString &code)
{
    const Models::IcdCode *c = Models::Icd10::get().find(code);
    if (!c)
        return;
    for (int i = 0; i < m_diagnoses->count(); ++i)
        if (m_diagnoses->item(i)->data(Qt::UserRole).toString() == c->code)
            return;
    auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(c->code, c->name), m_diagnoses);
    item->setData(Qt::UserRole, c->code);
    m_search->clear();
}

void EncounterDialog::setCorrecting(const Models::Encounter &old)
{
    m_supersedes = old.id;
    setWindowTitle(tr("更正接诊记录"));
    m_banner->setLevel(MessageBanner::Warning);
    m_banner->setText(tr("更正：保存后将作为新版本记录，原记录保留可查。"));
    m_banner->show();
    m_date->setDate(old.visitDate);
    m_type->setCurrentIndex(qMax(0, m_type->findData(old.visitType)));
    m_subjective->setPlainText(old.subjective);
    m_objective->setPlainText(old.objective);
    m_assessment->setPlainText(old.assessment);
    m_diagnoses->clear();
    for (const Models::Diagnosis &d : old.diagnoses) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(d.code, d.name), m_diagnoses);
        item->setData(Qt::UserRole, d.code);
    }
    m_plan->setPlainText(old.plan);
    m_prescriptions->setPlainText(old.prescriptions);
    m_referralTo->setText(old.referralTo);
    m_referralReason->setText(old.referralReason);
}

Models::Encounter EncounterDialog::collect() const
{
    Models::Encounter e;
    e.residentId = m_residentId;
    e.visitDate = m_date->date();
    e.visitType = m_type->currentData().toString();
    e.subjective = m_subjective->toPlainText().trimmed();
    e.objective = m_objective->toPlainText().trimmed();
    e.assessment = m_assessment->toPlainText().trimmed();
    for (int i = 0; i < m_diagnoses->count(); ++i)
        if (const auto *c =
                Models::Icd10::get().find(m_diagnoses->item(i)->data(Qt::UserRole).toString()))
            e.diagnoses << Models::Icd10::get().diagnosis(*c);
    e.plan = m_plan->toPlainText().trimmed();
    e.prescriptions = m_prescriptions->toPlainText().trimmed();
    e.referralTo = m_referralTo->text().trimmed();
    e.referralReason = m_referralReason->text().trimmed();
    e.doctor = m_context.scope.userId;
    e.supersedes = m_supersedes;
    return e;
}

QString EncounterDialog::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void EncounterDialog::save()
{
    auto r = Models::HealthRecordRepository(m_context.connection)
                 .addEncounter(m_context.scope, collect());
    if (!r) {
        m_banner->setLevel(MessageBanner::Error);
        m_banner->setText(r.error().message);
        m_banner->show();
        return;
    }
    m_saved = *r;
    accept();
}

} // namespace Gui
