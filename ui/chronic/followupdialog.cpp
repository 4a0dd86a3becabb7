#include "followupdialog.h"

#include "staffdirectory.h"

#include "formguard.h"
#include "residenttitle.h"

#include "chronicrepository.h"
#include "codetable.h"
#include "messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

namespace {

std::optional<int> intOf(const QLineEdit *e)
{
    bool ok = false;
    const int v = e->text().trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<double> doubleOf(const QLineEdit *e)
{
    bool ok = false;
    const double v = e->text().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

template <typename T> void setText(QLineEdit *e, const std::optional<T> &v)
{
    if (v)
        e->setText(QString::number(*v));
}

std::optional<int> choiceOf(const QComboBox *c)
{
    const int v = c->currentData().toInt();
    return v > 0 ? std::optional<int>(v) : std::nullopt;
}

QComboBox *choices(QWidget *parent, const QString &name, const QStringList &labels)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->addItem(QStringLiteral("—"), 0);
    for (int i = 0; i < labels.size(); ++i)
        c->addItem(labels.at(i), i + 1);
    return c;
}

// Symptom codes offered on each form, in the form's order (code table chronic_symptom).
QStringList formSymptoms(bool diabetes)
{
    QStringList out;
    QFile f(QStringLiteral(":/codes/chronic_symptom.json"));
    if (f.open(QIODevice::ReadOnly))
        for (const auto &v : QJsonDocument::fromJson(f.readAll())
                                 .object()
                                 .value(QStringLiteral("codes"))
                                 .toArray()) {
            const QJsonObject o = v.toObject();
            const QString p = o.value(QStringLiteral("programme")).toString();
            if (p == QLatin1String("both") || p == QLatin1String("emergency") ||
                p == (diabetes ? QLatin1String("diabetes") : QLatin1String("hypertension")))
                out << o.value(QStringLiteral("code")).toString();
        }
    out.removeAll(QStringLiteral("headache")); // the form has 头痛头晕; "headache" is for the CLI
    return out;
}

} // namespace

FollowupDialog::FollowupDialog(const Context &context, const QString &registrationId,
                               QWidget *parent)
    : QDialog(parent), m_context(context), m_repo(new Models::ChronicRepository(context.connection))
{
    if (auto reg = m_repo->registration(m_context.scope, registrationId))
        m_reg = *reg;
    m_diabetes = m_reg.programme == QLatin1String("diabetes");
    setWindowTitle(residentTitle(context, m_reg.residentId,
                                 tr("%1随访").arg(Models::programmeLabel(m_reg.programme))));

    auto *layout = new QHBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(buildForm());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    layout->addWidget(buildPanel());

    if (auto list = m_repo->followups(m_context.scope, m_reg.id); list && !list->isEmpty())
        prefill(list->last());
    const auto widgets = findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            connect(e, &QLineEdit::textChanged, this, &FollowupDialog::updateDecision);
        else if (auto *c = qobject_cast<QComboBox *>(w); c && c != m_doctor)
            connect(c, &QComboBox::currentIndexChanged, this, &FollowupDialog::updateDecision);
        else if (auto *b = qobject_cast<QCheckBox *>(w))
            connect(b, &QCheckBox::toggled, this, &FollowupDialog::updateDecision);
    }
    connect(m_visitDate, &QDateEdit::dateChanged, this, &FollowupDialog::updateDecision);
    connect(m_symptoms, &QListWidget::itemChanged, this, &FollowupDialog::updateDecision);
    connect(m_nextDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingNext)
            m_nextEdited = true;
    });
    resize(1180, 690); // fits 1366x768 with the taskbar
    updateDecision();
    m_sbp->setFocus();
    if (m_diabetes)
        m_fbg->setFocus();
}

FollowupDialog::~FollowupDialog()
{
    delete m_repo;
}

