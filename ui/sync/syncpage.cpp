#include "syncpage.h"

#include "conflictpanel.h"
#include "syncrunner.h"
#include "syncstate.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Gui {

SyncPage::SyncPage(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_runner(new Sync::SyncRunner(this))
{
    auto *title = new QLabel(tr("数据同步"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setPlaceholderText(QStringLiteral("https://platform.example.cn:8443"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("syncToken"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("syncCa"));
    auto *browse = new QPushButton(tr("选择…"), this);
    m_auto = new QSpinBox(this);
    m_auto->setObjectName(QStringLiteral("syncAutoMinutes"));
    m_auto->setRange(0, 24 * 60);
    m_auto->setSuffix(tr(" 分钟"));
    m_auto->setSpecialValueText(tr("关闭（只在按“同步”时）"));
    m_auto->setToolTip(tr("在线时每隔这么久自动同步一次；0 为关闭"));
    m_auto->setMaximumWidth(280);
    m_save = new QPushButton(tr("保存设置"), this);
    m_save->setObjectName(QStringLiteral("saveSyncConfig"));
    m_configMessage = new QLabel(this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("平台地址(&U)"), m_server);
    form->addRow(tr("工作站令牌(&K)"), m_token);
    auto *caLabel = new QLabel(tr("CA 证书(&A)"), this); // a layout row gets no buddy by itself
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    form->addRow(tr("自动同步间隔(&I)"), m_auto);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_configMessage, 1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    auto *config = new QGroupBox(tr("区域平台"), this);
    config->setLayout(form);

    m_sync = new QPushButton(tr("同步(&Y)"), this);
    m_sync->setObjectName(QStringLiteral("syncButton"));
    m_sync->setDefault(true);
    m_cancel = new QPushButton(tr("取消"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *run = new QHBoxLayout;
    run->addWidget(m_sync);
    run->addWidget(m_cancel);
    run->addWidget(m_progress, 1);

    m_conflicts = new ConflictPanel(context, this);
    m_rejected = new QTableWidget(0, 3, this);
    m_rejected->setObjectName(QStringLiteral("rejectedList"));
    m_rejected->setHorizontalHeaderLabels({tr("记录"), tr("平台的理由"), tr("时间")});
    m_rejected->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resend = new QPushButton(tr("修改后重新发送(&R)"), this);
    m_resend->setToolTip(
        tr("在居民档案中改正后，选中此处的记录重新发送；改正保存后也会自动随下次同步发送"));
    auto *rejectedBox = new QWidget(this);
    auto *rl = new QVBoxLayout(rejectedBox);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_rejected, 1);
    rl->addWidget(m_resend, 0, Qt::AlignRight);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_conflicts, tr("冲突"));
    m_tabs->addTab(rejectedBox, tr("被拒记录"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(config);
    layout->addLayout(run);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("选择 CA 证书"), QString(),
                                                       tr("证书 (*.pem *.crt);;所有文件 (*)"));
        if (!f.isEmpty())
            m_ca->setText(f);
    });
    connect(m_save, &QPushButton::clicked, this, &SyncPage::saveConfig);
    connect(m_sync, &QPushButton::clicked, this, &SyncPage::startSync);
    connect(m_cancel, &QPushButton::clicked, m_runner, &Sync::SyncRunner::cancel);
    connect(m_runner, &Sync::SyncRunner::progress, this, [this](int p, const QString &stage) {
        m_progress->setValue(p);
        m_progress->setFormat(QStringLiteral("%1 %p%").arg(stage));
    });
    connect(m_runner, &Sync::SyncRunner::finished, this, &SyncPage::finished);
    connect(m_conflicts, &ConflictPanel::resolved, this, [this] {
        m_tabs->setTabText(0, tr("冲突（%1）").arg(m_conflicts->recordCount()));
        emit changed();
    });
    connect(m_resend, &QPushButton::clicked, this, [this] {
        const int row = m_rejected->currentRow();
        if (row < 0)
            return;
        const QStringList key = m_rejected->item(row, 0)->data(Qt::UserRole).toStringList();
        if (Sync::SyncState(m_context.connection)
                .resend(m_context.scope, key.value(0), key.value(1)))
            reloadRejected();
        emit changed();
    });
    m_autoTimer = new QTimer(this);
    m_autoTimer->setInterval(30000);
    connect(m_autoTimer, &QTimer::timeout, this, &SyncPage::maybeAutoSync);
    m_autoTimer->start();
    loadConfig();
    reloadRejected();
    m_tabs->setTabText(0, tr("冲突（%1）").arg(m_conflicts->recordCount()));
}

bool SyncPage::isSyncing() const
{
    return m_runner->isRunning();
}

void SyncPage::loadConfig()
{
    auto c = Sync::SyncState(m_context.connection).config(m_context.scope);
    if (!c)
        return;
    m_server->setText(c->server);
    m_token->setText(c->token);
    m_ca->setText(c->caFile);
    m_auto->setValue(c->autoMinutes);
}

void SyncPage::setOnline(bool online)
{
    m_online = online;
    if (online)
        maybeAutoSync();
}

bool SyncPage::maybeAutoSync()
{
    Sync::SyncState state(m_context.connection);
    auto c = state.config(m_context.scope);
    auto s = state.status(m_context.scope);
    if (!c || !s || !m_context.scope.can(QStringLiteral("sync.write")) ||
        !Sync::autoSyncDue(*c, *s, m_online, m_runner->isRunning(),
                           QDateTime::currentDateTimeUtc()))
        return false;
    startSync();
    return m_runner->isRunning();
}

void SyncPage::saveConfig()
{
    Sync::SyncState state(m_context.connection);
    auto c = state.config(m_context.scope);
    Sync::SyncConfig cfg = c ? *c : Sync::SyncConfig();
    cfg.server = m_server->text().trimmed();
    cfg.token = m_token->text().trimmed();
    cfg.caFile = m_ca->text().trimmed();
    cfg.autoMinutes = m_auto->value();
    auto r = state.configure(m_context.scope, cfg);
    m_configMessage->setText(r ? tr("已保存") : r.error().message);
    if (!r && r.error().field == QLatin1String("server"))
        m_server->setFocus();
    emit changed();
}

void SyncPage::startSync()
{
    if (m_runner->isRunning())
        return;
    auto c = Sync::SyncState(m_context.connection).config(m_context.scope);
    if (!c || c->server.isEmpty() || c->token.isEmpty()) {
        m_summary->setText(tr("请先填写并保存平台地址和工作站令牌"));
        return;
    }
    m_progress->setValue(0);
    m_summary->setText(tr("正在同步…可以继续工作"));
    m_sync->setEnabled(false);
    m_cancel->setEnabled(true);
    if (m_runner->start(m_context.databasePath, m_context.scope, *c))
        emit syncStarted();
}

void SyncPage::finished(const Sync::SyncSummary &s)
{
    m_sync->setEnabled(true);
    m_cancel->setEnabled(false);
    QStringList lines;
    lines << (s.ok ? tr("同步完成") : tr("同步未完成：%1").arg(s.error));
    lines << tr("上传 %1 条，下载 %2 条，自动合并 %3 条，新冲突 %4 处，被拒 %5 条，暂缓 %6 条")
                 .arg(s.sent)
                 .arg(s.received)
                 .arg(s.merged)
                 .arg(s.newConflicts)
                 .arg(s.rejected)
                 .arg(s.deferred);
    lines << (s.unsent > 0 ? tr("仍有 %1 条修改未上传").arg(s.unsent) : tr("本机修改已全部上传"));
    for (const QString &w : s.warnings)
        lines << tr("注意：%1").arg(w);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_conflicts->reload();
    m_tabs->setTabText(0, tr("冲突（%1）").arg(m_conflicts->recordCount()));
    reloadRejected();
    if (s.newConflicts > 0)
        m_tabs->setCurrentIndex(0);
    emit syncFinished();
}

void SyncPage::reloadRejected()
{
    auto r = Sync::SyncState(m_context.connection).rejected(m_context.scope);
    m_rejected->setRowCount(0);
    if (!r)
        return;
    m_rejected->setRowCount(int(r->size()));
    for (int i = 0; i < r->size(); ++i) {
        const auto &x = r->at(i);
        auto *item = new QTableWidgetItem(x.label);
        item->setData(Qt::UserRole, QStringList{x.entity, x.entityId});
        m_rejected->setItem(i, 0, item);
        m_rejected->setItem(i, 1, new QTableWidgetItem(x.reason));
        m_rejected->setItem(
            i, 2,
            new QTableWidgetItem(QDateTime::fromString(x.at, Qt::ISODateWithMs)
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    m_tabs->setTabText(1, tr("被拒记录（%1）").arg(r->size()));
}

} // namespace Gui
