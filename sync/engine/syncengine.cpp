// The sync client's entry point: one sync at a time per database, transport set-up, pull then
// push, the summary. The parts are in engine*.cpp (see engineimpl.h).
#include "engineimpl.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#include <QNetworkProxyFactory>
#include <QSqlDriver>
#include <QSslCertificate>
#include <QUuid>

namespace Sync {

QJsonObject SyncSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("sent"), sent},
        {QStringLiteral("received"), received},
        {QStringLiteral("merged"), merged},
        {QStringLiteral("new_conflicts"), newConflicts},
        {QStringLiteral("open_conflicts"), openConflicts},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("rejected_records"), rejectedList},
        {QStringLiteral("deferred"), deferred},
        {QStringLiteral("parked"), parked},
        {QStringLiteral("unsent"), unsent},
        {QStringLiteral("clock_skew_seconds"), clockSkewSeconds},
        {QStringLiteral("complete"), ok && unsent == 0},
        {QStringLiteral("server"),
         QJsonObject{{QStringLiteral("base"), serverBase}, {QStringLiteral("mode"), serverMode}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("error"), error}};
}

void SyncEngine::Impl::progress(int percent, const QString &stage)
{
    percent = qBound(0, percent, 99); // 100 is emitted once, at the very end
    if (percent < lastPercent)
        percent = lastPercent;
    lastPercent = percent;
    emit q->progress(percent, stage);
}

// Where the time goes: one debug line per phase in that phase's category.
void SyncEngine::Impl::note(LogCategory category, const char *what, qint64 ms, qint64 n)
{
    if (n >= 0)
        qCDebug(category).nospace() << what << ": " << ms << " ms (" << n << ")";
    else
        qCDebug(category).nospace() << what << ": " << ms << " ms";
}

SyncEngine::SyncEngine(QString connectionName, Models::Scope scope, SyncConfig config,
                       QObject *parent)
    : QObject(parent), d(new Impl)
{
    d->q = this;
    d->conn = std::move(connectionName);
    d->scope = std::move(scope);
    d->cfg = std::move(config);
    while (d->cfg.server.endsWith(QLatin1Char('/')))
        d->cfg.server.chop(1);
}

SyncEngine::~SyncEngine()
{
    delete d;
}

namespace {
// The sync lock of a killed sync is normally stale for QLockFile (its pid is gone). Not always:
// killed right after creating the file and before writing its pid into it, the file is empty
// and QLockFile never calls it stale (staleLockTime 0); killed while removing another stale lock,
// it leaves an empty `.rmlock` that stops QLockFile from removing any for 30 s. Either way every
// later sync refused. A live holder keeps an flock on its lock file from the moment it creates it
// until it unlocks, so a lock file nobody flocks (and a second old: not one being created) is
// dead whatever it says: removed (while we hold its flock, and only if the path is still that
// file) and the lock taken.
bool takeDeadLock(QLockFile &lock, const QString &file)
{
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(file);
    for (int wait = 0; wait < 15; ++wait) {
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return lock.tryLock(0); // gone meanwhile
        struct stat held
        {
        }, now{};
        bool dead = false;
        bool young = false;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &held) == 0 &&
            ::stat(path.constData(), &now) == 0 && held.st_ino == now.st_ino &&
            held.st_dev == now.st_dev) {
            young = QFileInfo(file).lastModified().msecsTo(QDateTime::currentDateTime()) < 1000;
            dead = !young;
            if (dead)
                ::unlink(path.constData());
        }
        ::close(fd);
        if (dead)
            return lock.tryLock(0);
        if (!young)
            return false;     // held: another sync runs
        QThread::msleep(100); // too young to tell from a sync that is just starting
    }
#else
    Q_UNUSED(lock);
    Q_UNUSED(file);
#endif
    return false;
}
} // namespace

