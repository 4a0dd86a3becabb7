#pragma once

// A real PostgreSQL 15 for a test: initdb in a temporary folder, pg_ctl start on 127.0.0.1 and a
// free port (socket in the same folder), one database; stopped and removed when the Cluster goes.
// initdb refuses to run as root: when the test runs as root, the cluster runs as the `postgres`
// user of Debian's package (runuser), in a folder that user owns.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtDebug>

#include <algorithm>
#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace PgTest {

inline QString binDir()
{
    const QString env = qEnvironmentVariable("JIAYI_PG_BIN");
    return env.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : env;
}

// initdb, pg_ctl, createdb and psql are there (scripts/install-deps.sh installs postgresql-15).
inline bool available()
{
    for (const char *tool : {"initdb", "pg_ctl", "createdb", "psql"})
        if (!QFile::exists(binDir() + QLatin1Char('/') + QLatin1String(tool)))
            return false;
    return true;
}

// The store the sync suite runs against: JIAYI_TEST_PLATFORM_STORE=postgresql (CTest's *_pg
// registrations) or the SQLite default.
inline bool wantPostgres()
{
    return qEnvironmentVariable("JIAYI_TEST_PLATFORM_STORE") == QLatin1String("postgresql");
}

// Rows of a query through psql on any database (fields and rows split on the ASCII unit and
// record separators); empty when psql fails (its message is logged).
inline QList<QStringList> query(const QString &uri, const QString &sql)
{
    QProcess p;
    p.start(binDir() + QStringLiteral("/psql"),
            {"-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-F", QStringLiteral("\x1f"), "-R",
             QStringLiteral("\x1e"), "-d", uri, "-c", sql});
    QList<QStringList> rows;
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        qWarning() << "psql failed:" << p.readAllStandardError();
        return rows;
    }
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    for (const QString &row : out.split(QChar(0x1e), Qt::SkipEmptyParts))
        rows << row.split(QChar(0x1f));
    return rows;
}

// SELECT count(*) FROM `fromWhere`; -1 when it fails.
inline qint64 count(const QString &uri, const QString &fromWhere)
{
    const auto rows = query(uri, QStringLiteral("SELECT count(*) FROM ") + fromWhere);
    return rows.isEmpty() ? qint64(-1) : rows.first().value(0).toLongLong();
}

// A county server's shared buffers: a quarter of this machine's memory, 128 MB to 8 GB.
inline qint64 serverBuffersMB()
{
    const qint64 mb = qint64(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGESIZE) / (4 << 20);
    return std::clamp<qint64>(mb, 128, 8192);
}

class Cluster
{
public:
    ~Cluster() { stop(); }

    // fsync off unless `durable`: a test kills platform processes, never the database server. A
    // benchmark asks for a county server's settings (docs/platform-deployment.md, "The database
    // server's settings"): fsync and synchronous_commit on, a quarter of the memory for shared
    // buffers, checkpoints every 30 minutes or 8 GB of WAL, full-page images compressed.
    bool start(bool durable = false)
    {
        if (!available()) {
            m_error = QStringLiteral("PostgreSQL binaries missing under ") + binDir();
            return false;
        }
        m_tmp =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/jiayi-pg-XXXXXX"));
        if (!m_tmp->isValid())
            return fail(QStringLiteral("no temporary folder"));
        m_dir = m_tmp->path();
        if (geteuid() == 0) {
            const passwd *pw = getpwnam("postgres");
            if (!pw || chown(QFile::encodeName(m_dir).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return fail(QStringLiteral("running as root needs the postgres user"));
            m_asUser = QStringLiteral("postgres");
        }
        if (!tool(QStringLiteral("initdb"), {"-D", data(), "-A", "trust", "-U", "jiayi", "-E",
                                             "UTF8", "--locale=C", "--no-sync"}))
            return false;
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            QString opts = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 "
                                          "-c max_connections=200")
                               .arg(m_dir)
                               .arg(m_port);
            if (!durable)
                opts += QStringLiteral(
                    " -c shared_buffers=64MB -c fsync=off -c synchronous_commit=off");
            else
                opts += QStringLiteral(" -c shared_buffers=%1MB -c max_wal_size=8GB"
                                       " -c checkpoint_timeout=30min -c wal_compression=lz4")
                            .arg(serverBuffersMB());
            if (tool(QStringLiteral("pg_ctl"), {"-D", data(), "-l", m_dir + "/server.log", "-w",
                                                "-t", "60", "-o", opts, "start"})) {
                m_running = true;
                break;
            }
        }
        if (!m_running)
            return false;
        return tool(QStringLiteral("createdb"),
                    {"-h", "127.0.0.1", "-p", QString::number(m_port), "-U", "jiayi", "platform"});
    }

    void stop()
    {
        if (m_running) {
            tool(QStringLiteral("pg_ctl"), {"-D", data(), "-m", "fast", "-w", "stop"});
            m_running = false;
        }
    }

    QString uri() const
    {
        return QStringLiteral("postgresql://jiayi@127.0.0.1:%1/platform").arg(m_port);
    }
    QString error() const { return m_error; }

    // Rows of a query through psql (fields and rows split on the ASCII unit/record separators).
    QList<QStringList> query(const QString &sql) const { return PgTest::query(uri(), sql); }

private:
    QString data() const { return m_dir + QStringLiteral("/data"); }

    bool fail(const QString &why)
    {
        m_error = why;
        qWarning() << why;
        return false;
    }

    bool tool(const QString &name, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = binDir() + QLatin1Char('/') + name;
        if (m_asUser.isEmpty())
            p.start(program, args);
        else
            p.start(QStringLiteral("runuser"), QStringList{"-u", m_asUser, "--", program} + args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return fail(name + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAll()));
        return true;
    }

    static int freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir, m_asUser, m_error;
    int m_port = 0;
    bool m_running = false;
};

} // namespace PgTest
