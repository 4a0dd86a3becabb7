// The platform at county scale, both stores side by side in one run. Each store is loaded with the
// same demo county (jiayi-platform-load: the demo generator's townships mapped by the sync
// mappers, every record's history of follow-ups, doses, checks...), then:
//   (b) the initial pull of one township of about 20,000 residents (a token for whole villages),
//       paging GET /fhir/_history?_since=...&_count=2000 exactly as the sync client does
//       (Accept-Encoding gzip, X-Jiayi-Client, every page parsed, link[next] followed until a page
//       is empty or the cursor stops); the count pulled must equal the store's count in scope;
//   (a) 20 workstations pushing transaction Bundles of 1,000 new Patients at once (the
//       PostgreSQL store behind two platform processes, as a county runs it): resources/s and
//       p50/p95 latency per Bundle.
// Baselines measured in the same run: the same Bundles posted to a loopback HTTP server that only
// reads them (the transport's ceiling), and each store's bulk write rate in the loader (COPY,
// prepared INSERTs). Prints every figure for both stores and the ratio PostgreSQL / SQLite.
//
//   bench_platformscale --small                  CI: 1,000 residents, 20 x 1 Bundle of 1,000
//   bench_platformscale                          full: 1,000,000 residents, 20 x 10 of 1,000
//   bench_platformscale --residents N --pull-residents P --batches B --batch-size S
//                       [--only postgresql|sqlite]
//   bench_platformscale --database URI --loaded FILE    PostgreSQL only, on a database already
//       loaded by `jiayi-platform-load --database URI ... > FILE` (its JSON): the
//       1,000,000-resident county takes about 27 minutes to load, so it is loaded once and measured
//       many times (the pushed Patients stay: each run adds 200,000)
//
// PostgreSQL runs with a county server's settings (fsync and synchronous_commit on, a quarter of
// the memory in shared buffers; the primary key prewarmed, as autoprewarm keeps it on a server);
// SQLite with the platform's WAL and synchronous=NORMAL.
#include "benchpush.h"
#include "pgtestutil.h"
#include "platformprocess.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

struct StoreFigures
{
    bool ran = false;
    double loadPerSecond = 0, loadSeconds = 0;
    qint64 loaded = 0;
    double pullSeconds = 0;
    qint64 pulled = 0, inScope = -1;
    int pullPages = 0;
    Bench::PushFigures push, pushAgain;
};

QJsonObject load(const QStringList &store, int residents)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(JIAYI_LOADER_BIN),
            store + QStringList{"--residents", QString::number(residents), "--seed", "1"});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// Whole villages, in code order, until `residents` are covered: one township's worth.
QStringList pullVillages(const QJsonObject &loaded, int residents, qint64 *covered)
{
    QStringList out;
    *covered = 0;
    for (const QJsonValue &v : loaded.value(QStringLiteral("villages")).toArray()) {
        if (*covered >= residents)
            break;
        out << v.toObject().value(QStringLiteral("code")).toString();
        *covered += v.toObject().value(QStringLiteral("residents")).toInteger();
    }
    return out;
}

QString addToken(const QStringList &store, const QStringList &areas)
{
    QStringList args = QStringList{"token", "add"} + store + QStringList{"--clinic", "bench"};
    for (const QString &a : areas)
        args << "--area" << a;
    bool ok = false;
    const QByteArray t = PlatformTest::runPlatform(args, &ok);
    return ok ? QString::fromUtf8(t) : QString();
}

