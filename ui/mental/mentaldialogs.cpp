#include "mentaldialogs.h"

#include "formguard.h"
#include "messagebanner.h"
#include "referraldialog.h"
#include "residenttitle.h"
#include "sourcewords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &name, const QDate &d)
{
    auto *e = new QDateEdit(d, parent);
    e->setObjectName(name);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setCalendarPopup(true);
    return e;
}

QComboBox *combo(QWidget *parent, const QString &name, const QStringList &items)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->addItems(items);
    return c;
}

// The form's words stored as the paper form has them, shown in the user's language.
QComboBox *combo(QWidget *parent, const QString &name, const char *context,
                 std::initializer_list<const char *> sources)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    addSourceItems(c, context, sources);
    return c;
}

void showError(MessageBanner *banner, QWidget *form, const Models::Error &e)
{
    banner->setText(e.message);
    if (QWidget *w = form->findChild<QWidget *>(e.field))
        w->setFocus();
}

} // namespace

MentalRegistrationDialog::MentalRegistrationDialog(const Context &context,
                                                   const QString &residentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setWindowTitle(residentTitle(m_context, residentId, tr("严重精神障碍患者登记")));
    auto *form = new QFormLayout(this);
    m_disease = new QComboBox(this);
    m_disease->setObjectName(QStringLiteral("disease"));
    for (const QString &d : Models::mentalDiseases())
        m_disease->addItem(Models::mentalDiseaseLabel(d), d);
    form->addRow(tr("诊断(&D)"), m_disease);
    m_diagnosed = dateEdit(this, QStringLiteral("diagnosed_on"), QDate::currentDate());
    form->addRow(tr("确诊日期"), m_diagnosed);
    m_hospital = new QLineEdit(this);
    m_hospital->setObjectName(QStringLiteral("diagnosis_hospital"));
    form->addRow(tr("确诊医院(&H)"), m_hospital);
    m_onset = new QLineEdit(this);
    m_onset->setObjectName(QStringLiteral("first_onset"));
    m_onset->setPlaceholderText(tr("年-月"));
    form->addRow(tr("初次发病时间"), m_onset);
    m_guardian = new QLineEdit(this);
    m_guardian->setObjectName(QStringLiteral("guardian_name"));
    form->addRow(tr("监护人姓名(&G)"), m_guardian);
    m_relation = new QLineEdit(this);
    m_relation->setObjectName(QStringLiteral("guardian_relation"));
    form->addRow(tr("与患者关系"), m_relation);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("guardian_phone"));
    form->addRow(tr("监护人电话"), m_phone);
    m_locked = combo(this, QStringLiteral("locked_history"), "Gui::MentalRegistrationDialog",
                     {QT_TRANSLATE_NOOP("Gui::MentalRegistrationDialog", "无关锁"),
                      QT_TRANSLATE_NOOP("Gui::MentalRegistrationDialog", "关锁"),
                      QT_TRANSLATE_NOOP("Gui::MentalRegistrationDialog", "关锁已解除")});
    form->addRow(tr("关锁情况"), m_locked);
    m_pastTreatment = new QPlainTextEdit(this);
    m_pastTreatment->setObjectName(QStringLiteral("past_treatment"));
    m_pastTreatment->setTabChangesFocus(true);
    m_pastTreatment->setFixedHeight(m_pastTreatment->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("既往治疗情况"), m_pastTreatment);
    auto *note = new QLabel(tr("此记录仅有严重精神障碍记录权限的人员可见，每次查看均留痕。"), this);
    note->setWordWrap(true);
    form->addRow(note);
    m_error = new MessageBanner(this);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MentalRegistrationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &MentalRegistrationDialog::reject);
    new FormGuard(this, m_context, QStringLiteral("mental_registration"), residentId);
}

void MentalRegistrationDialog::save()
{
    Models::MentalPatient p;
    p.residentId = m_residentId;
    p.disease = sourceText(m_disease);
    p.diagnosedOn = m_diagnosed->date();
    p.diagnosisHospital = m_hospital->text().trimmed();
    p.firstOnset = m_onset->text().trimmed();
    p.guardianName = m_guardian->text().trimmed();
    p.guardianRelation = m_relation->text().trimmed();
    p.guardianPhone = m_phone->text().trimmed();
    p.lockedHistory = sourceText(m_locked);
    p.form.insert(QStringLiteral("past_treatment"), m_pastTreatment->toPlainText().trimmed());
    auto r = Models::MentalRepository(m_context.connection).registerPatient(m_context.scope, p);
    if (!r) {
        showError(m_error, this, r.error());
        return;
    }
    findChild<FormGuard *>()->saved();
    QDialog::accept();
}

