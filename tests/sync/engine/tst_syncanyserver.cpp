// The sync client against a FHIR R4 server we did not write: Medplum's FHIR router (npm
// @medplum/fhir-router, in-memory) on HTTPS, tests/tools/medplum/server.js. That server has its
// own FHIR base (/baseR4, not /fhir), no change cursor, no system or type _history (the client
// reads by _lastUpdated search and follows link[next] as given), answers transactions without
// etags (versions are UUIDs in resource.meta), and refuses gzip bodies.
#include "synctestutil.h"

#include "syncstate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QStandardPaths>

using namespace SyncTest;

namespace {

struct MedplumServer
{
    QProcess proc;
    QString base; // the FHIR base, https://127.0.0.1:<port>/baseR4
    QString error;

    bool start(const QString &dir, const QStringList &extra = {})
    {
        const QString root = QStringLiteral(JIAYI_MEDPLUM_DIR);
        if (!QFile::exists(root + QStringLiteral("/node_modules/@medplum/fhir-router"))) {
            error = QStringLiteral("the test FHIR server is not installed: run "
                                   "scripts/install-deps.sh (npm ci in %1)")
                        .arg(root);
            return false;
        }
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            error = QStringLiteral("node (Node.js) is not installed: run scripts/install-deps.sh");
            return false;
        }
        proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        proc.start(node, QStringList{root + QStringLiteral("/server.js"), "--port", "0", "--cert",
                                     dir + "/server.pem", "--key", dir + "/server.key", "--token",
                                     "medplum-token"} +
                             extra);
        QByteArray line;
        for (int i = 0; i < 300 && !line.contains('\n'); ++i) {
            proc.waitForReadyRead(100);
            line += proc.readAllStandardOutput();
        }
        if (!line.startsWith("listening ")) {
            error =
                QStringLiteral("the test FHIR server did not start: ") + QString::fromUtf8(line);
            return false;
        }
        base = QStringLiteral("https://127.0.0.1:%1/baseR4").arg(line.trimmed().split(' ').last());
        return true;
    }
    void stop()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.terminate();
            if (!proc.waitForFinished(5000))
                proc.kill();
            proc.waitForFinished();
        }
    }
    ~MedplumServer() { stop(); }
};

} // namespace

