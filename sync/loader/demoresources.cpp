// Workstation records -> the platform's rows, through the sync mappers (what a push would send).
#include "demoresources.h"

#include "dbaccess.h"
#include "recordmapper.h"
#include "sqlcache.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>

namespace Loader {

using namespace Sync;

struct DemoResources::Impl
{
    QString conn, lastUpdated;
    int slice = 0, slices = 1;
    SqlCache sql;
    MapContext ctx;
    QHash<QString, QString> villageOf; // resident id -> village code
    QHash<QString, QString> areaCache; // "entity/id" -> area
    qint64 records = 0, skipped = 0;

    QByteArray selectSql(const RecordMapper &m, bool byId) const
    {
        QString where;
        if (byId)
            where = QStringLiteral(" WHERE id = ?");
        else if (slices > 1)
            where = QStringLiteral(" WHERE unicode(id) % %1 = %2").arg(slices).arg(slice);
        return QStringLiteral("SELECT %1, deleted FROM %2%3")
            .arg(m.storedColumns().join(QLatin1Char(',')), m.table(), where)
            .toUtf8();
    }

    // The row as the sync engine reads it (SyncEngine::Impl::readRow + normalised): every synced
    // column (null when absent), whole numbers as integers, link columns from their tables.
    QJsonObject row(const RecordMapper &m, const QStringList &stored, SqlQuery &q)
    {
        QJsonObject r;
        for (const QString &c : m.columns())
            r.insert(c, QJsonValue(QJsonValue::Null));
        const int n = int(stored.size());
        for (int i = 0; i < n; ++i) {
            QJsonValue v = q.value(i);
            if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())))
                v = QJsonValue(qint64(v.toDouble()));
            r.insert(stored[i], v);
        }
        r.insert(QStringLiteral("deleted"), q.i64(n));
        return r;
    }

    void links(const RecordMapper &m, QJsonObject &r)
    {
        if (m.linkColumns().isEmpty())
            return;
        QSqlDatabase db = QSqlDatabase::database(conn);
        m.readLinks(db, r);
    }

    void setUpContext()
    {
        auto v = sql.query("SELECT id, village_code FROM resident");
        while (v.next())
            villageOf.insert(v.text(0), v.text(1));
        ctx.residentVillage = [this](const QString &rid) { return villageOf.value(rid); };
        ctx.scalar = [this](const QString &statement, const QVariantList &binds) {
            auto s = sql.query(statement);
            int i = 1;
            for (const QVariant &b : binds)
                s.bind(i++, QJsonValue::fromVariant(b));
            return s.next() ? s.value(0).toVariant() : QVariant();
        };
        ctx.recordArea = [this](const QString &entity, const QString &id) {
            const QString key = entity + QLatin1Char('/') + id;
            if (auto it = areaCache.constFind(key); it != areaCache.constEnd())
                return *it;
            QString area;
            if (const RecordMapper *m = mapperForEntity(entity)) {
                auto q = sql.query(selectSql(*m, true));
                q.bind(1, id);
                if (q.next()) {
                    QJsonObject r = row(*m, m->storedColumns(), q);
                    links(*m, r);
                    area = m->area(r, ctx);
                }
            }
            areaCache.insert(key, area);
            return area;
        };
        auto home = sql.query("SELECT value FROM sync_state WHERE key = 'home_area'");
        ctx.homeArea = home.next() ? home.text(0) : QString();
        if (ctx.homeArea.isEmpty()) {
            auto s = sql.query("SELECT min(code) FROM area WHERE level = 'village'");
            ctx.homeArea = s.next() ? s.text(0) : QString();
        }
    }

    // Outbox entries per record of a kind, where there are more than one (edits): each would have
    // been pushed as its own version had the workstation synced in between.
    QHash<QString, qint64> edits(const RecordMapper &m)
    {
        QHash<QString, qint64> out;
        auto q = sql.query("SELECT entity_id, count(*) FROM outbox WHERE entity = ?"
                           " GROUP BY entity_id HAVING count(*) > 1");
        q.bind(1, m.entity());
        while (q.next())
            out.insert(q.text(0), q.i64(1));
        return out;
    }

    static QByteArray areaOf(const QJsonObject &resource)
    {
        for (const QJsonValue &t : resource.value(QStringLiteral("meta"))
                                       .toObject()
                                       .value(QStringLiteral("tag"))
                                       .toArray())
            if (t.toObject().value(QStringLiteral("system")).toString() == AreaTagSystem)
                return t.toObject().value(QStringLiteral("code")).toString().toLatin1();
        return {};
    }
};

DemoResources::DemoResources(QString connectionName, QString lastUpdated, int slice, int slices)
    : d(std::make_unique<Impl>())
{
    d->slice = slice;
    d->slices = qMax(1, slices);
    d->conn = std::move(connectionName);
    d->lastUpdated = std::move(lastUpdated);
    d->sql.setHandle(Models::sqliteHandle(d->conn));
}

DemoResources::~DemoResources() = default;

qint64 DemoResources::records() const
{
    return d->records;
}

qint64 DemoResources::skipped() const
{
    return d->skipped;
}

bool DemoResources::run(int chunkSize, const std::function<bool(Chunk &&)> &sink, QString *error)
{
    if (!d->sql.handle()) {
        *error = QStringLiteral("the workstation database is not open");
        return false;
    }
    d->setUpContext();
    const QByteArray stamp = d->lastUpdated.toLatin1();
    Chunk chunk;
    chunk.reserve(size_t(chunkSize));
    for (const auto &mapper : mappers()) {
        const RecordMapper &m = *mapper;
        const QHash<QString, qint64> edits = d->edits(m);
        const QStringList stored = m.storedColumns();
        auto q = d->sql.query(d->selectSql(m, false));
        if (!q.valid()) {
            *error = QStringLiteral("cannot read %1: %2").arg(m.table(), d->sql.error());
            return false;
        }
        while (q.next()) {
            QJsonObject r = d->row(m, stored, q);
            if (r.value(QStringLiteral("deleted")).toInt() != 0)
                continue; // a record deleted before its first sync never reaches the platform
            d->links(m, r);
            const QString recordId = r.value(QStringLiteral("id")).toString();
            const qint64 version = edits.value(recordId, 1);
            ++d->records;
            for (const Part &part : m.partsFor(r)) {
                QJsonObject resource = m.toFhir(part.key(), r, d->ctx);
                if (resource.isEmpty())
                    continue; // an optional part this record does not have
                StoredResource s;
                s.area = Impl::areaOf(resource);
                if (s.area.isEmpty()) {
                    ++d->skipped;
                    continue;
                }
                QJsonObject meta = resource.value(QStringLiteral("meta")).toObject();
                meta.insert(QStringLiteral("versionId"), QString::number(version));
                meta.insert(QStringLiteral("lastUpdated"), d->lastUpdated);
                resource.insert(QStringLiteral("meta"), meta);
                s.type = part.type.toLatin1();
                s.id = part.resourceId(recordId).toLatin1();
                s.version = version;
                s.lastModified = stamp;
                s.json = QJsonDocument(resource).toJson(QJsonDocument::Compact);
                chunk.push_back(std::move(s));
                if (int(chunk.size()) >= chunkSize) {
                    if (!sink(std::move(chunk))) {
                        *error = QStringLiteral("the store refused a chunk");
                        return false;
                    }
                    chunk = Chunk();
                    chunk.reserve(size_t(chunkSize));
                }
            }
        }
    }
    if (!chunk.empty() && !sink(std::move(chunk))) {
        *error = QStringLiteral("the store refused a chunk");
        return false;
    }
    return true;
}

} // namespace Loader