void MentalRegistrationDialog::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

MentalFollowupDialog::MentalFollowupDialog(const Context &context, const QString &patientId,
                                           QWidget *parent)
    : QDialog(parent), m_context(context)
{
    auto p = Models::MentalRepository(m_context.connection).patient(m_context.scope, patientId);
    if (p)
        m_patient = *p;
    setWindowTitle(residentTitle(m_context, m_patient.residentId, tr("严重精神障碍患者随访")));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *grid = new QGridLayout(page);
    scroll->setWidget(page);
    outer->addWidget(scroll);

    auto *visit = new QGroupBox(tr("随访"), page);
    auto *vf = new QFormLayout(visit);
    m_date = dateEdit(visit, QStringLiteral("visit_date"), QDate::currentDate());
    vf->addRow(tr("随访日期(&T)"), m_date);
    m_form = combo(visit, QStringLiteral("visit_form"), "Gui::MentalFollowupDialog",
                   {QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "门诊"),
                    QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "家庭访视"),
                    QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "电话")});
    m_form->setCurrentIndex(1);
    vf->addRow(tr("随访形式"), m_form);
    m_who = combo(visit, QStringLiteral("visit_who"), "Gui::MentalFollowupDialog",
                  {QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "患者本人"),
                   QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "家属/监护人"),
                   QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "其他知情人")});
    vf->addRow(tr("随访对象"), m_who);
    m_seen = new QCheckBox(tr("已访到"), visit);
    m_seen->setObjectName(QStringLiteral("seen"));
    m_seen->setChecked(true);
    vf->addRow(m_seen);
    m_lostReason = combo(visit, QStringLiteral("lost_reason"), "Gui::MentalFollowupDialog",
                         {"", QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "外出务工"),
                          QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "迁居他处"),
                          QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "走失"),
                          QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "连续3次未访到"),
                          QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "其他")});
    vf->addRow(tr("若失访，原因"), m_lostReason);
    grid->addWidget(visit, 0, 0);

    auto *clin = new QGroupBox(tr("病情"), page);
    auto *cf = new QFormLayout(clin);
    m_risk = new QSpinBox(clin);
    m_risk->setObjectName(QStringLiteral("risk"));
    m_risk->setRange(0, 5);
    m_risk->setSuffix(tr(" 级"));
    cf->addRow(tr("危险性评估(&R)"), m_risk);
    m_symptoms = new QListWidget(clin);
    m_symptoms->setObjectName(QStringLiteral("symptoms"));
    for (const QString &s :
         {QStringLiteral("幻觉"), QStringLiteral("交流困难"), QStringLiteral("猜疑"),
          QStringLiteral("喜怒无常"), QStringLiteral("行为怪异"), QStringLiteral("兴奋话多"),
          QStringLiteral("伤人毁物"), QStringLiteral("悲观厌世"), QStringLiteral("无故外走"),
          QStringLiteral("自语自笑"), QStringLiteral("孤僻懒散"), QStringLiteral("其他")}) {
        auto *item = new QListWidgetItem(s, m_symptoms);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_symptoms->setFixedHeight(m_symptoms->sizeHintForRow(0) * 5 + 6);
    cf->addRow(tr("目前症状（空格勾选）"), m_symptoms);
    m_marked = new QCheckBox(tr("精神症状明显"), clin);
    m_marked->setObjectName(QStringLiteral("symptoms_marked"));
    cf->addRow(m_marked);
    m_insight = combo(clin, QStringLiteral("insight"), {tr("完全"), tr("不全"), tr("缺失")});
    cf->addRow(tr("自知力(&I)"), m_insight);
    m_sleep = combo(clin, QStringLiteral("sleep"), "Gui::MentalFollowupDialog",
                    {QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "良好"),
                     QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "一般"),
                     QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "较差")});
    cf->addRow(tr("睡眠情况"), m_sleep);
    m_diet = combo(clin, QStringLiteral("diet"), "Gui::MentalFollowupDialog",
                   {QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "良好"),
                    QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "一般"),
                    QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "较差")});
    cf->addRow(tr("饮食情况"), m_diet);
    grid->addWidget(clin, 0, 1, 2, 1);

    auto *social = new QGroupBox(tr("社会功能"), page);
    auto *sf = new QFormLayout(social);
    const QStringList items{tr("个人生活料理"), tr("家务劳动"), tr("生产劳动及工作"),
                            tr("学习能力"), tr("社会人际交往")};
    const QStringList codes{QStringLiteral("self_care"), QStringLiteral("housework"),
                            QStringLiteral("work"), QStringLiteral("learning"),
                            QStringLiteral("social")};
    for (int i = 0; i < items.size(); ++i) {
        QStringList values{tr("良好"), tr("一般"), tr("较差")};
        if (i == 2)
            values << tr("不适用");
        auto *c = combo(social, QStringLiteral("social_") + codes[i], values);
        m_social << c;
        sf->addRow(items[i], c);
    }
    grid->addWidget(social, 1, 0);

    auto *treat = new QGroupBox(tr("治疗"), page);
    auto *tf = new QFormLayout(treat);
    m_adr = new QCheckBox(tr("严重药物不良反应"), treat);
    m_adr->setObjectName(QStringLiteral("adverse_reaction"));
    tf->addRow(m_adr);
    m_illness = new QCheckBox(tr("严重躯体疾病"), treat);
    m_illness->setObjectName(QStringLiteral("physical_illness"));
    tf->addRow(m_illness);
    m_adherence = combo(treat, QStringLiteral("adherence"), "Gui::MentalFollowupDialog",
                        {QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "按医嘱规律用药"),
                         QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "间断用药"),
                         QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "不用药"),
                         QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "医嘱勿需用药")});
    tf->addRow(tr("用药依从性"), m_adherence);
    m_locked = combo(treat, QStringLiteral("locked"), "Gui::MentalFollowupDialog",
                     {QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "无关锁"),
                      QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "关锁"),
                      QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "关锁已解除")});
    tf->addRow(tr("关锁情况"), m_locked);
    m_hospital = combo(treat, QStringLiteral("hospitalised"), "Gui::MentalFollowupDialog",
                       {QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "未住院"),
                        QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "目前正在住院"),
                        QT_TRANSLATE_NOOP("Gui::MentalFollowupDialog", "曾住院现未住院")});
    tf->addRow(tr("住院情况"), m_hospital);
    m_drugs = new QLineEdit(treat);
    m_drugs->setObjectName(QStringLiteral("drugs"));
    m_drugs->setPlaceholderText(tr("药名 早/中/晚 mg；长效药 每__周 __mg"));
    tf->addRow(tr("用药情况"), m_drugs);
    m_rehab = new QLineEdit(treat);
    m_rehab->setObjectName(QStringLiteral("rehabilitation"));
    tf->addRow(tr("康复措施"), m_rehab);
    grid->addWidget(treat, 2, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    auto *result = new QGroupBox(tr("本次随访分类"), this);
    auto *rf = new QFormLayout(result);
    m_class = new QLabel(result);
    m_class->setObjectName(QStringLiteral("class"));
    m_class->setWordWrap(true);
    rf->addRow(m_class);
    m_next = dateEdit(result, QStringLiteral("next_visit"), QDate::currentDate().addDays(14));
    rf->addRow(tr("下次随访日期(&N)"), m_next);
    m_refer = new QCheckBox(tr("转诊（保存后填写转诊单）"), result);
    m_refer->setObjectName(QStringLiteral("refer"));
    rf->addRow(m_refer);
    outer->addWidget(result);
    m_error = new MessageBanner(this);
    outer->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MentalFollowupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &MentalFollowupDialog::reject);

    auto update = [this] { preview(); };
    connect(m_risk, &QSpinBox::valueChanged, this, update);
    connect(m_symptoms, &QListWidget::itemChanged, this, update);
    for (QCheckBox *c : {m_marked, m_adr, m_illness, m_seen})
        connect(c, &QCheckBox::toggled, this, update);
    for (QComboBox *c : QList<QComboBox *>{m_insight} + m_social)
        connect(c, &QComboBox::currentIndexChanged, this, update);
    connect(m_date, &QDateEdit::dateChanged, this, update);
    new FormGuard(this, m_context, QStringLiteral("mental_followup:") + patientId,
                  m_patient.residentId);
    if (!p)
        m_error->setText(p.error().message);
    preview();
    resize(980, 700);
}

