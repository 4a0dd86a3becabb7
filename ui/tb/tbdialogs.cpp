#include "tbdialogs.h"

#include "formguard.h"
#include "messagebanner.h"
#include "referraldialog.h"
#include "residenttitle.h"
#include "sourcewords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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

QDateTimeEdit *dateTimeEdit(QWidget *parent, const QString &name, const QDateTime &t)
{
    auto *e = new QDateTimeEdit(t, parent);
    e->setObjectName(name);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    e->setCalendarPopup(true);
    return e;
}

void showError(MessageBanner *banner, QWidget *form, const Models::Error &e)
{
    banner->setText(e.message);
    if (QWidget *w = form->findChild<QWidget *>(e.field))
        w->setFocus();
}

} // namespace

TbRegistrationDialog::TbRegistrationDialog(const Context &context, const QString &residentId,
                                           QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setWindowTitle(residentTitle(m_context, residentId, tr("肺结核患者登记")));
    auto *form = new QFormLayout(this);
    m_notified = dateTimeEdit(this, QStringLiteral("notified_at"), QDateTime::currentDateTime());
    form->addRow(tr("接到通知时间(&T)"), m_notified);
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("notifying_unit"));
    m_unit->setPlaceholderText(tr("结核病定点医疗机构"));
    form->addRow(tr("通知单位"), m_unit);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("patient_type"));
    addSourceItems(m_type, "Gui::TbRegistrationDialog",
                   {QT_TRANSLATE_NOOP("Gui::TbRegistrationDialog", "初治"),
                    QT_TRANSLATE_NOOP("Gui::TbRegistrationDialog", "复治"),
                    QT_TRANSLATE_NOOP("Gui::TbRegistrationDialog", "耐药")});
    form->addRow(tr("患者类型"), m_type);
    m_regimen = new QLineEdit(QStringLiteral("2HRZE/4HR"), this);
    m_regimen->setObjectName(QStringLiteral("regimen"));
    form->addRow(tr("化疗方案(&R)"), m_regimen);
    const QDate today = QDate::currentDate();
    m_start = dateEdit(this, QStringLiteral("intensive_start"), today);
    form->addRow(tr("强化期开始"), m_start);
    m_intensiveEnd =
        dateEdit(this, QStringLiteral("intensive_end"), today.addMonths(2).addDays(-1));
    form->addRow(tr("强化期结束"), m_intensiveEnd);
    m_end = dateEdit(this, QStringLiteral("continuation_end"), today.addMonths(6).addDays(-1));
    form->addRow(tr("继续期结束"), m_end);
    auto *hint = new QLabel(tr("日期按定点医疗机构的通知填写。"), this);
    form->addRow(hint);
    m_supervision = new QComboBox(this);
    m_supervision->setObjectName(QStringLiteral("supervision"));
    m_supervision->addItems(Models::TbRules::standard().supervisionModes());
    form->addRow(tr("督导方式(&S)"), m_supervision);
    m_error = new MessageBanner(this);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TbRegistrationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TbRegistrationDialog::reject);
    new FormGuard(this, m_context, QStringLiteral("tb_registration"), residentId);
}

void TbRegistrationDialog::save()
{
    Models::TbPatient p;
    p.residentId = m_residentId;
    p.notifiedAt = m_notified->dateTime().toUTC();
    p.notifyingUnit = m_unit->text().trimmed();
    p.patientType = sourceText(m_type);
    p.regimen = m_regimen->text().trimmed();
    p.intensiveStart = m_start->date();
    p.intensiveEnd = m_intensiveEnd->date();
    p.continuationEnd = m_end->date();
    p.supervision = m_supervision->currentText();
    auto r = Models::TbRepository(m_context.connection).registerPatient(m_context.scope, p);
    if (!r) {
        showError(m_error, this, r.error());
        return;
    }
    findChild<FormGuard *>()->saved();
    QDialog::accept();
}

void TbRegistrationDialog::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

