// The two stores answer alike: the same script of requests (creates, replays, stale and right
// If-Match, tombstones, areas, reads, the change feed with its cursor, own writes elided, the
// cursor jump after a push) against a platform on SQLite and one on PostgreSQL, compared answer by
// answer (timestamps masked). And the PostgreSQL schema: two processes starting on an empty
// database migrate it once; a database newer than the program is refused with a clear message.
#include "pgtestutil.h"
#include "platformprocess.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString AreaSystem = QStringLiteral("https://jiayi.example/fhir/CodeSystem/area");

QJsonObject patient(const QString &id, const QString &name, const QString &village)
{
    return QJsonObject{
        {"resourceType", "Patient"},
        {"id", id},
        {"meta",
         QJsonObject{{"tag", QJsonArray{QJsonObject{{"system", AreaSystem}, {"code", village}}}}}},
        {"name", QJsonArray{QJsonObject{{"text", name}}}},
        {"gender", "male"},
        {"birthDate", "1950-01-02"}};
}

QJsonObject put(const QJsonObject &r, const QString &ifMatch = {})
{
    QJsonObject request{
        {"method", "PUT"},
        {"url", r.value("resourceType").toString() + '/' + r.value("id").toString()}};
    if (!ifMatch.isEmpty())
        request.insert("ifMatch", QStringLiteral("W/\"%1\"").arg(ifMatch));
    return QJsonObject{{"resource", r}, {"request", request}};
}

QJsonObject del(const QString &url, const QString &ifMatch = {})
{
    QJsonObject request{{"method", "DELETE"}, {"url", url}};
    if (!ifMatch.isEmpty())
        request.insert("ifMatch", QStringLiteral("W/\"%1\"").arg(ifMatch));
    return QJsonObject{{"request", request}};
}

