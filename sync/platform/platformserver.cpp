// The platform's HTTP server: limits, the worker pool, the access log, errors as
// OperationOutcome, /healthz and /fhir/metadata. The FHIR routes are in platformroutes.cpp.
#include "platformserver.h"

#include "platformhttp.h"
#include "platformvalidation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Platform {

namespace {

// What /fhir/metadata declares: exactly the routes of platformroutes.cpp.
QJsonObject capabilityStatement(const ServerOptions &o, const QStringList &types)
{
    const auto param = [](const char *name, const char *type, const char *doc) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("type"), QLatin1String(type)},
                           {QStringLiteral("documentation"), QLatin1String(doc)}};
    };
    const QJsonArray feedParams{
        param("_since", "number", "the change cursor of the previous page (link next)"),
        param("_count", "number",
              "page size; a larger value is capped to the server's largest page")};
    QJsonArray resources;
    for (const QString &t : types)
        resources.append(QJsonObject{
            {QStringLiteral("type"), t},
            {QStringLiteral("versioning"), QStringLiteral("versioned-update")},
            {QStringLiteral("updateCreate"), true},
            {QStringLiteral("conditionalCreate"), false},
            {QStringLiteral("conditionalUpdate"), false},
            {QStringLiteral("conditionalDelete"), QStringLiteral("not-supported")},
            {QStringLiteral("interaction"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("read")}},
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("search-type")},
                                    {QStringLiteral("documentation"),
                                     QStringLiteral("the changes of this type as a history "
                                                    "Bundle, by _since cursor")}}}},
            {QStringLiteral("searchParam"), feedParams}});
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("date"), QStringLiteral("2026-12-07")},
        {QStringLiteral("kind"), QStringLiteral("instance")},
        {QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
        {QStringLiteral("format"), QJsonArray{QStringLiteral("json")}},
        {QStringLiteral("software"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("jiayi-platform")}}},
        {QStringLiteral("rest"),
         QJsonArray{QJsonObject{
             {QStringLiteral("mode"), QStringLiteral("server")},
             // The change feed by a cursor the platform issues (not a clock), own writes elided
             // (X-Jiayi-Client), cursor jumps after a push: Jiayi's sync client uses it; any
             // other client reads _history as usual.
             {QStringLiteral("extension"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("url"),
                   QStringLiteral("https://jiayi.example/fhir/StructureDefinition/change-cursor")},
                  {QStringLiteral("valueBoolean"), true}}}},
             {QStringLiteral("documentation"),
              QStringLiteral("Creates, updates (If-Match) and deletes are entries (PUT or DELETE "
                             "Type/id) of a transaction Bundle posted to the base. Requests need "
                             "a workstation token (Authorization: Bearer). Limits: body %1 bytes "
                             "(inflated), resource %2 bytes, nesting %3, page %4.")
                  .arg(o.maxBody)
                  .arg(o.maxResource)
                  .arg(o.maxDepth)
                  .arg(o.maxCount)},
             {QStringLiteral("security"),
              QJsonObject{{QStringLiteral("description"),
                           QStringLiteral("Bearer token per workstation, scoped to areas")}}},
             {QStringLiteral("resource"), resources},
             {QStringLiteral("operation"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("name"), QStringLiteral("county-summary")},
                  {QStringLiteral("definition"),
                   QStringLiteral("https://jiayi.example/fhir/OperationDefinition/county-summary")},
                  {QStringLiteral("documentation"),
                   QStringLiteral(
                       "GET $county-summary?period=2026-11|2026-Q3|2026&format=json|csv: "
                       "the MeasureReports of the token's areas summed per indicator, "
                       "clinic and township")}}}},
             {QStringLiteral("interaction"),
              QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("transaction")}},
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("history-system")},
                                     {QStringLiteral("documentation"),
                                      QStringLiteral("GET _history?_since=&_count=: the "
                                                     "change feed, by cursor")}}}}}}}};
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
    m_log = std::make_unique<AccessLog>();
    if (!m_log->open(o.accessLog, error))
        return false;
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
    // A worker per connection, as many as open connections up to maxThreads; every read (TLS
    // handshake, request line, headers, body) waits readTimeout at most.
    const size_t minThreads = size_t(o.minThreads), maxThreads = size_t(o.maxThreads);
    http.new_task_queue = [minThreads, maxThreads] {
        return new ElasticPool(minThreads, maxThreads);
    };
    http.set_read_timeout(o.readTimeout);
    http.set_write_timeout(30);
    http.set_keep_alive_timeout(o.keepAliveTimeout);
    http.set_keep_alive_max_count(1000);
    // Bodies are read by the routes themselves (readBody): this bound is for any other route.
    http.set_payload_max_length(size_t(o.maxBody));
    http.set_default_headers({{"Cache-Control", "no-store"}});

    http.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        RequestInfo &info = requestInfo();
        info = RequestInfo{};
        info.start = std::chrono::steady_clock::now();
        info.client = clientOf(req);
        ++m_inFlight;
        info.counted = true;
        res.set_header("Date", httpDate());
        takeOverContentEncoding(req);
        if ((req.method == "GET" || req.method == "HEAD" || req.method == "OPTIONS") &&
            hasBody(req))
            closeAfterResponse(); // httplib does not read the body of these
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // "Expect: 100-continue" (curl sends it for large bodies): the token is checked before the
    // client is told to send the body.
    http.set_expect_100_continue_handler(
        [this](const httplib::Request &req, httplib::Response &res) {
            requestInfo() = RequestInfo{};
            requestInfo().start = std::chrono::steady_clock::now();
            const std::string h = req.get_header_value("Authorization");
            if (h.rfind("Bearer ", 0) == 0 && h.size() < 512 &&
                m_store.tokenFor(QString::fromStdString(h.substr(7))))
                return 100;
            closeAfterResponse();
            res.set_header("WWW-Authenticate", "Bearer");
            sendJson(res, 401,
                     outcome(QStringLiteral("login"),
                             QStringLiteral("a valid workstation token is required")));
            // httplib writes no Content-Length on this path
            res.set_header("Content-Length", std::to_string(res.body.size()));
            return 401;
        });
    http.set_post_routing_handler([](const httplib::Request &, httplib::Response &res) {
        if (requestInfo().close)
            res.set_header("Connection", "close");
    });
    // Every error answer is an OperationOutcome, also those of httplib itself (404, 400, 414...).
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request &req,
                                                                   httplib::Response &res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        if (hasBody(req))
            closeAfterResponse(); // httplib answered before reading it
        const QString why = res.status == 404
                                ? QStringLiteral("no such interaction (see /fhir/metadata)")
                            : res.status == 413 ? QStringLiteral("the request is too large")
                            : res.status == 414 ? QStringLiteral("the request line is too long")
                                                : QStringLiteral("the request cannot be processed");
        sendJson(res, res.status, outcome(issueCode(res.status), why));
        return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const httplib::Request &, httplib::Response &res,
                                  std::exception_ptr) {
        closeAfterResponse();
        sendJson(res, 500, outcome(QStringLiteral("exception"), QStringLiteral("internal error")));
    });
    http.set_logger([this](const httplib::Request &req, const httplib::Response &res) {
        m_log->write(req, res);
        finishConnection(req);
        RequestInfo &info = requestInfo();
        if (info.counted) {
            info.counted = false;
            --m_inFlight;
        }
    });

    // Liveness for nginx and monitoring: no token, no data.
    http.Get("/healthz", [this](const httplib::Request &, httplib::Response &res) {
        const bool ok = m_store.ping();
        sendJson(res, ok ? 200 : 503,
                 QJsonObject{{QStringLiteral("status"),
                              ok ? QStringLiteral("ok") : QStringLiteral("unavailable")}});
    });
    const QJsonObject capability = capabilityStatement(o, FhirSchema::instance().resources());
    http.Get("/fhir/metadata", [capability](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, capability);
    });
    routes(http, o);

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
