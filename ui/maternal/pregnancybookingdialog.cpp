#include "pregnancybookingdialog.h"

#include "dates.h"
#include "formguard.h"
#include "messagebanner.h"
#include "pregnancydates.h"
#include "pregnancyrepository.h"
#include "residentrepository.h"
#include "residenttitle.h"
#include "riskscreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui {

namespace {
const QDate NoDate(2000, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QString &name, const QDate &d)
{
    auto *e = new QDateEdit(parent);
    e->setObjectName(name);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setCalendarPopup(true);
    e->setMinimumDate(NoDate);
    e->setDate(d);
    return e;
}

QLineEdit *line(QWidget *parent, const QString &name, const QString &hint, int width = 120)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(hint);
    if (width)
        e->setMaximumWidth(width);
    return e;
}

QSpinBox *spin(QWidget *parent, const QString &name, int lo, int hi, int v)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(lo, hi);
    s->setValue(v);
    return s;
}
} // namespace

PregnancyBookingDialog::PregnancyBookingDialog(const Context &context, const QString &residentId,
                                               QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    if (auto r = Models::ResidentRepository(context.connection).findById(context.scope, residentId))
        m_resident = *r;
    setWindowTitle(residentTitle(m_resident, tr("孕产妇建册（第1次产前检查）")));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    const QDate today = QDate::currentDate();
    m_booked = dateEdit(this, QStringLiteral("bookedOn"), today);
    m_lmp = dateEdit(this, QStringLiteral("lmp"), today.addDays(-70));
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("eddRule"));
    m_rule->addItem(tr("月+9或-3，日+7"), QStringLiteral("naegele"));
    m_rule->addItem(tr("末次月经+280天"), QStringLiteral("lmp280"));
    m_ultrasound = dateEdit(this, QStringLiteral("ultrasoundEdd"), NoDate);
    m_ultrasound->setSpecialValueText(tr("无B超校正"));
    m_gravidity = spin(this, QStringLiteral("gravidity"), 1, 20, 1);
    m_parity = spin(this, QStringLiteral("parity"), 0, 19, 0);
    m_miscarriages = spin(this, QStringLiteral("miscarriages"), 0, 20, 0);
    m_caesareans = spin(this, QStringLiteral("caesareans"), 0, 10, 0);
    m_husband = line(this, QStringLiteral("husband"), tr("丈夫姓名、年龄、电话"), 0);
    m_history = line(this, QStringLiteral("history"), tr("既往史、家族史、妇科手术史"), 0);
    m_height = line(this, QStringLiteral("height"), tr("cm"));
    m_weight = line(this, QStringLiteral("weight"), tr("kg"));
    m_sbp = line(this, QStringLiteral("sbp"), tr("收缩压"), 80);
    m_dbp = line(this, QStringLiteral("dbp"), tr("舒张压"), 80);
    m_hb = line(this, QStringLiteral("hb"), tr("g/L"));
    m_preterm = new QCheckBox(tr("早产史"), this);
    m_perinatal = new QCheckBox(tr("围产儿死亡史"), this);
    m_defect = new QCheckBox(tr("出生缺陷史"), this);
    m_ectopic = new QCheckBox(tr("异位妊娠史"), this);
    m_hbsag = new QCheckBox(tr("乙肝表面抗原阳性"), this);
    m_syphilis = new QCheckBox(tr("梅毒阳性"), this);
    m_hiv = new QCheckBox(tr("HIV抗体阳性"), this);
    m_midwifery = new QCheckBox(tr("本机构有助产资质（第2～5次由本机构检查）"), this);
    m_midwifery->setObjectName(QStringLiteral("midwifery"));
    m_guidance = line(this, QStringLiteral("guidance"), tr("保健指导、转诊"), 0);
    m_dates = new QLabel(this);
    m_dates->setObjectName(QStringLiteral("dates"));
    m_dates->setWordWrap(true);
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("riskProposal"));
    m_risk->setWordWrap(true);
    m_confirm = new QComboBox(this);
    m_confirm->setObjectName(QStringLiteral("riskConfirm"));
    m_confirm->addItem(tr("请医生确认"), QString());
    for (const QString &c : Models::RiskScreen::get().colours())
        if (c != QLatin1String("purple"))
            m_confirm->addItem(Models::RiskScreen::colourLabel(c), c);
    m_purple = new QCheckBox(tr("紫色（传染性疾病）"), this);
    m_purple->setObjectName(QStringLiteral("riskPurple"));

    auto *left = new QFormLayout;
    addField(left, QStringLiteral("booked_on"), tr("建册日期(&D)"), m_booked);
    addField(left, QStringLiteral("lmp"), tr("末次月经(&M)"), m_lmp);
    addField(left, QStringLiteral("edd_rule"), tr("预产期推算"), m_rule);
    addField(left, QStringLiteral("ultrasound_edd"), tr("B超预产期(&U)"), m_ultrasound);
    left->addRow(tr("推算结果"), m_dates);
    addField(left, QStringLiteral("gravidity"), tr("孕次(&G)"), m_gravidity);
    addField(left, QStringLiteral("parity"), tr("产次(&P)"), m_parity);
    addField(left, QStringLiteral("miscarriages"), tr("自然流产次数"), m_miscarriages);
    addField(left, QStringLiteral("caesareans"), tr("剖宫产次数"), m_caesareans);
    addField(left, QStringLiteral("husband"), tr("丈夫"), m_husband);
    addField(left, QStringLiteral("history"), tr("病史(&H)"), m_history);
    auto *right = new QFormLayout;
    addField(right, QStringLiteral("height"), tr("身高(&T)"), m_height);
    addField(right, QStringLiteral("weight"), tr("体重(&W)"), m_weight);
    auto *bp = new QWidget(this);
    auto *bpl = new QHBoxLayout(bp);
    bpl->setContentsMargins(0, 0, 0, 0);
    bpl->addWidget(m_sbp);
    bpl->addWidget(new QLabel(QStringLiteral("/"), bp));
    bpl->addWidget(m_dbp);
    bpl->addWidget(new QLabel(QStringLiteral("mmHg"), bp));
    bpl->addStretch();
    bp->setFocusProxy(m_sbp);
    addField(right, QStringLiteral("bp"), tr("血压(&B)"), bp);
    addField(right, QStringLiteral("hb"), tr("血红蛋白(&E)"), m_hb);
    auto *hist = new QWidget(this);
    auto *hl = new QGridLayout(hist);
    hl->setContentsMargins(0, 0, 0, 0);
    hl->addWidget(m_preterm, 0, 0);
    hl->addWidget(m_perinatal, 0, 1);
    hl->addWidget(m_defect, 1, 0);
    hl->addWidget(m_ectopic, 1, 1);
    right->addRow(tr("孕产史"), hist);
    auto *tests = new QWidget(this);
    auto *tl = new QGridLayout(tests);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_hbsag, 0, 0);
    tl->addWidget(m_syphilis, 0, 1);
    tl->addWidget(m_hiv, 1, 0);
    right->addRow(tr("检验"), tests);
    right->addRow(QString(), m_midwifery);
    addField(right, QStringLiteral("guidance"), tr("指导/转诊"), m_guidance);
    right->addRow(tr("风险筛查"), m_risk);
    auto *confirm = new QWidget(this);
    auto *cl = new QHBoxLayout(confirm);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_confirm);
    cl->addWidget(m_purple);
    confirm->setFocusProxy(m_confirm);
    addField(right, QStringLiteral("risk_grade"), tr("风险分级(&R)"), confirm);

    auto *grid = new QGridLayout;
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    auto *body = new QWidget(this);
    auto *bl = new QVBoxLayout(body);
    bl->addLayout(grid);
    bl->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("建册 (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    for (QAbstractButton *b : buttons->buttons())
        if (auto *p = qobject_cast<QPushButton *>(b)) {
            p->setAutoDefault(false);
            p->setDefault(false);
        }
    connect(buttons, &QDialogButtonBox::accepted, this, &PregnancyBookingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PregnancyBookingDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(980, 620);

    for (QDateEdit *d : {m_booked, m_lmp, m_ultrasound})
        connect(d, &QDateEdit::dateChanged, this, &PregnancyBookingDialog::refresh);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &PregnancyBookingDialog::refresh);
    for (QLineEdit *e : {m_height, m_weight, m_sbp, m_dbp, m_hb})
        connect(e, &QLineEdit::textChanged, this, &PregnancyBookingDialog::refresh);
    for (QSpinBox *s : {m_miscarriages, m_caesareans})
        connect(s, &QSpinBox::valueChanged, this, &PregnancyBookingDialog::refresh);
    for (QCheckBox *c : {m_preterm, m_perinatal, m_defect, m_ectopic, m_hbsag, m_syphilis, m_hiv})
        connect(c, &QCheckBox::toggled, this, &PregnancyBookingDialog::refresh);
    refresh();
    if (!context.scope.can(QStringLiteral("maternal.write")))
        m_banner->showMessage(tr("您的角色无权为孕产妇建册"), MessageBanner::Error);
    m_guard = new FormGuard(this, context, QStringLiteral("pregnancy_booking"), residentId);
    m_lmp->setFocus();
}

