#include "syncpage.h"

#include "conflictpanel.h"
#include "syncrunner.h"
#include "syncstate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
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

    // Platform address, token and CA are administrator settings (设置 → 区域平台); this page
    // only says which platform it talks to and what is waiting to go there.
    m_platform = new QLabel(this);
    m_platform->setObjectName(QStringLiteral("syncPlatform"));
    m_platform->setWordWrap(true);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_pending->setWordWrap(true);

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
    layout->addWidget(m_platform);
    layout->addWidget(m_pending);
    layout->addLayout(run);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_sync, &QPushButton::clicked, this, &SyncPage::startSync);
    connect(m_cancel, &QPushButton::clicked, m_runner, &Sync::SyncRunner::cancel);
    connect(m_runner, &Sync::SyncRunner::progress, this, [this](int p, const QString &stage) {
        m_progress->setValue(p);
        m_progress->setFormat(QStringLiteral("%1 %p%").arg(stage));
    });
    connect(m_runner, &Sync::SyncRunner::finished, this, &SyncPage::finished);
    connect(m_conflicts, &ConflictPanel::resolved, this, [this] {
        m_tabs->setTabText(0, tr("冲突（%1）").arg(m_conflicts->recordCount()));
        reloadStatus();
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
    reloadStatus();
    reloadRejected();
    m_tabs->setTabText(0, tr("冲突（%1）").arg(m_conflicts->recordCount()));
}

bool SyncPage::isSyncing() const
{
    return m_runner->isRunning();
}

void SyncPage::showEvent(QShowEvent *event)
{
    reloadStatus(); // edits made on other screens since
    QWidget::showEvent(event);
}

void SyncPage::reloadStatus()
{
    Sync::SyncState state(m_context.connection);
    auto c = state.config(m_context.scope);
    if (!c || c->server.isEmpty() || c->token.isEmpty())
        m_platform->setText(
            tr("尚未配置区域平台：请系统管理员在“设置 → 区域平台”中填写平台地址和工作站令牌"));
    else
        m_platform->setText(tr("区域平台：%1").arg(c->server));
    auto pending = state.pendingByKind(m_context.scope);
    if (!pending || pending->isEmpty()) {
        m_pending->setText(tr("待上传：无"));
        return;
    }
    QStringList parts;
    for (const auto &p : std::as_const(*pending))
        parts << tr("%1 %2").arg(p.label).arg(p.records);
    m_pending->setText(tr("待上传：%1").arg(parts.join(tr("，", "between the items of a list"))));
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

void SyncPage::startSync()
{
    if (m_runner->isRunning())
        return;
    auto c = Sync::SyncState(m_context.connection).config(m_context.scope);
    if (!c || c->server.isEmpty() || c->token.isEmpty()) {
        m_summary->setText(tr("尚未配置区域平台，请系统管理员在“设置 → 区域平台”中填写"));
        return;
    }
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
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
    if (!s.ok) // the bar stays where it stopped and says so; never "完成 100%"
        m_progress->setFormat(tr("同步失败 %p%"));
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
    reloadStatus();
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
