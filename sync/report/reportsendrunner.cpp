#include "reportsendrunner.h"

#include "database.h"

#include <QPointer>
#include <QThread>

namespace Sync {

namespace {
const int registered = [] {
    qRegisterMetaType<Sync::ReportSendResult>();
    return 0;
}();
} // namespace

ReportSendRunner::ReportSendRunner(QString databasePath, Models::Scope scope, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_scope(std::move(scope))
{
}

ReportSendRunner::~ReportSendRunner()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportSendRunner::busy() const
{
    return m_thread && m_thread->isRunning();
}

void ReportSendRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ReportSendRunner::start(const QDate &month, const ReportSendConfig &config)
{
    if (busy())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ReportSendRunner> owner(this);
    m_thread =
        QThread::create([owner, path = m_path, scope = m_scope, month, config, cancel = m_cancel] {
            static std::atomic_int counter{0};
            const QString conn = QStringLiteral("report-send-%1").arg(counter.fetch_add(1));
            ReportSendResult result;
            Models::OpenOptions o;
            o.create = false;
            o.migrate = false;
            if (auto opened = Models::openDatabase(conn, path, o); !opened) {
                result.error = opened.error().message;
            } else {
                const auto progress = [owner](int percent, const QString &step) {
                    QMetaObject::invokeMethod(
                        owner.data(),
                        [owner, percent, step] {
                            if (owner)
                                emit owner->progress(percent, step);
                        },
                        Qt::QueuedConnection);
                };
                result = ReportSender(conn, scope, config).send(month, progress, cancel.get());
            }
            Models::closeDatabase(conn);
            QMetaObject::invokeMethod(
                owner.data(),
                [owner, result] {
                    if (owner)
                        emit owner->finished(result);
                },
                Qt::QueuedConnection);
        });
    m_thread->start();
    return true;
}

} // namespace Sync