void PregnancyBookingDialog::addField(QFormLayout *form, const QString &field, const QString &label,
                                      QWidget *w)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(w);
    auto *error = new QLabel(box);
    error->setObjectName(field + QStringLiteral("_error"));
    error->setStyleSheet(QStringLiteral("color:#b00020"));
    error->setWordWrap(true);
    error->hide();
    v->addWidget(error);
    auto *l = new QLabel(label, this);
    l->setBuddy(w->focusProxy() ? w->focusProxy() : w);
    form->addRow(l, box);
    m_errors.insert(field, error);
}

Models::Pregnancy PregnancyBookingDialog::draft() const
{
    Models::Pregnancy p;
    p.residentId = m_residentId;
    p.bookedOn = m_booked->date();
    p.lmp = m_lmp->date();
    p.eddRule = m_rule->currentData().toString();
    if (m_ultrasound->date() != NoDate)
        p.ultrasoundEdd = m_ultrasound->date();
    p.gravidity = m_gravidity->value();
    p.parity = m_parity->value();
    p.midwifery = m_midwifery->isChecked();
    QJsonObject screen;
    auto num = [&screen](const char *key, const QLineEdit *e) {
        bool ok = false;
        const double v = e->text().trimmed().toDouble(&ok);
        if (ok)
            screen.insert(QLatin1String(key), v);
    };
    num("sbp", m_sbp);
    num("dbp", m_dbp);
    num("hb", m_hb);
    bool okH = false, okW = false;
    const double h = m_height->text().toDouble(&okH), w = m_weight->text().toDouble(&okW);
    if (okH && okW && h > 100)
        screen.insert(QStringLiteral("bmi"), w / (h / 100) / (h / 100));
    screen.insert(QStringLiteral("miscarriages"), m_miscarriages->value());
    screen.insert(QStringLiteral("caesareans"), m_caesareans->value());
    screen.insert(QStringLiteral("history_preterm"), m_preterm->isChecked() ? 1 : 0);
    screen.insert(QStringLiteral("history_perinatal_death"), m_perinatal->isChecked() ? 1 : 0);
    screen.insert(QStringLiteral("history_defect"), m_defect->isChecked() ? 1 : 0);
    screen.insert(QStringLiteral("history_ectopic"), m_ectopic->isChecked() ? 1 : 0);
    screen.insert(QStringLiteral("hbsag_positive"), m_hbsag->isChecked() ? 1 : 0);
    screen.insert(QStringLiteral("syphilis_positive"), m_syphilis->isChecked() ? 1 : 0);
    screen.insert(QStringLiteral("hiv_positive"), m_hiv->isChecked() ? 1 : 0);
    QJsonObject form{{QStringLiteral("screen"), screen}};
    for (auto [key, e] : {std::pair{"height_cm", m_height},
                          {"weight_kg", m_weight},
                          {"husband", m_husband},
                          {"history", m_history},
                          {"guidance", m_guidance}})
        if (!e->text().trimmed().isEmpty())
            form.insert(QLatin1String(key), e->text().trimmed());
    p.bookingForm = form;
    p.riskGrade = m_confirm->currentData().toString();
    p.riskInfectious = m_purple->isChecked();
    return p;
}

