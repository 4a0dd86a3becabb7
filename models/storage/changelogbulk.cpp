// ChangeLog::recordCreated: the outbox side of a bulk write (the import), through prepared
// sqlite3 statements.
#include "changelog.h"

#include "dbaccess.h"
#include "sqlitestmt.h"

namespace Models {

namespace {
constexpr int OutboxPerStmt = 64;

void setTriggers(sqlite3 *h, bool on)
{
    int now = 0;
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, &now);
}

Error failed(const SqliteStmt &s)
{
    return makeError(QStringLiteral("db.outbox"), QStringLiteral("outbox"), {}, s.error());
}
} // namespace

// The outbox keeps one entry per record (sync sends each one), 64 to a statement. Its only insert
// trigger, outbox_pending_insert (0010), adds one to outbox_pending_count for a record's first
// unsent entry; every record created here is new, so when that is the only trigger on the table
// it is switched off for these statements and the count is added here, in the same transaction
// (saving a lookup and an update a row).
Result<void> ChangeLog::recordCreated(const QString &connectionName, const QString &entity,
                                      const QVector<QByteArray> &ids, const QString &createdAt)
{
    if (ids.isEmpty())
        return {};
    sqlite3 *h = sqliteHandle(connectionName);
    const QByteArray entityUtf8 = entity.toUtf8();
    const QByteArray at = createdAt.toUtf8();
    QByteArray manySql = "INSERT OR FAIL INTO outbox(entity, entity_id, op, created_at) "
                         "VALUES(?,?,'create',?)";
    for (int i = 1; i < OutboxPerStmt; ++i)
        manySql += ",(?,?,'create',?)";
    SqliteStmt many(h, manySql.constData());
    SqliteStmt one(h, "INSERT INTO outbox(entity, entity_id, op, created_at) "
                      "VALUES(?,?,'create',?)");
    SqliteStmt triggers(h, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                           " WHERE type = 'trigger' AND tbl_name = 'outbox' ORDER BY name)");
    SqliteStmt countPending(h,
                            "UPDATE outbox_pending_count SET records = records + ? WHERE one = 1");
    for (const SqliteStmt *s : {&many, &one, &triggers, &countPending})
        if (!s->ok())
            return failed(*s);
    const bool countHere =
        triggers.step() &&
        triggers.columnText(0) ==
            QLatin1String("outbox_pending_ack,outbox_pending_delete,outbox_pending_insert");
    triggers.reset();

    if (countHere)
        setTriggers(h, false);
    Result<void> out;
    qsizetype i = 0;
    sqlite3_stmt *st = many.handle();
    auto bind = [](sqlite3_stmt *s, int i, const QByteArray &b) {
        sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_STATIC);
    };
    for (; i + OutboxPerStmt <= ids.size() && out; i += OutboxPerStmt) {
        for (int j = 0; j < OutboxPerStmt; ++j) {
            bind(st, 3 * j + 1, entityUtf8);
            bind(st, 3 * j + 2, ids.at(i + j));
            bind(st, 3 * j + 3, at);
        }
        if (!many.run())
            out = failed(many);
    }
    for (; i < ids.size() && out; ++i)
        if (!one.utf8(1, entityUtf8).utf8(2, ids.at(i)).utf8(3, at).run())
            out = failed(one);
    if (countHere) {
        setTriggers(h, true);
        if (out && !countPending.integer(1, ids.size()).run())
            out = failed(countPending);
    }
    return out;
}

} // namespace Models
