// Faults: a small fault-injecting HTTP proxy of ours on loopback between the client and a real
// platform, and kill -9 of `jiayi-cli sync` at random points over 50 seeds. After each: the
// platform holds exactly the logical records and every edit is on the platform or still queued.
#include "synctestutil.h"

#include <QLockFile>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <random>

#include <csignal>
#include <sys/types.h>

#include <zlib.h>

// The body of a request as sent, or inflated when the client gzipped it.
static QByteArray plainBody(const QByteArray &request)
{
    const int end = int(request.indexOf("\r\n\r\n"));
    if (end < 0 || !request.left(end).toLower().contains("content-encoding: gzip"))
        return request;
    const QByteArray in = request.mid(end + 4);
    QByteArray out(int(in.size()) * 20 + 4096, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return request;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    inflate(&z, Z_FINISH);
    out.resize(int(z.total_out));
    inflateEnd(&z);
    return request.left(end + 4) + out;
}

using namespace SyncTest;

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum Mode { Pass, LoseResponse, CutMidBody, Fail500OnId, Fail429Once, Duplicate };
    Mode mode = Pass;
    QByteArray failId;
    int faultsLeft = 0; // how many requests the fault applies to
    int targetPort = 0;
    std::function<void()> beforePost; // run (once) before forwarding POST number `hookAt`
    int hookAt = 0;
    int postsSeen = 0;
    QTcpServer server;

    bool listen()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *c = server.nextPendingConnection()) {
                auto *buf = new QByteArray;
                connect(c, &QTcpSocket::readyRead, this, [this, c, buf] {
                    *buf += c->readAll();
                    const int end = buf->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    int length = 0;
                    for (const QByteArray &line : buf->left(end).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toInt();
                    if (buf->size() < end + 4 + length)
                        return;
                    const QByteArray request = buf->left(end + 4 + length);
                    buf->remove(0, end + 4 + length);
                    handle(c, request);
                });
                connect(c, &QTcpSocket::disconnected, c, [c, buf] {
                    delete buf;
                    c->deleteLater();
                });
            }
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }

    QByteArray forward(QByteArray request)
    {
        // one request per upstream connection: ask the platform to close after its response
        const int end = request.indexOf("\r\n\r\n");
        QByteArray head = request.left(end);
        QList<QByteArray> lines = head.split('\n');
        QByteArray out;
        for (QByteArray l : lines)
            if (!l.toLower().startsWith("connection:"))
                out += l.trimmed() + "\r\n";
        out += "Connection: close\r\n\r\n" + request.mid(end + 4);
        QTcpSocket up;
        up.connectToHost(QHostAddress::LocalHost, quint16(targetPort));
        // Generous waits: a platform slowed by a loaded machine must not look like a fault the
        // test did not inject (the response would come back empty or cut).
        if (!up.waitForConnected(30000))
            return {};
        up.write(out);
        QByteArray response;
        while (up.waitForReadyRead(30000) || up.bytesAvailable())
            response += up.readAll();
        response += up.readAll();
        return response;
    }

    void handle(QTcpSocket *c, const QByteArray &request)
    {
        const bool post = request.startsWith("POST");
        if (post && ++postsSeen == hookAt && beforePost)
            beforePost();
        const bool apply = post && faultsLeft > 0;
        if (apply && mode == Fail500OnId && plainBody(request).contains(failId)) {
            c->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: "
                     "close\r\n\r\n");
            c->disconnectFromHost();
            return;
        }
        if (apply && mode == Fail429Once) {
            --faultsLeft;
            c->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 0\r\nContent-Length: "
                     "0\r\nConnection: close\r\n\r\n");
            c->disconnectFromHost();
            return;
        }
        QByteArray response = forward(request);
        if (apply && mode == Duplicate) {
            --faultsLeft;
            response = forward(
                request); // the same batch delivered twice; the client sees the second answer
        }
        if (apply && mode == LoseResponse) {
            --faultsLeft;
            c->abort(); // the platform committed; the answer never arrives
            return;
        }
        if (apply && mode == CutMidBody) {
            --faultsLeft;
            c->write(response.left(response.size() - qMax(10, int(response.size() / 3))));
            c->flush();
            c->abort();
            return;
        }
        c->write(response);
        c->disconnectFromHost();
    }
};

