#include "platformserver.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

#include <zlib.h>

namespace Platform {

namespace {
const char *FhirJson = "application/fhir+json; charset=utf-8";

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

QJsonObject outcome(const QString &code, const QString &diagnostics, const QString &expression = {})
{
    QJsonObject issue{{QStringLiteral("severity"), QStringLiteral("error")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("diagnostics"), diagnostics}};
    if (!expression.isEmpty())
        issue.insert(QStringLiteral("expression"), QJsonArray{expression});
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
} // namespace

Server::Server(Store &store) : m_store(store)
{
}
Server::~Server() = default;

void Server::stop()
{
    if (m_http)
        m_http->stop();
}

bool Server::run(const ServerOptions &o, int *boundPort, QString *error)
{
    if (!o.certFile.isEmpty() && !o.keyFile.isEmpty()) {
        auto ssl = std::make_unique<httplib::SSLServer>(o.certFile.toLocal8Bit().constData(),
                                                        o.keyFile.toLocal8Bit().constData());
        if (!ssl->is_valid()) {
            if (error)
                *error = QStringLiteral("cannot load the TLS certificate or key");
            return false;
        }
        m_http = std::move(ssl);
    } else {
        m_http = std::make_unique<httplib::Server>();
    }
    httplib::Server &http = *m_http;
    http.set_payload_max_length(64 * 1024 * 1024);
    http.set_read_timeout(30);
    http.set_write_timeout(30);
    http.set_keep_alive_max_count(1000);
    http.set_default_headers({{"Cache-Control", "no-store"}});

    auto auth = [this](const httplib::Request &req,
                       httplib::Response &res) -> std::optional<Token> {
        res.set_header("Date", httpDate());
        const std::string h = req.get_header_value("Authorization");
        if (h.rfind("Bearer ", 0) == 0)
            if (auto t = m_store.tokenFor(QString::fromStdString(h.substr(7))))
                return t;
        res.set_header("WWW-Authenticate", "Bearer");
        sendJson(res, 401,
                 outcome(QStringLiteral("login"),
                         QStringLiteral("a valid workstation token is required")));
        return std::nullopt;
    };

    http.Get("/fhir/metadata", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("Date", httpDate());
        sendJson(
            res, 200,
            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
                        {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("kind"), QStringLiteral("instance")},
                        {QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
                        {QStringLiteral("format"), QJsonArray{QStringLiteral("json")}},
                        {QStringLiteral("software"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("jiayi-platform")}}}});
    });

    // Changes feed: GET /fhir/_history?_since=CURSOR&_count=N (all types) or /fhir/Type?_since=...
    auto feed = [this, auth, o](const httplib::Request &req, httplib::Response &res,
                                const QString &type) {
        auto token = auth(req, res);
        if (!token)
            return;
        const qint64 since = QString::fromStdString(req.get_param_value("_since")).toLongLong();
        int count = QString::fromStdString(req.get_param_value("_count")).toInt();
        if (count <= 0 || count > o.maxCount)
            count = o.maxCount;
        qint64 last = since;
        const auto changes = m_store.changes(*token, since, count, type, &last, clientOf(req));
        // Written as text around the stored JSON (no parse and re-serialisation per resource).
        // The asking workstation's own writes come without their body ("elided"): it holds them.
        qsizetype size = 512;
        for (const Change &c : changes)
            size += c.json.size() + 2 * (c.type.size() + c.id.size()) + 200;
        QByteArray body;
        body.reserve(size); // appended piece by piece: no temporaries, no regrowth
        const QString base = type.isEmpty() ? QStringLiteral("_history") : type;
        body += "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"total\":";
        // changes after this page, before area scoping (a progress hint)
        body += QByteArray::number(m_store.remainingAfter(last));
        body += ",\"link\":[{\"relation\":\"next\",\"url\":\"";
        body += QStringLiteral("%1?_since=%2&_count=%3").arg(base).arg(last).arg(count).toUtf8();
        body += "\"}],\"entry\":[";
        bool firstEntry = true;
        for (const Change &c : changes) {
            const QByteArray type8 = c.type.toUtf8(), id8 = c.id.toUtf8();
            if (!firstEntry)
                body += ',';
            firstEntry = false;
            body.append("{\"fullUrl\":\"").append(type8).append('/').append(id8);
            body.append("\",\"request\":{\"method\":\"").append(c.deleted ? "DELETE" : "PUT");
            body.append("\",\"url\":\"").append(type8).append('/').append(id8);
            body.append("\"},\"response\":{\"status\":\"").append(c.deleted ? "204" : "200");
            body.append("\",\"etag\":\"W/\\\"").append(c.version.toLatin1());
            body.append("\\\"\",\"lastModified\":\"")
                .append(c.lastModified.toLatin1())
                .append("\"}");
            if (!c.deleted && !c.own)
                body.append(",\"resource\":").append(c.json);
            body += '}';
        }
        body += "]}";
        sendBody(req, res, 200, body);
    };
    http.Get("/fhir/_history",
             [feed](const httplib::Request &req, httplib::Response &res) { feed(req, res, {}); });
    http.Get(R"(/fhir/([A-Za-z]+))", [feed](const httplib::Request &req, httplib::Response &res) {
        feed(req, res, QString::fromStdString(req.matches[1]));
    });

