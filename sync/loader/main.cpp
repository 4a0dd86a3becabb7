// jiayi-platform-load: a county for the platform without a county of workstations. Generates demo
// townships with the workstation's demo generator (models/demo, as `jiayi-cli demo`), maps every
// record with the sync mappers (sync/fhir, what `jiayi-cli sync` would push) and writes the
// resources straight into a platform store in bulk (bulkwriter.h).
//   jiayi-platform-load --database postgresql://user@host/db --residents 1000000 --area 430121
//   jiayi-platform-load --data DIR --residents 20000 [--seed 1] [--workstation demo.db]
// The store's schema must exist: run `jiayi-platform count --database URI` (or --data DIR) first.
// Prints one JSON object: counts, the villages with their residents, and seconds per phase.
#include "bulkwriter.h"
#include "database.h"
#include "demogenerator.h"
#include "demoresources.h"
#include "scope.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace {

const QString Conn = QStringLiteral("loader");

int fail(const QString &why)
{
    std::fprintf(stderr, "jiayi-platform-load: %s\n", qPrintable(why));
    return 1;
}

// Chunks handed from the mapping thread (this one: the workstation database's connection lives
// here) to the writer thread; at most `depth` wait, so memory stays bounded.
class Pipe
{
public:
    explicit Pipe(Loader::BulkWriter &w, size_t depth = 3) : m_w(w), m_depth(depth)
    {
        m_thread = std::thread([this] { drain(); });
    }
    ~Pipe() { finish(); }
    bool push(Loader::Chunk &&c)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_queue.size() < m_depth || m_failed; });
        if (m_failed)
            return false;
        m_queue.push_back(std::move(c));
        m_cv.notify_all();
        return true;
    }
    bool finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        return !m_failed;
    }
    QString error() const { return m_error; }
    qint64 written() const { return m_written; }
    double busySeconds() const { return double(m_busyNs) / 1e9; }

