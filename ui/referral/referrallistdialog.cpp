#include "referrallistdialog.h"

#include "messagebanner.h"
#include "printpreview.h"
#include "readonlytable.h"
#include "referraldialog.h"
#include "referralprinter.h"
#include "residentrepository.h"
#include "residenttitle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

ReferralListDialog::ReferralListDialog(const Context &context, const QString &residentId,
                                       QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setWindowTitle(residentTitle(m_context, residentId, tr("双向转诊")));
    auto *layout = new QVBoxLayout(this);
    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels(
        {tr("转出日期"), tr("接收机构"), tr("转出原因"), tr("状态"), tr("应随访结果日期")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("referrals"));
    m_view->setModel(m_model);
    setUpReadOnlyTable(m_view, 2);
    m_view->setColumnWidth(0, 100);
    m_view->setColumnWidth(1, 220);
    layout->addWidget(m_view);
    m_message = new MessageBanner(MessageBanner::Info, this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("新建转诊(&N)"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("new_referral"));
    add->setShortcut(QKeySequence::New);
    auto *update = buttons->addButton(tr("更新状态(&U)"), QDialogButtonBox::ActionRole);
    update->setObjectName(QStringLiteral("update_status"));
    auto *print = buttons->addButton(tr("打印转诊单(&P)"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("print_referral"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QPushButton::clicked, this, &ReferralListDialog::printSelected);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &ReferralListDialog::create);
    connect(update, &QPushButton::clicked, this, &ReferralListDialog::updateSelected);
    connect(m_view, &QTableView::activated, this, &ReferralListDialog::updateSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 420);
    reload();
    m_view->setFocus();
}

void ReferralListDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    auto rows =
        Models::ReferralRepository(m_context.connection).referralsOf(m_context.scope, m_residentId);
    if (!rows) {
        m_message->setLevel(MessageBanner::Error);
        m_message->setText(rows.error().message);
        return;
    }
    m_rows = *rows;
    const QDate today = QDate::currentDate();
    int due = 0;
    for (const Models::Referral &r : m_rows) {
        QList<QStandardItem *> items{
            new QStandardItem(r.sentOn.toString(Qt::ISODate)),
            new QStandardItem((r.toInstitution + QLatin1Char(' ') + r.toDepartment).trimmed()),
            new QStandardItem(r.reason.section(QLatin1Char('\n'), 0, 0)),
            new QStandardItem(Models::referralStatusLabel(r.status)),
            new QStandardItem(r.open() ? r.outcomeDue.toString(Qt::ISODate) : QString())};
        if (r.open() && r.outcomeDue <= today) {
            ++due;
            items[4]->setForeground(QColor(0xb4, 0x1e, 0x1e));
        }
        m_model->appendRow(items);
    }
    m_message->setLevel(MessageBanner::Info);
    m_message->setText(m_rows.isEmpty() ? tr("尚无转诊。按 Ctrl+N 新建转诊单。")
                       : due ? tr("%n 张转诊单已满两周，请随访转诊结果。", nullptr, due)
                             : QString());
    if (!m_rows.isEmpty())
        m_view->selectRow(0);
}

void ReferralListDialog::create()
{
    if (ReferralDialog::startFrom(m_context, m_residentId, QStringLiteral("manual"), {}, {},
                                  this)) {
        m_changed = true;
        reload();
    }
}

void ReferralListDialog::updateSelected()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_rows.size())
        return;
    ReferralStatusDialog d(m_context, m_rows.at(row), this);
    if (d.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
        m_view->selectRow(row);
    }
}

void ReferralListDialog::printSelected()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_rows.size())
        return;
    const Models::Referral &r = m_rows.at(row);
    int age = -1;
    QString sex;
    if (auto res = Models::ResidentRepository(m_context.connection)
                       .findById(m_context.scope, r.residentId)) {
        age = res->ageOn(r.sentOn);
        sex = res->sex == QLatin1Char('M') ? tr("男") : tr("女");
    }
    previewPaperForm(ReferralPrinter::form(r, QString(), age, sex), this, tr("双向转诊单"));
}

