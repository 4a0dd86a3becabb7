// Clock skew: `jiayi-cli sync` under faketime (Debian package faketime) at -3 days and +2 hours
// against a real platform over HTTPS with its true clock. The pull cursor comes from the platform
// (never the device clock), so nothing is skipped or repeated; the skew is reported as a warning.
#include "synctestutil.h"

#include "syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace SyncTest;

class TestSyncClock : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Platform m_platform;
    QString m_ca, m_token, m_faketime;
    Models::Scope m_admin = Models::Scope::administrator();

    // One `jiayi-cli sync` of workstation `db` with the clock moved by `offset` (e.g. "-3d").
    QJsonObject fakedSync(const QString &db, const QString &offset)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"),
                   QStringLiteral("1")); // timers keep running
        p.setProcessEnvironment(env);
        p.start(m_faketime,
                {"-f", offset, QStringLiteral(JIAYI_CLI_BIN), "sync", "--db", db, "--server",
                 m_platform.url, "--token", m_token, "--ca", m_ca, "--json"});
        if (!p.waitForFinished(120000))
            return {};
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        if (o.isEmpty())
            qWarning() << p.readAllStandardError();
        return o;
    }

    // What the workstation's own clock says under faketime (proves the offset applies).
    qint64 fakedClockOffset(const QString &offset)
    {
        QProcess p;
        p.start(m_faketime, {"-f", offset, "date", "+%s"});
        p.waitForFinished(10000);
        return p.readAllStandardOutput().trimmed().toLongLong() -
               QDateTime::currentSecsSinceEpoch();
    }

private slots:
    void initTestCase()
    {
        m_faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
        if (m_faketime.isEmpty())
            QSKIP("faketime is not installed (Debian package faketime; scripts/install-deps.sh "
                  "installs it)");
        QVERIFY(m_dir.isValid());
        // Certificates valid from 10 days ago: a client whose clock is 3 days behind still accepts
        // them.
        QVERIFY(run(m_faketime, {"-f", "-10d", "openssl", "version"}));
        const QString d = m_dir.path();
        QFile ext(d + "/ext.cnf");
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
        ext.close();
        QVERIFY(run(m_faketime, {"-f", "-10d", "openssl", "req", "-x509", "-newkey", "rsa:2048",
                                 "-nodes", "-days", "30", "-subj", "/CN=Jiayi Clock CA", "-keyout",
                                 d + "/ca.key", "-out", d + "/ca.pem"}));
        QVERIFY(run(m_faketime,
                    {"-f", "-10d", "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj",
                     "/CN=127.0.0.1", "-keyout", d + "/server.key", "-out", d + "/server.csr"}));
        QVERIFY(run(m_faketime,
                    {"-f", "-10d", "openssl", "x509", "-req", "-in", d + "/server.csr", "-CA",
                     d + "/ca.pem", "-CAkey", d + "/ca.key", "-CAcreateserial", "-days", "30",
                     "-extfile", d + "/ext.cnf", "-out", d + "/server.pem"}));
        m_ca = d + "/ca.pem";
        QVERIFY(m_platform.start(m_dir.filePath("platform"), d + "/server.pem", d + "/server.key"));
        m_token = m_platform.addToken("幸福村卫生室", Township);
        QVERIFY(!m_token.isEmpty());
        QVERIFY(openWorkstation("slow", m_dir.filePath("slow.db")));
        QVERIFY(openWorkstation("true", m_dir.filePath("true.db")));
    }

    void cleanupTestCase()
    {
        Models::closeDatabase("slow");
        Models::closeDatabase("true");
        m_platform.stop();
    }

    void threeDaysBehind()
    {
        QVERIFY(qAbs(fakedClockOffset("-3d") + 3 * 86400) < 120);
        Models::ResidentRepository repo("slow");
        for (int i = 0; i < 12; ++i)
            QVERIFY(repo.create(m_admin,
                                resident(QStringLiteral("慢钟%1").arg(QChar(0x4e00 + i)), i), false)
                        .ok());
        const QJsonObject s = fakedSync(m_dir.filePath("slow.db"), "-3d");
        QVERIFY2(s.value("ok").toBool(), qPrintable(QJsonDocument(s).toJson()));
        QCOMPARE(s.value("sent").toInt(), 12);
        QCOMPARE(s.value("unsent").toInt(), 0);
        const qint64 skew = qint64(s.value("clock_skew_seconds").toDouble());
        QVERIFY2(qAbs(skew - 3 * 86400) < 120,
                 qPrintable(QString::number(skew))); // the platform is 3 days ahead
        QVERIFY(QJsonDocument(s.value("warnings").toArray()).toJson().contains("时钟"));
        QCOMPARE(m_platform.count(), 12);
        // The status bar's source says so too.
        QCOMPARE(Sync::SyncState("slow").status(m_admin)->clockSkewSeconds / 60, skew / 60);
    }

    void twoHoursAhead()
    {
        // Another workstation with a true clock changes and adds records after the slow one synced.
        const auto t = sync("true", m_platform, m_token, m_ca);
        QVERIFY2(t.ok, qPrintable(t.error));
        QCOMPARE(scalar("true", "SELECT count(*) FROM resident"), 12);
        Models::ResidentRepository other("true");
        const QString id = dump("true", "resident", "id").first();
        auto r = *other.findById(m_admin, id);
        r.phone = QStringLiteral("13912345678");
        QVERIFY(other.update(m_admin, r).ok());
        QVERIFY(other.create(m_admin, resident(QStringLiteral("真钟"), 40, Village2), false)
                    .ok()); // another village: its own record numbers
        QVERIFY(sync("true", m_platform, m_token, m_ca).ok);

        // The same slow workstation now runs two hours ahead: every change still arrives once.
        QVERIFY(qAbs(fakedClockOffset("+2h") - 7200) < 120);
        Models::ResidentRepository slow("slow");
        auto mine = *slow.findById(m_admin, dump("slow", "resident", "id").last());
        mine.address = QStringLiteral("快钟路1号");
        QVERIFY(slow.update(m_admin, mine).ok());
        const QJsonObject s = fakedSync(m_dir.filePath("slow.db"), "+2h");
        QVERIFY2(s.value("ok").toBool(), qPrintable(QJsonDocument(s).toJson()));
        QCOMPARE(s.value("sent").toInt(), 1);
        QVERIFY(s.value("received").toInt() >= 2);
        const qint64 skew = qint64(s.value("clock_skew_seconds").toDouble());
        QVERIFY2(qAbs(skew + 7200) < 120, qPrintable(QString::number(skew)));
        QVERIFY(QJsonDocument(s.value("warnings").toArray()).toJson().contains("时钟"));

        // All agree, nothing lost, nothing twice.
        QVERIFY(sync("true", m_platform, m_token, m_ca).ok);
        QCOMPARE(dump("slow", "resident", ResidentColumns),
                 dump("true", "resident", ResidentColumns));
        QCOMPARE(scalar("slow", "SELECT count(*) FROM resident"), 13);
        QCOMPARE(m_platform.count(), 13);
        QCOMPARE(
            scalar("slow",
                   "SELECT count(*) FROM outbox WHERE acked_at IS NULL AND entity = 'resident'"),
            0);
    }
};

QTEST_GUILESS_MAIN(TestSyncClock)
#include "tst_syncclock.moc"
