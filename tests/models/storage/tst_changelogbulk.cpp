// ChangeLog's bulk side (the import's batches): outbox entries of many created records, and a
// prepared audit entry appended to the chain.
#include "changelog.h"
#include "database.h"
#include "dbaccess.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Models;

class TstChangeLogBulk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(openDatabase(conn(), QStringLiteral(":memory:"))); }
    void cleanup() { closeDatabase(conn()); }
    void recordCreated_data();
    void recordCreated();
    void appendChainsPreparedEntry();

private:
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db(conn()));
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
};

void TstChangeLogBulk::recordCreated_data()
{
    QTest::addColumn<int>("records");
    QTest::addColumn<bool>("otherTrigger"); // the pending count is then left to the triggers
    QTest::newRow("none") << 0 << false;
    QTest::newRow("fewer than a statement") << 5 << false;
    QTest::newRow("two statements and the rest") << 130 << false;
    QTest::newRow("with another trigger") << 130 << true;
}

void TstChangeLogBulk::recordCreated()
{
    QFETCH(int, records);
    QFETCH(bool, otherTrigger);
    QSqlQuery q(db(conn()));
    if (otherTrigger)
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER zz_other AFTER INSERT ON outbox BEGIN"
                                      " SELECT 1; END")));
    QVector<QByteArray> ids;
    for (int i = 0; i < records; ++i)
        ids << QByteArray("id-") + QByteArray::number(i);
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(ChangeLog::recordCreated(conn(), QStringLiteral("resident"), ids,
                                     QStringLiteral("2026-01-02T03:04:05.000Z")));
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'resident' AND op ="
                                   " 'create' AND created_at = '2026-01-02T03:04:05.000Z'")),
             records);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT entity_id) FROM outbox")), records);
    QCOMPARE(scalar(QStringLiteral("SELECT records FROM outbox_pending_count")), records);
    // The triggers are on again: a later single insert is counted by them.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox(entity, entity_id, op, created_at)"
                                  " VALUES('resident', 'later', 'create', 'now')")));
    QCOMPARE(scalar(QStringLiteral("SELECT records FROM outbox_pending_count")), records + 1);
}

void TstChangeLogBulk::appendChainsPreparedEntry()
{
    Scope scope = Scope::administrator();
    scope.userId = QStringLiteral("u1");
    scope.workstation = QStringLiteral("ws");
    QVERIFY(ChangeLog::audit(conn(), scope, QStringLiteral("read"), QStringLiteral("resident"),
                             QStringLiteral("r1")));
    AuditEntry e;
    e.at = QStringLiteral("2026-01-02T03:04:05.000Z"); // kept as given
    e.userId = QStringLiteral("u1");
    e.workstation = QStringLiteral("ws");
    e.action = QStringLiteral("import_batch");
    e.entity = QStringLiteral("resident");
    e.afterJson = QStringLiteral("{\"count\":2}");
    QVERIFY(ChangeLog::append(conn(), e));
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(QStringLiteral("SELECT at, user_id, workstation, action, entity, entity_id,"
                                  " before_json, after_json, prev_hash, hash FROM audit_log"
                                  " ORDER BY seq")));
    QVERIFY(q.next());
    const QString first = q.value(9).toString();
    QVERIFY(q.next());
    AuditEntry stored{0,
                      q.value(0).toString(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString(),
                      q.value(6).toString(),
                      q.value(7).toString(),
                      q.value(8).toString(),
                      q.value(9).toString()};
    QCOMPARE(stored.at, e.at);
    QCOMPARE(stored.prevHash, first);
    QVERIFY(q.value(6).isNull());
    QCOMPARE(stored.hash, ChangeLog::hashOf(stored));
}

QTEST_GUILESS_MAIN(TstChangeLogBulk)
#include "tst_changelogbulk.moc"