TbVisitDialog::TbVisitDialog(const Context &context, const Models::TbPatient &patient,
                             const QString &kind, QWidget *parent)
    : QDialog(parent), m_context(context), m_patient(patient), m_kind(kind)
{
    const QString title = kind == QLatin1String("first") ? tr("肺结核第一次入户随访")
                          : kind == QLatin1String("end") ? tr("肺结核结案评估")
                                                         : tr("肺结核随访");
    setWindowTitle(residentTitle(m_context, patient.residentId, title));
    auto *form = new QFormLayout(this);
    m_at = dateTimeEdit(this, QStringLiteral("visited_at"), QDateTime::currentDateTime());
    form->addRow(tr("随访时间(&T)"), m_at);
    m_window = new QLabel(this);
    m_window->setObjectName(QStringLiteral("window"));
    form->addRow(m_window);
    m_found = new QCheckBox(tr("见到患者"), this);
    m_found->setObjectName(QStringLiteral("found"));
    m_found->setChecked(true);
    form->addRow(m_found);
    m_symptoms = new QLineEdit(this);
    m_symptoms->setObjectName(QStringLiteral("symptoms"));
    m_symptoms->setPlaceholderText(tr("咳嗽咳痰、咯血、发热、胸痛…"));
    form->addRow(tr("症状及体征"), m_symptoms);
    m_reactions = new QLineEdit(this);
    m_reactions->setObjectName(QStringLiteral("reactions"));
    form->addRow(tr("药物不良反应"), m_reactions);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("close_reason"));
    addSourceItems(m_reason, "Gui::TbVisitDialog",
                   {QT_TRANSLATE_NOOP("Gui::TbVisitDialog", "治愈"),
                    QT_TRANSLATE_NOOP("Gui::TbVisitDialog", "完成疗程"),
                    QT_TRANSLATE_NOOP("Gui::TbVisitDialog", "失败"),
                    QT_TRANSLATE_NOOP("Gui::TbVisitDialog", "死亡"),
                    QT_TRANSLATE_NOOP("Gui::TbVisitDialog", "失访"),
                    QT_TRANSLATE_NOOP("Gui::TbVisitDialog", "转出"),
                    QT_TRANSLATE_NOOP("Gui::TbVisitDialog", "其他")});
    if (kind == QLatin1String("end"))
        form->addRow(tr("停止治疗原因"), m_reason);
    else
        m_reason->hide();
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    form->addRow(tr("处理意见"), m_note);
    const int days = Models::TbRules::standard().followupDays(
        patient.supervision, patient.phaseOn(QDate::currentDate()));
    m_next = dateEdit(this, QStringLiteral("next_visit"),
                      QDate::currentDate().addDays(days > 0 ? days : 10));
    if (kind != QLatin1String("end"))
        form->addRow(tr("下次随访日期(&N)"), m_next);
    else
        m_next->hide();
    m_refer = new QCheckBox(tr("转诊（保存后填写转诊单）"), this);
    m_refer->setObjectName(QStringLiteral("refer"));
    if (kind != QLatin1String("end"))
        form->addRow(m_refer);
    else
        m_refer->hide();
    m_error = new MessageBanner(this);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TbVisitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TbVisitDialog::reject);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &TbVisitDialog::updateWindow);
    new FormGuard(this, m_context, QStringLiteral("tb_visit:") + kind, patient.residentId);
    updateWindow();
    adjustSize();
    resize(qMax(560, width()), sizeHint().height());
}