Models::MentalInput MentalFollowupDialog::clinical() const
{
    Models::MentalInput in;
    in.risk = m_risk->value();
    for (int i = 0; i < m_symptoms->count(); ++i)
        if (m_symptoms->item(i)->checkState() == Qt::Checked)
            in.symptoms << m_symptoms->item(i)->text();
    in.symptomsMarked = m_marked->isChecked();
    static const QStringList insight{QStringLiteral("完全"), QStringLiteral("不全"),
                                     QStringLiteral("缺失")};
    in.insight = insight.value(m_insight->currentIndex());
    static const QStringList social{QStringLiteral("良好"), QStringLiteral("一般"),
                                    QStringLiteral("较差"), QStringLiteral("不适用")};
    for (QComboBox *c : m_social)
        in.social << social.value(c->currentIndex());
    in.adverseReaction = m_adr->isChecked();
    in.physicalIllness = m_illness->isChecked();
    return in;
}

void MentalFollowupDialog::preview()
{
    m_lostReason->setEnabled(!m_seen->isChecked());
    if (!m_seen->isChecked()) {
        m_class->setText(tr("未访到：不分类"));
        return;
    }
    Models::MentalRepository repo(m_context.connection);
    auto d = repo.rules().classify(clinical());
    if (!d) {
        m_class->setText(d.error().message);
        return;
    }
    QString text = QStringLiteral("<b>%1</b>　%2")
                       .arg(Models::mentalClassLabel(d->cls).toHtmlEscaped(),
                            d->why.join(QStringLiteral("；")).toHtmlEscaped());
    text += tr("<br>建议 %n 天后随访", nullptr, d->nextVisitDays);
    if (d->refer)
        text += tr("<br><b>立即转诊到上级医院</b>");
    m_class->setText(text);
    // Follow the proposal until the doctor sets another date.
    const QDate proposed = m_date->date().addDays(d->nextVisitDays);
    if (m_proposedDays == 0 || m_next->date() == m_date->date().addDays(m_proposedDays))
        m_next->setDate(proposed);
    m_proposedDays = d->nextVisitDays;
    if (d->refer && !m_refer->isChecked())
        m_refer->setChecked(true);
}

