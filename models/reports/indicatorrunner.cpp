#include "indicatorrunner.h"

#include "database.h"

#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <optional>

namespace Models {

namespace {
const int registered = [] {
    qRegisterMetaType<Models::IndicatorRun>();
    qRegisterMetaType<Models::IndicatorTrend>();
    qRegisterMetaType<Models::IndicatorPeople>();
    qRegisterMetaType<Models::IndicatorRunner::Kind>();
    return 0;
}();
} // namespace

struct IndicatorRunner::Worker
{
    struct Job
    {
        quint64 id = 0;
        Kind kind = Kind::Evaluate;
        std::shared_ptr<std::atomic_bool> cancel;
        // Runs in the worker thread on the worker's connection.
        std::function<void(const QString &connection, const IndicatorControl &control)> run;
    };

    QString path;
    Scope scope;
    QPointer<IndicatorRunner> owner;
    QThread *thread = nullptr;
    mutable QMutex mutex;
    QWaitCondition wake;
    std::deque<Job> queue;
    Job running;
    bool stopping = false;
    bool active = false;
    quint64 nextId = 1;

    void loop()
    {
        static std::atomic_int counter{0};
        const QString conn = QStringLiteral("indicator-runner-%1").arg(counter.fetch_add(1));
        // The connection is opened with the first job (a screen that is never looked at costs
        // nothing) and kept for the next ones.
        std::optional<Result<SchemaInfo>> opened;
        for (;;) {
            Job job;
            {
                QMutexLocker lock(&mutex);
                while (queue.empty() && !stopping)
                    wake.wait(&mutex);
                if (stopping)
                    break;
                job = queue.front();
                queue.pop_front();
                running = job;
                active = true;
            }
            if (!opened) {
                OpenOptions o;
                o.create = false;
                o.migrate = false;
                opened = openDatabase(conn, path, o);
            }
            if (!*opened) {
                fail(job, opened->error());
            } else {
                IndicatorControl control;
                control.cancel = job.cancel.get();
                const quint64 id = job.id;
                const Kind kind = job.kind;
                control.progress = [this, id, kind](int done, int total) {
                    QMetaObject::invokeMethod(
                        owner.data(),
                        [o = owner, id, kind, done, total] {
                            if (o)
                                emit o->progress(id, kind, done, total);
                        },
                        Qt::QueuedConnection);
                };
                job.run(conn, control);
            }
            QMutexLocker lock(&mutex);
            running = Job{};
            active = false;
        }
        if (opened && *opened)
            closeDatabase(conn);
    }

    void fail(const Job &job, const Error &e)
    {
        const quint64 id = job.id;
        const Kind kind = job.kind;
        QMetaObject::invokeMethod(
            owner.data(),
            [o = owner, id, kind, e] {
                if (o)
                    emit o->failed(id, kind, e.message, e.code);
            },
            Qt::QueuedConnection);
    }

    quint64 submit(Kind kind, std::function<void(const QString &, const IndicatorControl &)> run)
    {
        QMutexLocker lock(&mutex);
        // The newer question of a kind replaces the older one.
        for (auto it = queue.begin(); it != queue.end();)
            it = it->kind == kind ? queue.erase(it) : std::next(it);
        if (active && running.kind == kind && running.cancel)
            running.cancel->store(true);
        Job job;
        job.id = nextId++;
        job.kind = kind;
        job.cancel = std::make_shared<std::atomic_bool>(false);
        job.run = std::move(run);
        queue.push_back(job);
        wake.wakeOne();
        return job.id;
    }
};

IndicatorRunner::IndicatorRunner(QString databasePath, Scope scope, QObject *parent)
    : QObject(parent), m_worker(std::make_unique<Worker>())
{
    Q_UNUSED(registered);
    m_worker->path = std::move(databasePath);
    m_worker->scope = std::move(scope);
    m_worker->owner = this;
    Worker *w = m_worker.get();
    m_worker->thread = QThread::create([w] { w->loop(); });
    m_worker->thread->start(QThread::LowPriority);
}

IndicatorRunner::~IndicatorRunner()
{
    {
        QMutexLocker lock(&m_worker->mutex);
        m_worker->stopping = true;
        m_worker->queue.clear();
        if (m_worker->active && m_worker->running.cancel)
            m_worker->running.cancel->store(true);
        m_worker->wake.wakeAll();
    }
    m_worker->thread->wait();
    delete m_worker->thread;
}

void IndicatorRunner::cancel()
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->queue.clear();
    if (m_worker->active && m_worker->running.cancel)
        m_worker->running.cancel->store(true);
}

bool IndicatorRunner::busy() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->active || !m_worker->queue.empty();
}

quint64 IndicatorRunner::evaluate(const IndicatorPeriod &period, const IndicatorArea &area)
{
    Worker *w = m_worker.get();
    return w->submit(
        Kind::Evaluate, [w, period, area](const QString &conn, const IndicatorControl &control) {
            const quint64 id = w->running.id;
            auto r = IndicatorEngine(conn).evaluate(w->scope, period, area, {}, control);
            if (!r)
                return w->fail(w->running, r.error());
            QMetaObject::invokeMethod(
                w->owner.data(),
                [o = w->owner, id, run = std::move(r).value()] {
                    if (o)
                        emit o->evaluated(id, run);
                },
                Qt::QueuedConnection);
        });
}

quint64 IndicatorRunner::trend(const QString &id, int year, const IndicatorArea &area,
                               const QDate &upTo)
{
    Worker *w = m_worker.get();
    return w->submit(Kind::Trend, [w, id, year, area, upTo](const QString &conn,
                                                            const IndicatorControl &control) {
        const quint64 job = w->running.id;
        auto r = IndicatorEngine(conn).trend(w->scope, id, year, area, upTo, control);
        if (!r)
            return w->fail(w->running, r.error());
        QMetaObject::invokeMethod(
            w->owner.data(),
            [o = w->owner, job, t = std::move(r).value()] {
                if (o)
                    emit o->trendReady(job, t);
            },
            Qt::QueuedConnection);
    });
}

quint64 IndicatorRunner::residents(const QString &id, const IndicatorPeriod &period,
                                   const IndicatorArea &area, IndicatorSet which,
                                   const QString &villageCode)
{
    Worker *w = m_worker.get();
    return w->submit(Kind::Residents, [w, id, period, area, which, villageCode](
                                          const QString &conn, const IndicatorControl &control) {
        const quint64 job = w->running.id;
        auto r = IndicatorEngine(conn).residents(w->scope, id, period, area, which, villageCode,
                                                 control);
        if (!r)
            return w->fail(w->running, r.error());
        QMetaObject::invokeMethod(
            w->owner.data(),
            [o = w->owner, job, p = std::move(r).value()] {
                if (o)
                    emit o->residentsReady(job, p);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Models
