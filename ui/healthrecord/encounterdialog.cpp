#include "encounterdialog.h"

#include "ask.h"
#include "chronicrepository.h"
#include "formguard.h"
#include "healthrecordrepository.h"
#include "icd10.h"
#include "messagebanner.h"
#include "referraldialog.h"
#include "residentrepository.h"
#include "residenttitle.h"
#include "vitalsignsedit.h"

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
    const auto resident =
        Models::ResidentRepository(context.connection).findById(context.scope, residentId);
    if (resident)
        m_resident = *resident;
    setWindowTitle(residentTitle(m_resident, tr("接诊记录")));
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
    m_vitals = new VitalSignsEdit(this);
    m_objective = text(QStringLiteral("objective"), 60);
    m_assessment = text(QStringLiteral("assessment"), 50);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("diagnosisSearch"));
    m_search->setPlaceholderText(tr("诊断：输入编码、名称或拼音首字母（如 I10、高血压、gxy），"
                                    "↑↓ 选择，回车添加"));
    m_search->installEventFilter(this);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("suggestions"));
    m_matches->setProperty("jiayiDraft", false); // follows the search text
    m_matches->setFocusPolicy(Qt::ClickFocus);
    m_matches->setMaximumHeight(90);
    m_diagnoses = new QListWidget(this);
    m_diagnoses->setObjectName(QStringLiteral("diagnoses"));
    m_diagnoses->setMaximumHeight(70);
    m_diagnoses->setToolTip(tr("Delete 键删除选中的诊断"));
    m_plan = text(QStringLiteral("plan"), 50);
    m_prescriptions = text(QStringLiteral("prescriptions"), 70);
    m_prescriptions->setPlaceholderText(tr("每行一种药：药名 规格 用法 用量 天数"));
    m_referralTo = new QLineEdit(this);
    m_referralTo->setObjectName(QStringLiteral("referralTo"));
    m_referralReason = new QLineEdit(this);
    m_referralReason->setObjectName(QStringLiteral("referralReason"));

    auto *form = new QFormLayout;
    auto *top = new QHBoxLayout;
    top->addWidget(m_date);
    top->addWidget(m_type);
    top->addStretch();
    form->addRow(tr("接诊日期/方式"), top);
    form->addRow(tr("主诉与现病史（S）"), m_subjective);
    form->addRow(tr("生命体征"), m_vitals);
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
    // Enter never saves: no button is the default one.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *p = qobject_cast<QPushButton *>(b)) {
            p->setAutoDefault(false);
            p->setDefault(false);
        }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    // Tab follows the paper: S, vital signs, O, A, then the diagnosis, then P.
    QList<QWidget *> order{m_date, m_type, m_subjective};
    for (QLineEdit *e : m_vitals->fields())
        order << e;
    order << m_objective << m_assessment << m_search << m_diagnoses << m_plan << m_prescriptions
          << m_referralTo << m_referralReason;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(buttons, &QDialogButtonBox::accepted, this, &EncounterDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &EncounterDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &EncounterDialog::searchChanged);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *i) { addDiagnosis(i->data(Qt::UserRole).toString()); });
    auto *del = new QAction(m_diagnoses);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_diagnoses->addAction(del);
    connect(del, &QAction::triggered, this, [this] { delete m_diagnoses->currentItem(); });

    if (auto regs = Models::ChronicRepository(context.connection)
                        .registrationsOf(context.scope, residentId))
        for (const Models::ChronicRegistration &r : *regs)
            if (!r.closedOn.isValid() && !r.icd10.isEmpty())
                m_chronicCodes << r.icd10.left(3);
    if (resident)
        m_vitals->setPatient(m_resident.sex, m_resident.ageOn(QDate::currentDate()));
    m_guard = new FormGuard(this, context, QStringLiteral("encounter"), residentId);
    m_subjective->setFocus();
}

bool EncounterDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Only adds the highlighted suggestion; the encounter is saved with Ctrl+S.
            if (QListWidgetItem *item = m_matches->currentItem())
                addDiagnosis(item->data(Qt::UserRole).toString());
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_matches->count() > 0) {
            const int row = m_matches->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            m_matches->setCurrentRow(qBound(0, row, m_matches->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EncounterDialog::searchChanged(const QString &text)
{
    m_matches->clear();
    for (const Models::IcdCode &c : Models::Icd10::get().search(text, 20, m_chronicCodes)) {
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
    m_guard->setForm(QStringLiteral("encounter:") + old.id);
    setWindowTitle(residentTitle(m_resident, tr("更正接诊记录")));
    m_banner->setLevel(MessageBanner::Warning);
    m_banner->setText(tr("更正：保存后将作为新版本记录，原记录保留可查。"));
    m_banner->show();
    m_date->setDate(old.visitDate);
    m_type->setCurrentIndex(qMax(0, m_type->findData(old.visitType)));
    m_subjective->setPlainText(old.subjective);
    m_vitals->setValues(old.vitals);
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
    e.vitals = m_vitals->values();
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

void EncounterDialog::showError(const QString &message)
{
    m_banner->setLevel(MessageBanner::Error);
    m_banner->setText(message);
    m_banner->show();
}

void EncounterDialog::save()
{
    QStringList implausible;
    for (const Models::FieldCheck &c : m_vitals->checks()) {
        if (c.blocks()) {
            showError(c.message);
            m_vitals->field(c.field)->setFocus();
            return;
        }
        if (c.severity == Models::FieldCheck::Confirm)
            implausible << c.message;
    }
    const Models::Encounter e = collect();
    if (e.subjective.isEmpty() && e.objective.isEmpty() && e.assessment.isEmpty() &&
        !ask(this, tr("保存接诊记录"), tr("主诉（S）、查体（O）和评估（A）都是空的。仍要保存吗？"),
             tr("仍然保存"), tr("返回填写"), false)) {
        m_subjective->setFocus();
        return;
    }
    if (!implausible.isEmpty() && !ask(this, tr("确认生命体征"),
                                       tr("以下数值超出常见范围，请核对：\n%1\n确认无误并保存吗？")
                                           .arg(implausible.join(QLatin1Char('\n'))),
                                       tr("确认并保存"), tr("返回修改"), false))
        return;
    auto r = Models::HealthRecordRepository(m_context.connection).addEncounter(m_context.scope, e);
    if (!r) {
        showError(r.error().message);
        return;
    }
    m_saved = *r;
    m_guard->saved();
    // 转诊至 filled in: the two-way referral slip opens with the resident, the institution and
    // the reason already there (the doctor may still cancel it).
    if (!e.referralTo.isEmpty())
        ReferralDialog::startFrom(m_context, m_residentId, QStringLiteral("encounter"), r->id,
                                  e.referralReason.isEmpty() ? e.assessment : e.referralReason,
                                  this, e.referralTo);
    accept();
}

void EncounterDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace Gui