QLineEdit *FollowupDialog::number(const QString &objectName, bool decimal, int width)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(objectName);
    e->setMaximumWidth(width);
    if (decimal) {
        auto *v = new QDoubleValidator(0, 9999, 1, e);
        v->setNotation(QDoubleValidator::StandardNotation);
        v->setLocale(QLocale::c());
        e->setValidator(v);
    } else {
        e->setValidator(new QIntValidator(0, 9999, e));
    }
    m_fields.insert(objectName, e);
    return e;
}

QWidget *FollowupDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *grid = new QGridLayout(form);
    auto pair = [this](QWidget *a, QWidget *b, const QString &between = QStringLiteral("/")) {
        auto *w = new QWidget(this);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a);
        h->addWidget(new QLabel(between, w));
        h->addWidget(b);
        h->addStretch();
        return w;
    };

    auto *visit = new QGroupBox(tr("随访"), form);
    auto *vf = new QFormLayout(visit);
    m_visitDate = new QDateEdit(QDate::currentDate(), visit);
    m_visitDate->setObjectName(QStringLiteral("visit_date"));
    m_visitDate->setCalendarPopup(true);
    m_visitDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_visitDate->setMaximumDate(QDate::currentDate());
    m_fields.insert(QStringLiteral("visit_date"), m_visitDate);
    m_mode = new QComboBox(visit);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("门诊"), 1);
    m_mode->addItem(tr("家庭"), 2);
    m_mode->addItem(tr("电话"), 3);
    vf->addRow(tr("随访日期(&D)"), m_visitDate);
    vf->addRow(tr("随访方式(&M)"), m_mode);
    m_symptoms = new QListWidget(visit);
    m_symptoms->setObjectName(QStringLiteral("symptoms"));
    const auto &symptomTable = Models::CodeTable::get(QStringLiteral("chronic_symptom"));
    for (const QString &code : formSymptoms(m_diabetes)) {
        auto *item = new QListWidgetItem(symptomTable.label(code), m_symptoms);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_symptoms->setMaximumHeight(150);
    m_fields.insert(QStringLiteral("symptoms"), m_symptoms);
    vf->addRow(tr("症状（空格勾选）"), m_symptoms);
    m_symptomsOther = new QLineEdit(visit);
    vf->addRow(tr("其他症状"), m_symptomsOther);
    grid->addWidget(visit, 0, 0);

    auto *signs = new QGroupBox(tr("体征"), form);
    auto *sf = new QFormLayout(signs);
    m_sbp = number(QStringLiteral("sbp"), false);
    m_dbp = number(QStringLiteral("dbp"), false);
    sf->addRow(tr("血压(&B) mmHg"), pair(m_sbp, m_dbp));
    m_heartRate = number(QStringLiteral("heart_rate"), false);
    sf->addRow(tr("心率 次/分"), m_heartRate);
    m_weight = number(QStringLiteral("weight"), true);
    m_weightTarget = number(QStringLiteral("weight_target"), true);
    sf->addRow(tr("体重 kg（目前/目标）"), pair(m_weight, m_weightTarget));
    m_height = number(QStringLiteral("height"), true);
    sf->addRow(tr("身高 cm"), m_height);
    m_bmi = new QLabel(QStringLiteral("—"), signs);
    m_bmiTarget = number(QStringLiteral("bmi_target"), true);
    sf->addRow(tr("BMI（目前/目标）"), pair(m_bmi, m_bmiTarget));
    m_footPulse = new QComboBox(signs);
    m_footPulse->setObjectName(QStringLiteral("foot_pulse"));
    for (const auto &[code, label] :
         {std::pair{"", tr("—")}, std::pair{"normal", tr("触及正常")},
          std::pair{"weak-both", tr("减弱（双侧）")}, std::pair{"weak-left", tr("减弱（左侧）")},
          std::pair{"weak-right", tr("减弱（右侧）")}, std::pair{"absent-both", tr("消失（双侧）")},
          std::pair{"absent-left", tr("消失（左侧）")},
          std::pair{"absent-right", tr("消失（右侧）")}})
        m_footPulse->addItem(label, QString::fromLatin1(code));
    if (m_diabetes)
        sf->addRow(tr("足背动脉搏动"), m_footPulse);
    else
        m_footPulse->hide();
    m_otherSigns = new QLineEdit(signs);
    sf->addRow(tr("其他体征"), m_otherSigns);
    grid->addWidget(signs, 0, 1);

    auto *life = new QGroupBox(tr("生活方式指导（目前/目标）"), form);
    auto *lf = new QFormLayout(life);
    m_cig = number(QStringLiteral("cigarettes"), false);
    m_cigTarget = number(QStringLiteral("cigarettes_target"), false);
    lf->addRow(tr("日吸烟量 支"), pair(m_cig, m_cigTarget));
    m_alcohol = number(QStringLiteral("alcohol"), true);
    m_alcoholTarget = number(QStringLiteral("alcohol_target"), true);
    lf->addRow(tr("日饮酒量 两"), pair(m_alcohol, m_alcoholTarget));
    m_exTimes = number(QStringLiteral("exercise_times"), false, 48);
    m_exMinutes = number(QStringLiteral("exercise_minutes"), false, 48);
    m_exTimesTarget = number(QStringLiteral("exercise_times_target"), false, 48);
    m_exMinutesTarget = number(QStringLiteral("exercise_minutes_target"), false, 48);
    lf->addRow(tr("运动 次/周, 分/次"),
               pair(pair(m_exTimes, m_exMinutes, QStringLiteral(",")),
                    pair(m_exTimesTarget, m_exMinutesTarget, QStringLiteral(","))));
    const QStringList saltLabels{tr("轻"), tr("中"), tr("重")};
    m_salt = new QComboBox(life);
    m_saltTarget = new QComboBox(life);
    for (QComboBox *c : {m_salt, m_saltTarget}) {
        c->addItem(QStringLiteral("—"), QString());
        c->addItem(saltLabels[0], QStringLiteral("light"));
        c->addItem(saltLabels[1], QStringLiteral("medium"));
        c->addItem(saltLabels[2], QStringLiteral("heavy"));
    }
    m_fields.insert(QStringLiteral("salt"), m_salt);
    m_staple = number(QStringLiteral("staple_food"), false);
    m_stapleTarget = number(QStringLiteral("staple_food_target"), false);
    if (m_diabetes) {
        lf->addRow(tr("主食 克/天"), pair(m_staple, m_stapleTarget));
        m_salt->hide();
        m_saltTarget->hide();
    } else {
        lf->addRow(tr("摄盐情况"), pair(m_salt, m_saltTarget));
        m_staple->hide();
        m_stapleTarget->hide();
    }
    const QStringList goodBad{tr("良好"), tr("一般"), tr("差")};
    m_psychology = choices(life, QStringLiteral("psychology"), goodBad);
    m_compliance = choices(life, QStringLiteral("compliance"), goodBad);
    lf->addRow(tr("心理调整"), m_psychology);
    lf->addRow(tr("遵医行为"), m_compliance);
    grid->addWidget(life, 1, 0);

    auto *lab = new QGroupBox(tr("辅助检查与用药"), form);
    auto *af = new QFormLayout(lab);
    m_fbg = number(QStringLiteral("fbg"), true);
    af->addRow(tr("空腹血糖(&G) mmol/L"), m_fbg);
    m_hba1c = number(QStringLiteral("hba1c"), true);
    m_hba1cDate = new QDateEdit(QDate::currentDate(), lab);
    m_hba1cDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fields.insert(QStringLiteral("hba1c_date"), m_hba1cDate);
    af->addRow(tr("糖化血红蛋白 %，检查日期"), pair(m_hba1c, m_hba1cDate, QStringLiteral(" ")));
    m_auxExam = new QLineEdit(lab);
    af->addRow(tr("其他检查"), m_auxExam);
    m_adherence = choices(lab, QStringLiteral("adherence"), {tr("规律"), tr("间断"), tr("不服药")});
    af->addRow(tr("服药依从性"), m_adherence);
    m_adverse = new QCheckBox(tr("有药物不良反应"), lab);
    m_adverseNote = new QLineEdit(lab);
    m_adverseNote->setObjectName(QStringLiteral("adverse_note"));
    m_fields.insert(QStringLiteral("adverse_note"), m_adverseNote);
    af->addRow(m_adverse, m_adverseNote);
    m_hypoglycemia =
        choices(lab, QStringLiteral("hypoglycemia"), {tr("无"), tr("偶尔"), tr("频繁")});
    if (m_diabetes)
        af->addRow(tr("低血糖反应"), m_hypoglycemia);
    else
        m_hypoglycemia->hide();
    m_complication = new QCheckBox(tr("新发或加重的并发症"), lab);
    af->addRow(QString(), m_complication);
    auto *meds = new QWidget(lab);
    auto *mg = new QGridLayout(meds);
    mg->setContentsMargins(0, 0, 0, 0);
    mg->addWidget(new QLabel(tr("药名"), meds), 0, 0);
    mg->addWidget(new QLabel(tr("次/日"), meds), 0, 1);
    mg->addWidget(new QLabel(tr("每次剂量"), meds), 0, 2);
    for (int i = 0; i < 3; ++i) {
        m_medName[i] = new QLineEdit(meds);
        m_medTimes[i] = new QSpinBox(meds);
        m_medTimes[i]->setRange(0, 12);
        m_medDose[i] = new QLineEdit(meds);
        m_medDose[i]->setMaximumWidth(80);
        mg->addWidget(m_medName[i], i + 1, 0);
        mg->addWidget(m_medTimes[i], i + 1, 1);
        mg->addWidget(m_medDose[i], i + 1, 2);
    }
    m_fields.insert(QStringLiteral("medications"), m_medName[0]);
    af->addRow(tr("用药情况"), meds);
    m_insulin = new QLineEdit(lab);
    m_insulin->setPlaceholderText(tr("种类、用法和用量"));
    if (m_diabetes)
        af->addRow(tr("胰岛素"), m_insulin);
    else
        m_insulin->hide();
    m_referralReason = new QLineEdit(lab);
    m_referralTo = new QLineEdit(lab);
    m_referralTo->setPlaceholderText(tr("机构及科别"));
    af->addRow(tr("转诊原因"), m_referralReason);
    af->addRow(tr("转诊至"), m_referralTo);
    grid->addWidget(lab, 1, 1);
    return form;
}

