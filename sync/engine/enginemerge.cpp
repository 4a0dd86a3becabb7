// Applying what the platform holds for one record: skip our own change coming back, write it
// when nothing local is unsent, recognise our own push whose answer was lost, otherwise merge
// three-way per field (merge.cpp) with the conflict queue. A record that cannot be stored is
// parked verbatim (sync_parked) and retried on every sync.
#include "engineimpl.h"

#include <QJsonArray>

#include <tuple>

namespace Sync {

// Inside the caller's transaction.
bool SyncEngine::Impl::applyIncoming(const Kind &k, const QString &id,
                                     const QList<Incoming> &incoming)
{
    const std::optional<LocalRow> local = readRow(k, id);
    QMap<QString, QString> versions =
        local ? parseVersions(local->serverVersion, k.types) : QMap<QString, QString>();
    QList<Incoming> fresh;
    for (const Incoming &in : incoming) {
        if (!versions.contains(in.type) || laterVersion(versions.value(in.type), in.version))
            fresh << in;
        else
            ++heldAlready;
    }
    if (fresh.isEmpty())
        return true; // our own change coming back, or already applied
    QJsonObject base = local && !local->base.isEmpty() ? normalised(k, local->base) : QJsonObject();
    QJsonObject theirs = base.isEmpty() ? k.defaults : base;
    theirs.insert(QStringLiteral("id"), id);
    theirs.insert(QStringLiteral("deleted"), 0);
    // A record's deletion removes its optional parts too: those keep the record's last values.
    bool recordDeleted = base.value(QStringLiteral("deleted")).toInt() != 0;
    bool allDeleted = true;
    for (const Incoming &in : std::as_const(fresh)) {
        allDeleted = allDeleted && in.deleted;
        if (in.deleted) {
            const std::optional<Part> part = k.mapper->part(in.type);
            if (!part || !part->optional)
                recordDeleted = true;
        }
    }
    for (const Incoming &in : std::as_const(fresh)) {
        versions.insert(in.type, in.version);
        const std::optional<Part> part = k.mapper->part(in.type); // in.type is the part key
        if (in.deleted && (!part || !part->optional)) {
            theirs.insert(QStringLiteral("deleted"), 1);
        } else if (!part || (in.deleted && recordDeleted)) {
            continue;
        } else if (in.converted) { // fromFhir ran on the fetch thread: RecordMapper::applyPart's
                                   // overlay
            for (auto it = in.partial.begin(); it != in.partial.end(); ++it)
                theirs.insert(it.key(), it.value());
        } else {
            k.mapper->applyPart(theirs, *part, in.resource, in.deleted);
        }
    }
    if (recordDeleted && allDeleted)
        theirs.insert(QStringLiteral("deleted"), 1); // late deletions of its parts never revive it
    normalise(k, theirs);
    const QString version = formatVersions(versions, k.types);
    ensureVillage(theirs);

    const bool unsent = local && (local->dirty || hasPending(k, id));
    if (!unsent)
        return writeRow(k, theirs, local, version, theirs, false);

    const QJsonObject mine = normalised(k, local->row);
    if (const auto f = inflight(k, id); f && normalised(k, f->second) == theirs) {
        // our own push whose answer was lost: acknowledge it, keep later local edits
        const qint64 seq = f->first;
        dropInflight(k, id);
        const bool more = hasPending(k, id, seq);
        if (!writeRow(k, mine, local, version, theirs, more || mine != theirs))
            return false;
        return ack(k, id, seq);
    }
    const MergeResult r = merge3(base, mine, theirs, k.columns, k.identity);
    const QJsonObject merged = normalised(k, r.merged);
    const bool same = merged == theirs;
    if (!writeRow(k, merged, local, version, theirs, !same))
        return false;
    ++sum.merged;
    if (same)
        ack(k, id, maxPendingSeq(k, id));
    sum.newConflicts += addConflicts(k, id, r.conflicts, base, mine, theirs);
    return true;
}

// One record inside a savepoint: if it cannot be stored it is parked, not lost, and the page
// goes on.
bool SyncEngine::Impl::applyOrPark(const Kind &k, const QString &id,
                                   const QList<Incoming> &incoming)
{
    if (!exec("SAVEPOINT rec"))
        return false;
    lastWriteError = QStringLiteral("write failed");
    if (applyIncoming(k, id, incoming)) {
        if (!parkedIds.isEmpty() && parkedIds.contains(k.entity + QLatin1Char('/') + id))
            unpark(k, id);
        return exec("RELEASE rec");
    }
    exec("ROLLBACK TO rec");
    exec("RELEASE rec");
    knownVillages.clear(); // an area row written inside the savepoint is gone again
    ++sum.parked;
    parkedIds.insert(k.entity + QLatin1Char('/') + id);
    return park(k, id, incoming, lastWriteError);
}

// Parked records are tried again first (what blocked them may have been fixed).
bool SyncEngine::Impl::retryParked()
{
    QList<std::tuple<const Kind *, QString, QList<Incoming>>> all;
    {
        auto s = sql.query("SELECT entity, entity_id, incoming FROM sync_parked");
        while (s.next()) {
            const RecordMapper *m = mapperForEntity(s.text(0));
            if (!m)
                continue;
            QList<Incoming> list;
            for (const QJsonValue &v : QJsonDocument::fromJson(s.utf8(2)).array()) {
                const QJsonObject o = v.toObject();
                list << Incoming{o.value(QStringLiteral("type")).toString(),
                                 o.value(QStringLiteral("version")).toString(),
                                 o.value(QStringLiteral("deleted")).toBool(),
                                 o.value(QStringLiteral("resource")).toObject()};
            }
            parkedIds.insert(s.text(0) + QLatin1Char('/') + s.text(1));
            all << std::make_tuple(&kind(*m), s.text(1), list);
        }
    }
    if (all.isEmpty())
        return true;
    if (!begin())
        return false;
    const int before = sum.parked;
    for (const auto &[k, id, list] : all)
        if (!applyOrPark(*k, id, list)) {
            rollback();
            return false;
        }
    sum.parked = before; // counted once, at the end of the sync
    return commit();
}

} // namespace Sync
