#include "backuprunner.h"

#include <QThread>

namespace Gui {

QPointer<BackupRunner> BackupRunner::s_instance;

BackupRunner::BackupRunner(const Context &context, QObject *parent, int firstCheckMs)
    : QObject(parent), m_context(context)
{
    qRegisterMetaType<Models::ScheduledBackup>();
    m_scope = Models::Scope::administrator();
    m_scope.userId = QStringLiteral("backup-scheduler");
    m_scope.workstation = context.scope.workstation;
    s_instance = this;
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
    m_timer.start();
    QTimer::singleShot(firstCheckMs, this, [this] { check(); });
}

BackupRunner::~BackupRunner()
{
    if (m_thread) {
        // The window closes (or the user switches): stop the backup, leave no half file.
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

BackupRunner *BackupRunner::instance()
{
    return s_instance.data();
}

bool BackupRunner::check(bool force)
{
    if (m_thread || m_context.databasePath.isEmpty() ||
        m_context.databasePath == QLatin1String(":memory:"))
        return false;
    Models::BackupScheduler scheduler(m_context.connection);
    auto schedule = scheduler.load(m_scope);
    if (!schedule || !schedule->enabled())
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    if (!force) {
        auto last = scheduler.lastRun(m_scope);
        if (!last || !schedule->isDue(*last, now))
            return false;
        auto attempt = scheduler.lastAttempt(m_scope);
        auto error = scheduler.lastError(m_scope);
        if (attempt && error && !error->isEmpty() && attempt->isValid() &&
            attempt->secsTo(now) < RetryMinutes * 60)
            return false;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const Models::BackupSchedule s = *schedule;
    const Models::Scope scope = m_scope;
    const QString dbPath = m_context.databasePath;
    QPointer<BackupRunner> self(this);
    m_thread = QThread::create([=] {
        int last = -2;
        Models::ScheduledBackup r = Models::BackupScheduler::takeBackup(
            scope, s, dbPath, now, [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : -1;
                if (percent != last && self) {
                    last = percent;
                    QMetaObject::invokeMethod(self, "progress", Qt::QueuedConnection,
                                              Q_ARG(int, percent));
                }
                return !cancel->load();
            });
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, r] {
                    if (self)
                        self->done(r);
                },
                Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
    emit started();
    return true;
}

void BackupRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackupRunner::done(const Models::ScheduledBackup &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    // Recorded even when cancelled or failed: the next try waits RetryMinutes instead of
    // starting again at the next minute.
    (void)Models::BackupScheduler(m_context.connection).recordScheduled(m_scope, result);
    emit finished(result);
}

} // namespace Gui