void TbVisitDialog::updateWindow()
{
    if (m_kind != QLatin1String("first")) {
        m_window->setText(tr("督导方式：%1").arg(m_patient.supervision));
        return;
    }
    const auto &rules = Models::TbRules::standard();
    const QDateTime deadline = rules.firstVisitDeadline(m_patient.notifiedAt).toLocalTime();
    const bool onTime = rules.firstVisitOnTime(m_patient.notifiedAt, m_at->dateTime().toUTC());
    m_window->setText((onTime ? tr("应在 %1 前入户（接到通知后 %2 小时内）：按时")
                              : tr("应在 %1 前入户（接到通知后 %2 小时内）：已超时，"
                                   "未见到患者时请向定点医疗机构报告"))
                          .arg(deadline.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                          .arg(rules.firstVisitHours()));
}

void TbVisitDialog::save()
{
    Models::TbRepository repo(m_context.connection);
    Models::TbVisit v;
    v.patientId = m_patient.id;
    v.kind = m_kind;
    v.visitedAt = m_at->dateTime().toUTC();
    v.found = m_found->isChecked();
    v.nextVisit = m_kind == QLatin1String("end") ? QDate() : m_next->date();
    v.form = QJsonObject{{QStringLiteral("symptoms"), m_symptoms->text().trimmed()},
                         {QStringLiteral("reactions"), m_reactions->text().trimmed()},
                         {QStringLiteral("note"), m_note->text().trimmed()},
                         {QStringLiteral("referred"), m_refer->isChecked()}};
    if (m_kind == QLatin1String("end")) {
        auto a = repo.adherence(m_context.scope, m_patient.id, v.visitedAt.toLocalTime().date());
        if (a)
            v.form.insert(QStringLiteral("adherence"), a->toJson());
    }
    auto r = repo.recordVisit(m_context.scope, v);
    if (!r) {
        showError(m_error, this, r.error());
        return;
    }
    if (m_kind == QLatin1String("end")) {
        auto c = repo.close(m_context.scope, m_patient.id, v.visitedAt.toLocalTime().date(),
                            sourceText(m_reason), v.form);
        if (!c) {
            showError(m_error, this, c.error());
            return;
        }
    }
    findChild<FormGuard *>()->saved();
    if (m_refer->isChecked())
        ReferralDialog::startFrom(m_context, m_patient.residentId, QStringLiteral("tb_visit"),
                                  r->id, m_symptoms->text().trimmed(), this);
    QDialog::accept();
}

void TbVisitDialog::reject()
{
    if (findChild<FormGuard *>()->allowClose())
        QDialog::reject();
}

TbDosesDialog::TbDosesDialog(const Context &context, const Models::TbPatient &patient,
                             QWidget *parent)
    : QDialog(parent), m_context(context), m_patient(patient)
{
    setWindowTitle(residentTitle(m_context, patient.residentId, tr("服药记录")));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_days = new QListWidget(this);
    m_days->setObjectName(QStringLiteral("days"));
    auto doses = Models::TbRepository(m_context.connection).doses(m_context.scope, patient.id);
    QHash<QDate, bool> taken;
    if (doses)
        for (const auto &d : *doses)
            taken.insert(d.date, d.taken);
    const QDate last = qMin(QDate::currentDate(), patient.continuationEnd);
    for (QDate d = last; d >= patient.intensiveStart; d = d.addDays(-1)) {
        auto *item = new QListWidgetItem(tr("%1　第 %2 天")
                                             .arg(d.toString(Qt::ISODate))
                                             .arg(patient.intensiveStart.daysTo(d) + 1),
                                         m_days);
        item->setData(Qt::UserRole, d);
        item->setData(Qt::UserRole + 1, taken.contains(d));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(taken.value(d, false) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_days);
    auto *row = new QFormLayout;
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->addItem(tr("督导人员记录"), QStringLiteral("supervisor"));
    m_source->addItem(tr("患者服药卡"), QStringLiteral("card"));
    row->addRow(tr("记录来源"), m_source);
    layout->addLayout(row);
    m_error = new MessageBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TbDosesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_days, &QListWidget::itemChanged, this, &TbDosesDialog::summarise);
    summarise();
    if (m_days->count())
        m_days->setCurrentRow(0);
    m_days->setFocus();
    resize(480, 560);
}

void TbDosesDialog::summarise()
{
    int taken = 0;
    for (int i = 0; i < m_days->count(); ++i)
        taken += m_days->item(i)->checkState() == Qt::Checked ? 1 : 0;
    const auto a = Models::TbRules::standard().adherence(m_days->count(), taken);
    m_summary->setText(tr("应服药 %1 次，已服 %2 次，漏服 %3 次（%4%）　%5。空格键勾选当天已服药。")
                           .arg(a.prescribed)
                           .arg(a.taken)
                           .arg(a.missed)
                           .arg(QString::number(a.percent, 'f', 1))
                           .arg(a.regular ? tr("规则服药") : tr("未达规则服药")));
}

void TbDosesDialog::save()
{
    QVector<Models::TbDose> doses;
    const QString source = m_source->currentData().toString();
    for (int i = 0; i < m_days->count(); ++i) {
        const QListWidgetItem *item = m_days->item(i);
        const bool checked = item->checkState() == Qt::Checked;
        const bool recorded = item->data(Qt::UserRole + 1).toBool();
        // Record every ticked day and every day that changed; unticked days never recorded stay
        // unrecorded (they still count as missed).
        if (checked || recorded)
            doses << Models::TbDose{item->data(Qt::UserRole).toDate(), checked, source};
    }
    auto r = Models::TbRepository(m_context.connection)
                 .recordDoses(m_context.scope, m_patient.id, doses);
    if (!r) {
        m_error->setText(r.error().message);
        return;
    }
    accept();
}

TbPatientDialog::TbPatientDialog(const Context &context, const QString &residentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setWindowTitle(residentTitle(m_context, residentId, tr("肺结核患者管理")));
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("plan"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    layout->addWidget(m_text);
    m_message = new MessageBanner(MessageBanner::Info, this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto add = [&](const QString &text, const QString &name, auto fn) {
        auto *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, fn);
        return b;
    };
    m_register = add(tr("登记(&R)"), QStringLiteral("register"),
                     [this] { run(new TbRegistrationDialog(m_context, m_residentId, this)); });
    m_needPatient << add(tr("第一次入户随访(&F)"), QStringLiteral("first_visit"), [this] {
        run(new TbVisitDialog(m_context, m_patient, QStringLiteral("first"), this));
    });
    m_needPatient << add(tr("服药记录(&D)"), QStringLiteral("doses"),
                         [this] { run(new TbDosesDialog(m_context, m_patient, this)); });
    m_needPatient << add(tr("随访(&V)"), QStringLiteral("followup"), [this] {
        run(new TbVisitDialog(m_context, m_patient, QStringLiteral("followup"), this));
    });
    m_needPatient << add(tr("结案评估(&E)"), QStringLiteral("end"), [this] {
        run(new TbVisitDialog(m_context, m_patient, QStringLiteral("end"), this));
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(720, 320);
}

void TbPatientDialog::run(QDialog *d)
{
    if (d->exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
    d->deleteLater();
}

void TbPatientDialog::reload()
{
    Models::TbRepository repo(m_context.connection);
    auto list = repo.patientsOf(m_context.scope, m_residentId);
    m_patient = {};
    if (list)
        for (const auto &p : *list)
            if (!p.closedOn.isValid()) {
                m_patient = p;
                break;
            }
    const bool has = !m_patient.id.isEmpty();
    m_register->setEnabled(!has);
    for (QWidget *w : m_needPatient)
        w->setEnabled(has);
    if (!list) {
        m_message->setLevel(MessageBanner::Error);
        m_message->setText(list.error().message);
        return;
    }
    if (!has) {
        m_text->setText(tr("该居民不在肺结核患者管理中。接到定点医疗机构的通知后登记。"));
        m_message->setText(QString());
        return;
    }
    const QDate today = QDate::currentDate();
    auto a = repo.adherence(m_context.scope, m_patient.id, today);
    auto visits = repo.visits(m_context.scope, m_patient.id);
    bool firstDone = false;
    QDate next;
    if (visits)
        for (const auto &v : *visits) {
            firstDone = firstDone || v.kind == QLatin1String("first");
            if (v.nextVisit.isValid())
                next = v.nextVisit;
        }
    const auto &rules = Models::TbRules::standard();
    QString html =
        tr("化疗方案 <b>%1</b>，强化期 %2 至 %3，继续期至 %4，%5督导。")
            .arg(m_patient.regimen.toHtmlEscaped(), m_patient.intensiveStart.toString(Qt::ISODate),
                 m_patient.intensiveEnd.toString(Qt::ISODate),
                 m_patient.continuationEnd.toString(Qt::ISODate),
                 m_patient.supervision.toHtmlEscaped());
    if (a)
        html += QStringLiteral("<br>") + tr("截至今天应服药 %1 次，实服 %2 次，漏服 %3 次（%4%）。")
                                             .arg(a->adherence.prescribed)
                                             .arg(a->adherence.taken)
                                             .arg(a->adherence.missed)
                                             .arg(QString::number(a->adherence.percent, 'f', 1));
    if (next.isValid())
        html += QStringLiteral("<br>") + tr("下次随访：%1").arg(next.toString(Qt::ISODate));
    m_text->setText(html);
    if (!firstDone) {
        const QDateTime deadline = rules.firstVisitDeadline(m_patient.notifiedAt);
        m_message->setLevel(QDateTime::currentDateTimeUtc() > deadline ? MessageBanner::Warning
                                                                       : MessageBanner::Info);
        m_message->setText(
            tr("第一次入户随访应在 %1 前完成。")
                .arg(deadline.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else if (a && a->adherence.missed > 0) {
        m_message->setLevel(MessageBanner::Warning);
        m_message->setText(tr("有 %n 次漏服，请核实并督促服药。", nullptr, a->adherence.missed));
    } else {
        m_message->setText(QString());
    }
}

} // namespace Gui
