// The audit chain: a direct edit or deletion of an audit row through sqlite3 (after dropping the
// append-only triggers) is detected by verify at the right entry.
#include "securitytestutil.h"

#include "auditrepository.h"
#include "changelog.h"
#include "dbaccess.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Models;
using namespace SecurityTest;

class TstAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void intactChainVerifies();
    void triggersRefuseEdits();
    void tamperingIsFoundAtTheRightEntry_data();
    void tamperingIsFoundAtTheRightEntry();
    void sm3EntriesContinueTheChain_data();
    void sm3EntriesContinueTheChain();
    void filterAndCsvExport();
    void cliVerifyReportsTheEntry();

private:
    void tamper(const char *sql);
    QTemporaryDir m_dir;
    QString m_conn = QStringLiteral("audit");
    QString m_path;
};

void TstAuditChain::init()
{
    QStandardPaths::setTestModeEnabled(true);
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("audit%1.db").arg(++n));
    QVERIFY(openDatabase(m_conn, m_path).ok());
    QVERIFY(addAreas(m_conn));
    ResidentRepository residents(m_conn);
    const QStringList names =
        QStringLiteral("赵一,钱二,孙三,李四,周五,吴六,郑七,王八,冯九").split(QLatin1Char(','));
    for (int i = 1; i <= 9; ++i) {
        auto r = residents.create(Scope::administrator(), person(names.at(i - 1), i, VillageA));
        QVERIFY2(r, why(r));
    }
    // 9 creates + 2 reads: entries 1..11
    QVERIFY(ChangeLog::audit(m_conn, Scope::administrator(), QStringLiteral("read"),
                             QStringLiteral("resident"), QStringLiteral("x1")));
    Scope nurse = Scope::administrator();
    nurse.userId = QStringLiteral("nurse1");
    QVERIFY(ChangeLog::audit(m_conn, nurse, QStringLiteral("read"), QStringLiteral("resident"),
                             QStringLiteral("x2")));
}

void TstAuditChain::cleanup()
{
    closeDatabase(m_conn);
}

void TstAuditChain::tamper(const char *sql)
{
    closeDatabase(m_conn);
    sqlite3 *h = nullptr;
    QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &h), SQLITE_OK);
    char *err = nullptr;
    const QByteArray script =
        QByteArray("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; ") + sql;
    const int rc = sqlite3_exec(h, script.constData(), nullptr, nullptr, &err);
    QVERIFY2(rc == SQLITE_OK, err);
    sqlite3_close(h);
    QVERIFY(openDatabase(m_conn, m_path).ok());
}

void TstAuditChain::intactChainVerifies()
{
    auto v = AuditRepository(m_conn).verify(Scope::administrator());
    QVERIFY2(v, why(v));
    QVERIFY(v->ok);
    QCOMPARE(v->entries, 11);
    QCOMPARE(v->headHash.size(), 64);
}

void TstAuditChain::triggersRefuseEdits()
{
    QSqlQuery q(db(m_conn));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_id = 'x' WHERE seq = 3")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
}

void TstAuditChain::tamperingIsFoundAtTheRightEntry_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<QString>("problem");
    QTest::newRow("edit user") << QByteArray(
                                      "UPDATE audit_log SET user_id = 'someone' WHERE seq = 5")
                               << qint64(5) << "edited";
    QTest::newRow("edit after_json")
        << QByteArray("UPDATE audit_log SET after_json = '{}' WHERE seq = 2") << qint64(2)
        << "edited";
    QTest::newRow("edit time")
        << QByteArray("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 11")
        << qint64(11) << "edited";
    QTest::newRow("edit first") << QByteArray("UPDATE audit_log SET action = 'read' WHERE seq = 1")
                                << qint64(1) << "edited";
    QTest::newRow("delete middle")
        << QByteArray("DELETE FROM audit_log WHERE seq = 7") << qint64(7) << "missing";
    QTest::newRow("delete first") << QByteArray("DELETE FROM audit_log WHERE seq = 1") << qint64(1)
                                  << "missing";
    QTest::newRow("delete tail") << QByteArray("DELETE FROM audit_log WHERE seq >= 10")
                                 << qint64(10) << "truncated";
    // Rewriting an entry and its own hash still breaks the link to the next one.
    QTest::newRow("edit with rehash")
        << QByteArray("UPDATE audit_log SET hash = '" + QByteArray(64, 'a') + "' WHERE seq = 4")
        << qint64(4) << "edited";
    QTest::newRow("renumber after delete")
        << QByteArray("DELETE FROM audit_log WHERE seq = 6; UPDATE audit_log SET seq = seq - 1 "
                      "WHERE seq > 6")
        << qint64(6) << "chain";
}

