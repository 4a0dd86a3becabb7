#pragma once

// Shared by the sync tests: a test CA and server certificate made with the openssl CLI, a real
// jiayi-platform on 127.0.0.1 (QProcess), and workstation databases. The platform stores in
// SQLite under its data folder, or, with JIAYI_TEST_PLATFORM_STORE=postgresql (the *_pg CTest
// registrations), in a real PostgreSQL started for the test (tests/sync/platform/pgtestutil.h).

#include "database.h"
#include "pgtestutil.h"
#include "resident.h"
#include "residentrepository.h"
#include "syncengine.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace SyncTest {

inline bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << program << args << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput().trimmed();
    return true;
}

// CA + server certificate for 127.0.0.1 (subjectAltName IP), made in the test.
inline bool makeCertificates(const QString &dir)
{
    const QString ext = dir + QStringLiteral("/ext.cnf");
    QFile f(ext);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
    f.close();
    const QString o = QStringLiteral("openssl");
    return run(o, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                   "/CN=Jiayi Test CA", "-keyout", dir + "/ca.key", "-out", dir + "/ca.pem"}) &&
           run(o, {"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout",
                   dir + "/server.key", "-out", dir + "/server.csr"}) &&
           run(o, {"x509", "-req", "-in", dir + "/server.csr", "-CA", dir + "/ca.pem", "-CAkey",
                   dir + "/ca.key", "-CAcreateserial", "-days", "2", "-extfile", ext, "-out",
                   dir + "/server.pem"});
}

struct Platform
{
    QProcess proc;
    QString dataDir, url, token, cert, key;
    int port = 0;
    std::unique_ptr<PgTest::Cluster> pg; // the PostgreSQL store, kept across restarts

    // Where the platform stores: its data folder (SQLite) or the test's PostgreSQL.
    QStringList storeArgs() const
    {
        return pg ? QStringList{"--database", pg->uri()} : QStringList{"--data", dataDir};
    }

    bool start(const QString &data, const QString &certFile = {}, const QString &keyFile = {},
               int fixedPort = 0)
    {
        dataDir = data;
        cert = certFile;
        key = keyFile;
        if (PgTest::wantPostgres() && !pg) {
            pg = std::make_unique<PgTest::Cluster>();
            if (!pg->start()) {
                qWarning() << "PostgreSQL for the platform:" << pg->error();
                return false;
            }
        }
        QStringList args =
            storeArgs() + QStringList{"--listen", QStringLiteral("127.0.0.1:%1").arg(fixedPort)};
        if (!cert.isEmpty())
            args << "--tls-cert" << cert << "--tls-key" << key;
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start(QStringLiteral(JIAYI_PLATFORM_BIN), args);
        if (!proc.waitForStarted(10000))
            return false;
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            proc.waitForReadyRead(100);
            line += proc.readAllStandardOutput();
        }
        if (!line.startsWith("listening on"))
            return false;
        port = line.trimmed().split(':').last().toInt();
        url = QStringLiteral("%1://127.0.0.1:%2").arg(cert.isEmpty() ? "http" : "https").arg(port);
        return true;
    }
    QString addToken(const QString &clinic, const QString &area)
    {
        QByteArray out;
        run(QStringLiteral(JIAYI_PLATFORM_BIN),
            QStringList{"token", "add"} + storeArgs() +
                QStringList{"--clinic", clinic, "--area", area},
            &out);
        return QString::fromUtf8(out);
    }
    qint64 count()
    {
        QByteArray out;
        run(QStringLiteral(JIAYI_PLATFORM_BIN), QStringList{"count"} + storeArgs(), &out);
        return out.toLongLong();
    }
    // Rows of a query on the platform's store (the same SQL must suit SQLite and PostgreSQL:
    // `NOT deleted`, not `deleted = 0`). Read the SQLite store at rest (stop() first) or while
    // it runs (WAL).
    QList<QStringList> query(const QString &sql) const
    {
        if (pg)
            return pg->query(sql);
        QList<QStringList> rows;
        const QString conn = QStringLiteral("platform-peek");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(dataDir + QStringLiteral("/platform.sqlite"));
            if (db.open()) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    qWarning() << "platform query failed:" << q.lastError().text();
                while (q.next()) {
                    QStringList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i).toString();
                    rows << row;
                }
            }
        }
        QSqlDatabase::removeDatabase(conn);
        return rows;
    }
    void stop()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.terminate();
            if (!proc.waitForFinished(5000)) {
                proc.kill();
                proc.waitForFinished();
            }
        }
    }
    ~Platform() { stop(); }
};

// The platform over HTTPS: a test CA and a server certificate made in `dir` (ca.pem, server.pem,
// server.key), data under dir/platform. Returns the CA file for the clients, or "" on failure.
inline QString startTlsPlatform(Platform &p, const QString &dir)
{
    if (!makeCertificates(dir) ||
        !p.start(dir + "/platform", dir + "/server.pem", dir + "/server.key"))
        return {};
    return dir + "/ca.pem";
}

inline const QString County = QStringLiteral("430121");
inline const QString Township = QStringLiteral("430121101");
inline const QString Village1 = QStringLiteral("430121101001");
inline const QString Village2 = QStringLiteral("430121101002");

inline bool openWorkstation(const QString &conn, const QString &path)
{
    if (!Models::openDatabase(conn, path))
        return false;
    QSqlQuery q(QSqlDatabase::database(conn));
    return q.exec(
        QStringLiteral("INSERT OR IGNORE INTO area VALUES('430121','长沙县','county',NULL),"
                       "('430121101','星沙街道','township','430121'),"
                       "('430121101001','幸福村','village','430121101'),"
                       "('430121101002','和平村','village','430121101')"));
}

inline Models::Resident resident(const QString &name, int n, const QString &village = Village1)
{
    Models::Resident r;
    r.name = name;
    r.sex = n % 2 ? QChar('M') : QChar('F');
    r.birthDate = QDate(1950 + n % 50, 1 + n % 12, 1 + n % 28);
    r.phone = QStringLiteral("139%1").arg(10000000 + n);
    r.address = QStringLiteral("幸福村%1号").arg(n);
    r.villageCode = village;
    r.relation = QStringLiteral("");
    return r;
}

inline Sync::SyncSummary sync(const QString &conn, const Platform &p, const QString &token,
                              const QString &ca, int batch = 50)
{
    Sync::SyncConfig c;
    c.server = p.url;
    c.token = token;
    c.caFile = ca;
    c.batchSize = batch;
    c.backoffMs = 20;
    // Slack for a loaded machine (CI runs the suite two tests at a time): the fault tests inject
    // up to two transient failures per request, and one incidental slow answer must not use up
    // the last attempt. A refused connection still fails fast (20+40+80+160 ms of back-off).
    c.maxRetries = 4;
    c.timeoutMs = 30000;
    Sync::SyncEngine e(conn, Models::Scope::administrator(), c);
    return e.run();
}

// All synced columns of a table, ordered by id: what "all agree" compares.
inline QStringList dump(const QString &conn, const QString &table, const QString &columns)
{
    QSqlQuery q(QSqlDatabase::database(conn));
    q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, table));
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

inline const QString ResidentColumns =
    QStringLiteral("id, record_no, name, sex, birth_date, id_number, phone, address, village_code, "
                   "residence_type, ethnicity,"
                   " household_id, relation, work_unit, contact_name, contact_phone, deleted");
inline const QString HouseholdColumns =
    QStringLiteral("id, village_code, address, head_id, deleted");

inline qint64 scalar(const QString &conn, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(conn));
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace SyncTest
