#include "birthdialog.h"

#include "formguard.h"
#include "messagebanner.h"
#include "pregnancyrepository.h"
#include "residentrepository.h"
#include "residenttitle.h"

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
}

BirthDialog::BirthDialog(const Context &context, const QString &residentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    if (auto r = Models::ResidentRepository(context.connection).findById(context.scope, residentId))
        m_resident = *r;
    setWindowTitle(residentTitle(m_resident, tr("分娩登记")));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    auto list =
        Models::PregnancyRepository(context.connection).pregnanciesOf(context.scope, residentId);
    if (!list)
        m_banner->showMessage(list.error().message, MessageBanner::Error);
    else
        for (const Models::Pregnancy &p : *list)
            if (p.isOpen() && !p.deliveredOn.isValid()) {
                m_pregnancy = p;
                break;
            }
    if (list && m_pregnancy.id.isEmpty())
        m_banner->showMessage(tr("该居民没有待分娩的孕产期记录"), MessageBanner::Error);

    m_delivered = new QDateEdit(QDate::currentDate(), this);
    m_delivered->setObjectName(QStringLiteral("deliveredOn"));
    m_discharged = new QDateEdit(this);
    m_discharged->setObjectName(QStringLiteral("dischargedOn"));
    m_discharged->setMinimumDate(NoDate);
    m_discharged->setSpecialValueText(tr("未出院/不详"));
    m_discharged->setDate(NoDate);
    for (QDateEdit *d : {m_delivered, m_discharged}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("助产机构名称；在家分娩填“无”"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("活产"), QStringLiteral("live_birth"));
    m_outcome->addItem(tr("死胎死产"), QStringLiteral("stillbirth"));
    m_outcome->addItem(tr("自然流产"), QStringLiteral("miscarriage"));
    m_outcome->addItem(tr("人工流产/引产"), QStringLiteral("induced"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("babyCount"));
    m_count->setRange(0, 3);
    m_count->setValue(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, QStringLiteral("delivered_on"), tr("分娩日期(&D)"), m_delivered);
    addField(form, QStringLiteral("place"), tr("分娩地点(&P)"), m_place);
    addField(form, QStringLiteral("outcome"), tr("妊娠结局(&O)"), m_outcome);
    addField(form, QStringLiteral("discharged_on"), tr("出院日期(&C)"), m_discharged);
    addField(form, QStringLiteral("babies"), tr("新生儿数(&N)"), m_count);
    for (int i = 0; i < 3; ++i) {
        Baby b;
        b.row = new QWidget(this);
        auto *h = new QHBoxLayout(b.row);
        h->setContentsMargins(0, 0, 0, 0);
        b.sex = new QComboBox(b.row);
        b.sex->setObjectName(QStringLiteral("babySex%1").arg(i + 1));
        b.sex->addItem(QString(), QString());
        b.sex->addItem(tr("男"), QStringLiteral("M"));
        b.sex->addItem(tr("女"), QStringLiteral("F"));
        b.name = new QLineEdit(b.row);
        b.name->setObjectName(QStringLiteral("babyName%1").arg(i + 1));
        b.name->setPlaceholderText(tr("姓名（未取名可空：%1之男/之女）").arg(m_resident.name));
        b.weight = new QLineEdit(b.row);
        b.weight->setObjectName(QStringLiteral("babyWeight%1").arg(i + 1));
        b.weight->setPlaceholderText(tr("出生体重 g"));
        b.weight->setMaximumWidth(110);
        b.length = new QLineEdit(b.row);
        b.length->setObjectName(QStringLiteral("babyLength%1").arg(i + 1));
        b.length->setPlaceholderText(tr("身长 cm"));
        b.length->setMaximumWidth(90);
        h->addWidget(b.sex);
        h->addWidget(b.name, 1);
        h->addWidget(b.weight);
        h->addWidget(b.length);
        auto *label = new QLabel(tr("新生儿%1").arg(i + 1), this);
        label->setBuddy(b.sex);
        form->addRow(label, b.row);
        m_babies << b;
    }
    m_errors.insert(QStringLiteral("sex"), m_errors.value(QStringLiteral("babies")));
    m_errors.insert(QStringLiteral("birth_weight_g"), m_errors.value(QStringLiteral("babies")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("登记 (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    for (QAbstractButton *b : buttons->buttons())
        if (auto *p = qobject_cast<QPushButton *>(b)) {
            p->setAutoDefault(false);
            p->setDefault(false);
        }
    connect(buttons, &QDialogButtonBox::accepted, this, &BirthDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &BirthDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(720, 480);
    connect(m_count, &QSpinBox::valueChanged, this, &BirthDialog::babiesChanged);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        const bool live = m_outcome->currentData().toString() == QLatin1String("live_birth");
        m_count->setValue(live ? std::max(1, m_count->value()) : 0);
        m_count->setEnabled(live);
    });
    babiesChanged();
    m_guard = new FormGuard(this, context, QStringLiteral("birth"), residentId);
    m_delivered->setFocus();
}

void BirthDialog::babiesChanged()
{
    for (int i = 0; i < m_babies.size(); ++i)
        m_babies[i].row->setEnabled(i < m_count->value());
}

void BirthDialog::addField(QFormLayout *form, const QString &field, const QString &label,
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

Models::BirthRecord BirthDialog::draft() const
{
    Models::BirthRecord b;
    b.deliveredOn = m_delivered->date();
    b.place = m_place->text().trimmed();
    b.outcome = m_outcome->currentData().toString();
    if (m_discharged->date() != NoDate)
        b.dischargedOn = m_discharged->date();
    for (int i = 0; i < m_count->value() && i < m_babies.size(); ++i) {
        const Baby &x = m_babies.at(i);
        const QString sex = x.sex->currentData().toString();
        b.babies << Models::Newborn{x.name->text().trimmed(), sex.isEmpty() ? QChar() : sex.at(0),
                                    x.weight->text().toInt(), x.length->text().toDouble()};
    }
    return b;
}

QString BirthDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QString BirthDialog::bannerText() const
{
    return m_banner->text();
}

void BirthDialog::showError(const Models::Error &e)
{
    if (QLabel *l = m_errors.value(e.field)) {
        l->setText(e.message);
        l->show();
    } else {
        m_banner->showMessage(e.message, MessageBanner::Error);
    }
}

void BirthDialog::save()
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    m_banner->clear();
    if (m_pregnancy.id.isEmpty()) {
        m_banner->showMessage(tr("该居民没有待分娩的孕产期记录"), MessageBanner::Error);
        return;
    }
    auto r = Models::PregnancyRepository(m_context.connection)
                 .registerBirth(m_context.scope, m_pregnancy.id, draft());
    if (!r) {
        showError(r.error());
        return;
    }
    m_created = *r;
    m_guard->saved();
    accept();
}

void BirthDialog::reject()
{
    if (m_guard && !m_guard->allowClose())
        return;
    QDialog::reject();
}

} // namespace Gui
