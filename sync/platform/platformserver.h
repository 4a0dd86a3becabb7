#pragma once

#include "platformstore.h"

#include <QString>

#include <atomic>
#include <memory>

namespace httplib {
class Server;
}

namespace Platform {

class AccessLog;

struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString certFile, keyFile;            // HTTPS when both are set
    int maxCount = 5000;                  // largest page: a larger _count is capped to it
    QString accessLog;                    // file of JSON lines; "" or "-": stderr
    qint64 maxBody = 64 * 1024 * 1024;    // request body, compressed and inflated alike
    qint64 maxResource = 4 * 1024 * 1024; // one resource of a Bundle
    int maxDepth = 32;                    // nesting inside one resource
    int readTimeout = 10;     // seconds a read of the TLS handshake, headers or body may wait
    int keepAliveTimeout = 5; // seconds an idle kept-alive connection is held
    int minThreads = 8, maxThreads = 256; // workers (one per open connection)
};

// Runs the HTTP(S) server until stop(); returns false if it could not listen.
class Server
{
public:
    explicit Server(Store &store);
    ~Server();
    bool run(const ServerOptions &options, int *boundPort = nullptr, QString *error = nullptr);
    void stop(); // stops accepting; requests in flight go on (async-signal-safe)
    // Requests read and not answered yet.
    int inFlight() const { return m_inFlight.load(); }

private:
    void routes(httplib::Server &http, const ServerOptions &o);
    Store &m_store;
    std::unique_ptr<httplib::Server> m_http;
    std::unique_ptr<AccessLog> m_log;
    std::atomic<int> m_inFlight{0};
};

} // namespace Platform
