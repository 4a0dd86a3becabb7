#include "lifeeventdialog.h"

#include "ask.h"
#include "formguard.h"
#include "messagebanner.h"
#include "permission.h"
#include "programmelifecycle.h"
#include "residentrepository.h"
#include "residenttitle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

using Models::LifeEventKind;

namespace {
QString dateLabel(LifeEventKind k)
{
    switch (k) {
    case LifeEventKind::Deceased:
        return LifeEventDialog::tr("死亡日期(&D)");
    case LifeEventKind::Moved:
        return LifeEventDialog::tr("迁出日期(&D)");
    case LifeEventKind::Closed:
        return LifeEventDialog::tr("注销日期(&D)");
    case LifeEventKind::TransferredIn:
        return LifeEventDialog::tr("迁入日期(&D)");
    case LifeEventKind::Reopened:
        break;
    }
    return LifeEventDialog::tr("日期(&D)");
}

QString detailLabel(LifeEventKind k)
{
    switch (k) {
    case LifeEventKind::Deceased:
        return LifeEventDialog::tr("死亡原因(&R)");
    case LifeEventKind::Moved:
        return LifeEventDialog::tr("迁往何处(&R)");
    case LifeEventKind::Closed:
        return LifeEventDialog::tr("注销原因(&R)");
    case LifeEventKind::TransferredIn:
        return LifeEventDialog::tr("从何处迁入(&R)");
    case LifeEventKind::Reopened:
        return LifeEventDialog::tr("恢复原因(&R)");
    }
    return {};
}

QString detailHint(LifeEventKind k)
{
    switch (k) {
    case LifeEventKind::Deceased:
        return LifeEventDialog::tr("如：脑卒中、恶性肿瘤、意外（据死亡医学证明）");
    case LifeEventKind::Moved:
        return LifeEventDialog::tr("迁往的省市县、乡镇或接收机构");
    case LifeEventKind::Closed:
        return LifeEventDialog::tr("如：重复建档、身份信息错误、本人要求");
    case LifeEventKind::TransferredIn:
        return LifeEventDialog::tr("原管理机构，如：某县某镇卫生院");
    case LifeEventKind::Reopened:
        return LifeEventDialog::tr("如：误登记死亡、已迁回本辖区");
    }
    return {};
}

// "终止 1 份签约、关闭 高血压 管理登记"
QString closingSummary(const QVector<Models::OpenItem> &items)
{
    int contracts = 0;
    QStringList others;
    for (const Models::OpenItem &i : items) {
        if (i.entity == QLatin1String("contract"))
            ++contracts;
        else
            others << i.label;
    }
    QStringList parts;
    if (contracts)
        parts << LifeEventDialog::tr("终止 %n 份签约", nullptr, contracts);
    if (!others.isEmpty())
        parts << LifeEventDialog::tr("关闭 %1").arg(others.join(LifeEventDialog::tr("、")));
    return parts.join(LifeEventDialog::tr("、"));
}
} // namespace