    http.Get(R"(/fhir/([A-Za-z]+)/([A-Za-z0-9\-\.]+))", [this, auth](const httplib::Request &req,
                                                                     httplib::Response &res) {
        auto token = auth(req, res);
        if (!token)
            return;
        auto c = m_store.read(*token, QString::fromStdString(req.matches[1]),
                              QString::fromStdString(req.matches[2]));
        if (!c) {
            sendJson(res, 404, outcome(QStringLiteral("not-found"), QStringLiteral("not found")));
            return;
        }
        res.set_header("ETag", QStringLiteral("W/\"%1\"").arg(c->version).toStdString());
        if (c->deleted) {
            sendJson(res, 410, outcome(QStringLiteral("deleted"), QStringLiteral("deleted")));
            return;
        }
        res.status = 200;
        res.set_content(c->json.toStdString(), FhirJson);
    });

    http.Post("/fhir", [this, auth](const httplib::Request &req, httplib::Response &res) {
        auto token = auth(req, res);
        if (!token)
            return;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &pe);
        const QJsonObject bundle = doc.object();
        if (pe.error != QJsonParseError::NoError ||
            bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle") ||
            bundle.value(QStringLiteral("type")).toString() != QLatin1String("transaction")) {
            sendJson(res, 400,
                     outcome(QStringLiteral("structure"),
                             QStringLiteral("a transaction Bundle is expected")));
            return;
        }
        std::vector<Store::Write> writes;
        const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        // The text of each resource as sent: stored as it came (no re-serialisation).
        std::vector<QByteArrayView> raw =
            entryResources(QByteArrayView(req.body.data(), qsizetype(req.body.size())));
        if (raw.size() != size_t(entries.size()))
            raw.assign(size_t(entries.size()), QByteArrayView());
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            const QJsonObject rq = e.value(QStringLiteral("request")).toObject();
            const QString method = rq.value(QStringLiteral("method")).toString();
            const QStringList url =
                rq.value(QStringLiteral("url")).toString().split(QLatin1Char('/'));
            if ((method != QLatin1String("PUT") && method != QLatin1String("DELETE")) ||
                url.size() != 2) {
                sendJson(res, 400,
                         outcome(QStringLiteral("not-supported"),
                                 QStringLiteral("only PUT/DELETE Type/id entries are supported"),
                                 QStringLiteral("Bundle.entry[%1]").arg(i)));
                return;
            }
            writes.push_back(Store::Write{
                method, url[0], url[1], rq.value(QStringLiteral("ifMatch")).toString(),
                e.value(QStringLiteral("resource")).toObject(),
                e.value(QStringLiteral("resource")).isObject() ? raw[size_t(i)].toByteArray()
                                                               : QByteArray()});
        }
        int failed = -1;
        // `_since`: the client's cursor. When the platform can vouch that nothing the client may
        // see lies between it and this transaction, the answer carries the cursor after the
        // transaction (link "jiayi-cursor"), so the client's own writes never come back to it.
        bool hasSince = false;
        const qint64 since =
            QString::fromStdString(req.get_param_value("_since")).toLongLong(&hasSince);
        qint64 jumpTo = -1;
        const auto results = m_store.transaction(*token, writes, &failed, clientOf(req),
                                                 hasSince ? since : -1, &jumpTo);
        if (failed >= 0) {
            const EntryResult &r = results[size_t(failed)];
            sendJson(res, r.status,
                     outcome(issueCode(r.status), r.message,
                             QStringLiteral("Bundle.entry[%1]").arg(failed)));
            return;
        }
        // The transaction-response as text (one entry per request entry, in order).
        QByteArray out;
        out.reserve(int(results.size()) * 160 + 256);
        out += "{\"resourceType\":\"Bundle\",\"type\":\"transaction-response\"";
        if (jumpTo >= 0)
            out += ",\"link\":[{\"relation\":\"jiayi-cursor\",\"url\":\"_history?_since=" +
                   QByteArray::number(jumpTo) + "\"}]";
        out += ",\"entry\":[";
        for (size_t i = 0; i < results.size(); ++i) {
            const QByteArray v = results[i].version.toLatin1();
            if (i)
                out += ',';
            out += "{\"response\":{\"status\":\"" + statusText(results[i].status).toLatin1() +
                   "\",\"location\":\"" +
                   (writes[i].type + QLatin1Char('/') + writes[i].id).toUtf8() + "/_history/" + v +
                   "\",\"etag\":\"W/\\\"" + v + "\\\"\",\"lastModified\":\"" +
                   results[i].lastModified.toLatin1() + "\"}}";
        }
        out += "]}";
        sendBody(req, res, 200, out);
    });

    int port = o.port;
    if (port == 0) {
        port = http.bind_to_any_port(o.host.toStdString());
    } else if (!http.bind_to_port(o.host.toStdString(), port)) {
        port = -1;
    }
    if (port < 0) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2").arg(o.host).arg(o.port);
        return false;
    }
    if (boundPort)
        *boundPort = port;
    std::printf("listening on %s:%d\n", o.host.toUtf8().constData(), port);
    std::fflush(stdout);
    return http.listen_after_bind();
}

} // namespace Platform
