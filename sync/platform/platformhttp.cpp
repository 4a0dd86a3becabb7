#include "platformhttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

#include <dirent.h>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <arpa/inet.h>

#include <cstring>
#include <strings.h>

namespace Platform {

std::string httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toStdString();
}

// gzip (level 1: cheap on the server, still about 8x smaller for FHIR JSON) when the client accepts
// it.
void sendBody(const httplib::Request &req, httplib::Response &res, int status,
              const QByteArray &body)
{
    res.status = status;
    if (body.size() > 1024 &&
        req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos) {
        z_stream z{};
        if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK) {
            // Into a buffer that grows by chunks (FHIR JSON shrinks about 8x): no zero-filled
            // buffer of the whole body's size per page.
            std::string out;
            constexpr size_t Chunk = 256 * 1024;
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
            z.avail_in = uInt(body.size());
            int rc = Z_OK;
            char buf[16384];
            while (rc == Z_OK) {
                z.next_out = reinterpret_cast<Bytef *>(buf);
                z.avail_out = sizeof buf;
                rc = deflate(&z, Z_FINISH);
                if (out.capacity() < out.size() + sizeof buf)
                    out.reserve(out.size() + Chunk);
                out.append(buf, sizeof buf - z.avail_out);
            }
            deflateEnd(&z);
            if (rc == Z_STREAM_END) {
                res.set_header("Content-Encoding", "gzip");
                res.set_content(std::move(out), FhirJson);
                return;
            }
        }
    }
    res.set_content(body.constData(), size_t(body.size()), FhirJson);
}

void sendJson(httplib::Response &res, int status, const QJsonObject &o)
{
    res.status = status;
    res.set_content(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString(), FhirJson);
}

QString clientOf(const httplib::Request &req)
{
    const QString c = QString::fromStdString(req.get_header_value("X-Jiayi-Client"));
    return c.size() <= 64 ? c : QString();
}

QJsonObject outcome(const QString &code, const QString &diagnostics, const QStringList &expression)
{
    QJsonObject issue{{QStringLiteral("severity"), QStringLiteral("error")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("diagnostics"), diagnostics}};
    if (!expression.isEmpty())
        issue.insert(QStringLiteral("expression"), QJsonArray::fromStringList(expression));
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
                       {QStringLiteral("issue"), QJsonArray{issue}}};
}

QString statusText(int s)
{
    switch (s) {
    case 200:
        return QStringLiteral("200 OK");
    case 201:
        return QStringLiteral("201 Created");
    default:
        return QString::number(s);
    }
}

QString issueCode(int status)
{
    switch (status) {
    case 412:
        return QStringLiteral("conflict");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not-found");
    case 422:
        return QStringLiteral("invalid");
    default:
        return status >= 500 ? QStringLiteral("exception") : QStringLiteral("invalid");
    }
}

ElasticPool::ElasticPool(size_t minThreads, size_t maxThreads)
    : m_min(qMax<size_t>(1, minThreads)), m_max(qMax(m_min, maxThreads))
{
    std::lock_guard lock(m_mutex);
    for (size_t i = 0; i < m_min; ++i, ++m_live)
        m_threads.emplace_back([this] { work(); });
}

ElasticPool::~ElasticPool()
{
    shutdown();
}

void ElasticPool::enqueue(std::function<void()> fn)
{
    std::lock_guard lock(m_mutex);
    m_jobs.push_back(std::move(fn));
    // Workers that ended (idle too long) are joined here: they hold the lock no more.
    for (const std::thread::id id : m_finished)
        for (auto it = m_threads.begin(); it != m_threads.end(); ++it)
            if (it->get_id() == id) {
                it->join();
                m_threads.erase(it);
                break;
            }
    m_finished.clear();
    // A worker for this job if none is idle.
    if (m_idle < m_jobs.size() && m_live < m_max) {
        ++m_live;
        m_threads.emplace_back([this] { work(); });
    }
    m_cond.notify_one();
}

void ElasticPool::shutdown()
{
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        m_shutdown = true;
        m_cond.notify_all();
    }
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            threads.swap(m_threads);
        }
        if (threads.empty())
            return;
        for (std::thread &t : threads)
            if (t.joinable())
                t.join();
        threads.clear();
    }
}

