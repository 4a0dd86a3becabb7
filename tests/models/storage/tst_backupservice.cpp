// Backups: round trip, online under load, corrupted and wrong-password backups refused, the
// recovery key, both cipher suites, no clear text in the file.
#include "securitytestutil.h"

#include "backupservice.h"
#include "dbaccess.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace Models;
using namespace SecurityTest;

Q_DECLARE_METATYPE(Models::Crypto::Suite)

class TstBackupService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void onlineBackupWhileWritesContinue();
    void corruptedBackupIsRefused_data();
    void corruptedBackupIsRefused();
    void wrongPasswordIsRefused();
    void recoveryKeyOpensTheBackup();
    void rolesWithoutBackupPermissionAreRefused();

private:
    qint64 count(const QString &path, const char *sql);
    BackupOptions options(Crypto::Suite suite = Crypto::Suite::International) const;
    QTemporaryDir m_dir;
    QString m_conn = QStringLiteral("backup");
    QString m_db;
    QString m_knownName = QStringLiteral("欧阳备份");
    QString m_knownId;
};

void TstBackupService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

BackupOptions TstBackupService::options(Crypto::Suite suite) const
{
    BackupOptions o;
    o.password = QStringLiteral("backup-pass-1");
    o.suite = suite;
    o.iterations = 1000; // fast tests; the bundled count is used when 0
    return o;
}

void TstBackupService::init()
{
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("b%1.db").arg(++n));
    QVERIFY(openDatabase(m_conn, m_db).ok());
    QVERIFY(addAreas(m_conn));
    ResidentRepository residents(m_conn);
    auto r = residents.create(Scope::administrator(), person(m_knownName, 7, VillageA));
    QVERIFY2(r, why(r));
    m_knownId = r->idNumber;
    QVERIFY(
        residents.create(Scope::administrator(), person(QStringLiteral("司马光"), 8, VillageB)));
    // Enough rows that a snapshot takes a moment.
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler(x TEXT)")));
    QVERIFY(q.exec(QStringLiteral(
        "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i < 30000)"
        " INSERT INTO filler SELECT hex(randomblob(40)) FROM c")));
}

void TstBackupService::cleanup()
{
    closeDatabase(m_conn);
}

qint64 TstBackupService::count(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    qint64 v = -1;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return v;
}

void TstBackupService::roundTrip_data()
{
    QTest::addColumn<Crypto::Suite>("suite");
    QTest::newRow("AES-256-GCM") << Crypto::Suite::International;
    QTest::newRow("SM4-CBC+HMAC-SM3") << Crypto::Suite::Commercial;
}

void TstBackupService::roundTrip()
{
    QFETCH(Crypto::Suite, suite);
    const QString file = m_dir.filePath(QStringLiteral("rt.jybak"));
    auto b = BackupService::backup(Scope::administrator(), m_db, file, options(suite), {}, m_conn);
    QVERIFY2(b, why(b));
    QCOMPARE(b->cipher, Crypto::cipherName(suite));
    QCOMPARE(b->schemaVersion, latestSchemaVersion());
    // No clear text of the database in the backup.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(m_knownName.toUtf8()));
    QVERIFY(!bytes.contains(m_knownId.toUtf8()));
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains("CREATE TABLE"));
    // The backup is audited.
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'"));
    q.next();
    QCOMPARE(q.value(0).toInt(), 1);

    auto v = BackupService::verify(Scope::administrator(), file, QStringLiteral("backup-pass-1"));
    QVERIFY2(v, why(v));
    QCOMPARE(v->digest, b->digest);

    // Change the database, then restore: the change is gone and the old file is kept.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM filler")));
    closeDatabase(m_conn);
    auto kept =
        BackupService::restore(Scope::administrator(), file, m_db, QStringLiteral("backup-pass-1"));
    QVERIFY2(kept, why(kept));
    QVERIFY(QFile::exists(*kept));
    QCOMPARE(count(*kept, "SELECT count(*) FROM filler"), 0);
    QCOMPARE(count(m_db, "SELECT count(*) FROM filler"), 30000);
    QCOMPARE(count(m_db, "SELECT count(*) FROM resident"), 2);
    QVERIFY(openDatabase(m_conn, m_db).ok());
}