void PregnancyBookingDialog::refresh()
{
    const Models::Pregnancy p = draft();
    const Models::PregnancyDates d(p.lmp, p.eddRule, p.ultrasoundEdd);
    const Models::GestationalAge ga = d.ageOn(p.bookedOn);
    if (!ga.valid()) {
        m_dates->setText(tr("末次月经晚于建册日期"));
    } else {
        const auto *t = d.trimesterOn(p.bookedOn);
        m_dates->setText(
            tr("预产期 %1（%2），孕 %3，%4%5")
                .arg(Models::isoDate(d.edd()),
                     d.eddRule() == QLatin1String("ultrasound") ? tr("B超校正")
                                                                : m_rule->currentText(),
                     ga.text(), t ? t->displayLabel() : QString(),
                     d.earlyBooking(p.bookedOn) ? tr("，早孕建册") : tr("，已满13周")));
    }
    QJsonObject facts = p.bookingForm.value(QStringLiteral("screen")).toObject();
    facts.insert(QStringLiteral("age"), Models::ageInYears(m_resident.birthDate, p.bookedOn));
    const Models::RiskScreenResult r = Models::RiskScreen::get().screen(facts);
    m_proposed = r.colour;
    QStringList why;
    for (const Models::RiskFinding &f : r.findings)
        why << f.label;
    m_risk->setText(tr("建议：%1%2%3")
                        .arg(Models::RiskScreen::colourLabel(r.colour),
                             r.infectious ? tr(" + 紫色") : QString(),
                             why.isEmpty() ? QString() : tr("（%1）").arg(why.join(tr("、")))));
    if (r.infectious && !m_purple->isChecked())
        m_purple->setChecked(true);
}

QString PregnancyBookingDialog::datesText() const
{
    return m_dates->text();
}

QString PregnancyBookingDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void PregnancyBookingDialog::showError(const Models::Error &e)
{
    if (QLabel *l = m_errors.value(e.field)) {
        l->setText(e.message);
        l->show();
    } else {
        m_banner->showMessage(e.message, MessageBanner::Error);
    }
}

void PregnancyBookingDialog::save()
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    m_banner->clear();
    const Models::Pregnancy p = draft();
    if (p.riskGrade.isEmpty()) {
        showError(Models::makeError(
            QStringLiteral("pregnancy.risk"),
            tr("请医生确认风险分级（建议：%1）").arg(Models::RiskScreen::colourLabel(m_proposed)),
            QStringLiteral("risk_grade")));
        return;
    }
    auto r = Models::PregnancyRepository(m_context.connection).book(m_context.scope, p);
    if (!r) {
        showError(r.error());
        return;
    }
    m_savedId = r->id;
    m_guard->saved();
    accept();
}

void PregnancyBookingDialog::reject()
{
    if (m_guard && !m_guard->allowClose())
        return;
    QDialog::reject();
}

} // namespace Gui
