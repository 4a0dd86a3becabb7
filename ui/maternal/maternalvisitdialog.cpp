#include "maternalvisitdialog.h"

#include "formguard.h"
#include "messagebanner.h"
#include "pregnancydates.h"
#include "pregnancyrepository.h"
#include "residentrepository.h"
#include "residenttitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui {

namespace {
const QDate NoDate(2000, 1, 1);

QLineEdit *line(QWidget *parent, const QString &name, const QString &hint, int width = 120)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(hint);
    if (width)
        e->setMaximumWidth(width);
    return e;
}
} // namespace

MaternalVisitDialog::MaternalVisitDialog(const Context &context, const QString &residentId,
                                         Kind kind, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId), m_kind(kind)
{
    if (auto r = Models::ResidentRepository(context.connection).findById(context.scope, residentId))
        m_resident = *r;
    const QString title = kind == Prenatal     ? tr("产前随访")
                          : kind == Postpartum ? tr("产后访视")
                                               : tr("产后42天健康检查");
    setWindowTitle(residentTitle(m_resident, title));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    auto list =
        Models::PregnancyRepository(context.connection).pregnanciesOf(context.scope, residentId);
    if (!list)
        m_banner->showMessage(list.error().message, MessageBanner::Error);
    else
        for (const Models::Pregnancy &p : *list)
            if (p.isOpen()) {
                m_pregnancy = p;
                break;
            }
    if (list && m_pregnancy.id.isEmpty())
        m_banner->showMessage(tr("该居民没有未结案的孕产期记录，请先建册"), MessageBanner::Error);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_gestation = new QLabel(this);
    m_gestation->setObjectName(QStringLiteral("gestation"));
    m_visitNo = new QSpinBox(this);
    m_visitNo->setObjectName(QStringLiteral("visitNo"));
    m_visitNo->setRange(2, 5);
    m_urged = new QCheckBox(tr("只记录督促日期（本机构无助产资质）"), this);
    m_urged->setObjectName(QStringLiteral("urgedOnly"));
    m_urged->setChecked(!m_pregnancy.id.isEmpty() && !m_pregnancy.midwifery);
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("classification"));
    m_disposition = new QComboBox(this);
    m_disposition->setObjectName(QStringLiteral("disposition"));
    m_class->addItem(QString(), QString());
    if (kind == Check42) {
        m_class->addItem(tr("已恢复"), QStringLiteral("recovered"));
        m_class->addItem(tr("未恢复"), QStringLiteral("not_recovered"));
        m_disposition->addItem(QString(), QString());
        m_disposition->addItem(tr("结案"), QStringLiteral("closed"));
        m_disposition->addItem(tr("转诊"), QStringLiteral("referred"));
    } else {
        m_class->addItem(tr("未见异常"), QStringLiteral("normal"));
        m_class->addItem(tr("异常"), QStringLiteral("abnormal"));
    }
    m_complaint =
        line(this, QStringLiteral("complaint"),
             kind == Prenatal ? tr("主诉") : tr("一般健康、心理状况；乳房、恶露、子宫、伤口"), 0);
    m_weight = line(this, QStringLiteral("weight"), tr("kg"));
    m_sbp = line(this, QStringLiteral("sbp"), tr("收缩压"), 80);
    m_dbp = line(this, QStringLiteral("dbp"), tr("舒张压"), 80);
    m_hb = line(this, QStringLiteral("hb"), tr("g/L"));
    m_fundal = line(this, QStringLiteral("fundal"), tr("cm"));
    m_fetalHeart = line(this, QStringLiteral("fetalHeart"), tr("次/分"));
    m_guidance = line(this, QStringLiteral("guidance"), tr("指导"), 0);
    m_referral = line(this, QStringLiteral("referral"), tr("转诊原因、机构及科室，无则不填"), 0);
    m_next = new QDateEdit(this);
    m_next->setObjectName(QStringLiteral("nextDate"));
    m_next->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_next->setCalendarPopup(true);
    m_next->setMinimumDate(NoDate);
    m_next->setSpecialValueText(tr("未定"));
    m_next->setDate(NoDate);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, QStringLiteral("visit_date"), tr("随访日期(&D)"), m_date);
    if (kind == Prenatal) {
        form->addRow(tr("孕周"), m_gestation);
        addField(form, QStringLiteral("visit_no"), tr("第几次(&N)"), m_visitNo);
        form->addRow(QString(), m_urged);
    }
    addField(form, QStringLiteral("complaint"), kind == Prenatal ? tr("主诉(&C)") : tr("情况(&C)"),
             m_complaint);
    auto *bp = new QWidget(this);
    auto *bpl = new QHBoxLayout(bp);
    bpl->setContentsMargins(0, 0, 0, 0);
    bpl->addWidget(m_sbp);
    bpl->addWidget(new QLabel(QStringLiteral("/"), bp));
    bpl->addWidget(m_dbp);
    bpl->addWidget(new QLabel(QStringLiteral("mmHg"), bp));
    bpl->addStretch();
    bp->setFocusProxy(m_sbp);
    addField(form, QStringLiteral("bp"), tr("血压(&B)"), bp);
    if (kind == Prenatal) {
        addField(form, QStringLiteral("weight"), tr("体重(&W)"), m_weight);
        addField(form, QStringLiteral("fundal"), tr("宫底高度(&F)"), m_fundal);
        addField(form, QStringLiteral("fetal_heart"), tr("胎心率(&H)"), m_fetalHeart);
        addField(form, QStringLiteral("hb"), tr("血红蛋白(&E)"), m_hb);
    }
    addField(form, QStringLiteral("classification"), tr("分类(&L)"), m_class);
    if (kind == Check42)
        addField(form, QStringLiteral("disposition"), tr("处理(&P)"), m_disposition);
    addField(form, QStringLiteral("guidance"), tr("指导(&G)"), m_guidance);
    addField(form, QStringLiteral("referral"), tr("转诊(&R)"), m_referral);
    addField(form, QStringLiteral("next_date"), tr("下次随访(&X)"), m_next);

    // The fields another kind of visit has are not on this form.
    for (QWidget *w : {static_cast<QWidget *>(m_gestation), static_cast<QWidget *>(m_visitNo),
                       static_cast<QWidget *>(m_urged), static_cast<QWidget *>(m_weight),
                       static_cast<QWidget *>(m_fundal), static_cast<QWidget *>(m_fetalHeart),
                       static_cast<QWidget *>(m_hb)})
        w->setVisible(kind == Prenatal);
    m_disposition->setVisible(kind == Check42);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存 (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    for (QAbstractButton *b : buttons->buttons())
        if (auto *p = qobject_cast<QPushButton *>(b)) {
            p->setAutoDefault(false);
            p->setDefault(false);
        }
    connect(buttons, &QDialogButtonBox::accepted, this, &MaternalVisitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &MaternalVisitDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(620, 560);
    connect(m_date, &QDateEdit::dateChanged, this, &MaternalVisitDialog::refresh);
    refresh();
    m_guard = new FormGuard(this, context,
                            kind == Prenatal ? QStringLiteral("prenatal_visit")
                                             : QStringLiteral("postpartum_visit"),
                            residentId);
    m_date->setFocus();
}

void MaternalVisitDialog::addField(QFormLayout *form, const QString &field, const QString &label,
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

void MaternalVisitDialog::refresh()
{
    if (m_pregnancy.id.isEmpty() || m_kind != Prenatal)
        return;
    const bool us = m_pregnancy.eddRule == QLatin1String("ultrasound");
    const Models::PregnancyDates d(m_pregnancy.lmp, us ? QString() : m_pregnancy.eddRule,
                                   us ? m_pregnancy.edd : QDate());
    const Models::GestationalAge ga = d.ageOn(m_date->date());
    m_gestation->setText(ga.valid() ? ga.text() : QString());
    // The visit whose window holds the date, as a proposal.
    for (const Models::PrenatalWindow &w : d.windows())
        if (w.visit >= 2 && m_date->date() >= w.from && m_date->date() <= w.to)
            m_visitNo->setValue(w.visit);
}

QString MaternalVisitDialog::gestationText() const
{
    return m_gestation->text();
}

Models::MaternalVisit MaternalVisitDialog::draft() const
{
    Models::MaternalVisit v;
    v.pregnancyId = m_pregnancy.id;
    v.kind = m_kind == Prenatal     ? QStringLiteral("prenatal")
             : m_kind == Postpartum ? QStringLiteral("postpartum")
                                    : QStringLiteral("check42");
    v.visitNo = m_kind == Prenatal ? m_visitNo->value() : 0;
    v.visitDate = m_date->date();
    v.urgedOnly = m_kind == Prenatal && m_urged->isChecked();
    v.classification = m_class->currentData().toString();
    v.disposition = m_kind == Check42 ? m_disposition->currentData().toString() : QString();
    QJsonObject f;
    for (auto [key, e] : {std::pair{"complaint", m_complaint},
                          {"weight_kg", m_weight},
                          {"sbp", m_sbp},
                          {"dbp", m_dbp},
                          {"hb", m_hb},
                          {"fundal_cm", m_fundal},
                          {"fetal_heart", m_fetalHeart},
                          {"guidance", m_guidance},
                          {"referral", m_referral}})
        if (!e->text().trimmed().isEmpty())
            f.insert(QLatin1String(key), e->text().trimmed());
    v.form = f;
    if (m_next->date() != NoDate)
        v.nextDate = m_next->date();
    return v;
}

QString MaternalVisitDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QString MaternalVisitDialog::bannerText() const
{
    return m_banner->text();
}

void MaternalVisitDialog::showError(const Models::Error &e)
{
    if (QLabel *l = m_errors.value(e.field)) {
        l->setText(e.message);
        l->show();
    } else {
        m_banner->showMessage(e.message, MessageBanner::Error);
    }
}

void MaternalVisitDialog::save()
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    m_banner->clear();
    if (m_pregnancy.id.isEmpty()) {
        m_banner->showMessage(tr("该居民没有未结案的孕产期记录，请先建册"), MessageBanner::Error);
        return;
    }
    auto r =
        Models::PregnancyRepository(m_context.connection).recordVisit(m_context.scope, draft());
    if (!r) {
        showError(r.error());
        return;
    }
    m_guard->saved();
    accept();
}

void MaternalVisitDialog::reject()
{
    if (m_guard && !m_guard->allowClose())
        return;
    QDialog::reject();
}

} // namespace Gui
