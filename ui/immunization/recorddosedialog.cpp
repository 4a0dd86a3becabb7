#include "recorddosedialog.h"

#include "codetable.h"
#include "formguard.h"
#include "residenttitle.h"

#include "immunizationrepository.h"
#include "messagebanner.h"
#include "staffdirectory.h"
#include "vaccinenames.h"

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
QComboBox *codeBox(const QString &table, const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    for (const Models::Code &c : Models::CodeTable::get(table).codes())
        box->addItem(c.label(), c.code);
    return box;
}
} // namespace

RecordDoseDialog::RecordDoseDialog(const Context &context, const Models::ChildImmunization &child,
                                   const QVector<Models::PlannedDose> &open, Mode mode,
                                   QWidget *parent)
    : QDialog(parent), m_context(context), m_child(child), m_mode(mode)
{
    setWindowTitle(residentTitle(context, child.residentId,
                                 mode == Here ? tr("记录接种") : tr("补录外单位/历史接种")));
    setObjectName(QStringLiteral("recordDoseDialog"));
    const Models::Schedule &schedule = Models::ScheduleSet::instance().forBirth(child.birth);

    m_dose = new QComboBox(this);
    m_dose->setObjectName(QStringLiteral("dose"));
    for (const Models::PlannedDose &d : open)
        m_dose->addItem(
            tr("%1 第%2剂%3")
                .arg(Models::VaccineNames::nameWithCode(d.vaccine))
                .arg(d.dose)
                .arg(d.status == Models::DoseStatus::Overdue ? tr("— 逾期") : QString()),
            d.vaccine);
    if (!open.isEmpty())
        m_dose->insertSeparator(m_dose->count());
    // Any other vaccine: programme ones first; one not due needs an override reason.
    for (bool programme : {true, false})
        for (const Models::VaccineProduct &p : schedule.products)
            if (p.programme == programme)
                m_dose->addItem(Models::VaccineNames::nameWithCode(p.abbr), p.abbr);
    m_lot = new QComboBox(this);
    m_lot->setObjectName(QStringLiteral("lot"));
    m_lotNo = new QLineEdit(this);
    m_lotNo->setObjectName(QStringLiteral("lotNo"));
    m_clinic = new QLineEdit(this);
    m_clinic->setObjectName(QStringLiteral("clinic"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("givenOn"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setMinimumDate(child.birth);
    m_site = codeBox(QStringLiteral("vaccine_site"), QStringLiteral("site"), this);
    m_route = codeBox(QStringLiteral("vaccine_route"), QStringLiteral("route"), this);
    // Who gave it: the staff by name. A dose from elsewhere may name someone not on the roster.
    m_vaccinator = new QComboBox(this);
    m_vaccinator->setObjectName(QStringLiteral("vaccinator"));
    m_vaccinator->setEditable(mode == Elsewhere);
    if (mode == Elsewhere)
        m_vaccinator->addItem(QString(), QString());
    const Models::StaffDirectory staff(context.connection);
    for (const Models::StaffPerson &p : staff.teamRoster(context.scope))
        m_vaccinator->addItem(p.name, p.key);
    if (mode == Here) {
        if (m_vaccinator->findData(context.scope.userId) < 0)
            m_vaccinator->insertItem(0, staff.displayName(context.scope.userId),
                                     context.scope.userId);
        m_vaccinator->setCurrentIndex(m_vaccinator->findData(context.scope.userId));
    }
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setPlaceholderText(tr("不符合程序时必填：确需接种的原因（将记入审计日志）"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("疫苗/剂次(&V)"), m_dose);
    if (mode == Here) {
        form->addRow(tr("批号（库存）(&L)"), m_lot);
    } else {
        form->addRow(tr("批号(&L)"), m_lotNo);
        form->addRow(tr("接种单位(&C)"), m_clinic);
        m_lot->hide();
    }
    form->addRow(tr("接种日期(&D)"), m_date);
    form->addRow(tr("部位(&S)"), m_site);
    form->addRow(tr("途径(&T)"), m_route);
    form->addRow(tr("接种者(&P)"), m_vaccinator);
    if (mode == Here)
        form->addRow(tr("超程序原因(&R)"), m_override);
    else
        m_override->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("记录 (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消 (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDoseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDoseDialog::reject);
    new FormGuard(this, m_context,
                  mode == Here ? QStringLiteral("dose") : QStringLiteral("dose_elsewhere"),
                  child.residentId);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_dose, &QComboBox::currentIndexChanged, this, &RecordDoseDialog::vaccineChanged);
    connect(m_lot, &QComboBox::currentIndexChanged, this, &RecordDoseDialog::runCheck);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        loadLots();
        runCheck();
    });
    vaccineChanged();
    m_dose->setFocus();
}

QString RecordDoseDialog::currentVaccine() const
{
    return m_dose->currentData().toString();
}

void RecordDoseDialog::vaccineChanged()
{
    const Models::Schedule &s = Models::ScheduleSet::instance().forBirth(m_child.birth);
    if (const Models::VaccineProduct *p = s.product(currentVaccine())) {
        m_site->setCurrentIndex(qMax(0, m_site->findData(p->siteCode())));
        m_site->setToolTip(p->site); // the schedule's words: 上臂外侧三角肌下缘附着处
        m_route->setCurrentIndex(qMax(0, m_route->findData(p->route)));
    }
    loadLots();
    runCheck();
}

void RecordDoseDialog::loadLots()
{
    if (m_mode != Here)
        return;
    const QSignalBlocker block(m_lot);
    m_lot->clear();
    m_nearExpiry.clear();
    auto lots = Models::ImmunizationRepository(m_context.connection)
                    .lots(m_context.scope, currentVaccine(), m_date->date());
    const int days = Models::ScheduleSet::instance().all().last().lotNearExpiryDays;
    if (lots)
        for (const Models::VaccineLot &l : *lots) {
            const bool near = l.expiresWithin(QDate::currentDate(), days);
            m_lot->addItem(tr("%1  %2  有效期至%3  库存%4剂%5")
                               .arg(l.lotNo, l.manufacturer, l.expiry.toString(Qt::ISODate))
                               .arg(l.remaining())
                               .arg(near ? tr("（近效期）") : QString()),
                           l.id);
            if (near)
                m_nearExpiry.insert(l.id, l.expiry);
        }
}

void RecordDoseDialog::runCheck()
{
    m_message->clear();
    if (m_mode != Here)
        return;
    QStringList lines;
    if (m_lot->count() == 0)
        lines << tr("库存中没有该疫苗的有效批号，请先入库");
    QString notice;
    if (const QString lot = m_lot->currentData().toString(); m_nearExpiry.contains(lot))
        notice =
            tr("注意：该批号将于%1到期，请核对").arg(m_nearExpiry.value(lot).toString(Qt::ISODate));
    auto check =
        Models::ImmunizationRepository(m_context.connection)
            .checkDose(m_context.scope, m_child.residentId, currentVaccine(), m_date->date());
    if (check && !check->allowed)
        lines << tr("不符合免疫程序：%1。如确需接种，请填写原因。")
                     .arg(check->reasons.join(QStringLiteral("；")));
    else if (check && !check->notes.isEmpty())
        m_message->setToolTip(check->notes.join(QLatin1Char('\n')));
    if (!lines.isEmpty())
        m_message->showMessage(lines.join(QLatin1Char('\n')), MessageBanner::Error);
    else if (!notice.isEmpty())
        m_message->showMessage(notice, MessageBanner::Warning);
    else
        m_message->setText(QString());
}

void RecordDoseDialog::accept()
{
    Models::VaccineDose d;
    d.residentId = m_child.residentId;
    d.vaccine = currentVaccine();
    d.givenOn = m_date->date();
    d.source = m_mode == Here ? QStringLiteral("here") : QStringLiteral("elsewhere");
    d.lotId = m_mode == Here ? m_lot->currentData().toString() : QString();
    d.lotNo = m_lotNo->text().trimmed();
    d.clinic = m_clinic->text().trimmed();
    d.site = m_site->currentData().toString();
    d.route = m_route->currentData().toString();
    // A typed name (elsewhere) is kept as written; a picked one stores the person's key.
    const int picked = m_vaccinator->findText(m_vaccinator->currentText());
    d.vaccinator = picked >= 0 ? m_vaccinator->itemData(picked).toString()
                               : m_vaccinator->currentText().trimmed();
    d.overrideReason = m_override->text().trimmed();
    auto r = Models::ImmunizationRepository(m_context.connection)
                 .recordDose(m_context.scope, d, QDate::currentDate());
    if (!r) {
        m_message->setText(r.error().message);
        if (r.error().field == QLatin1String("override_reason"))
            m_override->setFocus();
        else if (r.error().field == QLatin1String("lot"))
            m_lot->setFocus();
        else if (r.error().field == QLatin1String("given_on"))
            m_date->setFocus();
        else if (r.error().field == QLatin1String("site"))
            m_site->setFocus();
        else if (r.error().field == QLatin1String("route"))
            m_route->setFocus();
        return;
    }
    m_recorded = *r;
    findChild<FormGuard *>()->saved();
    QDialog::accept();
}

void RecordDoseDialog::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

} // namespace Gui
