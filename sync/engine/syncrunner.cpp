#include "syncrunner.h"

#include "database.h"

#include <QCoreApplication>
#include <QThread>

namespace Sync {

SyncRunner::SyncRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Sync::SyncSummary>();
}

SyncRunner::~SyncRunner()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void SyncRunner::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

bool SyncRunner::start(const QString &dbPath, const Models::Scope &scope, const SyncConfig &config)
{
    if (m_thread)
        return false;
    static QAtomicInt counter;
    const QString conn = QStringLiteral("sync-worker-%1").arg(counter.fetchAndAddRelaxed(1));
    auto *engine = new SyncEngine(conn, scope, config);
    m_engine = engine;
    connect(engine, &SyncEngine::progress, this, &SyncRunner::progress, Qt::QueuedConnection);
    m_thread = QThread::create([this, engine, conn, dbPath]() {
        SyncSummary s;
        Models::OpenOptions o;
        o.create = false;
        o.migrate = false;
        if (auto r = Models::openDatabase(conn, dbPath, o); !r) {
            s.error = r.error().message;
        } else {
            s = engine->run();
            Models::closeDatabase(conn);
        }
        m_summary = s; // read by the GUI thread after the thread finished
    });
    engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, this, [this, engine]() {
        delete engine;
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(m_summary);
    });
    m_thread->start();
    return true;
}

} // namespace Sync