ReferralStatusDialog::ReferralStatusDialog(const Context &context, const Models::Referral &referral,
                                           QWidget *parent)
    : QDialog(parent), m_context(context), m_referral(referral)
{
    setWindowTitle(tr("转诊结果 — %1").arg(referral.residentName));
    auto *form = new QFormLayout(this);
    auto *summary = new QLabel(
        tr("%1 转至 %2，当前状态：%3")
            .arg(referral.sentOn.toString(Qt::ISODate),
                 (referral.toInstitution + QLatin1Char(' ') + referral.toDepartment).trimmed(),
                 Models::referralStatusLabel(referral.status)),
        this);
    summary->setWordWrap(true);
    form->addRow(summary);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->addItem(tr("已接收"), QStringLiteral("accepted"));
    m_action->addItem(tr("登记回转单"), QStringLiteral("returned"));
    m_action->addItem(tr("已拒收"), QStringLiteral("refused"));
    m_action->addItem(tr("结束（不再随访）"), QStringLiteral("closed"));
    form->addRow(tr("结果(&A)"), m_action);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("status_note"));
    form->addRow(tr("原因或说明"), m_note);
    m_returnBox = new QGroupBox(tr("回转单"), this);
    auto *rf = new QFormLayout(m_returnBox);
    m_returned = new QDateEdit(QDate::currentDate(), m_returnBox);
    m_returned->setObjectName(QStringLiteral("returned_on"));
    m_returned->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_returned->setCalendarPopup(true);
    rf->addRow(tr("回转日期"), m_returned);
    m_diagnosis = new QLineEdit(m_returnBox);
    m_diagnosis->setObjectName(QStringLiteral("diagnosis"));
    rf->addRow(tr("诊断结果"), m_diagnosis);
    m_inpatient = new QLineEdit(m_returnBox);
    m_inpatient->setObjectName(QStringLiteral("inpatient_no"));
    rf->addRow(tr("住院病案号"), m_inpatient);
    m_results = new QPlainTextEdit(m_returnBox);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setTabChangesFocus(true);
    m_results->setFixedHeight(m_results->fontMetrics().lineSpacing() * 3 + 12);
    rf->addRow(tr("主要检查结果"), m_results);
    m_plan = new QPlainTextEdit(m_returnBox);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setTabChangesFocus(true);
    m_plan->setFixedHeight(m_plan->fontMetrics().lineSpacing() * 3 + 12);
    rf->addRow(tr("治疗经过、下一步治疗方案及康复建议"), m_plan);
    form->addRow(m_returnBox);
    m_error = new MessageBanner(this);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(m_action, &QComboBox::currentIndexChanged, this, &ReferralStatusDialog::actionChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralStatusDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (referral.status == QLatin1String("accepted"))
        m_action->setCurrentIndex(1);
    actionChanged();
    resize(600, 560);
}

void ReferralStatusDialog::actionChanged()
{
    const QString a = m_action->currentData().toString();
    m_returnBox->setEnabled(a == QLatin1String("returned"));
    m_note->setEnabled(a != QLatin1String("returned") && a != QLatin1String("accepted"));
}

void ReferralStatusDialog::save()
{
    Models::ReferralRepository repo(m_context.connection);
    const QString a = m_action->currentData().toString();
    Models::Result<Models::Referral> r =
        a == QLatin1String("returned")
            ? repo.recordReturn(m_context.scope, m_referral.id, m_returned->date(),
                                {m_diagnosis->text().trimmed(), m_inpatient->text().trimmed(),
                                 m_results->toPlainText().trimmed(),
                                 m_plan->toPlainText().trimmed()})
            : repo.setStatus(m_context.scope, m_referral.id, a, m_note->text());
    if (!r) {
        m_error->setText(r.error().message);
        if (QWidget *w = findChild<QWidget *>(r.error().field))
            w->setFocus();
        return;
    }
    accept();
}

} // namespace Gui
