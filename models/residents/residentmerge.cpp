// ResidentMerge: see duplicates.h.
#include "duplicates.h"

#include "changelog.h"
#include "dbaccess.h"
#include "permission.h"
#include "searchterms.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::Duplicates)
};

struct Table
{
    QString name;
    QString key; // "id" or "rowid"
    bool dirty = false;
};

// Every table that refers to residents through a resident_id column: found in the schema, so
// tables added by later capabilities (follow-ups, doses, contracts) are merged without a change
// here.
Result<QList<Table>> residentTables(const QString &conn)
{
    QList<Table> out;
    QSqlQuery t(db(conn));
    if (!t.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT IN ('resident_merge', 'duplicate_dismissal')")))
        return dbError(t);
    while (t.next()) {
        const QString name = t.value(0).toString();
        QSqlQuery c(db(conn));
        if (!c.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(name)))
            return dbError(c);
        bool hasResident = false, hasId = false, hasDirty = false;
        while (c.next()) {
            const QString col = c.value(0).toString();
            hasResident |= col == QLatin1String("resident_id");
            hasId |= col == QLatin1String("id");
            hasDirty |= col == QLatin1String("dirty");
        }
        if (hasResident)
            out << Table{name, hasId ? QStringLiteral("id") : QStringLiteral("rowid"), hasDirty};
    }
    return out;
}

Result<QStringList> residentTerms(const QString &conn, const QString &id, qint64 *rid)
{
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT rid, name, ifnull(id_number, ''), phone, record_no FROM resident WHERE id = ?"));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("resident.notfound"), Text::tr("找不到该居民"));
    *rid = q.value(0).toLongLong();
    return searchTermsFor(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString());
}

Result<void> setTombstone(const QString &conn, const Scope &scope, const QString &id, bool deleted)
{
    qint64 rid = 0;
    auto terms = residentTerms(conn, id, &rid);
    if (!terms)
        return terms.error();
    QSqlQuery t(db(conn));
    t.prepare(deleted
                  ? QStringLiteral("DELETE FROM search_term WHERE term = ? AND rid = ?")
                  : QStringLiteral("INSERT OR IGNORE INTO search_term(term, rid) VALUES(?, ?)"));
    for (const QString &term : *terms) {
        t.bindValue(0, term);
        t.bindValue(1, rid);
        if (auto e = exec(t); !e)
            return e;
    }
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "UPDATE resident SET deleted = ?, dirty = 1, updated_at = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(ChangeLog::nowUtc());
    q.addBindValue(scope.userId);
    q.addBindValue(id);
    return exec(q);
}

Result<QString> villageOf(const QString &conn, const QString &id, bool wantDeleted)
{
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT village_code FROM resident WHERE id = ? AND deleted = ?"));
    q.addBindValue(id);
    q.addBindValue(wantDeleted ? 1 : 0);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("resident.notfound"), Text::tr("找不到该居民"));
    return q.value(0).toString();
}
} // namespace