// The client's initial pull (sync/engine/enginefetch.cpp): pages of 2,000 from cursor 0.
bool pull(int port, const QString &token, StoreFigures *f)
{
    httplib::Client cli("127.0.0.1", port);
    cli.set_read_timeout(300);
    cli.set_decompress(true);
    const httplib::Headers h{
        {"Authorization", "Bearer " + token.toStdString()},
        {"Accept", "application/fhir+json"},
        {"Accept-Encoding", "gzip"},
        {"X-Jiayi-Client", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}};
    QString cursor = QStringLiteral("0");
    QElapsedTimer t;
    t.start();
    for (;;) {
        const std::string path =
            QStringLiteral("/fhir/_history?_since=%1&_count=2000").arg(cursor).toStdString();
        auto res = cli.Get(path, h);
        if (!res || res->status != 200) {
            std::fprintf(stderr, "pull failed: %d\n", res ? res->status : -1);
            return false;
        }
        const QJsonObject bundle =
            QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
        const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        f->pulled += entries.size();
        ++f->pullPages;
        QString next = cursor;
        for (const QJsonValue &l : bundle.value(QStringLiteral("link")).toArray())
            if (l.toObject().value(QStringLiteral("relation")).toString() == QLatin1String("next"))
                next = QUrlQuery(QUrl(l.toObject().value(QStringLiteral("url")).toString()))
                           .queryItemValue(QStringLiteral("_since"));
        if (entries.isEmpty() || next == cursor)
            break;
        cursor = next;
    }
    f->pullSeconds = double(t.nsecsElapsed()) / 1e9;
    return true;
}

QString likeAny(const QStringList &villages)
{
    QStringList terms;
    for (const QString &v : villages)
        terms << QStringLiteral("area LIKE '%1%'").arg(v); // area codes: digits only
    return QStringLiteral("NOT deleted AND (%1)").arg(terms.join(QStringLiteral(" OR ")));
}

qint64 sqliteCount(const QString &dir, const QString &where)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QString(dir + QStringLiteral("/platform.sqlite")).toUtf8().constData(), &db,
                        SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        const QByteArray sql =
            "SELECT count(*) FROM resource WHERE " +
            QString(where)
                .replace(QStringLiteral("NOT deleted"), QStringLiteral("deleted = 0"))
                .toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return n;
}

struct Sizes
{
    int residents, pullResidents, clients, batches, batchSize, processes;
};

// One store: load, pull, push. `store`: the platform's store arguments; `ports`: its processes.
bool runStore(const QStringList &store, int processes, const Sizes &z,
              const std::function<qint64(const QString &where)> &countWhere, StoreFigures *f,
              const QJsonObject &preloaded = {})
{
    bool ok = false;
    PlatformTest::runPlatform(QStringList{"count"} + store, &ok); // the schema, migrated
    if (!ok)
        return false;
    const QJsonObject loaded = preloaded.isEmpty() ? load(store, z.residents) : preloaded;
    if (loaded.isEmpty()) {
        std::fprintf(stderr, "the loader failed\n");
        return false;
    }
    f->loaded = loaded.value(QStringLiteral("resources")).toInteger();
    f->loadPerSecond = loaded.value(QStringLiteral("write_resources_per_second")).toDouble();
    f->loadSeconds = loaded.value(QStringLiteral("map_and_write_seconds")).toDouble();
    qint64 covered = 0;
    const QStringList villages = pullVillages(loaded, z.pullResidents, &covered);
    std::printf("  %s: loaded %lld resources (%lld residents) in %.1f s; pull scope %lld "
                "residents in %lld villages\n",
                qPrintable(store.first() == QLatin1String("--database") ? "PostgreSQL" : "SQLite"),
                static_cast<long long>(f->loaded),
                static_cast<long long>(loaded.value(QStringLiteral("residents")).toInteger()),
                f->loadSeconds, static_cast<long long>(covered),
                static_cast<long long>(villages.size()));
    std::fflush(stdout);
    f->inScope = countWhere(likeAny(villages));
    if (store.first() == QLatin1String("--database")) {
        // A county's server has been serving: the primary key its writes look up is in shared
        // buffers (after a restart, autoprewarm puts it back; docs/platform-deployment.md). Right
        // after a bulk load and VACUUM it is not, and the first Bundles read it from disk.
        const auto blocks =
            PgTest::query(store.at(1), QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_prewarm; "
                                                      "SELECT pg_prewarm('resource_pkey')"));
        std::printf("  PostgreSQL: primary key prewarmed (%s blocks)\n",
                    qPrintable(blocks.isEmpty() ? QStringLiteral("no") : blocks.first().value(0)));
        // Where the first inserts go: pages the free space map offers a Patient (about 800
        // bytes) are read and rewritten one per row; none after the loader's frozen load.
        const auto room = PgTest::query(
            store.at(1),
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_freespacemap; "
                           "SELECT count(*) FILTER (WHERE avail >= 800), count(*) FROM "
                           "pg_freespace('resource')"));
        if (!room.isEmpty() && room.first().size() == 2)
            std::printf("  PostgreSQL: %s of %s table pages offer room for a Patient\n",
                        qPrintable(room.first().value(0)), qPrintable(room.first().value(1)));
        std::fflush(stdout);
    }

    std::vector<std::unique_ptr<PlatformTest::Process>> procs;
    std::vector<int> ports;
    for (int i = 0; i < processes; ++i) {
        procs.push_back(std::make_unique<PlatformTest::Process>());
        if (!procs.back()->start(store))
            return false;
        ports.push_back(procs.back()->port());
    }
    if (!pull(ports.front(), addToken(store, villages), f))
        return false;
    const QString pushToken = addToken(store, {QStringLiteral("430121")});
    f->push = Bench::push(ports, pushToken, z.clients, z.batches, z.batchSize);
    // The same again with new ids: the server has now served a push since its bulk load.
    f->pushAgain = Bench::push(ports, pushToken, z.clients, z.batches, z.batchSize, 1);
    f->ran = true;
    return f->pulled == f->inScope && f->push.failed == 0 && f->pushAgain.failed == 0;
}

