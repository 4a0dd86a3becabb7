#include "syncstatuswidget.h"

#include "syncstate.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace Gui {

SyncStatusWidget::SyncStatusWidget(const Context &context, QWidget *parent)
    : QLabel(parent), m_context(context), m_nam(new QNetworkAccessManager(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    connect(m_timer, &QTimer::timeout, this, [this] {
        refresh();
        probe();
    });
    m_timer->start(30000);
    refresh();
    QTimer::singleShot(0, this, &SyncStatusWidget::probe);
}

void SyncStatusWidget::probe()
{
    Sync::SyncState state(m_context.connection);
    auto cfg = state.config(m_context.scope);
    if (!cfg || cfg->server.isEmpty())
        return;
    // The FHIR base the last sync found (the address itself, or <address>/fhir for
    // jiayi-platform); before any sync, jiayi-platform's.
    QString base = state.value(QStringLiteral("fhir_base"));
    if (base.isEmpty()) {
        base = cfg->server;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        if (!base.endsWith(QLatin1String("/fhir")))
            base += QStringLiteral("/fhir");
    }
    QNetworkRequest req(QUrl(base + QStringLiteral("/metadata")));
    req.setTransferTimeout(5000);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!cfg->caFile.isEmpty())
        ssl.addCaCertificates(QSslCertificate::fromPath(cfg->caFile));
    req.setSslConfiguration(ssl);
    QNetworkReply *reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_online = reply->error() == QNetworkReply::NoError;
        m_probed = true;
        reply->deleteLater();
        refresh();
        emit onlineChanged(m_online);
    });
}

QString SyncStatusWidget::unsentText(const Sync::SyncStatus &s) const
{
    if (s.unsent <= 0)
        return tr("无未上传修改");
    // Per kind while the outbox is small; a township's first sync has millions of entries, and
    // the bar refreshes every 30 s, so then only the total (kept by triggers) is shown.
    if (s.unsent <= 5000) {
        if (auto kinds = Sync::SyncState(m_context.connection).pendingByKind(m_context.scope);
            kinds && !kinds->isEmpty()) {
            QStringList parts;
            for (const auto &k : std::as_const(*kinds))
                parts << tr("%1 %2").arg(k.label).arg(k.records);
            return tr("未上传：%1").arg(parts.join(tr("，", "between the items of a list")));
        }
    }
    return tr("未上传 %1 条").arg(s.unsent);
}

void SyncStatusWidget::refresh()
{
    auto s = Sync::SyncState(m_context.connection).status(m_context.scope);
    if (!s) {
        setText(tr("同步状态不可用"));
        return;
    }
    QStringList parts;
    const QString since = s->failingSince.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
    if (!s->configured)
        parts << tr("未配置区域平台");
    else if (!s->lastError.isEmpty() && !m_syncing) // the last sync failed: say what, since when
        parts << tr("✕ 同步失败（自 %1 起）：%2").arg(since, s->lastError);
    else if (!m_probed)
        parts << tr("正在检查网络");
    else
        parts << (m_online ? tr("● 在线") : tr("○ 离线"));
    parts << unsentText(*s);
    if (s->conflicts > 0)
        parts << tr("冲突 %1 处").arg(s->conflicts);
    if (s->rejected > 0)
        parts << tr("被拒 %1 条").arg(s->rejected);
    if (m_syncing)
        parts << tr("正在同步…");
    parts << (s->lastSync.isValid()
                  ? tr("上次完整同步 %1")
                        .arg(s->lastSync.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")))
                  : tr("从未完整同步"));
    if (qAbs(s->clockSkewSeconds) > 300)
        parts << tr("本机时钟偏差 %1 分钟").arg(s->clockSkewSeconds / 60);
    setText(parts.join(QStringLiteral("  |  ")));
    setToolTip(s->lastError.isEmpty() ? QString() : tr("上次同步出错：%1").arg(s->lastError));
}

} // namespace Gui