Result<MergeRecord> ResidentMerge::merge(const QString &conn, const Scope &scope,
                                         const QString &survivorId, const QString &mergedId)
{
    for (const char *perm : {"resident.write", "merge.write"}) // merging is not a village task
        if (auto p = requirePermission(scope, QLatin1String(perm)); !p)
            return p.error();
    if (survivorId == mergedId)
        return makeError(QStringLiteral("merge.same"), Text::tr("不能把档案与自身合并"));
    for (const QString &id : {survivorId, mergedId}) {
        auto v = villageOf(conn, id, false);
        if (!v)
            return v.error();
        if (!scope.allowsVillage(*v))
            return makeError(QStringLiteral("scope.denied"), Text::tr("您无权修改该村的居民"));
    }
    auto tables = residentTables(conn);
    if (!tables)
        return tables.error();
    Transaction tx(conn);
    QJsonArray moved;
    const QString now = ChangeLog::nowUtc();
    for (const Table &t : *tables) {
        QSqlQuery sel(db(conn));
        sel.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE resident_id = ?").arg(t.key, t.name));
        sel.addBindValue(mergedId);
        if (auto e = exec(sel); !e)
            return e.error();
        QStringList keys;
        while (sel.next())
            keys << sel.value(0).toString();
        for (const QString &k : keys) {
            QSqlQuery up(db(conn));
            // basic_info allows one row per resident: the survivor's own form wins, the
            // duplicate's stays attached to the tombstone (still readable, restored on undo).
            up.prepare(
                QStringLiteral("UPDATE OR IGNORE %1 SET resident_id = ?%2 WHERE %3 = ?")
                    .arg(t.name, t.dirty ? QStringLiteral(", dirty = 1") : QString(), t.key));
            up.addBindValue(survivorId);
            up.addBindValue(k);
            if (auto e = exec(up); !e)
                return e.error();
            if (up.numRowsAffected() < 1)
                continue;
            moved.append(QJsonObject{{QStringLiteral("table"), t.name},
                                     {QStringLiteral("key"), t.key},
                                     {QStringLiteral("id"), k}});
            if (t.key == QLatin1String("id"))
                if (auto e =
                        ChangeLog::record(conn, scope, t.name, k, ChangeOp::Update,
                                          QJsonObject{{QStringLiteral("resident_id"), mergedId}},
                                          QJsonObject{{QStringLiteral("resident_id"), survivorId}});
                    !e)
                    return e.error();
        }
    }
    if (auto e = setTombstone(conn, scope, mergedId, true); !e)
        return e.error();
    MergeRecord m{QUuid::createUuid().toString(QUuid::WithoutBraces), survivorId, mergedId,
                  int(moved.size())};
    QSqlQuery ins(db(conn));
    ins.prepare(QStringLiteral(
        "INSERT INTO resident_merge(id, survivor_id, merged_id, moved_json, merged_at, merged_by)"
        " VALUES(?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(m.id), QVariant(survivorId), QVariant(mergedId),
          QVariant(QString::fromUtf8(QJsonDocument(moved).toJson(QJsonDocument::Compact))),
          QVariant(now), QVariant(scope.userId)})
        ins.addBindValue(v);
    if (auto e = exec(ins); !e)
        return e.error();
    if (auto e = ChangeLog::record(conn, scope, QStringLiteral("resident"), mergedId,
                                   ChangeOp::Delete, QJsonObject{{QStringLiteral("id"), mergedId}},
                                   QJsonObject{{QStringLiteral("merged_into"), survivorId},
                                               {QStringLiteral("merge_id"), m.id},
                                               {QStringLiteral("moved"), moved}});
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return m;
}

Result<void> ResidentMerge::undo(const QString &conn, const Scope &scope, const QString &mergeId)
{
    for (const char *perm : {"resident.write", "merge.write"})
        if (auto p = requirePermission(scope, QLatin1String(perm)); !p)
            return p;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT survivor_id, merged_id, moved_json, undone_at FROM resident_merge WHERE id = ?"));
    q.addBindValue(mergeId);
    if (auto e = exec(q); !e)
        return e;
    if (!q.next())
        return makeError(QStringLiteral("merge.notfound"), Text::tr("找不到该合并记录"));
    if (!q.value(3).isNull())
        return makeError(QStringLiteral("merge.undone"), Text::tr("该合并已撤销过"));
    const QString survivorId = q.value(0).toString(), mergedId = q.value(1).toString();
    const QJsonArray moved = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
    auto v = villageOf(conn, mergedId, true);
    if (!v)
        return v.error();
    if (!scope.allowsVillage(*v))
        return makeError(QStringLiteral("scope.denied"), Text::tr("您无权修改该村的居民"));
    Transaction tx(conn);
    for (const QJsonValue &mv : moved) {
        const QJsonObject o = mv.toObject();
        const QString table = o.value(QStringLiteral("table")).toString();
        const QString key = o.value(QStringLiteral("key")).toString();
        QSqlQuery up(db(conn));
        up.prepare(QStringLiteral("UPDATE %1 SET resident_id = ? WHERE %2 = ? AND resident_id = ?")
                       .arg(table, key));
        up.addBindValue(mergedId);
        up.addBindValue(o.value(QStringLiteral("id")).toString());
        up.addBindValue(survivorId);
        if (auto e = exec(up); !e)
            return e;
        if (key == QLatin1String("id"))
            if (auto e = ChangeLog::record(
                    conn, scope, table, o.value(QStringLiteral("id")).toString(), ChangeOp::Update,
                    QJsonObject{{QStringLiteral("resident_id"), survivorId}},
                    QJsonObject{{QStringLiteral("resident_id"), mergedId}});
                !e)
                return e;
    }
    if (auto e = setTombstone(conn, scope, mergedId, false); !e)
        return e;
    QSqlQuery done(db(conn));
    done.prepare(
        QStringLiteral("UPDATE resident_merge SET undone_at = ?, undone_by = ? WHERE id = ?"));
    done.addBindValue(ChangeLog::nowUtc());
    done.addBindValue(scope.userId);
    done.addBindValue(mergeId);
    if (auto e = exec(done); !e)
        return e;
    if (auto e =
            ChangeLog::record(conn, scope, QStringLiteral("resident"), mergedId, ChangeOp::Update,
                              QJsonObject{{QStringLiteral("merged_into"), survivorId}},
                              QJsonObject{{QStringLiteral("merge_undone"), mergeId}});
        !e)
        return e;
    return tx.commit();
}

Result<QVector<MergeRecord>> ResidentMerge::history(const QString &conn, const Scope &scope)
{
    if (auto p = requirePermission(scope, QStringLiteral("resident.read")); !p)
        return p.error();
    QSqlQuery q(db(conn));
    if (!q.exec(QStringLiteral(
            "SELECT id, survivor_id, merged_id, json_array_length(moved_json) FROM resident_merge"
            " WHERE undone_at IS NULL ORDER BY merged_at DESC")))
        return dbError(q);
    QVector<MergeRecord> out;
    while (q.next())
        out << MergeRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toInt()};
    return out;
}

} // namespace Models
