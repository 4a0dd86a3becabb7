// The rules both stores keep (what an entry writes) and the choice of store.
#include "platformstore.h"
#include "platformjsoncursor.h"
#include "platformpgstore.h"
#include "platformsqlitestore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Platform {

namespace {
QJsonObject withoutMeta(QJsonObject o)
{
    QJsonObject meta = o.value(QStringLiteral("meta")).toObject();
    meta.remove(QStringLiteral("versionId"));
    meta.remove(QStringLiteral("lastUpdated"));
    if (meta.isEmpty())
        o.remove(QStringLiteral("meta"));
    else
        o.insert(QStringLiteral("meta"), meta);
    return o;
}

// Where the value of a top-level key starts (-1: absent).
qsizetype topLevelValue(const QByteArray &j, QByteArrayView key)
{
    Cursor c{j.constData(), j.constData() + j.size()};
    qsizetype at = -1;
    c.members([&](QByteArrayView k) {
        if (k == key) {
            at = c.p - j.constData();
            return false;
        }
        return c.value();
    });
    return at;
}
} // namespace

std::unique_ptr<Store> Store::open(const QString &dataDir, const QString &database, QString *error)
{
    if (!database.isEmpty()) {
        auto pg = std::make_unique<PgStore>();
        if (!pg->open(database, error))
            return nullptr;
        return pg;
    }
    auto lite = std::make_unique<SqliteStore>();
    if (!lite->open(dataDir, error))
        return nullptr;
    return lite;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString tokenHash(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newTokenSecret()
{
    QByteArray raw(32, 0);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<EntryResult> planWrite(const Token &token, const Store::Write &w, const Current &cur,
                                     const QString &now, Planned *plan)
{
    const bool del = w.method == QLatin1String("DELETE");
    if (!del) {
        if (const QString why = validate(w.type, w.id, w.resource); !why.isEmpty())
            return EntryResult{422, {}, {}, why};
        if (!token.allows(areaOf(w.resource)))
            return EntryResult{403,
                               {},
                               {},
                               QStringLiteral("area %1 is outside this workstation's areas")
                                   .arg(areaOf(w.resource))};
    }
    if (cur.exists && !token.allows(cur.area))
        return EntryResult{
            403, {}, {}, QStringLiteral("resource is outside this workstation's areas")};
    if (cur.exists) {
        // Replays (lost response, duplicate delivery) change nothing and succeed.
        const bool same =
            del ? cur.deleted
                : !cur.deleted && withoutMeta(QJsonDocument::fromJson(cur.json).object()) ==
                                      withoutMeta(w.resource);
        if (same)
            return EntryResult{200, QString::number(cur.version), cur.lastModified, {}};
    }
    if (del && !cur.exists)
        return EntryResult{404, {}, {}, QStringLiteral("not found")};
    const QString expected =
        QString(w.ifMatch).remove(QStringLiteral("W/")).remove(QLatin1Char('"'));
    if (cur.exists && expected != QString::number(cur.version))
        return EntryResult{412,
                           QString::number(cur.version),
                           {},
                           QStringLiteral("version conflict: current is %1").arg(cur.version)};
    if (!cur.exists && !expected.isEmpty())
        return EntryResult{412, {}, {}, QStringLiteral("resource does not exist")};

    const qint64 version = cur.version + 1;
    QByteArray json;
    const QJsonObject meta = w.resource.value(QStringLiteral("meta")).toObject();
    if (!del && !meta.contains(QStringLiteral("versionId")) &&
        !meta.contains(QStringLiteral("lastUpdated"))) {
        // The resource as sent, with versionId and lastUpdated written into its meta as text
        // (validate() made sure it has a meta with the area tag).
        json = w.raw.isEmpty() ? QJsonDocument(w.resource).toJson(QJsonDocument::Compact) : w.raw;
        const qsizetype at = topLevelValue(json, "meta");
        if (at < 0 || json.at(at) != '{')
            return EntryResult{500, {}, {}, QStringLiteral("meta")};
        const QByteArray add = "\"lastUpdated\":\"" + now.toLatin1() + "\",\"versionId\":\"" +
                               QByteArray::number(version) +
                               (json.at(at + 1) == '}' ? "\"" : "\",");
        json.insert(at + 1, add);
    } else {
        QJsonObject stored = del ? QJsonDocument::fromJson(cur.json).object() : w.resource;
        QJsonObject m = stored.value(QStringLiteral("meta")).toObject();
        m.insert(QStringLiteral("versionId"), QString::number(version));
        m.insert(QStringLiteral("lastUpdated"), now);
        stored.insert(QStringLiteral("meta"), m);
        json = QJsonDocument(stored).toJson(QJsonDocument::Compact);
    }
    *plan = Planned{version, del, !cur.exists, json, del ? cur.area : areaOf(w.resource), now};
    return std::nullopt;
}

} // namespace Platform
