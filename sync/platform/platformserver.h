#pragma once

#include "platformstore.h"

#include <QString>

#include <memory>

namespace httplib {
class Server;
}

namespace Platform {

struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString certFile, keyFile; // HTTPS when both are set
    int maxCount = 5000;       // largest page
};

// Runs the HTTP(S) server until stop(); returns false if it could not listen.
class Server
{
public:
    explicit Server(Store &store);
    ~Server();
    bool run(const ServerOptions &options, int *boundPort = nullptr, QString *error = nullptr);
    void stop();

private:
    Store &m_store;
    std::unique_ptr<httplib::Server> m_http;
};

} // namespace Platform
