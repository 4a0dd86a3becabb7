#include "reportsenddialog.h"

#include "reportsendrunner.h"
#include "syncstate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

QString ReportSendDialog::notAllowed(const Models::Scope &scope)
{
    if (!scope.can(QStringLiteral("report.read")) || !scope.can(QStringLiteral("sync.write")))
        return tr("上报月度指标需要统计报表和同步权限");
    if (!scope.allVillages)
        return tr("上报月度指标需要全部村的权限（本账户只能看到部分村）");
    return {};
}

ReportSendDialog::ReportSendDialog(const Context &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("上报月度指标"));
    m_runner = new Sync::ReportSendRunner(context.databasePath, context.scope, this);
    connect(m_runner, &Sync::ReportSendRunner::progress, this,
            [this](int percent, const QString &step) {
                m_progress->setValue(percent);
                m_step->setText(step);
            });
    connect(m_runner, &Sync::ReportSendRunner::finished, this, &ReportSendDialog::finished);

    auto *what = new QLabel(tr("把本机构一个月的各项指标（分子、分母、率）上报区域平台，县里汇总"
                               "各乡镇时不必再收集表格。同一月份再次上报会更新原数据，不会重复。"),
                            this);
    what->setWordWrap(true);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("reportSendMonth"));
    // The last 24 months, the one before this first (a month is reported once it has ended).
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (int i = 0; i < 24; ++i) {
        const QDate m = thisMonth.addMonths(-i);
        m_month->addItem(i == 0
                             ? tr("%1（本月，尚未结束）").arg(m.toString(QStringLiteral("yyyy-MM")))
                             : m.toString(QStringLiteral("yyyy-MM")),
                         m);
    }
    m_month->setCurrentIndex(1);
    auto cfg = Sync::SyncState(context.connection).config(context.scope);
    m_platform = new QLabel(cfg && !cfg->server.isEmpty()
                                ? cfg->server
                                : tr("尚未设置（在“设置 → 区域平台”中填写平台地址和令牌）"),
                            this);
    m_platform->setObjectName(QStringLiteral("reportSendPlatform"));
    m_platform->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("月份(&M)："), m_month);
    form->addRow(tr("区域平台："), m_platform);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_step = new QLabel(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("reportSendResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("上报(&S)"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("reportSendButton"));
    m_close = buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole);
    m_close->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &ReportSendDialog::send);
    connect(m_close, &QPushButton::clicked, this, &ReportSendDialog::reject);
    if (const QString why = notAllowed(context.scope); !why.isEmpty()) {
        m_send->setEnabled(false);
        m_result->setText(why);
    } else if (!cfg || cfg->server.isEmpty() || cfg->token.isEmpty()) {
        m_send->setEnabled(false);
        m_result->setText(tr("请先在“设置 → 区域平台”中填写区域平台地址和工作站令牌。"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 300);
    m_month->setFocus();
}

ReportSendDialog::~ReportSendDialog() = default; // the runner (a child) waits for its thread

void ReportSendDialog::send()
{
    auto cfg = Sync::SyncState(m_context.connection).config(m_context.scope);
    if (!cfg) {
        m_result->setText(cfg.error().message);
        return;
    }
    Sync::ReportSendConfig config{cfg->server, cfg->token, cfg->caFile,
                                  qMax(cfg->timeoutMs, 60000)};
    if (!m_runner->start(m_month->currentData().toDate(), config))
        return;
    m_send->setEnabled(false);
    m_close->setText(tr("取消")); // Esc too: stops between steps (nothing half-sent stays)
    m_month->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_result->clear();
    m_step->setText(tr("正在上报……"));
}

void ReportSendDialog::finished(const Sync::ReportSendResult &r)
{
    m_send->setEnabled(true);
    m_close->setText(tr("关闭"));
    m_close->setEnabled(true);
    m_month->setEnabled(true);
    m_progress->setVisible(false);
    m_step->clear();
    if (r.ok)
        m_result->setText(tr("已上报 %1 的 %2 项指标（新增 %3，更新 %4），上报机构：%5。")
                              .arg(r.month)
                              .arg(r.sent)
                              .arg(r.created)
                              .arg(r.updated)
                              .arg(r.clinic.name));
    else
        m_result->setText(tr("上报失败：%1").arg(r.error));
    m_result->setProperty("ok", r.ok);
}

void ReportSendDialog::reject()
{
    if (m_runner->busy()) { // 取消 while sending: the dialog stays and says how it ended
        m_runner->cancel();
        m_close->setEnabled(false);
        m_step->setText(tr("正在取消……"));
        return;
    }
    QDialog::reject();
}

} // namespace Gui