void ElasticPool::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        ++m_idle;
        const bool woken = m_cond.wait_for(lock, std::chrono::seconds(30),
                                           [this] { return !m_jobs.empty() || m_shutdown; });
        --m_idle;
        if (m_jobs.empty()) {
            if (m_shutdown || (!woken && m_live > m_min)) {
                --m_live;
                if (!m_shutdown)
                    m_finished.push_back(std::this_thread::get_id());
                return; // joined by the next enqueue() or at shutdown
            }
            continue;
        }
        std::function<void()> fn = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        requestInfo() = RequestInfo{}; // a new connection
        fn();
        lock.lock();
    }
}

RequestInfo &requestInfo()
{
    thread_local RequestInfo info;
    return info;
}

void closeAfterResponse()
{
    requestInfo().close = true;
}

bool hasBody(const httplib::Request &req)
{
    if (req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos)
        return true;
    return req.has_header("Content-Length") &&
           req.get_header_value("Content-Length") != std::string("0");
}

void takeOverContentEncoding(const httplib::Request &req)
{
    // The Request object is httplib's own (not const where it lives); the pre-routing handler only
    // gets a const reference to it.
    auto &headers = const_cast<httplib::Request &>(req).headers;
    headers.erase("X-Jiayi-Content-Encoding"); // ours only
    if (!req.has_header("Content-Encoding"))
        return;
    const std::string enc = req.get_header_value("Content-Encoding");
    headers.erase("Content-Encoding");
    headers.emplace("X-Jiayi-Content-Encoding", enc);
}

int readBody(const httplib::Request &req, const httplib::ContentReader &reader,
             const BodyLimits &limits, QByteArray *body, QString *why)
{
    body->clear();
    const std::string enc = req.get_header_value("X-Jiayi-Content-Encoding");
    const bool inflating = enc == "gzip" || enc == "deflate" || enc == "x-gzip";
    if (!enc.empty() && enc != "identity" && !inflating) {
        *why = QStringLiteral("Content-Encoding %1 is not supported (gzip, deflate or none)")
                   .arg(QString::fromStdString(enc).left(32));
        return 415;
    }
    // How long the body is: a length or chunks, not both, nothing else (httplib would read a body
    // of another transfer coding, or of no stated length, until the connection ends).
    const std::string te = req.get_header_value("Transfer-Encoding");
    if (!te.empty() &&
        (strcasecmp(te.c_str(), "chunked") != 0 || req.has_header("Content-Length"))) {
        *why = QStringLiteral("Transfer-Encoding must be chunked alone, without Content-Length");
        return 400;
    }
    if (te.empty() && !req.has_header("Content-Length")) {
        *why = QStringLiteral("a body needs a Content-Length or chunked transfer");
        return 411;
    }
    if (req.has_header("Content-Length")) {
        bool ok = false;
        const qint64 n =
            QByteArray::fromStdString(req.get_header_value("Content-Length")).toLongLong(&ok);
        if (!ok || n < 0) {
            *why = QStringLiteral("invalid Content-Length");
            return 400;
        }
        if (n > limits.maxBody) {
            *why = QStringLiteral("the body (%1 bytes) is larger than the limit of %2 bytes")
                       .arg(n)
                       .arg(limits.maxBody);
            return 413;
        }
    }
    z_stream z{};
    // 15 + 32: zlib or gzip header, detected.
    if (inflating && inflateInit2(&z, 15 + 32) != Z_OK) {
        *why = QStringLiteral("cannot inflate");
        return 500;
    }
    qint64 raw = 0;
    int status = 0;
    bool ended = false;
    const bool read = reader([&](const char *data, size_t n) {
        raw += qint64(n);
        if (raw > limits.maxBody) {
            status = 413;
            *why =
                QStringLiteral("the body is larger than the limit of %1 bytes").arg(limits.maxBody);
            return false;
        }
        if (!inflating) {
            body->append(data, qsizetype(n));
            return true;
        }
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        z.avail_in = uInt(n);
        char out[16384];
        while (z.avail_in > 0) {
            if (ended) {
                status = 400;
                *why = QStringLiteral("data after the end of the compressed body");
                return false;
            }
            z.next_out = reinterpret_cast<Bytef *>(out);
            z.avail_out = sizeof out;
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                status = 400;
                *why = QStringLiteral("the compressed body is corrupt");
                return false;
            }
            body->append(out, qsizetype(sizeof out - z.avail_out));
            if (body->size() > limits.maxBody) {
                status = 413;
                *why = QStringLiteral("the inflated body is larger than the limit of %1 bytes")
                           .arg(limits.maxBody);
                return false;
            }
            ended = rc == Z_STREAM_END;
        }
        return true;
    });
    if (inflating)
        inflateEnd(&z);
    if (status == 0 && !read) {
        status = 400;
        *why = QStringLiteral("the body could not be read");
    }
    if (status == 0 && inflating && !ended && raw > 0) {
        status = 400;
        *why = QStringLiteral("the compressed body is truncated");
    }
    if (status != 0)
        body->clear();
    return status;
}