LifeEventDialog::LifeEventDialog(const Context &context, const QString &residentId,
                                 LifeEventKind kind, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    if (auto r =
            Models::ResidentRepository(m_context.connection).findById(m_context.scope, residentId))
        m_resident = *r;
    setWindowTitle(residentTitle(m_resident, tr("档案状态")));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("lifeKind"));
    const bool canRecord = m_context.scope.can(QStringLiteral("lifecycle.write"));
    for (LifeEventKind k : {LifeEventKind::Deceased, LifeEventKind::Moved, LifeEventKind::Closed,
                            LifeEventKind::TransferredIn})
        if (canRecord)
            m_kind->addItem(k == LifeEventKind::TransferredIn ? tr("迁入登记")
                                                              : Models::lifeEventLabel(k),
                            int(k));
    if (m_context.scope.can(QStringLiteral("reopen.write")))
        m_kind->addItem(tr("撤销（恢复档案）"), int(LifeEventKind::Reopened));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("lifeDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_detail = new QLineEdit(this);
    m_detail->setObjectName(QStringLiteral("lifeDetail"));
    m_detail->setMaxLength(200);
    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("lifeConsequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setMinimumWidth(460);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, QStringLiteral("kind"), new QLabel(tr("事项(&K)"), this), m_kind);
    m_dateLabel = new QLabel(this);
    addField(form, QStringLiteral("date"), m_dateLabel, m_date);
    m_detailLabel = new QLabel(this);
    addField(form, QStringLiteral("detail"), m_detailLabel, m_detail);
    form->addRow(tr("结果"), m_consequence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("登记 (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    for (QAbstractButton *b : buttons->buttons()) // Enter never records: no default button
        if (auto *p = qobject_cast<QPushButton *>(b)) {
            p->setAutoDefault(false);
            p->setDefault(false);
        }
    connect(buttons, &QDialogButtonBox::accepted, this, &LifeEventDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &LifeEventDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LifeEventDialog::kindChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &LifeEventDialog::refreshPreview);
    setKind(kind);
    kindChanged();
    if (m_kind->count() == 0)
        m_banner->showMessage(
            Models::requirePermission(m_context.scope, QStringLiteral("lifecycle.write"))
                .error()
                .message,
            MessageBanner::Error);
    m_guard = new FormGuard(this, context, QStringLiteral("life_event"), residentId);
    m_detail->setFocus();
}

QWidget *LifeEventDialog::addField(QFormLayout *form, const QString &field, QLabel *label,
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
    label->setBuddy(w);
    form->addRow(label, box);
    m_errors.insert(field, error);
    m_widgets.insert(field, w);
    return box;
}

LifeEventKind LifeEventDialog::kind() const
{
    return LifeEventKind(m_kind->currentData().toInt());
}

void LifeEventDialog::setKind(LifeEventKind kind)
{
    const int i = m_kind->findData(int(kind));
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

void LifeEventDialog::kindChanged()
{
    const LifeEventKind k = kind();
    m_dateLabel->setText(dateLabel(k));
    m_detailLabel->setText(detailLabel(k));
    m_detail->setPlaceholderText(detailHint(k));
    // Reopening takes effect today; the other events on the day they happened.
    m_date->setEnabled(k != LifeEventKind::Reopened);
    if (k == LifeEventKind::Reopened)
        m_date->setDate(QDate::currentDate());
    m_date->setMaximumDate(QDate::currentDate());
    refreshPreview();
}

Models::LifeRequest LifeEventDialog::request() const
{
    return Models::LifeRequest{m_residentId, kind(), m_date->date(), m_detail->text()};
}

void LifeEventDialog::refreshPreview()
{
    clearErrors();
    m_open.clear();
    const LifeEventKind k = kind();
    const QString status = Models::lifeStatusText(m_resident);
    if (k == LifeEventKind::Reopened) {
        m_consequence->setText(
            m_resident.isActive()
                ? tr("该居民的档案在管，无需恢复。")
                : tr("恢复在管（当前：%"
                     "1）。此前终止的签约和管理登记仍为终止，需要时重新签约、登记。")
                      .arg(status));
        return;
    }
    Models::LifeRequest probe = request();
    if (probe.detail.trimmed().isEmpty())
        probe.detail = QStringLiteral("-"); // the cause is asked for on recording, not as you type
    auto items = Models::programmeLifecycle(m_context.connection).preview(m_context.scope, probe);
    if (!items) {
        m_consequence->clear();
        showError(items.error());
        return;
    }
    m_open = *items;
    if (k == LifeEventKind::TransferredIn) {
        m_consequence->setText(m_resident.lifeStatus == QLatin1String("moved")
                                   ? tr("迁回本辖区：档案恢复在管。迁出时终止的签约和管理登记仍为终"
                                        "止，需要时重新签约、登记。")
                                   : tr("登记从其他机构迁入，档案保持在管。"));
        return;
    }
    const QString closing = closingSummary(m_open);
    m_consequence->setText(
        (closing.isEmpty() ? tr("该居民没有在期的签约和慢病管理登记。")
                           : tr("将%1。").arg(closing)) +
        tr("自 %1 起该居民不再出现在任何工作清单和统计分母中；已有记录全部保留。")
            .arg(m_date->date().toString(Qt::ISODate)));
}

QString LifeEventDialog::consequenceText() const
{
    return m_consequence->text();
}

QString LifeEventDialog::confirmationText() const
{
    const LifeEventKind k = kind();
    const QString what = k == LifeEventKind::TransferredIn ? tr("迁入登记")
                         : k == LifeEventKind::Reopened    ? tr("恢复档案")
                                                           : Models::lifeEventLabel(k);
    QString text = tr("为 %1 办理“%2”？").arg(m_resident.name, what);
    if (k != LifeEventKind::Reopened)
        text += QLatin1Char('\n') + QString(dateLabel(k)).remove(QStringLiteral("(&D)")) +
                tr("：") + m_date->date().toString(Qt::ISODate);
    text += QLatin1Char('\n') + QString(detailLabel(k)).remove(QStringLiteral("(&R)")) + tr("：") +
            m_detail->text().trimmed();
    if (Models::leavesPopulation(k)) {
        const QString closing = closingSummary(m_open);
        if (!closing.isEmpty())
            text += QLatin1Char('\n') + tr("将%1。").arg(closing);
        text += QLatin1Char('\n') + tr("此后该居民不在任何工作清单和统计中，记录全部保留；"
                                       "如登记有误，可由管理员撤销。");
    } else if (k == LifeEventKind::Reopened) {
        text += QLatin1Char('\n') + tr("此前终止的签约和管理登记不会恢复。");
    }
    return text;
}

void LifeEventDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    m_banner->clear();
}

void LifeEventDialog::showError(const Models::Error &e)
{
    if (QLabel *l = m_errors.value(e.field)) {
        l->setText(e.message);
        l->show();
        return;
    }
    m_banner->showMessage(e.message, MessageBanner::Error);
}

QString LifeEventDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void LifeEventDialog::save()
{
    refreshPreview();
    if (!fieldError(QStringLiteral("kind")).isEmpty() ||
        !fieldError(QStringLiteral("date")).isEmpty() || !m_banner->text().isEmpty())
        return;
    const Models::LifeRequest q = request();
    const LifeEventKind k = kind();
    // The same checks the model makes, so every field at fault is marked before asking.
    if (k != LifeEventKind::Reopened) {
        const QList<Models::Error> errors =
            Models::ResidentLifecycle::validate(q, m_resident, QDate::currentDate());
        for (const Models::Error &e : errors)
            showError(e);
        if (!errors.isEmpty()) {
            if (QWidget *w = m_widgets.value(errors.first().field))
                w->setFocus();
            return;
        }
    } else if (q.detail.trimmed().isEmpty()) {
        showError(Models::makeError(QStringLiteral("lifecycle.detail"), tr("请填写恢复原因"),
                                    QStringLiteral("detail")));
        m_detail->setFocus();
        return;
    }
    const QString question = confirmationText();
    const bool yes = m_confirm
                         ? m_confirm(question)
                         : ask(this, tr("确认"), question, tr("确认登记"), tr("返回修改"), false);
    if (!yes)
        return;
    Models::ResidentLifecycle lifecycle = Models::programmeLifecycle(m_context.connection);
    auto done = k == LifeEventKind::Reopened
                    ? lifecycle.reopen(m_context.scope, m_residentId, q.detail)
                    : lifecycle.record(m_context.scope, q);
    if (!done) {
        showError(done.error());
        if (QWidget *w = m_widgets.value(done.error().field))
            w->setFocus();
        return;
    }
    m_guard->saved();
    accept();
}

void LifeEventDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace Gui
