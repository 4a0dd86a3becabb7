// The platform's FHIR routes: the change feed (system and per type), read, and transaction
// Bundles. Every route authenticates before it reads a body; every body is bounded.
#include "platformbundle.h"
#include "platformhttp.h"
#include "platformserver.h"
#include "platformsummary.h"
#include "platformvalidation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Platform {

namespace {

// The query of a feed request: only _since, _count (and _format) are understood; anything else,
// or a value that is not a number, is refused rather than ignored.
bool feedQuery(const httplib::Request &req, httplib::Response &res, int maxCount, qint64 *since,
               int *count)
{
    *since = 0;
    *count = maxCount;
    // httplib keeps the last of "a=b=c" ("_count=1 OR 1=1" would read as 1): refused instead.
    const std::string &target = req.target;
    const size_t q = target.find('?');
    if (q != std::string::npos)
        for (const QByteArray &piece : QByteArray::fromStdString(target.substr(q + 1)).split('&'))
            if (piece.count('=') > 1) {
                sendJson(res, 400,
                         outcome(QStringLiteral("invalid"), QStringLiteral("a malformed query")));
                return false;
            }
    for (const auto &p : req.params) {
        const QString name = QString::fromStdString(p.first);
        if (req.get_param_value_count(p.first.c_str()) > 1) {
            sendJson(res, 400,
                     outcome(QStringLiteral("invalid"),
                             QStringLiteral("the parameter %1 is given twice").arg(name.left(32))));
            return false;
        }
        bool ok = false;
        const QString v = QString::fromStdString(p.second);
        if (name == QLatin1String("_since")) {
            *since = v.toLongLong(&ok);
            ok = ok && *since >= 0 && !v.startsWith(QLatin1Char('+'));
        } else if (name == QLatin1String("_count")) {
            const qint64 n = v.toLongLong(&ok);
            ok = ok && n > 0 && !v.startsWith(QLatin1Char('+'));
            *count = int(qMin<qint64>(n, maxCount)); // capped (documented in the metadata)
        } else if (name == QLatin1String("_format")) {
            ok = v == QLatin1String("json") || v.contains(QLatin1String("fhir+json"));
        } else {
            sendJson(res, 400,
                     outcome(QStringLiteral("not-supported"),
                             QStringLiteral("unknown parameter %1 (only _since and _count)")
                                 .arg(name.left(32))));
            return false;
        }
        if (!ok) {
            sendJson(res, 400,
                     outcome(QStringLiteral("value"),
                             QStringLiteral("%1 must be a number of 0 or more (1 or more for "
                                            "_count)")
                                 .arg(name)));
            return false;
        }
    }
    return true;
}

QJsonObject withEntry(const BundleError &e)
{
    QStringList expression;
    if (e.entry >= 0)
        expression << QStringLiteral("Bundle.entry[%1]").arg(e.entry); // the client reads this
    if (!e.element.isEmpty() && !expression.contains(e.element))
        expression << e.element;
    return outcome(e.code, e.diagnostics, expression);
}

} // namespace

