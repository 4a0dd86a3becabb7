// The PostgreSQL store: its SQL, its migrations and how a transaction Bundle becomes one
// PostgreSQL transaction (docs/decisions.md, "PostgreSQL store").
#include "platformpgstore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

#include <chrono>
#include <thread>

namespace Platform {

namespace {
Q_LOGGING_CATEGORY(lcPgStore, "jiayi.platform.pgstore", QtWarningMsg)

// Advisory lock keys (any bigint; these spell "jiayi" plus a number).
constexpr const char *FeedLock = "SELECT pg_advisory_xact_lock(7236281001)";
constexpr const char *MigrationLock = "SELECT pg_advisory_lock(7236281002)";
constexpr const char *MigrationUnlock = "SELECT pg_advisory_unlock(7236281002)";
const QString MigrationDir = QStringLiteral(":/migrations/postgresql");
constexpr int Attempts = 8;
// Up to this many distinct areas in a token's scope, a feed page merges each area's next rows
// (index resource_area_idx): at most this many times the page's size in index entries.
// JIAYI_PLATFORM_FEED_MERGE_UP_TO sets another bound (0: always walk the feed; the tests run
// both ways).
qint64 areasMergedUpTo()
{
    static const qint64 bound =
        qEnvironmentVariableIsSet("JIAYI_PLATFORM_FEED_MERGE_UP_TO")
            ? qEnvironmentVariableIntValue("JIAYI_PLATFORM_FEED_MERGE_UP_TO")
            : 64;
    return bound;
}

const std::vector<std::pair<QByteArray, QByteArray>> Statements = {
    {"token_add", "INSERT INTO token(hash, clinic, areas, created_at) VALUES($1, $2, $3, $4)"},
    {"token_get", "SELECT clinic, areas FROM token WHERE hash = $1"},
    // Every row the Bundle names, locked in one order (no deadlock between two Bundles).
    {"lock_rows", "SELECT type, id, version, deleted, json, area, last_modified FROM resource"
                  " WHERE (type, id) IN (SELECT * FROM unnest($1::text[], $2::text[]))"
                  " ORDER BY type, id FOR UPDATE"},
    {"feed_top", "SELECT coalesce(max(seq), 0) FROM resource"},
    // Sequence numbers are drawn only under the feed lock (FeedLock).
    {"insert",
     "INSERT INTO resource(type, id, version, seq, area, deleted, last_modified, json, writer)"
     " VALUES($1, $2, $3, nextval('resource_feed_seq'), $4, $5, $6, $7, $8)"
     " ON CONFLICT (type, id) DO NOTHING RETURNING seq"},
    // The version the entry was checked against is still the row's: no lost update.
    {"update", "UPDATE resource SET version = $3, seq = nextval('resource_feed_seq'), area = $4,"
               " deleted = $5, last_modified = $6, json = $7, writer = $8"
               " WHERE type = $1 AND id = $2 AND version = $9 RETURNING seq"},
    // All the rows of a Bundle in one statement (when it names each resource once): a create
    // whose row another process made first, or an update of a row whose version moved, returns
    // no row, and the Bundle runs again.
    {"write_many",
     "INSERT INTO resource AS r(type, id, version, seq, area, deleted, last_modified, json, writer)"
     " SELECT u.t, u.i, u.v, nextval('resource_feed_seq'), u.a, u.d, u.lm, u.j, $8"
     " FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::boolean[], $6::text[],"
     "  $7::text[]) WITH ORDINALITY AS u(t, i, v, a, d, lm, j, n) ORDER BY u.n"
     " ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, seq = excluded.seq,"
     "  area = excluded.area, deleted = excluded.deleted, last_modified = excluded.last_modified,"
     "  json = excluded.json, writer = excluded.writer"
     " WHERE r.version = excluded.version - 1 RETURNING r.seq"},
    {"between", "SELECT area FROM resource WHERE seq > $1 AND seq < $2 ORDER BY seq LIMIT $3"},
    // A page of the feed in the caller's areas, with the newest sequence in the same snapshot
    // (where the cursor may move when the page is not full).
    {"changes",
     "SELECT t.top, p.seq, p.type, p.id, p.version, p.deleted, p.last_modified, p.own, p.json"
     " FROM (SELECT coalesce(max(seq), 0) AS top FROM resource) t LEFT JOIN LATERAL ("
     "  SELECT seq, type, id, version, deleted, last_modified,"
     "   coalesce(writer = $2, false) AS own,"
     "   CASE WHEN deleted OR coalesce(writer = $2, false) THEN '' ELSE json END AS json"
     "  FROM resource WHERE seq IN ("
     // The page's sequence numbers from the feed index alone (migration 0002: area and type are
     // in it), then only those rows from the table.
     "   SELECT seq FROM resource WHERE seq > $1 AND area LIKE ANY($3::text[])"
     "    AND ($4 = '' OR type = $4) ORDER BY seq LIMIT $5)) p ON true ORDER BY p.seq"},
    // The distinct areas under the token's prefixes ($1), one index descent each (migration
    // 0003): which way "changes_by_area" or "changes" reads a page.
    {"areas_under",
     "WITH RECURSIVE a(area, hi) AS ("
     "  SELECT (SELECT r.area FROM resource r WHERE r.area COLLATE \"C\" >= p"
     "    AND r.area COLLATE \"C\" < p || ':' ORDER BY r.area COLLATE \"C\" LIMIT 1), p || ':'"
     "   FROM unnest($1::text[]) AS p"
     "  UNION ALL"
     "  SELECT (SELECT r.area FROM resource r WHERE r.area COLLATE \"C\" > a.area"
     "    AND r.area COLLATE \"C\" < a.hi ORDER BY r.area COLLATE \"C\" LIMIT 1), a.hi"
     "   FROM a WHERE a.area IS NOT NULL)"
     " SELECT count(*) FROM a WHERE area IS NOT NULL"},
    // The same page for a token of a few areas: the first rows after the cursor of each area
    // under its prefixes ($3, found as in "areas_under" in the page's own snapshot, so an area
    // that appears meanwhile is not skipped), merged in seq order; only the page's rows are read.
    {"changes_by_area",
     "WITH RECURSIVE a(area, hi) AS ("
     "  SELECT (SELECT r.area FROM resource r WHERE r.area COLLATE \"C\" >= p"
     "    AND r.area COLLATE \"C\" < p || ':' ORDER BY r.area COLLATE \"C\" LIMIT 1), p || ':'"
     "   FROM unnest($3::text[]) AS p"
     "  UNION ALL"
     "  SELECT (SELECT r.area FROM resource r WHERE r.area COLLATE \"C\" > a.area"
     "    AND r.area COLLATE \"C\" < a.hi ORDER BY r.area COLLATE \"C\" LIMIT 1), a.hi"
     "   FROM a WHERE a.area IS NOT NULL)"
     " SELECT t.top, p.seq, p.type, p.id, p.version, p.deleted, p.last_modified, p.own, p.json"
     " FROM (SELECT coalesce(max(seq), 0) AS top FROM resource) t LEFT JOIN LATERAL ("
     "  SELECT seq, type, id, version, deleted, last_modified,"
     "   coalesce(writer = $2, false) AS own,"
     "   CASE WHEN deleted OR coalesce(writer = $2, false) THEN '' ELSE json END AS json"
     "  FROM resource WHERE seq IN ("
     "   SELECT k.seq FROM a CROSS JOIN LATERAL ("
     "    SELECT r.seq FROM resource r WHERE r.area COLLATE \"C\" = a.area AND r.seq > $1"
     "     AND ($4 = '' OR r.type = $4) ORDER BY r.seq LIMIT $5) k"
     "   WHERE a.area IS NOT NULL ORDER BY k.seq LIMIT $5)) p ON true ORDER BY p.seq"},
    {"read", "SELECT seq, version, deleted, last_modified, json, area FROM resource"
             " WHERE type = $1 AND id = $2"},
    {"of_type", "SELECT area, json FROM resource"
                " WHERE type = $1 AND NOT deleted AND area LIKE ANY($2::text[])"},
    {"count_all", "SELECT count(*) FROM resource"},
    {"count_live", "SELECT count(*) FROM resource WHERE NOT deleted"},
    // Sequence numbers drawn after $1 (an index lookup): counting the rows cost a scan of the rest
    // of the feed on every page, minutes for an initial pull of a county (docs/decisions.md,
    // "The platform at county scale").
    {"remaining", "SELECT greatest(coalesce(max(seq), 0) - $1, 0) FROM resource"},
};

// Worth running the whole transaction again: a deadlock, a serialization failure, a unique key
// another transaction took first.
bool retryable(const QByteArray &state)
{
    return state == "40P01" || state == "40001" || state == "23505";
}

QString keyOf(const QString &type, const QString &id)
{
    return type + QLatin1Char('/') + id;
}
} // namespace

int PgStore::schemaVersion()
{
    const QStringList files =
        QDir(MigrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files.isEmpty() ? 0 : files.last().left(4).toInt();
}

bool PgStore::migrate(const QByteArray &uri, QString *error)
{
    PgPool boot(uri, {}, 1);
    PgPool::Lease db(boot);
    if (!db.ok()) {
        *error = db.error();
        return false;
    }
    // Two processes starting at once: one migrates, the other waits and then finds it done.
    if (!db.exec(MigrationLock).ok()) {
        *error = QStringLiteral("cannot take the migration lock");
        return false;
    }
    const auto fail = [&](const QString &why) {
        db.exec("ROLLBACK");
        db.exec(MigrationUnlock);
        *error = why;
        return false;
    };
    db.exec("SET client_min_messages TO warning"); // no NOTICE that the table exists
    PgResult made = db.exec("CREATE TABLE IF NOT EXISTS schema_migration(version integer PRIMARY"
                            " KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT"
                            " now())");
    if (!made.ok())
        return fail(made.error());
    PgResult cur = db.exec("SELECT coalesce(max(version), 0) FROM schema_migration");
    if (!cur.ok())
        return fail(cur.error());
    const int current = int(cur.i64(0, 0));
    if (current > schemaVersion())
        return fail(QStringLiteral("the database has schema %1, newer than this platform's %2")
                        .arg(current)
                        .arg(schemaVersion()));
    const QStringList files =
        QDir(MigrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const int n = name.left(4).toInt();
        if (n <= current)
            continue;
        QFile f(MigrationDir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read migration %1").arg(name));
        // Each migration in one transaction, recorded in the same one.
        const QByteArray sql = "BEGIN;\n" + f.readAll() +
                               "\n;INSERT INTO schema_migration(version, name) VALUES(" +
                               QByteArray::number(n) + ", '" + name.toLatin1() + "');\nCOMMIT;";
        PgResult r = db.exec(sql.constData());
        if (!r.ok())
            return fail(QStringLiteral("migration %1 failed: %2").arg(name, r.error()));
        qCInfo(lcPgStore) << "applied migration" << name;
    }
    db.exec(MigrationUnlock);
    return true;
}

bool PgStore::open(const QString &uri, QString *error)
{
    const QByteArray u = uri.toUtf8();
    if (!migrate(u, error))
        return false;
    // One connection per HTTP worker at most; more workers wait for a free one.
    m_pool = std::make_unique<PgPool>(u, Statements, 32);
    return m_pool->connectOnce(error);
}

QString PgStore::addToken(const QString &clinic, const QStringList &areas)
{
    const QString secret = newTokenSecret();
    PgPool::Lease db(*m_pool);
    PgResult r = db.run("token_add", PgParams() << tokenHash(secret) << clinic
                                                << areas.join(QLatin1Char(',')) << nowIso());
    return r.ok() ? secret : QString();
}

std::optional<Token> PgStore::tokenFor(const QString &secret)
{
    PgPool::Lease db(*m_pool);
    PgResult r = db.run("token_get", PgParams() << tokenHash(secret));
    if (!r.ok() || r.rows() == 0)
        return std::nullopt;
    return Token{r.text(0, 0), r.text(0, 1).split(QLatin1Char(','), Qt::SkipEmptyParts)};
}

std::vector<EntryResult> PgStore::transaction(const Token &token, const std::vector<Write> &writes,
                                              int *failedIndex, const QString &client, qint64 since,
                                              qint64 *jumpTo)
{
    std::vector<EntryResult> out;
    PgPool::Lease db(*m_pool);
    bool bulk = true;
    for (int n = 0; db.ok() && n < Attempts; ++n) {
        out.clear();
        *failedIndex = -1;
        if (jumpTo)
            *jumpTo = -1;
        const Outcome o =
            attempt(db, token, writes, failedIndex, client, since, jumpTo, &out, bulk);
        if (o == Outcome::Done)
            return out;
        db.exec("ROLLBACK");
        if (o == Outcome::RetryOneByOne) {
            bulk = false;
            continue;
        }
        // Another process took a row first: again, after a short random pause.
        std::this_thread::sleep_for(
            std::chrono::milliseconds(QRandomGenerator::global()->bounded(2 + 4 * n)));
    }
    qCWarning(lcPgStore) << "transaction gave up:" << (db.ok() ? "busy" : "no connection");
    *failedIndex = 0;
    out.assign(1, EntryResult{503,
                              {},
                              {},
                              db.ok() ? QStringLiteral("the database is busy; retry")
                                      : QStringLiteral("the database is unavailable")});
    return out;
}

PgStore::Outcome PgStore::attempt(PgPool::Lease &db, const Token &token,
                                  const std::vector<Write> &writes, int *failedIndex,
                                  const QString &client, qint64 since, qint64 *jumpTo,
                                  std::vector<EntryResult> *out, bool bulk)
{
    const auto fail = [&](size_t i, int status, const QString &why) {
        db.exec("ROLLBACK");
        out->resize(i);
        out->push_back(EntryResult{status, {}, {}, why});
        *failedIndex = int(i);
        return Outcome::Done;
    };
    // A statement that failed: run the transaction again, or answer with the entry at fault.
    const auto failed = [&](size_t i, const PgResult &r) {
        if (retryable(r.state()))
            return Outcome::Retry;
        qCWarning(lcPgStore) << "statement failed:" << r.state();
        // A data exception (class 22: text PostgreSQL refuses to store) is the entry's fault.
        return fail(i, r.state().startsWith("22") ? 422 : 500,
                    QStringLiteral("entry could not be stored: %1").arg(r.error()));
    };
    if (PgResult b = db.exec("BEGIN"); !b.ok())
        return failed(0, b);
    QStringList types, ids;
    QHash<QString, Current> rows; // the rows as this transaction leaves them
    for (const Write &w : writes)
        if (!rows.contains(keyOf(w.type, w.id))) {
            rows.insert(keyOf(w.type, w.id), Current{});
            types << w.type;
            ids << w.id;
        }
    PgResult locked = db.run("lock_rows", PgParams() << pgTextArray(types) << pgTextArray(ids));
    if (!locked.ok())
        return failed(0, locked);
    for (int r = 0; r < locked.rows(); ++r)
        rows[keyOf(locked.text(r, 0), locked.text(r, 1))] = Current{true,
                                                                    locked.i64(r, 2),
                                                                    locked.boolean(r, 3),
                                                                    locked.bytes(r, 4),
                                                                    locked.text(r, 5),
                                                                    locked.text(r, 6)};

    struct Pending
    {
        size_t index;
        Current before;
        Planned plan;
    };
    std::vector<Pending> pending;
    const QString now = nowIso();
    for (size_t i = 0; i < writes.size(); ++i) {
        const Write &w = writes[i];
        Current &row = rows[keyOf(w.type, w.id)];
        Planned p;
        if (auto answer = planWrite(token, w, row, now, &p)) {
            if (answer->status >= 400) {
                db.exec("ROLLBACK");
                out->push_back(*answer);
                *failedIndex = int(i);
                return Outcome::Done;
            }
            out->push_back(*answer);
            continue;
        }
        pending.push_back(Pending{i, row, p});
        row = Current{true, p.version, p.deleted, p.json, p.area, p.lastModified};
        out->push_back(
            EntryResult{p.created ? 201 : 200, QString::number(p.version), p.lastModified, {}});
    }

    // The feed lock, held from the first sequence number drawn to the commit: sequence order is
    // commit order across every process on this database.
    if (!pending.empty())
        if (PgResult l = db.exec(FeedLock); !l.ok())
            return failed(0, l);
    PgResult top = db.run("feed_top", PgParams());
    if (!top.ok())
        return failed(0, top);
    const qint64 before = top.i64(0, 0);
    qint64 last = before;
    QSet<QString> keys;
    for (const Pending &p : pending)
        keys.insert(keyOf(writes[p.index].type, writes[p.index].id));
    if (bulk && pending.size() > 1 && keys.size() == qsizetype(pending.size())) {
        PgArray t, i, v, a, d, lm, j;
        for (const Pending &p : pending) {
            t.text(writes[p.index].type);
            i.text(writes[p.index].id);
            v.number(p.plan.version);
            a.text(p.plan.area);
            d.boolean(p.plan.deleted);
            lm.text(p.plan.lastModified);
            j.text(QByteArrayView(p.plan.json));
        }
        PgResult r =
            db.run("write_many", PgParams() << t.done() << i.done() << v.done() << a.done()
                                            << d.done() << lm.done() << j.done() << client);
        if (!r.ok())
            // Which entry PostgreSQL refused is known only one row at a time.
            return retryable(r.state()) ? Outcome::Retry : Outcome::RetryOneByOne;
        if (r.rows() != int(pending.size())) // another process wrote one of them first
            return Outcome::Retry;
        for (int n = 0; n < r.rows(); ++n)
            last = qMax(last, r.i64(n, 0));
    } else {
        for (const Pending &p : pending) {
            const Write &w = writes[p.index];
            PgParams params;
            params << w.type << w.id << p.plan.version << p.plan.area << p.plan.deleted
                   << p.plan.lastModified << p.plan.json << client;
            PgResult r = p.before.exists ? db.run("update", params << p.before.version)
                                         : db.run("insert", params);
            if (!r.ok())
                return failed(p.index, r);
            if (r.rows() == 0) // created or changed by another process since it was read
                return Outcome::Retry;
            last = r.i64(0, 0);
        }
    }
    qint64 jump = -1;
    if (jumpTo && since >= 0 && since <= before) {
        // Nothing this token may see in (since, before]: the client may move past its writes.
        PgResult between = db.run("between", PgParams() << since << (before + 1) << 10000);
        if (!between.ok())
            return failed(0, between);
        bool nothing = between.rows() < 10000;
        for (int r = 0; nothing && r < between.rows(); ++r)
            nothing = !token.allows(between.text(r, 0));
        if (nothing)
            jump = last;
    }
    if (PgResult c = db.exec("COMMIT"); !c.ok()) {
        if (retryable(c.state()))
            return Outcome::Retry;
        return fail(0, 500, QStringLiteral("commit failed"));
    }
    if (jumpTo)
        *jumpTo = jump;
    return Outcome::Done;
}

std::vector<Change> PgStore::changes(const Token &token, qint64 since, int count,
                                     const QString &type, qint64 *last, const QString &client)
{
    std::vector<Change> out;
    *last = since;
    QStringList prefixes, patterns;
    for (const QString &a : token.areas)
        if (!a.isEmpty()) {
            prefixes << a;
            patterns << a + QLatin1Char('%'); // area codes are digits: no LIKE metacharacters
        }
    PgPool::Lease db(*m_pool);
    // A token of a few areas (villages, a township) reads each area's next rows and merges them;
    // one of many (a county's) walks the feed, whose index holds each entry's area (0002).
    PgResult areas = db.run("areas_under", PgParams() << pgTextArray(prefixes));
    const bool byArea = areas.ok() && areas.rows() == 1 && areas.i64(0, 0) <= areasMergedUpTo();
    PgResult r =
        db.run(byArea ? "changes_by_area" : "changes",
               PgParams() << since << (client.isEmpty() ? QStringLiteral("-") : client)
                          << pgTextArray(byArea ? prefixes : patterns) << type << qMax(0, count));
    if (!r.ok()) {
        qCWarning(lcPgStore) << "feed query failed:" << r.state();
        return out;
    }
    out.reserve(size_t(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        if (r.isNull(i, 1))
            break; // no change in scope: the one row carries only the newest sequence
        const bool own = r.boolean(i, 7);
        out.push_back(Change{r.i64(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 6),
                             r.boolean(i, 5), r.bytes(i, 8), own});
    }
    // A full page ends at its last change; a shorter one has seen everything up to the newest
    // sequence of the same snapshot (later commits draw larger numbers: the feed lock).
    if (!out.empty() && int(out.size()) >= count)
        *last = out.back().seq;
    else if (r.rows() > 0)
        *last = qMax(since, r.i64(0, 0));
    return out;
}

std::optional<Change> PgStore::read(const Token &token, const QString &type, const QString &id)
{
    PgPool::Lease db(*m_pool);
    PgResult r = db.run("read", PgParams() << type << id);
    if (!r.ok() || r.rows() == 0 || !token.allows(r.text(0, 5)))
        return std::nullopt;
    return Change{r.i64(0, 0),     type,         id, r.text(0, 1), r.text(0, 3),
                  r.boolean(0, 2), r.bytes(0, 4)};
}

std::vector<QByteArray> PgStore::current(const Token &token, const QString &type)
{
    QStringList patterns; // area prefixes are digits: no LIKE wildcard inside them
    for (const QString &a : token.areas)
        if (!a.isEmpty())
            patterns << a + QLatin1Char('%');
    std::vector<QByteArray> out;
    if (patterns.isEmpty())
        return out;
    PgPool::Lease db(*m_pool);
    PgResult r = db.run("of_type", PgParams() << type << pgTextArray(patterns));
    out.reserve(size_t(qMax(0, r.ok() ? r.rows() : 0)));
    for (int i = 0; r.ok() && i < r.rows(); ++i)
        if (token.allows(r.text(i, 0)))
            out.push_back(r.bytes(i, 1));
    return out;
}

bool PgStore::ping()
{
    PgPool::Lease db(*m_pool);
    return db.run("feed_top", PgParams()).ok();
}

qint64 PgStore::count(bool includeDeleted)
{
    PgPool::Lease db(*m_pool);
    PgResult r = db.run(includeDeleted ? "count_all" : "count_live", PgParams());
    return r.ok() ? r.i64(0, 0) : -1;
}

qint64 PgStore::remainingAfter(qint64 seq)
{
    PgPool::Lease db(*m_pool);
    PgResult r = db.run("remaining", PgParams() << seq);
    return r.ok() ? r.i64(0, 0) : 0;
}

} // namespace Platform
