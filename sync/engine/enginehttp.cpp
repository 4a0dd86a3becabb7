// HTTP for the sync client: QtNetwork with TLS verification, gzip (responses always; requests
// when the server takes them, see engineconnect.cpp), timeouts, the
// system proxy, a bearer token. start() sends and returns at once (the transfer runs on Qt's
// network thread), collect() waits for it: the pull fetches page n+1 while it writes page n.
#include "engineimpl.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <zlib.h>

namespace Sync {

namespace {
QByteArray gzip(const QByteArray &in)
{
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&z, uLong(in.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(int(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}
} // namespace

QNetworkReply *Transport::start(const QByteArray &method, const QString &path,
                                const QByteArray &body)
{
    // A path is relative to the FHIR base; a link[next] the server gave is an absolute URL.
    const bool absolute =
        path.startsWith(QLatin1String("https://")) || path.startsWith(QLatin1String("http://"));
    QNetworkRequest req(QUrl(absolute ? path : base + path));
    req.setRawHeader("Authorization", "Bearer " + cfg.token.toUtf8());
    req.setRawHeader("Accept", "application/fhir+json");
    if (!clientId.isEmpty())
        req.setRawHeader("X-Jiayi-Client", clientId.toLatin1());
    QByteArray payload = body;
    if (!body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/fhir+json; charset=utf-8"));
        if (gzipRequests && body.size() > 8192) {
            const QByteArray z = gzip(body);
            if (!z.isEmpty()) {
                payload = z;
                req.setRawHeader("Content-Encoding", "gzip");
            }
        }
    }
    req.setTransferTimeout(cfg.timeoutMs);
    req.setSslConfiguration(ssl);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return nam->sendCustomRequest(req, method, payload);
}

Reply Transport::collect(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer watch; // a cancelled sync does not wait for the transfer timeout
        QObject::connect(&watch, &QTimer::timeout, reply, [this, reply] {
            if (cancelled())
                reply->abort();
        });
        watch.start(100);
        loop.exec();
    }
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    // A transport failure (codes 1-99: connection closed or reset, timeout, cancelled, TLS) after
    // the status line arrived leaves a status but a cut body: the answer is unknown, never a
    // success (a cut "200" once acknowledged a Bundle with the old versions). Status 0 makes it
    // transient: retried, and a retried PUT is a replay.
    const QNetworkReply::NetworkError err = reply->error();
    if (err != QNetworkReply::NoError &&
        (r.status == 0 || err < QNetworkReply::ProxyConnectionRefusedError)) {
        r.status = 0;
        r.error = reply->errorString();
    }
    const QByteArray date = reply->rawHeader("Date");
    if (!date.isEmpty()) {
        r.date = QLocale::c().toDateTime(QString::fromLatin1(date).trimmed(),
                                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        r.date.setTimeSpec(Qt::UTC);
        if (r.date.isValid()) {
            clockSkewSeconds = QDateTime::currentDateTimeUtc().secsTo(r.date);
            sawDate = true;
        }
    }
    if (reply->hasRawHeader("Retry-After"))
        r.retryAfterMs = reply->rawHeader("Retry-After").toInt() * 1000;
    r.etag = reply->rawHeader("ETag");
    reply->deleteLater();
    return r;
}

Reply Transport::httpRetry(const QByteArray &method, const QString &path, const QByteArray &body)
{
    int wait = cfg.backoffMs;
    Reply r;
    for (int attempt = 0; attempt <= cfg.maxRetries; ++attempt) {
        r = http(method, path, body);
        if (!transient(r) || cancelled())
            return r;
        if (attempt == cfg.maxRetries)
            break;
        const int ms = r.retryAfterMs >= 0 ? qMin(r.retryAfterMs, 30000) : wait;
        qCDebug(lcSyncHttp) << method << "status" << r.status << "retry" << attempt + 1 << "in"
                            << ms << "ms";
        QThread::msleep(ms);
        wait *= 2;
    }
    // The path holds resource types and ids only; the error text names the host, not a person.
    qCWarning(lcSyncHttp) << method << path << "failed after" << cfg.maxRetries + 1
                          << "attempts: status" << r.status << r.error;
    return r;
}

QString SyncEngine::Impl::describe(const Reply &r)
{
    if (r.status == 0)
        return EngineText::tr("无法连接平台：%1").arg(r.error);
    const QJsonObject o = r.json();
    const QString d = o.value(QStringLiteral("issue"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("diagnostics"))
                          .toString();
    return d.isEmpty() ? EngineText::tr("平台返回 HTTP %1").arg(r.status) : d;
}

} // namespace Sync