void Server::routes(httplib::Server &http, const ServerOptions &o)
{
    // Before any body is read: a request without a valid token is answered 401 at once.
    auto auth = [this](const httplib::Request &req,
                       httplib::Response &res) -> std::optional<Token> {
        const std::string h = req.get_header_value("Authorization");
        if (h.rfind("Bearer ", 0) == 0 && h.size() < 512)
            if (auto t = m_store.tokenFor(QString::fromStdString(h.substr(7)))) {
                requestInfo().clinic = t->clinic.left(64);
                return t;
            }
        res.set_header("WWW-Authenticate", "Bearer");
        if (hasBody(req))
            closeAfterResponse();
        sendJson(res, 401,
                 outcome(QStringLiteral("login"),
                         QStringLiteral("a valid workstation token is required")));
        return std::nullopt;
    };

    // Changes feed: GET /fhir/_history?_since=CURSOR&_count=N (all types) or /fhir/Type?_since=...
    auto feed = [this, auth, o](const httplib::Request &req, httplib::Response &res,
                                const QString &type) {
        auto token = auth(req, res);
        if (!token)
            return;
        if (!type.isEmpty() && !FhirSchema::instance().hasResource(type)) {
            sendJson(res, 404,
                     outcome(QStringLiteral("not-supported"),
                             QStringLiteral("unsupported resource type %1").arg(type.left(64))));
            return;
        }
        qint64 since = 0;
        int count = o.maxCount;
        if (!feedQuery(req, res, o.maxCount, &since, &count))
            return;
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

    http.Get(R"(/fhir/([A-Za-z]+)/([A-Za-z0-9\-\.]{1,64}))", [this,
                                                              auth](const httplib::Request &req,
                                                                    httplib::Response &res) {
        auto token = auth(req, res);
        if (!token)
            return;
        if (!req.params.empty()) {
            sendJson(res, 400,
                     outcome(QStringLiteral("not-supported"),
                             QStringLiteral("a read takes no parameters")));
            return;
        }
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

    // The county summary of the MeasureReports in the token's areas (docs/county-summary.md):
    // GET /fhir/$county-summary?period=2026-11|2026-Q3|2026[&format=json|csv].
    http.Get(R"(/fhir/\$county-summary)", [this, auth](const httplib::Request &req,
                                                       httplib::Response &res) {
        auto token = auth(req, res);
        if (!token)
            return;
        QString periodText, format = QStringLiteral("json");
        for (const auto &p : req.params) {
            const QString name = QString::fromStdString(p.first);
            const QString value = QString::fromStdString(p.second);
            if (req.get_param_value_count(p.first.c_str()) > 1) {
                sendJson(
                    res, 400,
                    outcome(QStringLiteral("invalid"),
                            QStringLiteral("the parameter %1 is given twice").arg(name.left(32))));
                return;
            }
            if (name == QLatin1String("period")) {
                periodText = value;
            } else if (name == QLatin1String("format") || name == QLatin1String("_format")) {
                format = value;
            } else {
                sendJson(res, 400,
                         outcome(QStringLiteral("not-supported"),
                                 QStringLiteral("unknown parameter %1 (only period and format)")
                                     .arg(name.left(32))));
                return;
            }
        }
        const auto period = SummaryPeriod::parse(periodText);
        if (!period) {
            sendJson(res, 400,
                     outcome(QStringLiteral("value"),
                             QStringLiteral("period must be a month (2026-11), a quarter (2026-Q3) "
                                            "or a year (2026), not \"%1\"")
                                 .arg(periodText.left(20))));
            return;
        }
        if (format != QLatin1String("json") && format != QLatin1String("csv")) {
            sendJson(
                res, 400,
                outcome(QStringLiteral("value"), QStringLiteral("format must be json or csv")));
            return;
        }
        const std::vector<QByteArray> reports =
            m_store.current(*token, QStringLiteral("MeasureReport"));
        if (format == QLatin1String("csv")) {
            res.set_header("Content-Disposition",
                           QStringLiteral("attachment; filename=\"county-summary-%1.csv\"")
                               .arg(period->text)
                               .toStdString());
            res.status = 200;
            const QByteArray csv = countySummaryCsv(reports, *period);
            res.set_content(csv.constData(), size_t(csv.size()), "text/csv; charset=utf-8");
            return;
        }
        const QByteArray json = countySummaryJson(reports, *period, token->areas);
        res.status = 200;
        res.set_content(json.constData(), size_t(json.size()), "application/json; charset=utf-8");
    });

    // A transaction Bundle: the token first, then the body (bounded, inflated by us), then every
    // entry checked before the store sees any.
    http.Post("/fhir", [this, auth, o](const httplib::Request &req, httplib::Response &res,
                                       const httplib::ContentReader &reader) {
        auto token = auth(req, res);
        if (!token)
            return;
        QByteArray body;
        QString why;
        if (const int status = readBody(req, reader, BodyLimits{o.maxBody}, &body, &why)) {
            closeAfterResponse();
            sendJson(
                res, status,
                outcome(status == 413 ? QStringLiteral("too-costly") : issueCode(status), why));
            return;
        }
        std::vector<Store::Write> writes;
        if (const BundleError e = readTransaction(
                body, *token, m_store, BundleLimits{o.maxDepth, o.maxResource, 10000}, &writes)) {
            sendJson(res, e.status, withEntry(e));
            return;
        }
        body.clear();
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
            const Store::Write &w = writes[size_t(failed)];
            sendJson(res, r.status,
                     outcome(issueCode(r.status),
                             QStringLiteral("Bundle.entry[%1] (%2/%3): %4")
                                 .arg(failed)
                                 .arg(w.type, w.id, r.message),
                             {QStringLiteral("Bundle.entry[%1]").arg(failed)}));
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

    // Any other request with a body is answered without reading it (httplib would read it whole
    // before its 404).
    const auto none = [](const httplib::Request &req, httplib::Response &res,
                         const httplib::ContentReader &) {
        if (hasBody(req))
            closeAfterResponse();
        sendJson(res, req.path.rfind("/fhir", 0) == 0 ? 405 : 404,
                 outcome(QStringLiteral("not-supported"),
                         QStringLiteral("no such interaction (see /fhir/metadata)")));
    };
    http.Post(".*", none);
    http.Put(".*", none);
    http.Patch(".*", none);
    http.Delete(".*", none);
}

} // namespace Platform