QWidget *FollowupDialog::buildPanel()
{
    auto *panel = new QWidget(this);
    panel->setFixedWidth(300);
    auto *v = new QVBoxLayout(panel);
    auto *who = new QLabel(tr("<b>%1</b>　%2<br>诊断 %3（%4）")
                               .arg(m_reg.residentName.toHtmlEscaped(),
                                    Models::programmeLabel(m_reg.programme), m_reg.icd10,
                                    m_reg.diagnosedOn.toString(Qt::ISODate)),
                           panel);
    v->addWidget(who);
    m_emergency = new QLabel(panel);
    m_emergency->setObjectName(QStringLiteral("emergencyBanner"));
    m_emergency->setWordWrap(true);
    m_emergency->setStyleSheet(
        QStringLiteral("background:#c62828;color:white;font-weight:bold;padding:8px;"));
    m_emergency->hide();
    v->addWidget(m_emergency);
    v->addWidget(new QLabel(tr("此次随访分类"), panel));
    m_class = new QLabel(panel);
    m_class->setObjectName(QStringLiteral("classLabel"));
    QFont big = m_class->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_class->setFont(big);
    v->addWidget(m_class);
    m_explanation = new QLabel(panel);
    m_explanation->setObjectName(QStringLiteral("ruleExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_explanation);
    m_warning = new MessageBanner(MessageBanner::Warning, panel);
    m_warning->setWordWrap(true);
    v->addWidget(m_warning);
    v->addStretch();
    auto *next = new QFormLayout;
    m_nextDate = new QDateEdit(panel);
    m_nextDate->setObjectName(QStringLiteral("next_date"));
    m_nextDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_nextDate->setCalendarPopup(true);
    m_fields.insert(QStringLiteral("next_date"), m_nextDate);
    next->addRow(tr("下次随访(&N)"), m_nextDate);
    m_doctor = new StaffPicker(m_context, Models::StaffDirectory::doctorRoles(),
                               m_context.scope.userId, panel);
    m_doctor->setObjectName(QStringLiteral("followupDoctor"));
    next->addRow(tr("随访医生(&Y)"), m_doctor);
    v->addLayout(next);
    m_error = new MessageBanner(panel);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(panel);
    m_saveButton = buttons->addButton(tr("保存 (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_saveButton, &QPushButton::clicked, this, &FollowupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowupDialog::reject);
    new FormGuard(this, m_context, QStringLiteral("followup:") + m_reg.id, m_reg.residentId);
    v->addWidget(buttons);
    return panel;
}

void FollowupDialog::prefill(const Models::ChronicFollowup &last)
{
    // Targets, height and medicines carry over from the last visit; measurements do not.
    setText(m_weightTarget, last.weightTarget);
    setText(m_height, last.height);
    setText(m_bmiTarget, last.bmiTarget);
    setText(m_cigTarget, last.cigarettesTarget);
    setText(m_alcoholTarget, last.alcoholTarget);
    setText(m_exTimesTarget, last.exerciseTimesTarget);
    setText(m_exMinutesTarget, last.exerciseMinutesTarget);
    setText(m_stapleTarget, last.stapleFoodTarget);
    m_saltTarget->setCurrentIndex(qMax(0, m_saltTarget->findData(last.saltTarget)));
    for (int i = 0; i < 3 && i < last.medications.size(); ++i) {
        m_medName[i]->setText(last.medications.at(i).name);
        m_medTimes[i]->setValue(last.medications.at(i).timesPerDay);
        m_medDose[i]->setText(last.medications.at(i).dose);
    }
    m_insulin->setText(last.insulin);
}

Models::ChronicFollowup FollowupDialog::followup() const
{
    Models::ChronicFollowup f;
    f.registrationId = m_reg.id;
    f.programme = m_reg.programme;
    f.visitDate = m_visitDate->date();
    f.mode = m_mode->currentData().toInt();
    for (int i = 0; i < m_symptoms->count(); ++i)
        if (m_symptoms->item(i)->checkState() == Qt::Checked)
            f.symptoms << m_symptoms->item(i)->data(Qt::UserRole).toString();
    f.symptomsOther = m_symptomsOther->text().trimmed();
    f.sbp = intOf(m_sbp);
    f.dbp = intOf(m_dbp);
    f.heartRate = intOf(m_heartRate);
    f.weight = doubleOf(m_weight);
    f.weightTarget = doubleOf(m_weightTarget);
    f.height = doubleOf(m_height);
    f.bmiTarget = doubleOf(m_bmiTarget);
    f.otherSigns = m_otherSigns->text().trimmed();
    f.footPulse = m_footPulse->currentData().toString();
    f.cigarettes = intOf(m_cig);
    f.cigarettesTarget = intOf(m_cigTarget);
    f.alcohol = doubleOf(m_alcohol);
    f.alcoholTarget = doubleOf(m_alcoholTarget);
    f.exerciseTimes = intOf(m_exTimes);
    f.exerciseMinutes = intOf(m_exMinutes);
    f.exerciseTimesTarget = intOf(m_exTimesTarget);
    f.exerciseMinutesTarget = intOf(m_exMinutesTarget);
    f.salt = m_salt->currentData().toString();
    f.saltTarget = m_saltTarget->currentData().toString();
    f.stapleFood = intOf(m_staple);
    f.stapleFoodTarget = intOf(m_stapleTarget);
    f.psychology = choiceOf(m_psychology);
    f.compliance = choiceOf(m_compliance);
    f.fbg = doubleOf(m_fbg);
    f.hba1c = doubleOf(m_hba1c);
    if (f.hba1c)
        f.hba1cDate = m_hba1cDate->date();
    f.auxExam = m_auxExam->text().trimmed();
    f.adherence = choiceOf(m_adherence);
    f.adverseReaction = m_adverse->isChecked();
    f.adverseNote = m_adverseNote->text().trimmed();
    f.hypoglycemia = m_diabetes ? choiceOf(m_hypoglycemia) : std::nullopt;
    f.complication = m_complication->isChecked();
    for (int i = 0; i < 3; ++i)
        if (!m_medName[i]->text().trimmed().isEmpty())
            f.medications.append({m_medName[i]->text().trimmed(), m_medTimes[i]->value(),
                                  m_medDose[i]->text().trimmed()});
    f.insulin = m_insulin->text().trimmed();
    f.referralReason = m_referralReason->text().trimmed();
    f.referralTo = m_referralTo->text().trimmed();
    f.nextDate = m_nextDate->date();
    f.doctorId = m_doctor->staffKey();
    return f;
}

void FollowupDialog::markField(const QString &field)
{
    for (QWidget *w : std::as_const(m_fields))
        w->setStyleSheet(QString());
    if (QWidget *w = m_fields.value(field)) {
        w->setStyleSheet(QStringLiteral("border:2px solid #b00020;"));
        w->setFocus();
    }
}

void FollowupDialog::updateDecision()
{
    const Models::ChronicFollowup f = followup();
    const auto bmi = f.bmi();
    m_bmi->setText(bmi ? QString::number(*bmi, 'f', 1) : QStringLiteral("—"));
    const QList<Models::Error> errors = Models::ChronicRepository::validate(f);
    static const QStringList measured{QStringLiteral("sbp"), QStringLiteral("dbp"),
                                      QStringLiteral("fbg"), QStringLiteral("heart_rate"),
                                      QStringLiteral("visit_date")};
    // An implausible value is not classified: the doctor sees what to correct instead.
    const auto bad = std::find_if(errors.begin(), errors.end(), [](const Models::Error &e) {
        return measured.contains(e.field);
    });
    auto d = bad == errors.end() ? m_repo->preview(m_context.scope, f)
                                 : Models::Result<Models::Decision>(*bad);
    if (!d) {
        // Not enough to classify yet (no BP or FBG): say what is missing, keep the date.
        m_class->setText(QStringLiteral("—"));
        m_class->setStyleSheet(QString());
        m_explanation->setText(d.error().message);
        m_error->setText(errors.isEmpty() ? QString() : errors.first().message);
        m_emergency->hide();
        if (!m_nextEdited) {
            m_settingNext = true;
            m_nextDate->setDate(f.visitDate.addMonths(3));
            m_settingNext = false;
        }
        return;
    }
    m_class->setText(Models::classLabel(d->cls));
    m_class->setStyleSheet(d->cls == Models::FollowupClass::Controlled
                               ? QStringLiteral("color:#2e7d32;")
                               : QStringLiteral("color:#c62828;"));
    QString text =
        d->explanation().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_explanation->setText(
        QStringLiteral("%1<br><small>%2 · %3</small>")
            .arg(text, tr("目标 %1").arg(d->target).toHtmlEscaped(), d->ruleSet));
    m_emergency->setVisible(d->emergency || d->referral);
    m_emergency->setText(d->emergency ? tr("⚠ 危急情况：请紧急处置并转诊，2周内随访转诊结果")
                                      : tr("建议转诊：请填写转诊原因和机构"));
    m_emergency->setStyleSheet(
        d->emergency
            ? QStringLiteral("background:#c62828;color:white;font-weight:bold;padding:8px;")
            : QStringLiteral("background:#ef6c00;color:white;font-weight:bold;padding:8px;"));
    if (!m_nextEdited) {
        m_settingNext = true;
        m_nextDate->setDate(d->nextVisit);
        m_settingNext = false;
    }
    auto warning = m_repo->qualityWarning(m_context.scope, f);
    m_warning->setText(warning ? *warning : QString());
    m_error->setText(errors.isEmpty() ? QString() : errors.first().message);
}

void FollowupDialog::save()
{
    auto r = m_repo->record(m_context.scope, followup());
    if (!r) {
        m_error->setText(r.error().message);
        markField(r.error().field);
        return;
    }
    m_saved = *r;
    findChild<FormGuard *>()->saved();
    accept();
}

void FollowupDialog::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

} // namespace Gui