void MentalFollowupDialog::save()
{
    Models::MentalFollowup f;
    f.patientId = m_patient.id;
    f.visitDate = m_date->date();
    f.visitForm = sourceText(m_form);
    f.seen = m_seen->isChecked();
    f.lostReason = f.seen ? QString() : sourceText(m_lostReason);
    f.clinical = clinical();
    f.nextVisit = m_next->date();
    f.referred = m_refer->isChecked();
    f.form = QJsonObject{{QStringLiteral("who"), sourceText(m_who)},
                         {QStringLiteral("sleep"), sourceText(m_sleep)},
                         {QStringLiteral("diet"), sourceText(m_diet)},
                         {QStringLiteral("adherence"), sourceText(m_adherence)},
                         {QStringLiteral("locked"), sourceText(m_locked)},
                         {QStringLiteral("hospitalised"), sourceText(m_hospital)},
                         {QStringLiteral("drugs"), m_drugs->text().trimmed()},
                         {QStringLiteral("rehabilitation"), m_rehab->text().trimmed()}};
    auto r = Models::MentalRepository(m_context.connection).recordFollowup(m_context.scope, f);
    if (!r) {
        showError(m_error, this, r.error());
        return;
    }
    findChild<FormGuard *>()->saved();
    if (r->referred)
        ReferralDialog::startFrom(m_context, m_patient.residentId,
                                  QStringLiteral("mental_followup"), r->id,
                                  tr("严重精神障碍随访：%1").arg(r->cls), this);
    QDialog::accept();
}

void MentalFollowupDialog::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

} // namespace Gui