void row(const char *name, double lite, double pg, const char *format = "%14.1f")
{
    std::printf("%-40s", name);
    std::printf(format, lite);
    std::printf(format, pg);
    if (lite > 0)
        std::printf("%12.2f\n", pg / lite);
    else
        std::printf("%12s\n", "-");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption small(QStringLiteral("small"), QStringLiteral("CI size"));
    const QCommandLineOption residentsO(QStringLiteral("residents"),
                                        QStringLiteral("residents loaded"), QStringLiteral("n"));
    const QCommandLineOption pullO(QStringLiteral("pull-residents"),
                                   QStringLiteral("residents of the pulled township"),
                                   QStringLiteral("n"));
    const Bench::PushOptions pushO;
    const QCommandLineOption onlyO(QStringLiteral("only"),
                                   QStringLiteral("one store: postgresql or sqlite"),
                                   QStringLiteral("store"));
    const QCommandLineOption databaseO(QStringLiteral("database"),
                                       QStringLiteral("a PostgreSQL database already loaded"),
                                       QStringLiteral("uri"));
    const QCommandLineOption loadedO(QStringLiteral("loaded"),
                                     QStringLiteral("the loader's JSON output for --database"),
                                     QStringLiteral("file"));
    p.addOptions({small, residentsO, pullO, onlyO, databaseO, loadedO});
    p.addOptions(pushO.all());
    p.process(app);
    const bool ci = p.isSet(small);
    const auto value = [&](const QCommandLineOption &o, int full, int smallSize) {
        return p.isSet(o) ? p.value(o).toInt() : (ci ? smallSize : full);
    };
    const Sizes z{value(residentsO, 1000000, 1000), value(pullO, 20000, 1000),
                  value(pushO.clients, 20, 20),     value(pushO.batches, 10, 1),
                  value(pushO.size, 1000, 1000),    2};
    QJsonObject preloaded;
    if (p.isSet(databaseO)) {
        QFile f(p.value(loadedO));
        if (!f.open(QIODevice::ReadOnly) ||
            (preloaded = QJsonDocument::fromJson(f.readAll()).object()).isEmpty()) {
            std::fprintf(stderr, "--database needs --loaded with the loader's JSON output\n");
            return 2;
        }
    }
    const QString only = p.isSet(databaseO) ? QStringLiteral("postgresql") : p.value(onlyO);
    std::printf("bench_platformscale: %d residents loaded; pull of %d residents; %d workstations x "
                "%d Bundles of %d Patients; load average %s\n",
                z.residents, z.pullResidents, z.clients, z.batches, z.batchSize,
                qPrintable(Bench::loadAverage()));
    std::fflush(stdout);

    const Bench::PushFigures echo = Bench::echoBaseline(z.clients, z.batches, z.batchSize);

    StoreFigures lite, pg;
    bool ok = true;
    if (only.isEmpty() || only == QLatin1String("sqlite")) {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("sqlite"));
        ok = runStore(
                 {"--data", dir}, 1, z,
                 [&](const QString &where) { return sqliteCount(dir, where); }, &lite) &&
             ok;
    }
    std::unique_ptr<PgTest::Cluster> cluster;
    if (p.isSet(databaseO)) {
        const QString uri = p.value(databaseO);
        ok = runStore(
                 {"--database", uri}, z.processes, z,
                 [&](const QString &where) {
                     return PgTest::count(uri, QStringLiteral("resource WHERE ") + where);
                 },
                 &pg, preloaded) &&
             ok;
    } else if (only.isEmpty() || only == QLatin1String("postgresql")) {
        cluster = std::make_unique<PgTest::Cluster>();
        if (!cluster->start(true)) {
            std::fprintf(stderr, "PostgreSQL did not start: %s\n", qPrintable(cluster->error()));
            return 1;
        }
        ok =
            runStore(
                {"--database", cluster->uri()}, z.processes, z,
                [&](const QString &where) {
                    return PgTest::count(cluster->uri(), QStringLiteral("resource WHERE ") + where);
                },
                &pg) &&
            ok;
    }

    std::printf("\n%-40s%14s%14s%12s\n", "figure", "SQLite", "PostgreSQL", "PG/SQLite");
    row("resources loaded", double(lite.loaded), double(pg.loaded), "%14.0f");
    row("load: bulk write, resources/s", lite.loadPerSecond, pg.loadPerSecond, "%14.0f");
    row("load: demo+map+write, s", lite.loadSeconds, pg.loadSeconds);
    row("(b) initial pull: resources", double(lite.pulled), double(pg.pulled), "%14.0f");
    row("(b) initial pull: resources in scope", double(lite.inScope), double(pg.inScope), "%14.0f");
    row("(b) initial pull: pages", lite.pullPages, pg.pullPages, "%14.0f");
    row("(b) initial pull: seconds", lite.pullSeconds, pg.pullSeconds, "%14.2f");
    row("(b) initial pull: resources/s", lite.pullSeconds > 0 ? lite.pulled / lite.pullSeconds : 0,
        pg.pullSeconds > 0 ? pg.pulled / pg.pullSeconds : 0, "%14.0f");
    row("(a) push: resources/s", lite.push.perSecond, pg.push.perSecond, "%14.0f");
    row("(a) push: p50 ms per Bundle", lite.push.p50, pg.push.p50);
    row("(a) push: p95 ms per Bundle", lite.push.p95, pg.push.p95);
    row("(a) push: failed Bundles", lite.push.failed, pg.push.failed, "%14.0f");
    row("(a) push again, new ids: resources/s", lite.pushAgain.perSecond, pg.pushAgain.perSecond,
        "%14.0f");
    row("(a) push again: p95 ms per Bundle", lite.pushAgain.p95, pg.pushAgain.p95);
    std::printf("baseline: loopback HTTP server reading the same Bundles: %.0f resources/s, p95 "
                "%.1f ms\n",
                echo.perSecond, echo.p95);
    if (echo.perSecond > 0)
        std::printf("push / loopback baseline: SQLite %.3f, PostgreSQL %.3f\n",
                    lite.push.perSecond / echo.perSecond, pg.push.perSecond / echo.perSecond);
    std::printf("PostgreSQL: 2 platform processes on one database; SQLite: 1 process. Load "
                "average at the end: %s\n",
                qPrintable(Bench::loadAverage()));
    if (!ok)
        std::fprintf(stderr, "FAILED: a pull missed resources in scope, or a push failed\n");
    return ok ? 0 : 1;
}
