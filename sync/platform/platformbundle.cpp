#include "platformbundle.h"

#include "platformjsonscan.h"
#include "platformvalidation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Platform {

namespace {

BundleError bundleError(int status, const QString &code, const QString &why)
{
    return BundleError{status, code, why, -1, {}};
}

// "Bundle.entry[3] (fullUrl …, Observation/abc): why"
BundleError entryError(int status, const QString &code, int i, const QJsonObject &entry,
                       const QString &what, const QString &why, const QString &element = {})
{
    QString where = QStringLiteral("Bundle.entry[%1]").arg(i);
    QStringList about;
    const QString fullUrl = entry.value(QStringLiteral("fullUrl")).toString().left(200);
    if (!fullUrl.isEmpty())
        about << QStringLiteral("fullUrl %1").arg(fullUrl);
    if (!what.isEmpty())
        about << what.left(130);
    if (!about.isEmpty())
        where += QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", ")));
    return BundleError{status, code, where + QStringLiteral(": ") + why, i, element};
}

const QRegularExpression &relativeRef()
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Z][A-Za-z]+)/([A-Za-z0-9\\-\\.]{1,64})(/_history/[0-9]+)?$"));
    return re;
}

} // namespace

BundleError readTransaction(const QByteArray &body, const Token &token, Store &store,
                            const BundleLimits &limits, std::vector<Store::Write> *writes)
{
    writes->clear();
    // Bundle, entry array, entry, resource: three levels above each resource.
    if (const JsonScanError e = scanJson(body, limits.maxDepth + 3)) {
        if (e.syntax)
            return bundleError(
                400, QStringLiteral("structure"),
                QStringLiteral("the body is not valid JSON: %1 at %2")
                    .arg(e.message, e.path.isEmpty() ? QStringLiteral("the root") : e.path));
        const QString element =
            e.path.isEmpty() ? QStringLiteral("Bundle") : QStringLiteral("Bundle.") + e.path;
        if (e.entry < 0)
            return BundleError{400, QStringLiteral("structure"),
                               QStringLiteral("%1: %2").arg(element, e.message), -1, element};
        // The entry's fullUrl when the rest parses (a duplicate key or a NUL does not stop it).
        const QJsonObject entry = QJsonDocument::fromJson(body)
                                      .object()
                                      .value(QStringLiteral("entry"))
                                      .toArray()
                                      .at(e.entry)
                                      .toObject();
        return entryError(400, QStringLiteral("structure"), e.entry, entry, {},
                          QStringLiteral("%1 at %2").arg(e.message, element), element);
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject bundle = doc.object();
    if (pe.error != QJsonParseError::NoError || !doc.isObject() ||
        bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle") ||
        bundle.value(QStringLiteral("type")).toString() != QLatin1String("transaction"))
        return bundleError(400, QStringLiteral("structure"),
                           QStringLiteral("a transaction Bundle is expected"));
    const QJsonValue entryValue = bundle.value(QStringLiteral("entry"));
    if (!entryValue.isUndefined() && !entryValue.isArray())
        return bundleError(400, QStringLiteral("structure"),
                           QStringLiteral("Bundle.entry must be an array"));
    const QJsonArray entries = entryValue.toArray();
    if (entries.size() > limits.maxEntries)
        return bundleError(413, QStringLiteral("too-costly"),
                           QStringLiteral("a Bundle of %1 entries (at most %2)")
                               .arg(entries.size())
                               .arg(limits.maxEntries));
    // The text of each resource as sent: stored as it came (no re-serialisation).
    std::vector<QByteArrayView> raw = entryResources(QByteArrayView(body));
    if (raw.size() != size_t(entries.size()))
        raw.assign(size_t(entries.size()), QByteArrayView());

    static const QRegularExpression ifMatchRe(QStringLiteral("^(W/)?\"?[0-9]{1,18}\"?$"));
    const FhirSchema &schema = FhirSchema::instance();
    QSet<QString> targets, fullUrls, patientsHere;
    std::vector<std::vector<ReferenceUse>> refs(size_t(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject())
            return entryError(400, QStringLiteral("structure"), i, {}, {},
                              QStringLiteral("an entry must be an object"));
        const QJsonObject e = entries.at(i).toObject();
        const QJsonObject rq = e.value(QStringLiteral("request")).toObject();
        const QString method = rq.value(QStringLiteral("method")).toString();
        const QString url = rq.value(QStringLiteral("url")).toString();
        const QStringList parts = url.split(QLatin1Char('/'));
        if ((method != QLatin1String("PUT") && method != QLatin1String("DELETE")) ||
            parts.size() != 2)
            return entryError(400, QStringLiteral("not-supported"), i, e, {},
                              QStringLiteral("only PUT/DELETE Type/id entries are supported"),
                              QStringLiteral("Bundle.entry[%1].request").arg(i));
        const QString &type = parts[0], &id = parts[1];
        const QString what = (type + QLatin1Char('/') + id).left(130);
        if (!schema.hasResource(type))
            return entryError(400, QStringLiteral("not-supported"), i, e, what,
                              QStringLiteral("unsupported resource type"),
                              QStringLiteral("Bundle.entry[%1].request.url").arg(i));
        if (!checkPrimitive(QStringLiteral("id"), id).isEmpty())
            return entryError(400, QStringLiteral("value"), i, e, what,
                              QStringLiteral("invalid id"),
                              QStringLiteral("Bundle.entry[%1].request.url").arg(i));
        if (targets.contains(what))
            return entryError(400, QStringLiteral("duplicate"), i, e, what,
                              QStringLiteral("the Bundle changes this resource twice"));
        targets.insert(what);
        const QJsonValue ifMatch = rq.value(QStringLiteral("ifMatch"));
        if (!ifMatch.isUndefined() &&
            (!ifMatch.isString() || !ifMatchRe.match(ifMatch.toString()).hasMatch()))
            return entryError(400, QStringLiteral("value"), i, e, what,
                              QStringLiteral("ifMatch must be a version (W/\"n\")"),
                              QStringLiteral("Bundle.entry[%1].request.ifMatch").arg(i));
        if (e.contains(QStringLiteral("fullUrl"))) {
            if (!e.value(QStringLiteral("fullUrl")).isString())
                return entryError(400, QStringLiteral("value"), i, e, what,
                                  QStringLiteral("fullUrl must be a string"));
            fullUrls.insert(e.value(QStringLiteral("fullUrl")).toString());
        }
        const QJsonValue resource = e.value(QStringLiteral("resource"));
        Store::Write w{method, type, id, ifMatch.toString(), {}, {}};
        if (method == QLatin1String("PUT")) {
            if (!resource.isObject())
                return entryError(400, QStringLiteral("required"), i, e, what,
                                  QStringLiteral("a PUT entry needs a resource"),
                                  QStringLiteral("Bundle.entry[%1].resource").arg(i));
            w.resource = resource.toObject();
            w.raw = raw[size_t(i)].toByteArray();
            const qint64 size =
                w.raw.isEmpty() ? QJsonDocument(w.resource).toJson(QJsonDocument::Compact).size()
                                : w.raw.size();
            if (size > limits.maxResource)
                return entryError(413, QStringLiteral("too-costly"), i, e, what,
                                  QStringLiteral("the resource is %1 bytes (at most %2)")
                                      .arg(size)
                                      .arg(limits.maxResource),
                                  QStringLiteral("Bundle.entry[%1].resource").arg(i));
            const QString prefix = QStringLiteral("Bundle.entry[%1].resource").arg(i);
            if (const ValidationIssue v = schema.check(type, w.resource, &refs[size_t(i)]))
                return entryError(422, QStringLiteral("invalid"), i, e, what,
                                  QStringLiteral("%1 (%2)").arg(v.message, v.expression),
                                  prefix + v.expression.mid(type.size()));
            if (const QString why = validate(type, id, w.resource); !why.isEmpty())
                return entryError(422, QStringLiteral("invalid"), i, e, what, why, prefix);
            if (!token.allows(areaOf(w.resource)))
                return entryError(403, QStringLiteral("forbidden"), i, e, what,
                                  QStringLiteral("area %1 is outside this workstation's areas")
                                      .arg(areaOf(w.resource).left(20)),
                                  prefix + QStringLiteral(".meta.tag"));
            if (type == QLatin1String("Patient"))
                patientsHere.insert(id);
        } else if (!resource.isUndefined()) {
            return entryError(400, QStringLiteral("structure"), i, e, what,
                              QStringLiteral("a DELETE entry carries no resource"),
                              QStringLiteral("Bundle.entry[%1].resource").arg(i));
        }
        writes->push_back(std::move(w));
    }
    // References: inside the Bundle, or to a Patient of the caller's areas.
    QHash<QString, bool> known; // Patient id -> may be referenced
    // Every area: area codes are digits (the prefixes "0" to "9" cover them all).
    const Token anyArea{QString(), QStringList{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}};
    for (int i = 0; i < entries.size(); ++i) {
        for (const ReferenceUse &r : refs[size_t(i)]) {
            const QJsonObject e = entries.at(i).toObject();
            const QString what =
                (*writes)[size_t(i)].type + QLatin1Char('/') + (*writes)[size_t(i)].id;
            const QString element = QStringLiteral("Bundle.entry[%1].resource").arg(i) +
                                    r.path.mid((*writes)[size_t(i)].type.size());
            const QString ref = r.reference;
            if (ref.startsWith(QLatin1Char('#')))
                continue;
            if (ref.startsWith(QLatin1String("urn:"))) {
                if (!fullUrls.contains(ref))
                    return entryError(422, QStringLiteral("invalid"), i, e, what,
                                      QStringLiteral("%1 is not the fullUrl of an entry of this "
                                                     "Bundle")
                                          .arg(ref.left(80)),
                                      element);
                continue;
            }
            const auto m = relativeRef().match(ref);
            if (!m.hasMatch()) {
                if (ref.contains(QLatin1String("Patient/")))
                    return entryError(422, QStringLiteral("invalid"), i, e, what,
                                      QStringLiteral("a Patient is referenced as Patient/id"),
                                      element);
                continue; // another server's resource: not ours to check
            }
            if (m.captured(1) != QLatin1String("Patient"))
                continue;
            const QString pid = m.captured(2);
            if (patientsHere.contains(pid))
                continue;
            auto k = known.find(pid);
            if (k == known.end()) {
                // Readable with the caller's token: fine. Absent everywhere: fine too (a forward
                // reference: the workstation pushes households, which name their head, before
                // residents, in batches). Present in another area: refused.
                bool ok = store.read(token, QStringLiteral("Patient"), pid).has_value() ||
                          !store.read(anyArea, QStringLiteral("Patient"), pid).has_value();
                k = known.insert(pid, ok);
            }
            if (!*k)
                return entryError(422, QStringLiteral("invalid"), i, e, what,
                                  QStringLiteral("Patient/%1 is a Patient of an area outside this "
                                                 "workstation's areas")
                                      .arg(pid),
                                  element);
        }
    }
    return {};
}

} // namespace Platform