void TstBackupService::onlineBackupWhileWritesContinue()
{
    // A second connection (as another program would be) writes throughout the backup.
    std::atomic<bool> stop{false};
    std::atomic<int> written{0}, failed{0};
    std::atomic<int> writtenAtStart{-1};
    std::thread writer([&] {
        sqlite3 *h = nullptr;
        sqlite3_open(m_db.toUtf8().constData(), &h);
        sqlite3_busy_timeout(h, 5000);
        sqlite3_exec(h, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
        while (!stop) {
            const QByteArray sql =
                "INSERT INTO filler VALUES('w" + QByteArray::number(written.load()) + "')";
            if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
                ++written;
            else
                ++failed;
        }
        sqlite3_close(h);
    });
    QTRY_VERIFY(written > 10);
    const int before = written;
    const QString file = m_dir.filePath(QStringLiteral("online.jybak"));
    int snapshots = 0;
    auto b =
        BackupService::backup(Scope::administrator(), m_db, file, options(), [&](qint64, qint64) {
            ++snapshots;
            return true;
        });
    const int after = written;
    QTest::qWait(50);
    stop = true;
    writer.join();
    QVERIFY2(b, why(b));
    QCOMPARE(failed.load(), 0);
    QVERIFY2(after > before, "writes went on during the backup");
    Q_UNUSED(writtenAtStart);

    // The restored copy is one consistent state between the two counts.
    const QString restored = m_dir.filePath(QStringLiteral("restored.db"));
    QVERIFY(BackupService::restore(Scope::administrator(), file, restored,
                                   QStringLiteral("backup-pass-1")));
    const qint64 rows = count(restored, "SELECT count(*) FROM filler WHERE x GLOB 'w*'");
    QVERIFY2(rows >= before && rows <= after,
             qPrintable(QStringLiteral("%1 <= %2 <= %3").arg(before).arg(rows).arg(after)));
    QCOMPARE(count(restored, "SELECT count(*) FROM resident"), 2);
    // The live database has everything the writer wrote.
    QCOMPARE(count(m_db, "SELECT count(*) FROM filler WHERE x GLOB 'w*'"), qint64(written.load()));
}

void TstBackupService::corruptedBackupIsRefused_data()
{
    QTest::addColumn<Crypto::Suite>("suite");
    QTest::addColumn<int>("where"); // 0: header, 1: middle, 2: tag, 3: truncated
    for (auto s : {Crypto::Suite::International, Crypto::Suite::Commercial}) {
        const char *n = s == Crypto::Suite::International ? "aes" : "sm4";
        QTest::addRow("%s header", n) << s << 0;
        QTest::addRow("%s middle", n) << s << 1;
        QTest::addRow("%s tag", n) << s << 2;
        QTest::addRow("%s truncated", n) << s << 3;
    }
}

void TstBackupService::corruptedBackupIsRefused()
{
    QFETCH(Crypto::Suite, suite);
    QFETCH(int, where);
    const QString file = m_dir.filePath(QStringLiteral("bad.jybak"));
    QVERIFY(BackupService::backup(Scope::administrator(), m_db, file, options(suite)));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    if (where == 3) {
        bytes.chop(100);
    } else {
        const qsizetype at = where == 0   ? bytes.indexOf("created_at") + 16
                             : where == 1 ? bytes.size() / 2
                                          : bytes.size() - 3;
        bytes[at] = char(bytes[at] ^ 0x01);
    }
    f.resize(0);
    f.write(bytes);
    f.close();
    auto v = BackupService::verify(Scope::administrator(), file, QStringLiteral("backup-pass-1"));
    QVERIFY(!v);
    closeDatabase(m_conn);
    const QByteArray before = [&] {
        QFile d(m_db);
        d.open(QIODevice::ReadOnly);
        return d.readAll();
    }();
    auto r =
        BackupService::restore(Scope::administrator(), file, m_db, QStringLiteral("backup-pass-1"));
    QVERIFY(!r);
    QVERIFY(r.error().code == QLatin1String("backup.corrupt") ||
            r.error().code == QLatin1String("backup.password"));
    const QByteArray after = [&] {
        QFile d(m_db);
        d.open(QIODevice::ReadOnly);
        return d.readAll();
    }();
    QVERIFY(before == after); // the database was left alone
    QVERIFY(!QFile::exists(m_db + QStringLiteral(".restore-tmp")));
    QVERIFY(openDatabase(m_conn, m_db).ok());
}

void TstBackupService::wrongPasswordIsRefused()
{
    const QString file = m_dir.filePath(QStringLiteral("pw.jybak"));
    QVERIFY(BackupService::backup(Scope::administrator(), m_db, file, options()));
    auto v = BackupService::verify(Scope::administrator(), file, QStringLiteral("backup-pass-2"));
    QVERIFY(!v);
    QCOMPARE(v.error().code, QStringLiteral("backup.password"));
    BackupOptions weak = options();
    weak.password = QStringLiteral("short");
    QVERIFY(!BackupService::backup(Scope::administrator(), m_db, file, weak));
}

void TstBackupService::recoveryKeyOpensTheBackup()
{
    const QString key = BackupService::generateRecoveryKey();
    QCOMPARE(key.size(), 47);
    QVERIFY(key != BackupService::generateRecoveryKey());
    BackupOptions o = options();
    o.recoveryKey = key;
    const QString file = m_dir.filePath(QStringLiteral("rk.jybak"));
    auto b = BackupService::backup(Scope::administrator(), m_db, file, o);
    QVERIFY(b);
    QCOMPARE(b->keySlots, (QStringList{QStringLiteral("password"), QStringLiteral("recovery")}));
    QVERIFY(BackupService::verify(Scope::administrator(), file, key.toLower()));
    QVERIFY(BackupService::verify(Scope::administrator(), file, QStringLiteral("backup-pass-1")));
    QVERIFY(
        !BackupService::verify(Scope::administrator(), file, BackupService::generateRecoveryKey()));
    const auto listed = BackupService::list(m_dir.path());
    QVERIFY(!listed.isEmpty());
}

void TstBackupService::rolesWithoutBackupPermissionAreRefused()
{
    Scope doctor = Scope::administrator();
    doctor.allPermissions = false;
    doctor.permissions = {QStringLiteral("resident.read")};
    const QString file = m_dir.filePath(QStringLiteral("no.jybak"));
    auto b = BackupService::backup(doctor, m_db, file, options());
    QVERIFY(!b);
    QCOMPARE(b.error().code, QStringLiteral("scope.forbidden"));
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TstBackupService)
#include "tst_backupservice.moc"
