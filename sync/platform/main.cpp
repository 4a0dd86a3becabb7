// jiayi-platform: the reference regional platform.
//   jiayi-platform --data DIR --listen 127.0.0.1:8443 [--tls-cert FILE --tls-key FILE]
//                  [--access-log FILE]
//   jiayi-platform token add --data DIR --clinic NAME --area CODE [--area CODE...]
//   jiayi-platform count --data DIR
//   jiayi-platform summary --data DIR --period 2026-Q3 [--format json|csv] [--area CODE...]
// With --database postgresql://user@host:port/db instead of --data, the same in PostgreSQL (a
// county: several platform processes on one database).
#include "platformserver.h"
#include "platformsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace {

// Serves until SIGTERM or SIGINT, then shuts down gracefully: no new connections, the requests in
// flight are answered (30 s at most), then the process ends. The signals are taken by sigwait()
// here, blocked in every other thread (the mask is inherited by the server's threads).
int serve(Platform::Server &server, const Platform::ServerOptions &o)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::atomic<bool> done{false};
    bool ok = true;
    QString error;
    std::thread t([&] {
        ok = server.run(o, nullptr, &error);
        done = true;
    });
    const timespec tick{0, 200 * 1000 * 1000};
    while (!done && sigtimedwait(&set, nullptr, &tick) < 0) {
    }
    if (done) {
        t.join();
        if (!ok)
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return ok ? 0 : 1;
    }
    server.stop();
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (server.inFlight() > 0 && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    // Idle kept-alive connections hold their workers up to the keep-alive timeout: not waited for.
    for (int i = 0; i < 25 && !done; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::fflush(nullptr);
    if (!done)
        std::_Exit(0); // every request was answered; the store keeps nothing unwritten
    t.join();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiayi-platform"));
    QStringList args = app.arguments();
    QString mode = QStringLiteral("serve");
    if (args.size() >= 3 && args[1] == QLatin1String("token") && args[2] == QLatin1String("add")) {
        mode = QStringLiteral("token");
        args.remove(1, 2);
    } else if (args.size() >= 2 &&
               (args[1] == QLatin1String("count") || args[1] == QLatin1String("summary"))) {
        mode = args[1];
        args.remove(1);
    }
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Jiayi reference regional platform (FHIR R4 subset)"));
    p.addHelpOption();
    QCommandLineOption data(QStringLiteral("data"), QStringLiteral("data directory"),
                            QStringLiteral("dir"), QStringLiteral("platform-data"));
    QCommandLineOption listen(QStringLiteral("listen"),
                              QStringLiteral("host:port (port 0: any free port)"),
                              QStringLiteral("addr"), QStringLiteral("127.0.0.1:8443"));
    QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate chain"),
                            QStringLiteral("file"));
    QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key"),
                           QStringLiteral("file"));
    QCommandLineOption clinic(QStringLiteral("clinic"), QStringLiteral("clinic name"),
                              QStringLiteral("name"));
    QCommandLineOption area(QStringLiteral("area"),
                            QStringLiteral("area code (6, 9 or 12 digits); repeatable"),
                            QStringLiteral("code"));
    QCommandLineOption pageSize(QStringLiteral("max-count"),
                                QStringLiteral("largest page (a larger _count is capped)"),
                                QStringLiteral("n"), QStringLiteral("5000"));
    QCommandLineOption accessLog(QStringLiteral("access-log"),
                                 QStringLiteral("JSON access log file (default: standard error)"),
                                 QStringLiteral("file"));
    QCommandLineOption maxBody(QStringLiteral("max-body"),
                               QStringLiteral("largest request body in MiB, inflated (default 64)"),
                               QStringLiteral("mib"), QStringLiteral("64"));
    QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("PostgreSQL connection URI (postgresql://user@host:port/db); the schema is "
                       "created or upgraded at start. Without it: SQLite under --data"),
        QStringLiteral("uri"));
    QCommandLineOption period(QStringLiteral("period"),
                              QStringLiteral("summary: a month (2026-11), quarter (2026-Q3) or "
                                             "year (2026)"),
                              QStringLiteral("period"));
    QCommandLineOption format(QStringLiteral("format"),
                              QStringLiteral("summary: json (default) or csv (UTF-8 with a BOM)"),
                              QStringLiteral("format"), QStringLiteral("json"));
    p.addOptions({data, listen, cert, key, clinic, area, pageSize, accessLog, maxBody, database,
                  period, format});
    p.process(args);

    QString error;
    const std::unique_ptr<Platform::Store> opened =
        Platform::Store::open(p.value(data), p.value(database), &error);
    if (!opened) {
        // The URI may hold a password: name the store by kind, not by its URI.
        std::fprintf(stderr, "cannot open %s: %s\n",
                     p.isSet(database) ? "the PostgreSQL database" : qPrintable(p.value(data)),
                     qPrintable(error));
        return 1;
    }
    Platform::Store &store = *opened;
    if (mode == QLatin1String("token")) {
        const QStringList areas = p.values(area);
        if (p.value(clinic).isEmpty() || areas.isEmpty()) {
            std::fprintf(stderr, "token add needs --clinic and at least one --area\n");
            return 2;
        }
        for (const QString &a : areas)
            if (!(a.size() == 6 || a.size() == 9 || a.size() == 12) ||
                a.contains(QRegularExpression(QStringLiteral("\\D")))) {
                std::fprintf(stderr, "invalid area code %s\n", qPrintable(a));
                return 2;
            }
        std::printf("%s\n", qPrintable(store.addToken(p.value(clinic), areas)));
        return 0;
    }
    if (mode == QLatin1String("summary")) {
        // Every area unless --area narrows it (area codes are digits: "0".."9" cover them all).
        QStringList areas = p.values(area);
        if (areas.isEmpty())
            areas = QStringList{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        const auto when = Platform::SummaryPeriod::parse(p.value(period));
        if (!when) {
            std::fprintf(stderr, "--period must be a month (2026-11), a quarter (2026-Q3) or a "
                                 "year (2026)\n");
            return 2;
        }
        if (p.value(format) != QLatin1String("json") && p.value(format) != QLatin1String("csv")) {
            std::fprintf(stderr, "--format must be json or csv\n");
            return 2;
        }
        const Platform::Token token{QStringLiteral("summary"), areas};
        const auto reports = store.current(token, QStringLiteral("MeasureReport"));
        const QByteArray out = p.value(format) == QLatin1String("csv")
                                   ? Platform::countySummaryCsv(reports, *when)
                                   : Platform::countySummaryJson(
                                         reports, *when, p.isSet(area) ? areas : QStringList());
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    if (mode == QLatin1String("count")) {
        std::printf("%lld\n", static_cast<long long>(store.count(false)));
        return 0;
    }
    Platform::ServerOptions o;
    const QString l = p.value(listen);
    o.host = l.section(QLatin1Char(':'), 0, -2);
    o.port = l.section(QLatin1Char(':'), -1).toInt();
    o.certFile = p.value(cert);
    o.keyFile = p.value(key);
    o.maxCount = qMax(1, p.value(pageSize).toInt());
    o.accessLog = p.value(accessLog);
    o.maxBody = qBound(1, p.value(maxBody).toInt(), 4096) * qint64(1024 * 1024);
    o.maxResource = qMin(o.maxResource, o.maxBody);
    Platform::Server server(store);
    return serve(server, o);
}
