// Connecting to a FHIR server: where its base is and what it offers, from its CapabilityStatement
// (GET <base>/metadata). The configured address is tried as the base first, then <address>/fhir
// (jiayi-platform's base, so an address configured as the bare host keeps working). What the
// client then does: docs/sync.md, "Any FHIR R4 server".
#include "engineimpl.h"

#include <QJsonArray>
#include <QUrl>

namespace Sync {

namespace {
// The extension by which jiayi-platform declares its change feed (a cursor issued by the server,
// never a clock; own writes elided): rest[0].extension.
const QString CursorExtension =
    QStringLiteral("https://jiayi.example/fhir/StructureDefinition/change-cursor");

bool hasCode(const QJsonArray &interactions, const QString &code)
{
    for (const QJsonValue &i : interactions)
        if (i.toObject().value(QStringLiteral("code")).toString() == code)
            return true;
    return false;
}

ServerCaps readCapabilities(const QJsonObject &statement)
{
    ServerCaps c;
    c.software = statement.value(QStringLiteral("software"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString();
    const QJsonObject rest = statement.value(QStringLiteral("rest")).toArray().at(0).toObject();
    for (const QJsonValue &e : rest.value(QStringLiteral("extension")).toArray())
        if (e.toObject().value(QStringLiteral("url")).toString() == CursorExtension)
            c.cursorFeed = e.toObject().value(QStringLiteral("valueBoolean")).toBool(true);
    // jiayi-platform before the extension (session 7 and older) had the same feed.
    if (c.software == QLatin1String("jiayi-platform"))
        c.cursorFeed = true;
    const QJsonArray system = rest.value(QStringLiteral("interaction")).toArray();
    c.transaction = hasCode(system, QStringLiteral("transaction"));
    c.systemHistory = hasCode(system, QStringLiteral("history-system"));
    const QJsonArray resources = rest.value(QStringLiteral("resource")).toArray();
    c.listsResources = !resources.isEmpty();
    for (const QJsonValue &v : resources) {
        const QJsonObject r = v.toObject();
        const QString type = r.value(QStringLiteral("type")).toString();
        const QJsonArray interactions = r.value(QStringLiteral("interaction")).toArray();
        if (hasCode(interactions, QStringLiteral("history-type")))
            c.historyTypes.insert(type);
        if (hasCode(interactions, QStringLiteral("search-type")))
            c.searchTypes.insert(type);
        for (const QJsonValue &p : r.value(QStringLiteral("searchParam")).toArray())
            if (p.toObject().value(QStringLiteral("name")).toString() ==
                QLatin1String("_lastUpdated"))
                c.lastUpdatedTypes.insert(type);
    }
    return c;
}
} // namespace

bool SyncEngine::Impl::connectServer()
{
    QString server = cfg.server;
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    QStringList bases{server};
    if (!server.endsWith(QLatin1String("/fhir")))
        bases << server + QStringLiteral("/fhir");
    Reply last;
    for (const QString &base : std::as_const(bases)) {
        net.base = base;
        const Reply r = httpRetry("GET", QStringLiteral("/metadata"));
        if (r.status == 401 || r.status == 403) {
            sum.error = describe(r);
            fatal = true;
            return false;
        }
        const QJsonObject statement = r.status == 200 ? r.json() : QJsonObject();
        if (statement.value(QStringLiteral("resourceType")).toString() !=
            QLatin1String("CapabilityStatement")) {
            last = r;
            if (r.status == 0)
                break; // no server there at all: the same host will not answer for /fhir
            continue;
        }
        caps = readCapabilities(statement);
        caps.base = base;
        if (!caps.cursorFeed && !caps.transaction) {
            sum.error =
                EngineText::tr("FHIR 服务器 %1 不支持事务包（transaction），无法同步").arg(base);
            fatal = true;
            return false;
        }
        net.gzipRequests = cfg.gzip == QLatin1String("on") ||
                           (cfg.gzip == QLatin1String("auto") && caps.cursorFeed);
        if (!caps.cursorFeed)
            net.clientId.clear(); // our echo header means nothing to another server
        setState(QStringLiteral("fhir_base"), base);
        qCDebug(lcSync) << "server" << base << "mode" << caps.mode() << "gzip" << net.gzipRequests;
        return true;
    }
    net.base.clear();
    sum.error =
        last.status == 0
            ? describe(last)
            : EngineText::tr("%1 不是 FHIR R4 服务器：找不到它的能力声明（metadata）").arg(server);
    return false;
}

// Where a server without our cursor is read from, each feed followed to its last page: the
// system history when offered, otherwise per resource type its history or a _lastUpdated search
// (referenced kinds first). `since` is empty on the first sync: everything.
QStringList SyncEngine::Impl::timeFeeds(const QString &since) const
{
    // Concatenated, not QString::arg: the percent-encoded instant holds "%3A".
    const QString count = QStringLiteral("_count=") + QString::number(cfg.pageSize);
    const QString from = QString::fromLatin1(QUrl::toPercentEncoding(since));
    const QString sinceParam = since.isEmpty() ? QString() : QStringLiteral("_since=") + from + '&';
    if (caps.systemHistory)
        return {QStringLiteral("/_history?") + sinceParam + count};
    std::vector<const Kind *> ordered;
    for (const auto &[mapper, k] : kinds)
        ordered.push_back(&k);
    std::sort(ordered.begin(), ordered.end(), [](const Kind *a, const Kind *b) {
        return a->mapper->rank() != b->mapper->rank() ? a->mapper->rank() < b->mapper->rank()
                                                      : a->entity < b->entity;
    });
    QStringList types;
    for (const Kind *k : ordered)
        for (const Part &p : k->parts)
            if (!types.contains(p.type))
                types << p.type;
    QStringList feeds;
    for (const QString &type : std::as_const(types)) {
        if (caps.historyTypes.contains(type))
            feeds << QLatin1Char('/') + type + QStringLiteral("/_history?") + sinceParam + count;
        else if (!caps.listsResources || caps.searchTypes.contains(type))
            feeds << QLatin1Char('/') + type + QLatin1Char('?') +
                         (since.isEmpty() ? QString()
                                          : QStringLiteral("_lastUpdated=ge") + from + '&') +
                         QStringLiteral("_sort=_lastUpdated&") + count;
    }
    return feeds;
}

} // namespace Sync
