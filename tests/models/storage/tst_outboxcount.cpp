// The count of records with unsent changes is kept by triggers (migration 0010) and must always
// equal what a scan of the outbox says.
#include "database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

class TestOutboxCount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void countFollowsInsertsAcksAndDeletes();
};

namespace {
qint64 scalar(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("count")));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
void run(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("count")));
    QVERIFY2(q.exec(sql), qPrintable(sql));
}
qint64 kept()
{
    return scalar(QStringLiteral("SELECT records FROM outbox_pending_count"));
}
qint64 scanned()
{
    return scalar(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT entity, entity_id FROM "
                                 "outbox WHERE acked_at IS NULL)"));
}
} // namespace

void TestOutboxCount::countFollowsInsertsAcksAndDeletes()
{
    QVERIFY(Models::openDatabase(QStringLiteral("count"), QStringLiteral(":memory:")).ok());
    QCOMPARE(kept(), 0);
    const QString ins = QStringLiteral("INSERT INTO outbox(entity, entity_id, op, created_at) "
                                       "VALUES('resident', '%1', '%2', 'now')");
    run(ins.arg(QStringLiteral("a"), QStringLiteral("create")));
    run(ins.arg(QStringLiteral("a"), QStringLiteral("update"))); // same record: still one
    run(ins.arg(QStringLiteral("b"), QStringLiteral("create")));
    QCOMPARE(kept(), 2);
    QCOMPARE(kept(), scanned());
    // Acking one of a's two entries leaves a pending; acking both does not.
    run(QStringLiteral("UPDATE outbox SET acked_at = 'x' WHERE entity_id = 'a' AND op = 'create'"));
    QCOMPARE(kept(), 2);
    run(QStringLiteral("UPDATE outbox SET acked_at = 'x' WHERE entity_id = 'a'"));
    QCOMPARE(kept(), 1);
    // Acking again changes nothing; a new change to a counts it again.
    run(QStringLiteral("UPDATE outbox SET acked_at = 'y' WHERE entity_id = 'a'"));
    QCOMPARE(kept(), 1);
    run(ins.arg(QStringLiteral("a"), QStringLiteral("update")));
    QCOMPARE(kept(), 2);
    run(QStringLiteral("DELETE FROM outbox WHERE entity_id = 'b'"));
    QCOMPARE(kept(), 1);
    QCOMPARE(kept(), scanned());
    Models::closeDatabase(QStringLiteral("count"));
}

QTEST_GUILESS_MAIN(TestOutboxCount)
#include "tst_outboxcount.moc"
