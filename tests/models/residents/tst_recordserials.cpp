// Health-record numbers: village code + 5-digit serial, shared by the form and the import.
#include "database.h"
#include "dbaccess.h"
#include "recordserials.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Models;

namespace {
const QString Village = QStringLiteral("430121101201");
}

class TstRecordSerials : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { closeDatabase(conn()); }
    void takesInOrderAndSaves();
    void clearForgetsWhatWasTaken();
    void startsAfterNumbersInUse();
    void fullAfterFiveDigits();

private:
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    qint64 stored(const QString &village) const
    {
        QSqlQuery q(db(conn()));
        q.prepare(QStringLiteral("SELECT next_serial FROM record_serial WHERE village_code = ?"));
        q.addBindValue(village);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    void setStored(qint64 next)
    {
        QSqlQuery q(db(conn()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO record_serial(village_code, next_serial)"
                                      " VALUES('%1', %2)")
                           .arg(Village)
                           .arg(next)));
    }
};

void TstRecordSerials::init()
{
    QVERIFY(openDatabase(conn(), QStringLiteral(":memory:")));
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO area(code, name, level) VALUES('430121', 'c',"
                                  " 'county'), ('430121101', 't', 'township'), ('%1', 'v',"
                                  " 'village'), ('430121101202', 'w', 'village')")
                       .arg(Village)));
}

void TstRecordSerials::takesInOrderAndSaves()
{
    RecordSerials serials(conn());
    QCOMPARE(*serials.take(Village), Village + QStringLiteral("00001"));
    QCOMPARE(*serials.take(Village), Village + QStringLiteral("00002"));
    QCOMPARE(*serials.take(QStringLiteral("430121101202")), QStringLiteral("43012110120200001"));
    QCOMPARE(stored(Village), -1); // nothing stored before save()
    QVERIFY(serials.save());
    QCOMPARE(stored(Village), 3);
    QCOMPARE(stored(QStringLiteral("430121101202")), 2);
    // A new allocator goes on from the stored counter.
    QCOMPARE(*RecordSerials(conn()).take(Village), Village + QStringLiteral("00003"));
}

void TstRecordSerials::clearForgetsWhatWasTaken()
{
    RecordSerials serials(conn());
    QVERIFY(serials.take(Village));
    serials.clear(); // the batch was rolled back
    QVERIFY(serials.save());
    QCOMPARE(stored(Village), -1);
    QCOMPARE(*serials.take(Village), Village + QStringLiteral("00001"));
}

void TstRecordSerials::startsAfterNumbersInUse()
{
    // A database from before record_serial: the largest number in use decides.
    QSqlQuery q(db(conn()));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO resident(id, record_no, name, sex, birth_date,"
                                   " village_code, residence_type, relation, sort_key, created_at,"
                                   " updated_at, updated_by) VALUES('r1', '%1', '甲', 'M',"
                                   " '1960-01-01', '%2', 1, '', 'a', 'now', 'now', 'test')")
                        .arg(Village + QStringLiteral("00041"), Village)),
             qPrintable(q.lastError().text()));
    QCOMPARE(*RecordSerials(conn()).take(Village), Village + QStringLiteral("00042"));
}

void TstRecordSerials::fullAfterFiveDigits()
{
    setStored(99999);
    RecordSerials serials(conn());
    QCOMPARE(*serials.take(Village), Village + QStringLiteral("99999"));
    auto full = serials.take(Village);
    QVERIFY(!full);
    QCOMPARE(full.error().code, QStringLiteral("record.full"));
}

QTEST_GUILESS_MAIN(TstRecordSerials)
#include "tst_recordserials.moc"