class TestSyncAnyServer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MedplumServer m_server;
    QString m_ca;
    Models::Scope m_admin = Models::Scope::administrator();
    QStringList m_ids;

    Sync::SyncConfig config(const QString &server, int batch = 25, int page = 7) const
    {
        Sync::SyncConfig c;
        c.server = server;
        c.token = QStringLiteral("medplum-token");
        c.caFile = m_ca;
        c.batchSize = batch;
        c.pageSize = page; // small pages: every feed is followed over many link[next]
        c.backoffMs = 20;
        c.maxRetries = 2;
        return c;
    }
    Sync::SyncSummary syncWith(const QString &conn, const Sync::SyncConfig &c)
    {
        Sync::SyncEngine e(conn, m_admin, c);
        return e.run();
    }
    Sync::SyncSummary syncOn(const QString &conn) { return syncWith(conn, config(m_server.base)); }
    void allAgree()
    {
        QCOMPARE(dump("a", "resident", ResidentColumns), dump("b", "resident", ResidentColumns));
        QCOMPARE(dump("a", "household", HouseholdColumns),
                 dump("b", "household", HouseholdColumns));
        QCOMPARE(scalar("a", "SELECT count(*) FROM outbox WHERE acked_at IS NULL"), 0);
        QCOMPARE(scalar("b", "SELECT count(*) FROM outbox WHERE acked_at IS NULL"), 0);
    }
    Models::Resident get(const QString &conn, const QString &id)
    {
        auto r = Models::ResidentRepository(conn).findById(m_admin, id);
        if (!r)
            qFatal("no resident %s on %s", qPrintable(id), qPrintable(conn));
        return *r;
    }
    // Names are Chinese characters only (the resident form's rule).
    static QString nameOf(const QString &prefix, int i)
    {
        const QString d = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        return prefix + d.at(i / 10 % 10) + d.at(i % 10);
    }
    // A GET on the server, as another client would see it.
    QJsonObject fetch(const QString &path)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_server.base + path));
        req.setRawHeader("Authorization", "Bearer medplum-token");
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_ca));
        req.setSslConfiguration(ssl);
        QNetworkReply *reply = nam.get(req);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCertificates(m_dir.path()));
        m_ca = m_dir.filePath("ca.pem");
        QVERIFY2(m_server.start(m_dir.path()), qPrintable(m_server.error));
        QVERIFY(openWorkstation("a", m_dir.filePath("a.db")));
        QVERIFY(openWorkstation("b", m_dir.filePath("b.db")));
    }

    void cleanupTestCase()
    {
        Models::closeDatabase("a");
        Models::closeDatabase("b");
        m_server.stop();
    }

    // No "/fhir" is assumed: an address that is not a FHIR base is an error naming it, and
    // nothing is sent.
    void baseIsDiscoveredNotAssumed()
    {
        Models::ResidentRepository repo("a");
        for (int i = 0; i < 30; ++i) {
            auto r = repo.create(m_admin, resident(nameOf(QStringLiteral("居"), i), i), i % 3 == 0);
            QVERIFY(r.ok());
            m_ids << r->id;
        }
        const QString host = QUrl(m_server.base).adjusted(QUrl::RemovePath).toString();
        const auto wrong = syncWith("a", config(host + QStringLiteral("/nothing")));
        QVERIFY(!wrong.ok);
        QVERIFY2(wrong.error.contains(QStringLiteral("metadata")), qPrintable(wrong.error));
        QCOMPARE(wrong.sent, 0);
        QVERIFY(scalar("a", "SELECT count(*) FROM outbox WHERE acked_at IS NULL") > 0);
        QCOMPARE(fetch("/Patient?_count=1").value("total").toInt(), 0);
    }

    // The first push: versions come from resource.meta (no etag in the answer); nothing is sent
    // twice, so every Patient has exactly one version.
    void pushWithoutEtags()
    {
        const auto s = syncOn("a");
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.serverBase, m_server.base);
        QCOMPARE(s.serverMode, QStringLiteral("search"));
        QVERIFY(s.sent >= 30);
        QCOMPARE(s.deferred, 0);
        QCOMPARE(s.unsent, 0);
        QCOMPARE(fetch("/Patient?_count=1").value("total").toInt(), 30);
        const QJsonObject history = fetch(QStringLiteral("/Patient/%1/_history").arg(m_ids[0]));
        QCOMPARE(history.value("entry").toArray().size(), 1);
        // a second sync sends nothing and receives nothing new (its own writes are held)
        const auto again = syncOn("a");
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.sent, 0);
        QCOMPARE(again.received, 0);
        QCOMPARE(fetch(QStringLiteral("/Patient/%1/_history").arg(m_ids[0]))
                     .value("entry")
                     .toArray()
                     .size(),
                 1);
    }

    // Another workstation receives everything over pages of 7 that only link[next] (with
    // _offset, no _since) leads to.
    void pullFollowsAnyNextLink()
    {
        const auto s = syncOn("b");
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY2(s.received >= 40, qPrintable(QString::number(s.received)));
        allAgree();
        const auto again = syncOn("b");
        QVERIFY(again.ok);
        QCOMPARE(again.received, 0); // the overlap window brings them again: deduplicated
    }

    void editsTravelAndMerge()
    {
        auto ra = get("a", m_ids[1]);
        ra.phone = QStringLiteral("13700000001");
        QVERIFY(Models::ResidentRepository("a").update(m_admin, ra).ok());
        auto rb = get("b", m_ids[1]);
        rb.address = QStringLiteral("和平路8号");
        QVERIFY(Models::ResidentRepository("b").update(m_admin, rb).ok());
        QVERIFY(syncOn("a").ok);
        const auto b = syncOn("b");
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(b.merged, 1);
        QCOMPARE(b.newConflicts, 0);
        QCOMPARE(b.sent, 1);
        const auto a = syncOn("a");
        QVERIFY(a.ok);
        QCOMPARE(a.received, 1);
        allAgree();
        QCOMPARE(get("a", m_ids[1]).phone, QStringLiteral("13700000001"));
        QCOMPARE(get("a", m_ids[1]).address, QStringLiteral("和平路8号"));
        // the same field on both sides: the conflict queue, as with our platform
        ra = get("a", m_ids[2]);
        ra.phone = QStringLiteral("13600000002");
        QVERIFY(Models::ResidentRepository("a").update(m_admin, ra).ok());
        rb = get("b", m_ids[2]);
        rb.phone = QStringLiteral("13500000002");
        QVERIFY(Models::ResidentRepository("b").update(m_admin, rb).ok());
        QVERIFY(syncOn("a").ok);
        const auto b2 = syncOn("b");
        QVERIFY(b2.ok);
        QCOMPARE(b2.newConflicts, 1);
        QCOMPARE(b2.unsent, 1);
        QVERIFY(Sync::SyncState("b")
                    .resolve(m_admin, "resident", m_ids[2], {{"phone", QJsonValue("13400000002")}})
                    .ok());
        QVERIFY(syncOn("b").ok);
        QVERIFY(syncOn("a").ok);
        allAgree();
        QCOMPARE(get("a", m_ids[2]).phone, QStringLiteral("13400000002"));
    }

    // A stale version (If-Match) is refused by the server: this one answers the transaction 200
    // with a 412 entry (it does not roll back); the record is read, merged and sent again.
    void staleVersionIsMergedNotOverwritten()
    {
        auto rb = get("b", m_ids[3]);
        rb.address = QStringLiteral("东路1号");
        QVERIFY(Models::ResidentRepository("b").update(m_admin, rb).ok());
        QVERIFY(syncOn("b").ok);
        auto ra = get("a", m_ids[3]);
        ra.phone = QStringLiteral("13200000003");
        QVERIFY(Models::ResidentRepository("a").update(m_admin, ra).ok());
        // a believes it holds a version the server never had (as if b's edit had come between
        // a's pull and its push): its PUT carries that If-Match
        QSqlQuery q(QSqlDatabase::database("a"));
        QVERIFY(q.exec(QStringLiteral("UPDATE resident SET server_version = "
                                      "'00000000-0000-4000-8000-000000000000' WHERE id = '%1'")
                           .arg(m_ids[3])));
        // and its pull finds nothing new (a time cursor in the future), so the push meets b's
        // version on the server
        QVERIFY(q.exec("INSERT OR REPLACE INTO sync_state VALUES('time_cursor', "
                       "'2999-01-01T00:00:00.000Z')"));
        Sync::SyncConfig c = config(m_server.base);
        c.overlapSeconds = 0;
        const auto a = syncWith("a", c);
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.received, 0);
        QCOMPARE(a.merged, 1); // the 412, read and merged: b's address kept, a's phone added
        QCOMPARE(a.unsent, 0);
        QVERIFY(q.exec("UPDATE sync_state SET value = '' WHERE key = 'time_cursor'"));
        QVERIFY(syncOn("b").ok);
        allAgree();
        QCOMPARE(get("b", m_ids[3]).address, QStringLiteral("东路1号"));
        QCOMPARE(get("b", m_ids[3]).phone, QStringLiteral("13200000003"));
    }

    // This server lists no deleted resource (no _history): a deleted record goes as its last
    // content tagged record-status|deleted, and the other workstation deletes it too.
    void deletionTravels()
    {
        QVERIFY(Models::ResidentRepository("a").remove(m_admin, m_ids[5]).ok());
        const auto a = syncOn("a");
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.unsent, 0);
        const QJsonObject patient = fetch(QStringLiteral("/Patient/%1").arg(m_ids[5]));
        QVERIFY2(QJsonDocument(patient).toJson().contains("record-status"),
                 QJsonDocument(patient).toJson().constData());
        const auto b = syncOn("b");
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(b.received, 1);
        QCOMPARE(
            scalar("b",
                   QStringLiteral("SELECT deleted FROM resident WHERE id = '%1'").arg(m_ids[5])),
            1);
        allAgree();
    }

    // gzip is off for a server that did not say it takes it. This one refuses gzip bodies (415,
    // and says so on its output): forced on, the client's Bundles are refused until split below
    // the 8 KB it compresses from, and still all arrive.
    void gzipOnlyWhenAsked()
    {
        Models::ResidentRepository repo("a");
        m_server.proc.readAllStandardOutput();
        for (int i = 40; i < 70; ++i)
            QVERIFY(repo.create(m_admin, resident(nameOf(QStringLiteral("新居"), i), i)).ok());
        const auto plain = syncWith("a", config(m_server.base, 30));
        QVERIFY2(plain.ok, qPrintable(plain.error));
        QCOMPARE(plain.sent, 30);
        QCOMPARE(m_server.proc.readAllStandardOutput().count("refused content-encoding"), 0);
        for (int i = 70; i < 100; ++i)
            QVERIFY(repo.create(m_admin, resident(nameOf(QStringLiteral("新居"), i), i)).ok());
        Sync::SyncConfig forced = config(m_server.base, 30);
        forced.gzip = QStringLiteral("on");
        const auto split = syncWith("a", forced);
        QVERIFY2(split.ok, qPrintable(split.error));
        QCOMPARE(split.unsent, 0);
        QVERIFY(m_server.proc.readAllStandardOutput().count("refused content-encoding") > 0);
        QVERIFY(syncOn("b").ok);
        allAgree();
    }

    // The CLI: exit 0 only when everything went both ways.
    void cliExitCodes()
    {
        Models::closeDatabase("b");
        QProcess cli;
        const QStringList args{"sync",        "--db",    m_dir.filePath("b.db"), "--server",
                               m_server.base, "--token", "medplum-token",        "--ca",
                               m_ca,          "--json"};
        cli.start(QStringLiteral(JIAYI_CLI_BIN), args);
        QVERIFY(cli.waitForFinished(60000));
        const QJsonObject ok = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(ok.value("complete").toBool(), true);
        QCOMPARE(ok.value("server").toObject().value("mode").toString(), QStringLiteral("search"));
        cli.start(QStringLiteral(JIAYI_CLI_BIN),
                  QStringList(args).replaceInStrings(m_server.base, m_server.base + "x"));
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(openWorkstation("b", m_dir.filePath("b.db")));
    }

    // A server that pages without links (here: the same server told to drop link[next]) is
    // never taken for complete: the summary is a failure and the cursor does not move.
    void cutShortFeedIsNotSuccess()
    {
        MedplumServer bare;
        QVERIFY2(bare.start(m_dir.path(), {"--no-next-links"}), qPrintable(bare.error));
        Models::ResidentRepository repo("a");
        // pushed to the bare server from a fresh workstation, then read by another
        QVERIFY(openWorkstation("c", m_dir.filePath("c.db")));
        QVERIFY(openWorkstation("d", m_dir.filePath("d.db")));
        Models::ResidentRepository c("c");
        for (int i = 0; i < 12; ++i)
            QVERIFY(c.create(m_admin, resident(nameOf(QStringLiteral("丙"), i), i)).ok());
        const auto pushed = syncWith("c", config(bare.base));
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        const auto d = syncWith("d", config(bare.base, 25, 5));
        QVERIFY(!d.ok);
        QVERIFY2(d.error.contains(QStringLiteral("下一页")), qPrintable(d.error));
        QVERIFY(Sync::SyncState("d").status(m_admin).ok());
        QCOMPARE(scalar("d", "SELECT count(*) FROM sync_state WHERE key = 'time_cursor' AND "
                             "value <> ''"),
                 0);
        // with pages large enough for everything the same server is complete
        const auto whole = syncWith("d", config(bare.base, 25, 1000));
        QVERIFY2(whole.ok, qPrintable(whole.error));
        QCOMPARE(scalar("d", "SELECT count(*) FROM resident"), 12);
        Models::closeDatabase("c");
        Models::closeDatabase("d");
    }
};

QTEST_GUILESS_MAIN(TestSyncAnyServer)
#include "tst_syncanyserver.moc"
