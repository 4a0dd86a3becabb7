#include "arearepository.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentrepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Models;

// The one transaction guard: BEGIN IMMEDIATE when none is open, a SAVEPOINT inside another, a
// rollback of only what it opened, and no write at all when it could not open. Real files, and a
// second raw connection where a lock is needed.
class TstTransaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void outerBeginsAndRollsBack();
    void innerRollbackKeepsOuter();
    void innerCommitGoesWithOuter();
    void lockedFileRefusesWrites();

private:
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    QString path() const { return m_dir.filePath(conn() + QStringLiteral(".db")); }
    bool insertCounty(const QString &code);
    qint64 counties();

    QTemporaryDir m_dir;
};

namespace {
const QString kCounty = QStringLiteral("430121");
const QString kTownship = QStringLiteral("430121101");
const QString kVillage = QStringLiteral("430121101201");

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray() : (r.error().code + QStringLiteral(": ") + r.error().detail).toUtf8();
}
} // namespace

void TstTransaction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TstTransaction::init()
{
    auto info = openDatabase(conn(), path());
    QVERIFY2(info, why(info));
}

void TstTransaction::cleanup()
{
    closeDatabase(conn());
}

bool TstTransaction::insertCounty(const QString &code)
{
    QSqlQuery q(db(conn()));
    q.prepare(QStringLiteral("INSERT INTO area(code, name, level) VALUES(?, '县', 'county')"));
    q.addBindValue(code);
    return q.exec();
}

qint64 TstTransaction::counties()
{
    QSqlQuery q(db(conn()));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM area WHERE level = 'county'")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TstTransaction::outerBeginsAndRollsBack()
{
    sqlite3 *h = sqliteHandle(conn());
    {
        Transaction tx(conn());
        QVERIFY(tx.isOpen());
        QVERIFY(!tx.isNested());
        QCOMPARE(sqlite3_get_autocommit(h), 0);
        QVERIFY(insertCounty(QStringLiteral("430121")));
    }
    QCOMPARE(sqlite3_get_autocommit(h), 1); // the guard closed what it opened
    QCOMPARE(counties(), 0);
}

void TstTransaction::innerRollbackKeepsOuter()
{
    sqlite3 *h = sqliteHandle(conn());
    Transaction outer(conn());
    QVERIFY(outer.isOpen());
    QVERIFY(insertCounty(QStringLiteral("430121")));
    {
        Transaction inner(conn());
        QVERIFY(inner.isOpen());
        QVERIFY(inner.isNested());
        QVERIFY(insertCounty(QStringLiteral("430122")));
        QCOMPARE(counties(), 2);
    }                                       // not committed: back to the savepoint only
    QCOMPARE(sqlite3_get_autocommit(h), 0); // the outer transaction is still open
    QCOMPARE(counties(), 1);
    QVERIFY(insertCounty(QStringLiteral("430123")));
    QVERIFY2(outer.commit(), "outer commit");
    QCOMPARE(sqlite3_get_autocommit(h), 1);

    // A second reader sees exactly what the outer guard committed.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open_v2(path().toUtf8().constData(), &other, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(other,
                                "SELECT group_concat(code) FROM (SELECT code FROM area"
                                " WHERE level = 'county' ORDER BY code)",
                                -1, &st, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
             QStringLiteral("430121,430123"));
    sqlite3_finalize(st);
    sqlite3_close(other);
}

void TstTransaction::innerCommitGoesWithOuter()
{
    {
        Transaction outer(conn());
        QVERIFY(insertCounty(QStringLiteral("430121")));
        {
            Transaction inner(conn());
            QVERIFY(inner.isNested());
            QVERIFY(insertCounty(QStringLiteral("430122")));
            QVERIFY(inner.commit());
            QVERIFY(!inner.isOpen());
            QCOMPARE(inner.commit().error().code, QStringLiteral("db.tx")); // not twice
        }
        QCOMPARE(counties(), 2);
    } // the outer one is not committed: the released savepoint goes with it
    QCOMPARE(counties(), 0);
}

void TstTransaction::lockedFileRefusesWrites()
{
    QSqlQuery q(db(conn()));
    for (const auto &[code, level, parent] :
         {std::tuple{kCounty, "county", QString()}, std::tuple{kTownship, "township", kCounty},
          std::tuple{kVillage, "village", kTownship}})
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO area(code, name, level, parent_code) "
                                  "VALUES('%1', '地', '%2', %3)")
                       .arg(code, QLatin1String(level),
                            parent.isEmpty() ? QStringLiteral("NULL")
                                             : QLatin1Char('\'') + parent + QLatin1Char('\''))));
    q.finish();

    // Another writer holds the file's write lock; this connection waits 50 ms, not 5 s.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(path().toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_busy_timeout(sqliteHandle(conn()), 50);

    {
        Transaction tx(conn());
        QVERIFY(!tx.isOpen());
        QCOMPARE(tx.error().code, QStringLiteral("db.tx"));
        QVERIFY(!tx.error().message.isEmpty());
        QVERIFY(!tx.error().detail.isEmpty()); // the driver's text, for the log
        QCOMPARE(tx.commit().error().code, QStringLiteral("db.tx"));
    }

    // A repository write refuses before its first statement, instead of writing row, search
    // terms and outbox one by one in autocommit as soon as the lock goes away mid-way.
    ResidentRepository repo(conn());
    Resident r;
    r.name = QStringLiteral("王五");
    const QString body = QStringLiteral("43012119800101123");
    r.idNumber = body + IdNumber::checkCharacter(body);
    r.villageCode = kVillage;
    r.phone = r.address = r.relation = QStringLiteral("");
    auto created = repo.create(Scope::administrator(), r);
    QVERIFY(!created);
    QCOMPARE(created.error().code, QStringLiteral("db.tx"));

    QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    QSqlQuery count(db(conn()));
    QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM resident) + (SELECT count(*)"
                                      " FROM outbox) + (SELECT count(*) FROM search_term)")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);

    // Once the lock is gone the same write goes through.
    auto again = repo.create(Scope::administrator(), r);
    QVERIFY2(again, why(again));
}

QTEST_GUILESS_MAIN(TstTransaction)
#include "tst_transaction.moc"