class TestSyncFaults : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Platform m_platform;
    FaultProxy m_proxy;
    Platform m_via; // m_via.url points at the proxy
    QString m_token;
    Models::Scope m_admin = Models::Scope::administrator();
    QStringList m_ids;

    qint64 logicalRecords(const QString &conn)
    {
        return scalar(conn, "SELECT (SELECT count(*) FROM resident WHERE deleted = 0) + (SELECT "
                            "count(*) FROM household WHERE deleted = 0)");
    }
    void editSome(const QString &conn, int n, std::mt19937_64 &rng)
    {
        Models::ResidentRepository repo(conn);
        for (int i = 0; i < n; ++i) {
            auto r = *repo.findById(m_admin, m_ids[int(rng() % m_ids.size())]);
            r.phone = QStringLiteral("135%1").arg(10000000 + rng() % 89999999);
            QVERIFY(repo.update(m_admin, r).ok());
        }
    }
    // every edit is on the platform: a fresh workstation pulling everything sees the same rows
    void platformHasEverything(const QString &conn)
    {
        const QString fresh = QStringLiteral("fresh%1").arg(++m_fresh);
        QVERIFY(openWorkstation(fresh, m_dir.filePath(fresh + ".db")));
        const auto s = sync(fresh, m_platform, m_token, QString());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(dump(fresh, "resident", ResidentColumns), dump(conn, "resident", ResidentColumns));
        QCOMPARE(dump(fresh, "household", HouseholdColumns),
                 dump(conn, "household", HouseholdColumns));
        // and the versions the workstation holds are the platform's (an answer it did not get
        // whole must not be taken as a success with the old versions)
        QCOMPARE(dump(fresh, "resident", "id, server_version"),
                 dump(conn, "resident", "id, server_version"));
        QCOMPARE(dump(fresh, "household", "id, server_version"),
                 dump(conn, "household", "id, server_version"));
        Models::closeDatabase(fresh);
    }
    int m_fresh = 0;

    // The platform's last sequence number (its cursor after the newest write).
    qint64 platformSequence()
    {
        const auto rows =
            m_platform.query(QStringLiteral("SELECT coalesce(max(seq), 0) FROM resource"));
        return rows.isEmpty() ? -1 : rows.first().value(0).toLongLong();
    }

    Sync::SyncSummary viaProxy(const QString &conn, int batch = 10)
    {
        return sync(conn, m_via, m_token, QString(), batch);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_platform.start(m_dir.filePath("platform")));
        m_token = m_platform.addToken("卫生院", County);
        m_proxy.targetPort = m_platform.port;
        QVERIFY(m_proxy.listen());
        m_via.url = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.server.serverPort());
        QVERIFY(openWorkstation("w", m_dir.filePath("w.db")));
        Models::ResidentRepository repo("w");
        const QString d = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        for (int i = 0; i < 60; ++i) {
            auto r = repo.create(m_admin,
                                 resident(QStringLiteral("孙") + d.at(i / 10) + d.at(i % 10), i),
                                 i % 4 == 0);
            QVERIFY(r.ok());
            m_ids << r->id;
        }
    }

    void cleanupTestCase()
    {
        Models::closeDatabase("w");
        m_platform.stop();
    }

    void responseLostAfterCommit()
    {
        m_proxy.mode = FaultProxy::LoseResponse;
        m_proxy.faultsLeft = 2;
        const auto s = viaProxy("w");
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.unsent, 0);
        QCOMPARE(m_platform.count(), logicalRecords("w"));
        platformHasEverything("w");
    }

    void connectionCutMidBody()
    {
        std::mt19937_64 rng(1);
        editSome("w", 15, rng);
        m_proxy.mode = FaultProxy::CutMidBody;
        m_proxy.faultsLeft = 1;
        const auto s = viaProxy("w");
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.unsent, 0);
        QCOMPARE(m_platform.count(), logicalRecords("w"));
        platformHasEverything("w");
    }

    void serverErrorOnOneEntry()
    {
        std::mt19937_64 rng(2);
        editSome("w", 20, rng);
        auto bad = *Models::ResidentRepository("w").findById(m_admin, m_ids[7]);
        bad.address = QStringLiteral("故障地址");
        QVERIFY(Models::ResidentRepository("w").update(m_admin, bad).ok());
        m_proxy.mode = FaultProxy::Fail500OnId;
        m_proxy.failId = m_ids[7].toLatin1();
        m_proxy.faultsLeft = 1;
        const auto s = viaProxy("w");
        QCOMPARE(s.unsent, 1); // only the record at fault waits
        QCOMPARE(s.deferred, 1);
        QVERIFY(s.sent >= 1);
        m_proxy.faultsLeft = 0;
        const auto again = viaProxy("w");
        QCOMPARE(again.unsent, 0);
        QCOMPARE(m_platform.count(), logicalRecords("w"));
        platformHasEverything("w");
    }

    void tooManyRequests()
    {
        std::mt19937_64 rng(3);
        editSome("w", 5, rng);
        m_proxy.mode = FaultProxy::Fail429Once;
        m_proxy.faultsLeft = 1;
        const auto s = viaProxy("w");
        QVERIFY(s.ok);
        QCOMPARE(s.unsent, 0);
    }

    void duplicateDelivery()
    {
        std::mt19937_64 rng(4);
        editSome("w", 12, rng);
        m_proxy.mode = FaultProxy::Duplicate;
        m_proxy.faultsLeft = 3;
        const auto s = viaProxy("w");
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.unsent, 0);
        QCOMPARE(s.newConflicts, 0);
        QCOMPARE(m_platform.count(), logicalRecords("w"));
        platformHasEverything("w");
        m_proxy.mode = FaultProxy::Pass;
    }

    void platformRestartMidSync()
    {
        std::mt19937_64 rng(5);
        editSome("w", 10, rng);
        const int port = m_platform.port;
        m_platform.stop();
        auto down = sync("w", m_platform, m_token, QString());
        QVERIFY(!down.ok);
        QVERIFY(down.unsent > 0); // truthful
        QVERIFY(m_platform.start(m_platform.dataDir, {}, {}, port));
        m_proxy.targetPort = m_platform.port;
        const auto up = sync("w", m_platform, m_token, QString());
        QVERIFY(up.ok);
        QCOMPARE(up.unsent, 0);
        QCOMPARE(m_platform.count(), logicalRecords("w"));
    }

    // The answer to a push carries the cursor after the workstation's own writes, so they do not
    // come back through the feed; never when another workstation's change lies in between.
    void ownWritesNeverHideAnotherWorkstationsChange()
    {
        QVERIFY(openWorkstation("b", m_dir.filePath("b.db")));
        QVERIFY(sync("b", m_platform, m_token, QString()).ok);
        m_proxy.mode = FaultProxy::Pass;
        std::mt19937_64 rng(6);
        editSome("w", 3, rng);
        auto s = viaProxy("w");
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(scalar("w", "SELECT value FROM sync_state WHERE key = 'cursor'"),
                 platformSequence()); // jumped

        // b changes a resident while w sends two Bundles (one record each): b's write lands
        // between them, so only the first Bundle may move w's cursor.
        Models::ResidentRepository rb("b"), rw("w");
        auto x = *rb.findById(m_admin, m_ids[1]);
        x.phone = QStringLiteral("13700000001");
        QVERIFY(rb.update(m_admin, x).ok());
        for (const int i : {2, 3}) {
            auto r = *rw.findById(m_admin, m_ids[i]);
            r.phone = QStringLiteral("1370000000%1").arg(i);
            QVERIFY(rw.update(m_admin, r).ok());
        }
        qint64 interleavedAt = -1;
        m_proxy.postsSeen = 0;
        m_proxy.hookAt = 2;
        m_proxy.beforePost = [&] {
            QProcess cli;
            cli.start(QStringLiteral(JIAYI_CLI_BIN),
                      {"sync", "--db", m_dir.filePath("b.db"), "--server", m_platform.url,
                       "--token", m_token, "--json"});
            QVERIFY(cli.waitForFinished(60000));
            QCOMPARE(cli.exitCode(), 0);
            interleavedAt = platformSequence();
        };
        s = viaProxy("w", 1);
        m_proxy.beforePost = nullptr;
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.unsent, 0);
        QVERIFY(interleavedAt > 0);
        QVERIFY(scalar("w", "SELECT value FROM sync_state WHERE key = 'cursor'") < interleavedAt);
        s = viaProxy("w");
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.received, 1); // b's change (w's second Bundle comes back elided and is held)
        QCOMPARE(rw.findById(m_admin, m_ids[1])->phone, QStringLiteral("13700000001"));
        QCOMPARE(scalar("w", "SELECT value FROM sync_state WHERE key = 'cursor'"),
                 platformSequence());
        QVERIFY(sync("b", m_platform, m_token, QString()).ok);
        QCOMPARE(dump("b", "resident", ResidentColumns), dump("w", "resident", ResidentColumns));
        Models::closeDatabase("b");
        QCOMPARE(m_platform.count(), logicalRecords("w"));
        platformHasEverything("w");
    }

    // A sync killed between creating its lock file and writing its pid into it left a lock that
    // no later sync took over ("另一个同步正在进行" for ever), and one killed while removing a
    // stale lock blocked the take-over for 30 s; the next sync must finish the job.
    void lockLeftEmptyByAKilledSync()
    {
        std::mt19937_64 rng(7);
        editSome("w", 2, rng);
        QFile lock(m_dir.filePath("w.db") + ".sync-lock");
        QVERIFY(lock.open(QIODevice::WriteOnly)); // empty, as kill -9 leaves it
        lock.close();
        QProcess cli;
        cli.start(QStringLiteral(JIAYI_CLI_BIN),
                  {"sync", "--db", m_dir.filePath("w.db"), "--server", m_platform.url, "--token",
                   m_token, "--json"});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, out.constData());
        QVERIFY(out.contains("\"unsent\": 0"));
        // killed while removing another killed sync's lock: that lock names a dead process, and
        // an empty `.rmlock` stopped QLockFile from removing it for 30 s
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("2147483000\njiayi-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        QFile rmlock(lock.fileName() + ".rmlock");
        QVERIFY(rmlock.open(QIODevice::WriteOnly));
        rmlock.close();
        editSome("w", 1, rng);
        cli.start(QStringLiteral(JIAYI_CLI_BIN),
                  {"sync", "--db", m_dir.filePath("w.db"), "--server", m_platform.url, "--token",
                   m_token, "--json"});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray again = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, again.constData());
        QVERIFY(again.contains("\"unsent\": 0"));
        rmlock.remove();
        // a live sync's lock still refuses a second one
        QLockFile live(m_dir.filePath("w.db") + ".sync-lock");
        QVERIFY(live.tryLock(0));
        QVERIFY(!sync("w", m_platform, m_token, QString()).ok);
    }

    // kill -9 of jiayi-cli sync at random points, 50 seeds, pushing from w and pulling into p
    void killNineAtRandomPoints()
    {
        QVERIFY(openWorkstation("p", m_dir.filePath("p.db")));
        Models::closeDatabase("p");
        int killed = 0;
        for (int seed = 0; seed < 50; ++seed) {
            std::mt19937_64 rng(0x5eedULL ^ quint64(seed));
            editSome("w", 8, rng);
            const QString db = seed % 2 ? m_dir.filePath("p.db") : m_dir.filePath("w.db");
            QProcess cli;
            cli.start(QStringLiteral(JIAYI_CLI_BIN),
                      {"sync", "--db", db, "--server", m_platform.url, "--token", m_token,
                       "--batch", "3", "--page", "7", "--json"});
            QVERIFY(cli.waitForStarted());
            QTest::qWait(int(rng() % 700));
            if (cli.state() == QProcess::Running) {
                ::kill(pid_t(cli.processId()), SIGKILL);
                ++killed;
            }
            cli.waitForFinished(10000);
        }
        qInfo() << "killed" << killed << "of 50 runs mid-sync";
        QVERIFY(killed > 10);
        for (const QString &db : {m_dir.filePath("w.db"), m_dir.filePath("p.db")}) {
            QProcess cli;
            cli.start(
                QStringLiteral(JIAYI_CLI_BIN),
                {"sync", "--db", db, "--server", m_platform.url, "--token", m_token, "--json"});
            QVERIFY(cli.waitForFinished(60000));
            const QByteArray out = cli.readAllStandardOutput();
            if (cli.exitCode() != 0 || !out.contains("\"unsent\": 0"))
                qWarning() << out;
            QCOMPARE(cli.exitCode(), 0);
        }
        QVERIFY(openWorkstation("p", m_dir.filePath("p.db")));
        QVERIFY(sync("p", m_platform, m_token, QString()).ok);
        qInfo() << "conflicts"
                << scalar("w", "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")
                << "rejected" << scalar("w", "SELECT count(*) FROM sync_rejected") << "parked"
                << scalar("w", "SELECT count(*) FROM sync_parked") << "dirty"
                << scalar("w", "SELECT count(*) FROM resident WHERE dirty = 1");
        QCOMPARE(scalar("w", "SELECT count(*) FROM outbox WHERE acked_at IS NULL"), 0);
        QCOMPARE(m_platform.count(), logicalRecords("w"));
        QCOMPARE(dump("p", "resident", ResidentColumns), dump("w", "resident", ResidentColumns));
        QCOMPARE(dump("p", "household", HouseholdColumns),
                 dump("w", "household", HouseholdColumns));
        QCOMPARE(scalar("p", "PRAGMA integrity_check"), 0); // "ok" -> 0 as a number
        Models::closeDatabase("p");
        platformHasEverything("w");
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
