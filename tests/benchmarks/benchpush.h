#pragma once

// The push half of the platform benchmarks (bench_platformstores, bench_platformscale): C
// workstations (threads speaking HTTP on loopback) post B transaction Bundles of S new Patients
// each, all at once; and the same Bundles posted to a loopback HTTP server that only reads them
// (the transport's ceiling, a baseline measured in the same run).

#include <httplib.h>

#include <QCommandLineOption>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace Bench {

// The push's size on the command line, the same in every benchmark that pushes.
struct PushOptions
{
    QCommandLineOption clients{QStringLiteral("clients"), QStringLiteral("workstations"),
                               QStringLiteral("n")};
    QCommandLineOption batches{QStringLiteral("batches"), QStringLiteral("Bundles per workstation"),
                               QStringLiteral("n")};
    QCommandLineOption size{QStringLiteral("batch-size"), QStringLiteral("resources per Bundle"),
                            QStringLiteral("n")};
    QList<QCommandLineOption> all() const { return {clients, batches, size}; }
};

struct PushFigures
{
    double perSecond = 0, p50 = 0, p95 = 0;
    int failed = 0;
};

// `round` > 0 gives other ids: a second push creates new Patients instead of updating these.
inline QByteArray patientBundle(int client, int batch, int size, int round = 0)
{
    QByteArray body = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[";
    for (int i = 0; i < size; ++i) {
        const QString id =
            round ? QStringLiteral("b%1-%2-%3-%4").arg(round).arg(client).arg(batch).arg(i)
                  : QStringLiteral("b%1-%2-%3").arg(client).arg(batch).arg(i);
        const QJsonObject r{
            {"resourceType", "Patient"},
            {"id", id},
            {"meta",
             QJsonObject{{"tag", QJsonArray{QJsonObject{
                                     {"system", "https://jiayi.example/fhir/CodeSystem/area"},
                                     {"code", "430121101001"}}}}}},
            {"identifier", QJsonArray{QJsonObject{{"system", "urn:jiayi:record"},
                                                  {"value", QStringLiteral("R%1").arg(i)}}}},
            {"name", QJsonArray{QJsonObject{{"text", QStringLiteral("居民%1").arg(i)}}}},
            {"gender", i % 2 ? "male" : "female"},
            {"birthDate",
             QStringLiteral("19%1-0%2-1%3").arg(40 + i % 60).arg(1 + i % 9).arg(i % 9)},
            {"telecom",
             QJsonArray{QJsonObject{{"system", "phone"},
                                    {"value", QStringLiteral("139%1").arg(10000000 + i)}}}},
            {"address", QJsonArray{QJsonObject{{"text", QStringLiteral("幸福村%1号").arg(i)}}}}};
        if (i)
            body += ',';
        body += "{\"resource\":" + QJsonDocument(r).toJson(QJsonDocument::Compact) +
                ",\"request\":{\"method\":\"PUT\",\"url\":\"Patient/" + id.toLatin1() + "\"}}";
    }
    return body + "]}";
}

inline PushFigures push(const std::vector<int> &ports, const QString &token, int clients,
                        int batches, int size, int round = 0)
{
    // The Bundles are made before the clock starts: the figure is the server's, not the JSON
    // writer's.
    std::vector<std::vector<std::string>> bodies(static_cast<size_t>(clients));
    for (int c = 0; c < clients; ++c)
        for (int b = 0; b < batches; ++b)
            bodies[size_t(c)].push_back(patientBundle(c, b, size, round).toStdString());
    std::vector<double> latencies;
    std::mutex m;
    std::atomic<int> failed{0};
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            httplib::Client cli("127.0.0.1", ports[size_t(c) % ports.size()]);
            cli.set_read_timeout(300);
            const httplib::Headers h{{"Authorization", "Bearer " + token.toStdString()}};
            for (int b = 0; b < batches; ++b) {
                QElapsedTimer t;
                t.start();
                auto res =
                    cli.Post("/fhir", h, bodies[size_t(c)][size_t(b)], "application/fhir+json");
                const double ms = double(t.nsecsElapsed()) / 1e6;
                if (!res || res->status != 200) {
                    if (++failed == 1)
                        std::fprintf(stderr, "push failed: %d %s\n", res ? res->status : -1,
                                     res ? res->body.substr(0, 300).c_str() : "no answer");
                }
                std::lock_guard lock(m);
                latencies.push_back(ms);
            }
        });
    for (auto &t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.empty() ? 0.0
                                 : latencies[std::min(latencies.size() - 1,
                                                      size_t(q * double(latencies.size())))];
    };
    return PushFigures{double(clients) * batches * size / seconds, at(0.50), at(0.95),
                       failed.load()};
}

// The same push against a server that reads each Bundle and answers a small 200: what loopback
// HTTP (cpp-httplib on both ends, the same threads) allows before any FHIR work.
inline PushFigures echoBaseline(int clients, int batches, int size)
{
    httplib::Server server;
    // A thread per workstation and no limit on requests per connection: the echo never queues.
    server.new_task_queue = [clients] { return new httplib::ThreadPool(size_t(clients) + 4); };
    server.set_keep_alive_max_count(1000);
    server.Post("/fhir", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(
            "{\"resourceType\":\"Bundle\",\"type\":\"transaction-response\",\"total\":" +
                std::to_string(req.body.size()) + "}",
            "application/fhir+json");
    });
    const int port = server.bind_to_any_port("127.0.0.1");
    std::thread t([&] { server.listen_after_bind(); });
    while (!server.is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const PushFigures f = push({port}, QStringLiteral("echo"), clients, batches, size);
    server.stop();
    t.join();
    return f;
}

inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(' ', 0, 2)
                                       : QStringLiteral("?");
}

} // namespace Bench