SyncSummary SyncEngine::run()
{
    SyncSummary &sum = d->sum;
    sum = SyncSummary();
    QSqlDatabase database = d->db();
    const QVariant handle = database.isOpen() ? database.driver()->handle() : QVariant();
    d->sql.setHandle(handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr);
    auto finish = [&]() {
        if (d->sql.handle()) {
            sum.unsent =
                d->scalar("SELECT records FROM outbox_pending_count"); // kept by triggers (0010)
            sum.openConflicts =
                d->scalar("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL");
            sum.parked = int(d->scalar("SELECT count(*) FROM sync_parked"));
        }
        if (sum.parked > 0)
            sum.warnings
                << EngineText::tr(
                       "%1 条平台记录无法存入本机（例如档案编号重复），已暂存并将在下次同步时重试")
                       .arg(sum.parked);
        if (qAbs(sum.clockSkewSeconds) > 300)
            sum.warnings << EngineText::tr("本机时钟与平台相差 %1 分钟，请校准系统时间")
                                .arg(sum.clockSkewSeconds / 60);
        if (d->sql.handle()) {
            d->setState(QStringLiteral("last_attempt"), nowUtc());
            d->setState(QStringLiteral("last_error"), sum.error);
            d->setState(QStringLiteral("clock_skew"), QString::number(sum.clockSkewSeconds));
            if (sum.ok && sum.unsent == 0)
                d->setState(QStringLiteral("last_sync"), nowUtc());
            // Since when it has been failing: kept from the first failure until one works.
            if (sum.ok)
                d->setState(QStringLiteral("failing_since"), QString());
            else if (d->stateValue(QStringLiteral("failing_since")).isEmpty())
                d->setState(QStringLiteral("failing_since"), nowUtc());
        }
        d->sql.clear();
        // A failed sync must never look finished: 100 % "完成" only when it worked.
        if (sum.ok)
            emit progress(100, EngineText::tr("完成"));
        return sum;
    };
    if (!d->sql.handle()) {
        sum.error = EngineText::tr("数据库未打开");
        return finish();
    }
    if (!Models::Scope(d->scope).can(QStringLiteral("sync.write"))) {
        sum.error = EngineText::tr("您没有同步数据的权限");
        return finish();
    }
    if (d->cfg.server.isEmpty() || d->cfg.token.isEmpty()) {
        sum.error = EngineText::tr("尚未配置区域平台地址和工作站令牌");
        return finish();
    }
    // One sync at a time per database (a lock file next to it; a killed sync's lock is stale).
    const QString path = database.databaseName();
    std::unique_ptr<QLockFile> lock;
    if (path != QLatin1String(":memory:")) {
        lock = std::make_unique<QLockFile>(path + QStringLiteral(".sync-lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0) && !takeDeadLock(*lock, path + QStringLiteral(".sync-lock"))) {
            qCWarning(lcSync) << "another sync holds the lock";
            sum.error = EngineText::tr("另一个同步正在进行");
            d->sql.clear();
            return sum;
        }
    }
    QNetworkAccessManager nam;
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    d->net.cfg = d->cfg;
    d->net.nam = &nam;
    d->net.cancel = &m_cancel;
    d->net.ssl = QSslConfiguration::defaultConfiguration();
    if (!d->cfg.caFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(d->cfg.caFile, QSsl::Pem);
        if (certs.isEmpty()) {
            sum.error = EngineText::tr("无法读取 CA 证书文件：%1").arg(d->cfg.caFile);
            d->net.nam = nullptr;
            return finish();
        }
        d->net.ssl.addCaCertificates(certs);
    }
    // This database's id on the platform: its own writes come back without their bodies.
    d->net.clientId = d->stateValue(QStringLiteral("client_id"));
    if (d->net.clientId.isEmpty()) {
        d->net.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d->setState(QStringLiteral("client_id"), d->net.clientId);
    }
    d->ctx.residentVillage = [this](const QString &rid) {
        auto it = d->villageCache.find(rid);
        if (it != d->villageCache.end())
            return *it;
        auto s = d->sql.query("SELECT village_code FROM resident WHERE id = ?");
        s.bind(1, rid);
        const QString v = s.next() ? s.text(0) : QString();
        d->villageCache.insert(rid, v);
        return v;
    };
    // Lookups for toFhir/area() on the push (this thread, never the fetch thread: fromFhir is
    // pure).
    d->ctx.scalar = [this](const QString &statement, const QVariantList &binds) {
        auto s = d->sql.query(statement);
        int i = 1;
        for (const QVariant &b : binds)
            s.bind(i++, QJsonValue::fromVariant(b));
        return s.next() ? s.value(0).toVariant() : QVariant();
    };
    d->ctx.recordArea = [this](const QString &entity, const QString &id) {
        const RecordMapper *m = mapperForEntity(entity);
        const auto row = m ? d->readRow(d->kind(*m), id) : std::nullopt;
        return row ? m->area(row->row, d->ctx) : QString();
    };
    d->ctx.homeArea = d->stateValue(QStringLiteral("home_area"));
    if (d->ctx.homeArea.isEmpty()) {
        auto s = d->sql.query("SELECT min(code) FROM area WHERE level = 'village'");
        d->ctx.homeArea = s.next() ? s.text(0) : QString();
    }
    // Records may arrive before what they refer to (paging, area scope): no FK checks while
    // syncing.
    d->exec("PRAGMA foreign_keys = OFF");
    // A big pull writes tens of megabytes: a larger page cache and fewer, larger WAL checkpoints
    // for its duration (restored below; peak memory stays well under the 250 MB budget).
    const qint64 cacheSize = d->scalar("PRAGMA cache_size"),
                 checkpoint = d->scalar("PRAGMA wal_autocheckpoint");
    d->sql.exec("PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 8192");
    d->progress(0, EngineText::tr("连接平台"));
    QElapsedTimer t;
    t.start();
    const bool connected = d->connectServer();
    if (connected) {
        sum.serverBase = d->caps.base;
        sum.serverMode = d->caps.mode();
    }
    const bool pulled = connected && d->pull();
    d->note(lcSyncPull, "pull total", t.restart(), sum.received);
    if (pulled && !d->fatal)
        d->push();
    d->note(lcSyncPush, "push total", t.restart(), sum.sent);
    d->exec("PRAGMA foreign_keys = ON");
    d->sql.exec(QStringLiteral("PRAGMA cache_size = %1; PRAGMA wal_autocheckpoint = %2")
                    .arg(cacheSize)
                    .arg(checkpoint)
                    .toUtf8()
                    .constData());
    // Records left for the next sync (the server failed them for now) mean it did not complete:
    // never reported as success.
    if (pulled && !d->fatal && sum.error.isEmpty() && sum.deferred > 0 && !d->cancelled())
        sum.error = EngineText::tr("%1 条记录未能上传，将在下次同步时重试").arg(sum.deferred);
    sum.ok = pulled && !d->fatal && !d->cancelled() && sum.error.isEmpty();
    if (d->cancelled() && sum.error.isEmpty())
        sum.error = EngineText::tr("同步已取消");
    if (!sum.ok)
        qCWarning(lcSync) << "sync did not complete: received" << sum.received << "sent" << sum.sent
                          << (d->cancelled() ? "(cancelled)" : "");
    d->net.nam = nullptr;
    return finish();
}

} // namespace Sync
