#pragma once

// Private to sync/platform/: the HTTP plumbing that keeps the platform up under hostile or slow
// clients, around cpp-httplib 0.11 (Debian 12): an elastic worker pool, bounded request bodies
// (raw and inflated) read only after authentication, closing a connection whose body was left
// unread, and the JSON access log.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Platform {

inline const char *FhirJson = "application/fhir+json; charset=utf-8";
std::string httpDate();
// The body, gzipped (level 1) when the client accepts it and it is over 1 KiB.
void sendBody(const httplib::Request &req, httplib::Response &res, int status,
              const QByteArray &body);
void sendJson(httplib::Response &res, int status, const QJsonObject &o);
QString clientOf(const httplib::Request &req); // X-Jiayi-Client, at most 64 characters
// An OperationOutcome of one error issue; `expression`: FHIRPath of where (the first names the
// Bundle entry, "Bundle.entry[3]", as the sync client reads it).
QJsonObject outcome(const QString &code, const QString &diagnostics,
                    const QStringList &expression = {});
QString statusText(int status); // "200 OK", "201 Created"
QString issueCode(int status);  // OperationOutcome issue code of an HTTP error status

// Workers are started when a connection finds none idle, up to `maxThreads`; idle workers above
// `minThreads` end after a while. A thread per connection is what httplib does: a slow client
// holds one worker until its read timeout, so many idle connections need many (cheap, mostly
// sleeping) workers rather than starving the rest. Beyond `maxThreads` connections wait in the
// queue; nginx in front (docs/platform-deployment.md) limits connections per client.
class ElasticPool : public httplib::TaskQueue
{
public:
    ElasticPool(size_t minThreads, size_t maxThreads);
    ~ElasticPool() override;
    void enqueue(std::function<void()> fn) override;
    void shutdown() override; // runs what is queued, then joins every worker

private:
    void work();
    std::mutex m_mutex;
    std::condition_variable m_cond;
    std::deque<std::function<void()>> m_jobs;
    std::vector<std::thread> m_threads;
    std::vector<std::thread::id> m_finished; // ended, not joined yet
    size_t m_min, m_max, m_idle = 0, m_live = 0;
    bool m_shutdown = false;
};

struct BodyLimits
{
    qint64 maxBody = 64 * 1024 * 1024; // bytes of the body, compressed and inflated alike
};

// Removes Content-Encoding from a request before httplib reads its body (httplib 0.11 would
// inflate it without a bound); the encoding is kept as X-Jiayi-Content-Encoding for readBody().
// Called from the pre-routing handler, before any body is read.
void takeOverContentEncoding(const httplib::Request &req);

// Reads the body through `reader`, inflating gzip/deflate itself; stops as soon as the raw or the
// inflated size passes the limit. Returns 0 when read, else the HTTP status to answer (413, 415,
// 400) with `*why` set; the rest of the body is then left unread (see closeAfterResponse()).
int readBody(const httplib::Request &req, const httplib::ContentReader &reader,
             const BodyLimits &limits, QByteArray *body, QString *why);

// True when the request announces a body (Content-Length > 0 or chunked).
bool hasBody(const httplib::Request &req);

// Marks the connection of the request being answered to be closed once the answer is written:
// its body was not (fully) read, and httplib would otherwise parse the rest as the next request.
void closeAfterResponse();

// Per-request state of the worker thread, for the access log.
struct RequestInfo
{
    std::chrono::steady_clock::time_point start;
    QString clinic;       // from the token, when one was accepted
    QString client;       // X-Jiayi-Client
    bool close = false;   // closeAfterResponse()
    bool counted = false; // counted in Server::inFlight()
    bool closed = false;  // the connection was closed by finishConnection()
};
RequestInfo &requestInfo();

// One JSON line per request: time, method, path (query parameter names only, never values),
// status, bytes, ms, clinic, client. Patient data never appears in it.
class AccessLog
{
public:
    bool open(const QString &file, QString *error); // "" or "-": stderr
    ~AccessLog();
    void write(const httplib::Request &req, const httplib::Response &res);

private:
    std::FILE *m_out = stderr;
    std::mutex m_mutex;
};

// Called from httplib's logger, after the answer was written: closes the connection if
// closeAfterResponse() was called (lingering briefly so the client reads the answer).
void finishConnection(const httplib::Request &req);

} // namespace Platform
