// jiayi-cli as IT uses it: real processes, real database files, JSON out, exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idCheck_data();
    void idCheck();
    void versionAndHelp();
    void unknownCommandFails();
    void initDemoFindCheck();
    void migrateRefusesNewerFile();
    void badArgumentsFailWithMessage();
    void englishMessages();

private:
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_cli;
};

void TestCli::initTestCase()
{
    m_cli = QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    QVERIFY(m_dir.isValid());
}

TestCli::Run TestCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(m_cli, args);
    if (!p.waitForFinished(120000))
        return {-1, {}, "timeout"};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCli::idCheck_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("sex");
    QTest::newRow("standard example") << "11010519491231002X" << true << "11010519491231002X"
                                      << "1949-12-31"
                                      << "F";
    QTest::newRow("second example") << "440524188001010014" << true << "440524188001010014"
                                    << "1880-01-01"
                                    << "M";
    QTest::newRow("lower-case x") << "11010519491231002x" << true << "11010519491231002X"
                                  << "1949-12-31"
                                  << "F";
    QTest::newRow("15-digit upgraded") << "110105491231002" << true << "11010519491231002X"
                                       << "1949-12-31"
                                       << "F";
    QTest::newRow("wrong checksum") << "110105194912310021" << false << ""
                                    << ""
                                    << "";
    QTest::newRow("impossible date") << "110105199902300011" << false << ""
                                     << ""
                                     << "";
    QTest::newRow("letters") << "11010519491231002A" << false << ""
                             << ""
                             << "";
}

void TestCli::idCheck()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    const Run r = cli({QStringLiteral("id-check"), QStringLiteral("--json"), number});
    QCOMPARE(r.code, valid ? 0 : 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), valid);
    QTEST(o.value(QStringLiteral("normalized")).toString(), "normalized");
    QTEST(o.value(QStringLiteral("birth_date")).toString(), "birth");
    QTEST(o.value(QStringLiteral("sex")).toString(), "sex");
    QCOMPARE(o.value(QStringLiteral("reason")).toString().isEmpty(), valid);
    QVERIFY(o.contains(QStringLiteral("reason")));
}

void TestCli::versionAndHelp()
{
    const Run v = cli({QStringLiteral("--version")});
    QCOMPARE(v.code, 0);
    QVERIFY(v.out.startsWith("jiayi-cli "));
    const Run h = cli({QStringLiteral("--help")});
    QCOMPARE(h.code, 0);
    for (const char *cmd : {"init", "migrate", "check", "demo", "find", "id-check"})
        QVERIFY2(h.out.contains(cmd), cmd);
}

void TestCli::unknownCommandFails()
{
    const Run r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::initDemoFindCheck()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.db"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).code, 0);
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).code, 1); // exists already
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), db,
                          QStringLiteral("--residents"), QStringLiteral("1500"),
                          QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(demo.code, 0);
    const QJsonObject summary = QJsonDocument::fromJson(demo.out).object();
    QCOMPARE(summary.value(QStringLiteral("residents")).toInt(), 1500);
    QVERIFY(summary.value(QStringLiteral("households")).toInt() > 250);
    // A second demo into the same file is refused: it is not empty.
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).code, 1);

    // find by the last 6 digits of someone's identity number and by their whole number.
    const Run all =
        cli({QStringLiteral("find"), QStringLiteral("--db"), db, QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("zh")});
    QCOMPARE(all.code, 0);
    const QJsonArray some = QJsonDocument::fromJson(all.out).array();
    QCOMPARE(some.size(), 1);
    const QString id = some.first().toObject().value(QStringLiteral("id_number")).toString();
    QCOMPARE(id.size(), 18);
    const Run byId =
        cli({QStringLiteral("find"), QStringLiteral("--db"), db, QStringLiteral("--json"), id});
    const QJsonArray found = QJsonDocument::fromJson(byId.out).array();
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().toObject().value(QStringLiteral("id_number")).toString(), id);
    const Run tail = cli({QStringLiteral("find"), QStringLiteral("--db"), db,
                          QStringLiteral("--json"), id.right(6)});
    bool seen = false;
    for (const auto &v : QJsonDocument::fromJson(tail.out).array())
        seen = seen || v.toObject().value(QStringLiteral("id_number")).toString() == id;
    QVERIFY(seen);

    const Run check =
        cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(check.code, 0);
    QCOMPARE(QJsonDocument::fromJson(check.out).object().value(QStringLiteral("ok")).toBool(),
             true);
}

void TestCli::migrateRefusesNewerFile()
{
    const QString db = m_dir.filePath(QStringLiteral("newer.db"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).code, 0);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {db, QStringLiteral("PRAGMA user_version=999;")});
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.exitCode(), 0);
    const Run r = cli({QStringLiteral("migrate"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("999")));
}

void TestCli::badArgumentsFailWithMessage()
{
    const Run r =
        cli({QStringLiteral("demo"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.db")),
             QStringLiteral("--residents"), QStringLiteral("abc"), QStringLiteral("--json")});
    QCOMPARE(r.code, 2);
    const QJsonObject e = QJsonDocument::fromJson(r.err).object();
    QCOMPARE(e.value(QStringLiteral("field")).toString(), QStringLiteral("residents"));
    QVERIFY(!e.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.db")))); // nothing created
    const Run missing = cli({QStringLiteral("find"), QStringLiteral("--db"),
                             m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("zs")});
    QCOMPARE(missing.code, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.db"))));
}

void TestCli::englishMessages()
{
    const Run r = cli({QStringLiteral("id-check"), QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("--json"), QStringLiteral("110105194912310021")});
    QCOMPARE(r.code, 1);
    const QString reason =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QStringLiteral("check"), Qt::CaseInsensitive), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
