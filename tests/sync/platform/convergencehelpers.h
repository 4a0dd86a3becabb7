#pragma once

// tst_platformconvergence's workstations: a workstation database edited through the app's own
// repository (outbox and audit written as the app writes them) and read back for what the sync
// made of each edit; `jiayi-cli` runs; the test-only version history in PostgreSQL.

#include "database.h"
#include "pgtestutil.h"
#include "resident.h"
#include "residentrepository.h"
#include "scope.h"
#include "syncstate.h"
#include "synctestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Convergence {

inline QString url(int port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

inline bool runCli(const QStringList &args, QJsonObject *json = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_CLI_BIN), args);
    const bool ok =
        p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const QByteArray out = p.readAllStandardOutput();
    if (!ok)
        qWarning() << "jiayi-cli" << args.value(0) << "failed:" << out << p.readAllStandardError();
    if (json)
        *json = QJsonDocument::fromJson(out).object();
    return ok;
}

// Every version of every resource the platform writes, kept by a trigger in a table of the test's
// own (the platform keeps only the current version): what an acknowledged edit is checked against.
inline bool installHistory(const PgTest::Cluster &pg)
{
    pg.query(QStringLiteral(
        "CREATE TABLE test_history(type text, id text, version bigint, json text);"
        "CREATE FUNCTION test_keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " INSERT INTO test_history VALUES(NEW.type, NEW.id, NEW.version, NEW.json); RETURN NEW;"
        " END $$;"
        "CREATE TRIGGER test_keep AFTER INSERT OR UPDATE ON resource FOR EACH ROW"
        " EXECUTE FUNCTION test_keep();"));
    return pg.query(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'test_keep'"))
               .value(0)
               .value(0) == QLatin1String("1");
}

// A value no other edit writes: a mobile number (phone) or an address naming its writer.
inline QString markFor(const QString &field, int workstation, int round, int k)
{
    if (field == QLatin1String("phone"))
        return QStringLiteral("13%1%2%3")
            .arg(workstation, 2, 10, QLatin1Char('0'))
            .arg(round % 10000, 4, 10, QLatin1Char('0'))
            .arg(k, 3, 10, QLatin1Char('0'));
    return QStringLiteral("幸福路%1号%2室%3").arg(workstation).arg(round).arg(k);
}

// A resident column as the platform's Patient carries it (sync/fhir/residentmapper.cpp).
inline QString patientField(const QString &json, const QString &field)
{
    const QJsonObject p = QJsonDocument::fromJson(json.toUtf8()).object();
    if (field == QLatin1String("address"))
        return p.value(QStringLiteral("address"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("text"))
            .toString();
    for (const QJsonValue &t : p.value(QStringLiteral("telecom")).toArray())
        if (t.toObject().value(QStringLiteral("system")).toString() == QLatin1String("phone"))
            return t.toObject().value(QStringLiteral("value")).toString();
    return {};
}

struct Edit
{
    enum State { Open, Acknowledged, InConflictQueue, ReplacedLocally, Vanished };
    int workstation = 0;
    QString residentId, field, value;
    State state = Open;
    qint64 version = 0; // the platform's version it was acknowledged at
};

class Workstation
{
public:
    Workstation(int index, QString path)
        : m_index(index), m_path(std::move(path)), m_conn(QStringLiteral("ws%1").arg(index))
    {
    }
    ~Workstation() { Models::closeDatabase(m_conn); }
    int index() const { return m_index; }
    QString path() const { return m_path; }

    bool open() { return bool(Models::openDatabase(m_conn, m_path)); }

    // A copy of another workstation's database made into a workstation of its own.
    bool becomeDistinct()
    {
        if (m_index == 0)
            return true;
        return exec(QStringLiteral("DELETE FROM sync_state WHERE key = 'client_id'")) &&
               exec(QStringLiteral("UPDATE record_serial SET next_serial = next_serial + %1")
                        .arg(1000 * m_index));
    }

    QStringList residentIds() const
    {
        QStringList out;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT id FROM resident WHERE deleted = 0 ORDER BY id"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    bool edit(const QString &id, const QString &field, const QString &value, QString *why)
    {
        Models::ResidentRepository repo(m_conn);
        auto r = repo.findById(scope(), id);
        if (!r) {
            *why = r.error().message;
            return false;
        }
        Models::Resident changed = *r;
        (field == QLatin1String("phone") ? changed.phone : changed.address) = value;
        auto saved = repo.update(scope(), changed);
        if (!saved)
            *why = saved.error().message;
        return bool(saved);
    }

    bool create(int round, QString *why)
    {
        Models::Resident r;
        r.name = QStringLiteral("新") + QChar(0x4E00 + (m_index * 131 + round * 7) % 5000) +
                 QChar(0x4E00 + (m_index * 17 + round * 53) % 5000);
        r.sex = round % 2 ? QLatin1Char('M') : QLatin1Char('F');
        r.birthDate = QDate(1950 + round % 50, 1 + m_index % 12, 1 + round % 28);
        r.phone = markFor(QStringLiteral("phone"), m_index, round, 999);
        r.address = QStringLiteral("新村%1号").arg(round);
        QSqlQuery v(db());
        v.exec(QStringLiteral("SELECT min(code) FROM area WHERE level = 'village'"));
        r.villageCode = v.next() ? v.value(0).toString() : QString();
        v.finish(); // an unfinished read would hold the connection's transaction open: the edit
                    // below would stay uncommitted, unseen by the sync process
        r.relation = QStringLiteral("");
        auto made = Models::ResidentRepository(m_conn).create(scope(), r, true);
        if (!made)
            *why = made.error().message;
        return bool(made);
    }

    struct FieldState
    {
        QString local;
        qint64 version = 0;
        bool pending = false;
        QSet<QString> conflictMine; // this field's local values put in the conflict queue
    };
    FieldState stateOf(const QString &id, const QString &field) const
    {
        FieldState s;
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("SELECT %1, server_version FROM resident WHERE id = ?").arg(field));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            s.local = q.value(0).toString();
            QString v = q.value(1).toString();
            if (v.contains(QLatin1Char('=')))
                v = v.section(QStringLiteral("Patient="), 1).section(QLatin1Char(';'), 0, 0);
            s.version = v.toLongLong();
        }
        q.finish();
        q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'resident' AND "
                                 "entity_id = ? AND acked_at IS NULL"));
        q.addBindValue(id);
        s.pending = q.exec() && q.next() && q.value(0).toInt() > 0;
        q.finish();
        q.prepare(QStringLiteral("SELECT mine_value FROM sync_conflict WHERE entity = 'resident' "
                                 "AND entity_id = ? AND field = ?"));
        q.addBindValue(id);
        q.addBindValue(field);
        if (q.exec())
            while (q.next())
                s.conflictMine.insert( // stored as a one-element JSON array
                    QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                        .array()
                        .at(0)
                        .toString());
        return s;
    }

    // Every open conflict decided for the platform's value (as a person may on the conflict
    // screen); the decision is a local edit the next sync sends.
    bool decideConflictsForPlatform()
    {
        Sync::SyncState state(m_conn);
        auto open = state.conflicts(scope());
        if (!open)
            return false;
        for (const Sync::Conflict &c : *open) {
            QMap<QString, QJsonValue> values;
            for (const Sync::ConflictField &f : c.fields)
                values.insert(f.field, f.theirs);
            if (!state.resolve(scope(), c.entity, c.entityId, values))
                return false;
        }
        return true;
    }

    qint64 unsent() const { return count(QStringLiteral("outbox WHERE acked_at IS NULL")); }
    qint64 openConflicts() const
    {
        return count(QStringLiteral("sync_conflict WHERE resolved_at IS NULL"));
    }

    // The synced columns of residents and households, ordered by id.
    QStringList dump() const
    {
        return SyncTest::dump(
                   m_conn, QStringLiteral("resident"),
                   QStringLiteral("id, record_no, name, sex, birth_date, id_number, phone, "
                                  "address, village_code, residence_type, ethnicity, "
                                  "household_id, relation, server_version, deleted")) +
               SyncTest::dump(m_conn, QStringLiteral("household"),
                              QStringLiteral("id, village_code, address, head_id, deleted"));
    }

private:
    static Models::Scope scope() { return Models::Scope::administrator(); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_conn); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }
    qint64 count(const QString &from) const
    {
        QSqlQuery q(db());
        const qint64 n = q.exec(QStringLiteral("SELECT count(*) FROM ") + from) && q.next()
                             ? q.value(0).toLongLong()
                             : -1;
        q.finish();
        return n;
    }

    int m_index;
    QString m_path, m_conn;
};

} // namespace Convergence
