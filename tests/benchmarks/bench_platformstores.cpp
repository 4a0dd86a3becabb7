// The platform's two stores side by side: C workstations (threads speaking HTTP on loopback) push
// transaction Bundles of S new Patients at once, B Bundles each, to the SQLite store (one process)
// and to the PostgreSQL store (P processes on one database, as a county runs it). Prints push
// throughput (resources/s), p50 and p95 latency per Bundle, and the ratio PostgreSQL / SQLite.
//
//   bench_platformstores --small             CI: 4 workstations x 5 Bundles of 100
//   bench_platformstores                     full: 20 workstations x 10 Bundles of 1,000
//   bench_platformstores --clients C --batches B --batch-size S --processes P
//
// PostgreSQL runs with its defaults (fsync and synchronous_commit on); SQLite with the platform's
// WAL and synchronous=NORMAL (no sync at each commit): the PostgreSQL figures are for a store that
// keeps every acknowledged Bundle through a power cut, the SQLite ones through a process crash.
#include "benchpush.h"
#include "pgtestutil.h"
#include "platformprocess.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

namespace {

using Figures = Bench::PushFigures;
using Bench::push;

QString addToken(const QStringList &store)
{
    bool ok = false;
    const QByteArray t = PlatformTest::runPlatform(
        QStringList{"token", "add"} + store + QStringList{"--clinic", "bench", "--area", "430121"},
        &ok);
    return ok ? QString::fromUtf8(t) : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption small(QStringLiteral("small"), QStringLiteral("CI size"));
    const Bench::PushOptions pushO;
    const QCommandLineOption processesO(QStringLiteral("processes"),
                                        QStringLiteral("platform processes on PostgreSQL"),
                                        QStringLiteral("n"));
    p.addOptions({small, processesO});
    p.addOptions(pushO.all());
    p.process(app);
    const bool ci = p.isSet(small);
    const auto value = [&](const QCommandLineOption &o, int full, int smallSize) {
        return p.isSet(o) ? p.value(o).toInt() : (ci ? smallSize : full);
    };
    const int clients = value(pushO.clients, 20, 4), batches = value(pushO.batches, 10, 5),
              size = value(pushO.size, 1000, 100), processes = value(processesO, 2, 2);
    std::printf("bench_platformstores: %d workstations x %d Bundles of %d Patients (new)\n",
                clients, batches, size);

    QTemporaryDir tmp;
    const QStringList lite{"--data", tmp.filePath(QStringLiteral("sqlite"))};
    PlatformTest::Process sqlite;
    if (!sqlite.start(lite)) {
        std::fprintf(stderr, "the SQLite platform did not start\n");
        return 1;
    }
    const Figures s = push({sqlite.port()}, addToken(lite), clients, batches, size);
    sqlite.stop();

    if (!PgTest::available()) {
        std::fprintf(stderr, "PostgreSQL binaries missing (scripts/install-deps.sh)\n");
        return 1;
    }
    PgTest::Cluster pg;
    if (!pg.start(true)) {
        std::fprintf(stderr, "PostgreSQL did not start: %s\n", qPrintable(pg.error()));
        return 1;
    }
    const QStringList pgStore{"--database", pg.uri()};
    std::vector<std::unique_ptr<PlatformTest::Process>> procs;
    std::vector<int> ports;
    for (int i = 0; i < processes; ++i) {
        procs.push_back(std::make_unique<PlatformTest::Process>());
        if (!procs.back()->start(pgStore)) {
            std::fprintf(stderr, "the PostgreSQL platform did not start\n");
            return 1;
        }
        ports.push_back(procs.back()->port());
    }
    const Figures g = push(ports, addToken(pgStore), clients, batches, size);
    procs.clear();

    std::printf("%-34s %14s %12s %12s %8s\n", "store", "resources/s", "p50 ms", "p95 ms", "failed");
    std::printf("%-34s %14.0f %12.1f %12.1f %8d\n", "SQLite (1 process)", s.perSecond, s.p50, s.p95,
                s.failed);
    std::printf("%-34s %14.0f %12.1f %12.1f %8d\n",
                qPrintable(QStringLiteral("PostgreSQL (%1 processes)").arg(processes)), g.perSecond,
                g.p50, g.p95, g.failed);
    std::printf("%-34s %14.2f %12.2f %12.2f\n", "ratio PostgreSQL / SQLite",
                s.perSecond > 0 ? g.perSecond / s.perSecond : 0.0, s.p50 > 0 ? g.p50 / s.p50 : 0.0,
                s.p95 > 0 ? g.p95 / s.p95 : 0.0);
    return s.failed || g.failed ? 1 : 0;
}