private:
    void drain()
    {
        for (;;) {
            Loader::Chunk c;
            {
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [&] { return !m_queue.empty() || m_done; });
                if (m_queue.empty())
                    return;
                c = std::move(m_queue.front());
                m_queue.pop_front();
                m_cv.notify_all();
            }
            QElapsedTimer t;
            t.start();
            QString error;
            const bool ok = m_w.write(c, &error);
            m_busyNs += t.nsecsElapsed();
            std::lock_guard lock(m_mutex);
            if (!ok) {
                m_failed = true;
                m_error = error;
                m_queue.clear();
                m_cv.notify_all();
                return;
            }
            m_written += qint64(c.size());
            std::fprintf(stderr, "\rwritten %lld resources", static_cast<long long>(m_written));
        }
    }

    Loader::BulkWriter &m_w;
    size_t m_depth;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Loader::Chunk> m_queue;
    bool m_done = false, m_failed = false;
    QString m_error;
    qint64 m_written = 0, m_busyNs = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiayi-platform-load"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Loads demo townships (the workstation's demo generator, mapped to FHIR by the sync "
        "mappers) into a jiayi-platform store in bulk"));
    p.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("SQLite store folder"),
                                  QStringLiteral("dir"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("PostgreSQL connection URI"),
                                      QStringLiteral("uri"));
    const QCommandLineOption residents(QStringLiteral("residents"),
                                       QStringLiteral("residents (2,000 a village, 25 villages a "
                                                      "township; default 20000)"),
                                       QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption area(QStringLiteral("area"), QStringLiteral("county code (6 digits)"),
                                  QStringLiteral("code"), QStringLiteral("430121"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("demo seed"),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption workstation(
        QStringLiteral("workstation"),
        QStringLiteral("keep the generated workstation database here (default: a temporary file)"),
        QStringLiteral("path"));
    const QCommandLineOption chunk(QStringLiteral("chunk"),
                                   QStringLiteral("resources per transaction (default 20000)"),
                                   QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("mapping threads (default 2)"),
                                     QStringLiteral("n"), QStringLiteral("2"));
    p.addOptions({data, database, residents, area, seed, workstation, chunk, threads});
    p.process(app);
    if (p.isSet(data) == p.isSet(database))
        return fail(QStringLiteral("give either --database URI or --data DIR"));
    Models::DemoOptions o;
    bool ok = false;
    o.residents = p.value(residents).toInt(&ok);
    if (!ok || o.residents < 1)
        return fail(QStringLiteral("--residents must be a positive number"));
    o.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a number"));
    o.countyCode = p.value(area);
    if (o.countyCode.size() != 6 || o.countyCode.toLongLong() <= 0)
        return fail(QStringLiteral("--area must be a 6-digit county code"));
    const int chunkSize = qMax(1, p.value(chunk).toInt());
    const int mappers = qBound(1, p.value(threads).toInt(), 16);

    QString error;
    const std::unique_ptr<Loader::BulkWriter> writer =
        Loader::BulkWriter::open(p.value(data), p.value(database), &error);
    if (!writer)
        return fail(error);
    const qint64 before = writer->count();

    QTemporaryDir tmp;
    const QString path = p.isSet(workstation) ? p.value(workstation)
                                              : tmp.filePath(QStringLiteral("workstation.db"));
    if (QFile::exists(path))
        return fail(QStringLiteral("%1 exists; the demo needs a new database").arg(path));
    QElapsedTimer phase;
    phase.start();
    if (auto opened = Models::openDatabase(Conn, path); !opened)
        return fail(opened.error().message);
    auto demo = Models::DemoGenerator::generate(
        Conn, Models::Scope::administrator(), o, [](int done, int total) {
            std::fprintf(stderr, "\rdemo %d / %d", done, total);
            return true;
        });
    std::fputc('\n', stderr);
    if (!demo)
        return fail(QStringLiteral("demo: ") + demo.error().message);
    const double demoSeconds = double(phase.nsecsElapsed()) / 1e9;

    phase.restart();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Each mapping thread reads its slice of the records on a connection of its own.
    Pipe pipe(*writer);
    std::atomic<qint64> records{0}, skipped{0};
    std::atomic<bool> mapped{true};
    std::mutex errorMutex;
    std::vector<std::thread> workers;
    for (int k = 0; k < mappers; ++k)
        workers.emplace_back([&, k] {
            const QString conn = Conn + QString::number(k);
            QString why;
            bool ok = false;
            if (auto opened = Models::openDatabase(conn, path, Models::OpenOptions{false, false});
                !opened) {
                why = opened.error().message;
            } else {
                Loader::DemoResources map(conn, now, k, mappers);
                ok = map.run(
                    chunkSize, [&](Loader::Chunk &&c) { return pipe.push(std::move(c)); }, &why);
                records += map.records();
                skipped += map.skipped();
            }
            Models::closeDatabase(conn);
            if (!ok) {
                mapped = false;
                std::lock_guard lock(errorMutex);
                error = why;
            }
        });
    for (std::thread &t : workers)
        t.join();
    const bool written = pipe.finish();
    std::fputc('\n', stderr);
    if (!written)
        return fail(QStringLiteral("writing: ") + pipe.error());
    if (!mapped)
        return fail(QStringLiteral("mapping: ") + error);
    if (!writer->finish(&error))
        return fail(QStringLiteral("statistics: ") + error);
    const double loadSeconds = double(phase.nsecsElapsed()) / 1e9;

    QJsonArray villages;
    {
        QSqlQuery q(QSqlDatabase::database(Conn));
        q.exec(QStringLiteral("SELECT a.code, (SELECT count(*) FROM resident r WHERE r.village_code"
                              " = a.code AND r.deleted = 0) FROM area a WHERE a.level = 'village'"
                              " ORDER BY a.code"));
        while (q.next())
            villages.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                        {QStringLiteral("residents"), q.value(1).toLongLong()}});
    }
    Models::closeDatabase(Conn);
    const qint64 resources = pipe.written();
    const QJsonObject out{
        {QStringLiteral("store"),
         p.isSet(database) ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("residents"), demo->residents},
        {QStringLiteral("households"), demo->households},
        {QStringLiteral("townships"), demo->townships},
        {QStringLiteral("records"), records.load()},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("skipped_without_area"), skipped.load()},
        {QStringLiteral("mapping_threads"), mappers},
        {QStringLiteral("store_resources_before"), before},
        {QStringLiteral("store_resources_after"), writer->count()},
        {QStringLiteral("demo_seconds"), demoSeconds},
        {QStringLiteral("map_and_write_seconds"), loadSeconds},
        {QStringLiteral("write_busy_seconds"), pipe.busySeconds()},
        // The store's raw bulk rate (COPY or prepared INSERTs, one transaction per chunk).
        {QStringLiteral("write_resources_per_second"),
         pipe.busySeconds() > 0 ? double(resources) / pipe.busySeconds() : 0.0},
        {QStringLiteral("villages"), villages}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