void TstAuditChain::tamperingIsFoundAtTheRightEntry()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, badSeq);
    QFETCH(QString, problem);
    tamper(sql.constData());
    auto v = AuditRepository(m_conn).verify(Scope::administrator());
    QVERIFY2(v, why(v));
    QVERIFY(!v->ok);
    QCOMPARE(v->badSeq, badSeq);
    QCOMPARE(v->problem, problem);
    QVERIFY(v->message.contains(QString::number(badSeq)));
}

// 商用密码 suite: new entries carry "sm3:" hashes and continue the SHA-256 chain already in the
// file; verify checks each entry with its own algorithm and still finds tampering at the entry.
void TstAuditChain::sm3EntriesContinueTheChain_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<QString>("problem");
    QTest::newRow("intact") << QByteArray() << qint64(0) << QString();
    QTest::newRow("edit an SM3 entry")
        << QByteArray("UPDATE audit_log SET entity_id = 'forged' WHERE seq = 13") << qint64(13)
        << "edited";
    QTest::newRow("strip the SM3 tag")
        << QByteArray("UPDATE audit_log SET hash = substr(hash, 5) WHERE seq = 13") << qint64(13)
        << "edited";
    QTest::newRow("edit the last SHA-256 entry")
        << QByteArray("UPDATE audit_log SET user_id = 'x' WHERE seq = 11") << qint64(11)
        << "edited";
    QTest::newRow("delete an SM3 entry")
        << QByteArray("DELETE FROM audit_log WHERE seq = 13") << qint64(13) << "missing";
}

void TstAuditChain::sm3EntriesContinueTheChain()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, badSeq);
    QFETCH(QString, problem);
    ChangeLog::setSm3Chain(true);
    for (int i = 0; i < 3; ++i) // entries 12..14
        QVERIFY(ChangeLog::audit(m_conn, Scope::administrator(), QStringLiteral("read"),
                                 QStringLiteral("resident"), QStringLiteral("y%1").arg(i)));
    ChangeLog::setSm3Chain(false);
    QSqlQuery q(db(m_conn));
    QVERIFY(
        q.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq IN (11, 12) ORDER BY seq")));
    QVERIFY(q.next() && q.value(0).toString().size() == 64);
    QVERIFY(q.next() && q.value(0).toString().startsWith(QLatin1String("sm3:")));
    QCOMPARE(q.value(0).toString().size(), 4 + 64);
    if (!sql.isEmpty())
        tamper(sql.constData());
    auto v = AuditRepository(m_conn).verify(Scope::administrator());
    QVERIFY2(v, why(v));
    QCOMPARE(v->ok, sql.isEmpty());
    QCOMPARE(v->badSeq, badSeq);
    QCOMPARE(v->problem, problem);
    if (sql.isEmpty())
        QCOMPARE(v->entries, 14);
}

void TstAuditChain::filterAndCsvExport()
{
    AuditRepository audit(m_conn);
    AuditFilter f;
    f.action = QStringLiteral("read");
    auto reads = audit.query(Scope::administrator(), f);
    QVERIFY(reads);
    QCOMPARE(reads->size(), 2);
    QCOMPARE(reads->first().entityId, QStringLiteral("x2")); // newest first
    f.userId = QStringLiteral("nurse1");
    QCOMPARE(audit.query(Scope::administrator(), f)->size(), 1);
    f = {};
    f.from = QDateTime::currentDateTimeUtc().addDays(1);
    QCOMPARE(audit.query(Scope::administrator(), f)->size(), 0);

    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    f = {};
    f.entity = QStringLiteral("resident");
    auto n = audit.exportCsv(Scope::administrator(), f, csv);
    QVERIFY2(n, why(n));
    QCOMPARE(*n, 11);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 11 + 1); // header, rows, final empty
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBF\""));
    // The export is itself audited, and the chain still verifies.
    f = {};
    f.action = QStringLiteral("audit.export");
    QCOMPARE(audit.query(Scope::administrator(), f)->size(), 1);
    QVERIFY(audit.verify(Scope::administrator())->ok);
}

void TstAuditChain::cliVerifyReportsTheEntry()
{
    const QString cli = QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli");
    if (!QFile::exists(cli))
        QSKIP("jiayi-cli not built");
    closeDatabase(m_conn);
    QProcess p;
    p.start(cli, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_path,
                  QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(openDatabase(m_conn, m_path).ok());
    tamper("UPDATE audit_log SET entity_id = 'forged' WHERE seq = 8");
    closeDatabase(m_conn);
    p.start(cli, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_path,
                  QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(p.readAllStandardOutput().contains("\"bad_seq\": 8"), "bad_seq 8 expected");
    QVERIFY(openDatabase(m_conn, m_path).ok());
}

QTEST_GUILESS_MAIN(TstAuditChain)
#include "tst_auditchain.moc"