QByteArray bundle(const QJsonArray &entries)
{
    return QJsonDocument(
               QJsonObject{{"resourceType", "Bundle"}, {"type", "transaction"}, {"entry", entries}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestPlatformStores : public QObject
{
    Q_OBJECT
    PgTest::Cluster m_pg;

    // The platform's numbered PostgreSQL migrations in the source tree, in order.
    static QStringList migrationFiles()
    {
        return QDir(QStringLiteral(JIAYI_SOURCE_DIR "/sync/platform/migrations/postgresql"))
            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    }
    QTemporaryDir m_dir;

    // The script, run against one platform; each answer as "status body" with times masked.
    QStringList script(const QStringList &store)
    {
        PlatformTest::Process p;
        if (!p.start(store))
            return {QStringLiteral("platform did not start")};
        const auto token = [&](const QString &area) {
            return QString::fromUtf8(
                PlatformTest::runPlatform(QStringList{"token", "add"} + store +
                                          QStringList{"--clinic", "c", "--area", area}));
        };
        const QString county = token("430121"), village2 = token("430121101002");
        httplib::Client cli("127.0.0.1", p.port());
        QStringList out;
        static const QRegularExpression time(
            QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        const auto note = [&](const httplib::Result &r) {
            if (!r) {
                out << QStringLiteral("no answer");
                return;
            }
            out << QString::number(r->status) + QLatin1Char(' ') +
                       QString::fromStdString(r->body).replace(time, QStringLiteral("<time>"));
        };
        const auto h = [](const QString &t, const QString &client = {}) {
            httplib::Headers hs{{"Authorization", "Bearer " + t.toStdString()}};
            if (!client.isEmpty())
                hs.emplace("X-Jiayi-Client", client.toStdString());
            return hs;
        };
        const auto post = [&](const QString &t, const QByteArray &body, const QString &query = {},
                              const QString &client = {}) {
            note(cli.Post(("/fhir" + query).toStdString(), h(t, client), body.toStdString(),
                          "application/fhir+json"));
        };
        const auto get = [&](const QString &t, const QString &path, const QString &client = {}) {
            note(cli.Get(path.toStdString(), h(t, client)));
        };
        const QString v1 = QStringLiteral("430121101001"), v2 = QStringLiteral("430121101002");

        post(county, bundle({put(patient("a", "甲", v1)), put(patient("b", "乙", v2))}),
             "?_since=0", "ws1");                              // 201, 201, cursor jump
        post(county, bundle({put(patient("a", "甲", v1))}));   // replay: 200, version 1
        post(county, bundle({put(patient("a", "甲二", v1))})); // exists, no If-Match: 412
        post(county, bundle({put(patient("a", "甲二", v1), "1")}), "", "ws2"); // 200, version 2
        post(county, bundle({put(patient("a", "甲三", v1), "1")}));            // stale: 412
        post(county, bundle({put(patient("c", "丙", v1)), put(patient("a", "甲四", v1), "1")}));
        get(county, "/fhir/Patient/c");                               // 404: all or nothing
        post(village2, bundle({put(patient("d", "丁", v1))}));        // outside its area: 403
        post(village2, bundle({put(patient("b", "乙二", v2), "1")})); // inside: 200
        post(county, bundle({put(patient("e", "戊", v1), "3")}));     // If-Match, no row: 412
        post(county, bundle({del("Patient/b", "2")}), "", "ws1");     // tombstone
        post(county, bundle({del("Patient/b", "2")}));                // replayed delete: 200
        post(county, bundle({del("Patient/zz")}));                    // 404
        get(county, "/fhir/Patient/b");                               // 410 with its etag
        get(county, "/fhir/Patient/a");
        get(village2, "/fhir/Patient/a");                // not in its area: 404
        get(county, "/fhir/_history?_since=0&_count=2"); // a full page
        get(county, "/fhir/_history?_since=0", "ws2");   // own writes elided
        get(village2, "/fhir/_history?_since=0");        // area scoping
        get(county, "/fhir/Patient?_since=1");           // by type
        get(county, "/fhir/_history?_since=999");        // past the end
        post(county, bundle({put(patient("f", "己", v1))}), "?_since=1", "ws1"); // no jump
        get("wrong", "/fhir/_history?_since=0");                                 // 401
        p.stop();
        return out;
    }

private slots:
    void initTestCase()
    {
        if (!PgTest::available())
            QSKIP("PostgreSQL 15 binaries are missing (scripts/install-deps.sh installs "
                  "postgresql-15)");
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    }

    void sameAnswersFromBothStores()
    {
        const QStringList lite = script({"--data", m_dir.filePath("sqlite")});
        const QStringList pg = script({"--database", m_pg.uri()});
        // The feed both ways on PostgreSQL: each area's rows merged (a few areas, as above) and
        // the feed walked (the way of a token of many areas), on a database of its own.
        m_pg.query("CREATE DATABASE walked");
        qputenv("JIAYI_PLATFORM_FEED_MERGE_UP_TO", "0");
        const QStringList walked =
            script({"--database", QString(m_pg.uri()).replace("/platform", "/walked")});
        qunsetenv("JIAYI_PLATFORM_FEED_MERGE_UP_TO");
        QCOMPARE(walked, pg);
        QCOMPARE(lite.size(), 23);
        if (qEnvironmentVariableIsSet("JIAYI_SHOW_SCRIPT"))
            for (qsizetype i = 0; i < lite.size(); ++i)
                qInfo("%d: %s", int(i), qPrintable(lite[i].left(400)));
        for (qsizetype i = 0; i < lite.size(); ++i)
            QVERIFY2(lite[i] == pg.value(i),
                     qPrintable(QStringLiteral("request %1\n sqlite:     %2\n postgresql: %3")
                                    .arg(i)
                                    .arg(lite[i], pg.value(i))));
        // the script did what the comments say (so that "alike" is not "alike and wrong")
        QVERIFY(lite[0].startsWith("200 ") && lite[0].contains("201 Created") &&
                lite[0].contains("jiayi-cursor"));
        QVERIFY(lite[2].startsWith("412 "));
        QVERIFY(lite[6].startsWith("404 "));
        QVERIFY(lite[7].startsWith("403 "));
        QVERIFY(lite[13].startsWith("410 "));
        QVERIFY(lite[10].startsWith("200 ") && lite[11].startsWith("200 "));
        QVERIFY(lite[16].contains("甲二") && lite[16].contains("_since=5&_count=2"));
        QVERIFY(lite[17].startsWith("200 ") && !lite[17].contains("甲二")); // ws2's own write
        QVERIFY(!lite[18].contains("\"id\":\"a\""));
        QVERIFY(!lite[21].contains("jiayi-cursor"));
        QVERIFY(lite[22].startsWith("401 "));
    }

    void twoProcessesMigrateOnce()
    {
        // a fresh database of the same cluster
        QVERIFY(!m_pg.query("SELECT 1").isEmpty());
        m_pg.query("CREATE DATABASE fresh");
        const QString uri = QString(m_pg.uri()).replace("/platform", "/fresh");
        // Both started at once: the migration lock lets one migrate and the other find it done.
        QProcess a, b;
        for (QProcess *p : {&a, &b})
            p->start(QStringLiteral(JIAYI_PLATFORM_BIN),
                     {"--database", uri, "--listen", "127.0.0.1:0"});
        for (QProcess *p : {&a, &b}) {
            QByteArray line;
            for (int i = 0; i < 200 && !line.contains('\n'); ++i) {
                p->waitForReadyRead(100);
                line += p->readAllStandardOutput();
            }
            QVERIFY2(line.startsWith("listening on"), p->readAllStandardError().constData());
        }
        QProcess psql;
        psql.start(PgTest::binDir() + "/psql",
                   {"-X", "-A", "-t", "-d", uri, "-c",
                    "SELECT count(*), max(version) FROM schema_migration"});
        QVERIFY(psql.waitForFinished(30000));
        // Every numbered file of sync/platform/migrations/postgresql, each applied once.
        const QStringList files = migrationFiles();
        QVERIFY(files.size() >= 2);
        QCOMPARE(QString::fromUtf8(psql.readAllStandardOutput().trimmed()),
                 QStringLiteral("%1|%2").arg(files.size()).arg(files.last().left(4).toInt()));
        for (QProcess *p : {&a, &b}) {
            p->terminate();
            QVERIFY(p->waitForFinished(10000));
        }
    }

    void newerSchemaRefused()
    {
        m_pg.query("INSERT INTO schema_migration(version, name) VALUES(9999, '9999_future.sql')");
        QProcess p;
        p.start(QStringLiteral(JIAYI_PLATFORM_BIN),
                {"--database", m_pg.uri(), "--listen", "127.0.0.1:0"});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(QStringLiteral("schema 9999, newer than this platform's %1")
                                  .arg(migrationFiles().last().left(4).toInt())
                                  .toUtf8()),
                 err.constData());
        QVERIFY(!err.contains("postgresql://")); // the URI may hold a password
        m_pg.query("DELETE FROM schema_migration WHERE version = 9999");
    }
};

QTEST_GUILESS_MAIN(TestPlatformStores)
#include "tst_platformstores.moc"