namespace {

// The socket of the connection a request came on: TLS knows it; for plain HTTP it is the socket
// whose two ends are the request's addresses.
int connectionFd(const httplib::Request &req)
{
    if (req.ssl)
        return SSL_get_fd(req.ssl);
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1;
    int found = -1;
    while (dirent *e = readdir(d)) {
        const int fd = std::atoi(e->d_name);
        if (fd <= 2)
            continue;
        sockaddr_storage peer{}, local{};
        socklen_t pl = sizeof peer, ll = sizeof local;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &pl) != 0 ||
            getsockname(fd, reinterpret_cast<sockaddr *>(&local), &ll) != 0)
            continue;
        const auto portOf = [](const sockaddr_storage &a) {
            return a.ss_family == AF_INET
                       ? ntohs(reinterpret_cast<const sockaddr_in &>(a).sin_port)
                       : ntohs(reinterpret_cast<const sockaddr_in6 &>(a).sin6_port);
        };
        if (portOf(peer) == req.remote_port && portOf(local) == req.local_port) {
            found = fd;
            break;
        }
    }
    closedir(d);
    return found;
}

} // namespace

void finishConnection(const httplib::Request &req)
{
    RequestInfo &info = requestInfo();
    if (!info.close)
        return;
    info.close = false;
    const int fd = connectionFd(req);
    if (fd < 0)
        return;
    // The answer is written: end our side, then read and drop what the client still sends for a
    // short while (a client that gets RST before reading its answer may lose the answer).
    ::shutdown(fd, SHUT_WR);
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(1000);
    qint64 dropped = 0;
    char buf[16384];
    while (dropped < 4 * 1024 * 1024) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              until - std::chrono::steady_clock::now())
                              .count();
        pollfd p{fd, POLLIN, 0};
        if (left <= 0 || ::poll(&p, 1, int(left)) <= 0)
            break;
        const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n <= 0)
            break;
        dropped += n;
    }
    // Put a socket that reads as closed in its place: the connection is closed now, and httplib's
    // next read on this descriptor ends its loop for the connection (it then closes the stand-in).
    int pair[2];
    // What TLS or httplib had already buffered of the body may still be parsed as a request; its
    // answer goes nowhere and is not logged (`closed`).
    info.closed = true;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) == 0) {
        ::close(pair[1]);
        ::dup2(pair[0], fd);
        ::close(pair[0]);
    } else {
        ::shutdown(fd, SHUT_RDWR);
    }
}

bool AccessLog::open(const QString &file, QString *error)
{
    if (file.isEmpty() || file == QLatin1String("-"))
        return true;
    m_out = std::fopen(file.toLocal8Bit().constData(), "a");
    if (!m_out) {
        m_out = stderr;
        if (error)
            *error = QStringLiteral("cannot open the access log %1").arg(file);
        return false;
    }
    return true;
}

AccessLog::~AccessLog()
{
    if (m_out && m_out != stderr)
        std::fclose(m_out);
}

void AccessLog::write(const httplib::Request &req, const httplib::Response &res)
{
    const RequestInfo &info = requestInfo();
    if (info.closed)
        return;
    // Parameter names only: a value (a search for a name, an identity number) never reaches the
    // log. Paths are Type/id: ids, never names.
    QString path = QString::fromStdString(req.path).left(256);
    if (!req.params.empty()) {
        QStringList names;
        for (const auto &p : req.params)
            names << QString::fromStdString(p.first).left(32);
        path += QLatin1Char('?') + names.join(QLatin1Char('&'));
    }
    const qint64 ms = info.start.time_since_epoch().count() == 0
                          ? 0
                          : std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - info.start)
                                .count();
    QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromStdString(req.method).left(16)},
        {QStringLiteral("path"), path},
        {QStringLiteral("status"), res.status},
        {QStringLiteral("bytes"), qint64(res.body.size())},
        {QStringLiteral("ms"), ms},
        {QStringLiteral("remote"), QString::fromStdString(req.remote_addr)}};
    if (!info.clinic.isEmpty())
        line.insert(QStringLiteral("clinic"), info.clinic);
    if (!info.client.isEmpty())
        line.insert(QStringLiteral("client"), info.client);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::lock_guard lock(m_mutex);
    std::fwrite(text.constData(), 1, size_t(text.size()), m_out);
    std::fflush(m_out);
}

} // namespace Platform
