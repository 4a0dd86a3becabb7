// Encryption of the database at rest: no known name or ID number in the file, its WAL or a
// backup; a wrong password cannot open it, the recovery key can; a flipped byte is detected;
// the storage API works unchanged; key slots follow user creation and password changes; the
// pre-migration copy is encrypted; a plain database is converted. Both cipher suites.
#include "securitytestutil.h"

#include "backupservice.h"
#include "chronicrepository.h"
#include "chronicrules.h"
#include "chronicworklist.h"
#include "dbaccess.h"
#include "encrypteddb.h"
#include "residentsearch.h"
#include "userrepository.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Models;
using namespace SecurityTest;

Q_DECLARE_METATYPE(Models::Crypto::Suite)

namespace {
const QString AdminPassword = QStringLiteral("Secret-pass-1");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Names (UTF-8) and ID numbers found in the bytes.
QStringList leaks(const QByteArray &bytes, const QStringList &secrets)
{
    QStringList found;
    for (const QString &s : secrets)
        if (bytes.contains(s.toUtf8()))
            found << s;
    return found;
}
} // namespace

class TstEncryptedDb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void nothingReadableInFileWalOrBackup_data();
    void nothingReadableInFileWalOrBackup();
    void wrongPasswordCannotOpen();
    void lockoutCountsFailedUnlocks();
    void recoveryKeyOpens();
    void corruptedPageIsDetected_data();
    void corruptedPageIsDetected();
    void storageApiWorksUnchanged_data();
    void storageApiWorksUnchanged();
    void keySlotsFollowUsers();
    void backupRestoresAnEncryptedDatabase();
    void preMigrationCopyIsEncrypted();
    void plainDatabaseIsConverted();
    void plainDatabasesStillWork();
    void rollbackJournalAndVacuumAreEncrypted();

private:
    // A new encrypted database with the administrator, two villages and known residents.
    void makeEncrypted(const QString &path, Crypto::Suite suite = Crypto::Suite::International);
    void addKnownResidents();
    QString newPath() { return m_dir.filePath(QStringLiteral("e%1.db").arg(++m_n)); }

    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_conn = QStringLiteral("enc");
    QStringList m_secrets; // names and ID numbers that must never appear in clear
};

void TstEncryptedDb::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EncryptedDb::setSlotIterations(1000); // fast tests; the policy's count in real use
}

void TstEncryptedDb::cleanup()
{
    closeDatabase(m_conn);
}

void TstEncryptedDb::makeEncrypted(const QString &path, Crypto::Suite suite)
{
    auto created = EncryptedDb::create(path, suite, QStringLiteral("admin"), AdminPassword);
    QVERIFY2(created, why(created));
    QCOMPARE(created->recoveryKey.size(), 47);
    auto opened = openDatabase(m_conn, path);
    QVERIFY2(opened, why(opened));
    UserRepository users(m_conn, fastPolicy(suite));
    auto admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                                AdminPassword, QStringLiteral("ws"));
    QVERIFY2(admin, why(admin));
    QVERIFY(addAreas(m_conn));
    addKnownResidents();
}

void TstEncryptedDb::addKnownResidents()
{
    ResidentRepository residents(m_conn);
    m_secrets.clear();
    const QStringList names{QStringLiteral("欧阳加密"), QStringLiteral("司马保密"),
                            QStringLiteral("诸葛隐私"), QStringLiteral("上官密文")};
    for (int i = 0; i < names.size(); ++i) {
        auto r = residents.create(Scope::administrator(),
                                  person(names.at(i), 40 + i, i % 2 ? VillageB : VillageA));
        QVERIFY2(r, why(r));
        m_secrets << r->name << r->idNumber << r->phone;
    }
}

void TstEncryptedDb::nothingReadableInFileWalOrBackup_data()
{
    QTest::addColumn<Crypto::Suite>("suite");
    QTest::newRow("AES-256-GCM") << Crypto::Suite::International;
    QTest::newRow("SM4-CTR+HMAC-SM3") << Crypto::Suite::Commercial;
}

void TstEncryptedDb::nothingReadableInFileWalOrBackup()
{
    QFETCH(Crypto::Suite, suite);
    // Control: the same rows in a plain database are found by the same grep.
    const QString plain = newPath();
    QVERIFY(openDatabase(m_conn, plain).ok());
    QVERIFY(addAreas(m_conn));
    addKnownResidents();
    const QByteArray plainWal = readAll(plain + QStringLiteral("-wal"));
    closeDatabase(m_conn);
    QCOMPARE(leaks(plainWal + readAll(plain), m_secrets).size(), m_secrets.size());

    const QString path = newPath();
    makeEncrypted(path, suite);
    // While open, the rows are in the WAL: encrypted there too.
    const QByteArray wal = readAll(path + QStringLiteral("-wal"));
    QVERIFY(wal.size() > 4096);
    QCOMPARE(leaks(wal, m_secrets), QStringList());
    QCOMPARE(leaks(readAll(path), m_secrets), QStringList());
    // A backup (its temporary snapshot is encrypted too).
    BackupOptions o;
    o.password = QStringLiteral("backup-pass-1");
    o.suite = suite;
    o.iterations = 1000;
    const QString target = m_dir.filePath(QStringLiteral("enc%1.jybak").arg(m_n));
    auto b = BackupService::backup(Scope::administrator(), path, target, o);
    QVERIFY2(b, why(b));
    closeDatabase(m_conn);
    QCOMPARE(leaks(readAll(path), m_secrets), QStringList());
    QCOMPARE(leaks(readAll(path + QStringLiteral("-wal")), m_secrets), QStringList());
    QCOMPARE(leaks(readAll(target), m_secrets), QStringList());
    QCOMPARE(leaks(readAll(EncryptedDb::keyFilePath(path)), m_secrets), QStringList());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".backup-tmp")));
    // The backup verifies with its password.
    auto v = BackupService::verify(Scope::administrator(), target, o.password);
    QVERIFY2(v, why(v));
    // Without the key the bytes are not a database: SQLite itself cannot read the schema.
    EncryptedDb::lock(path);
    sqlite3 *h = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    QVERIFY(sqlite3_exec(h, "SELECT count(*) FROM resident", nullptr, nullptr, nullptr) !=
            SQLITE_OK);
    sqlite3_close(h);
}

void TstEncryptedDb::wrongPasswordCannotOpen()
{
    const QString path = newPath();
    makeEncrypted(path);
    closeDatabase(m_conn);
    EncryptedDb::lock(path);

    auto locked = openDatabase(m_conn, path);
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, QStringLiteral("db.locked"));
    auto wrong = EncryptedDb::unlock(path, QStringLiteral("admin"), QStringLiteral("wrong-pass-9"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("login.failed"));
    QVERIFY(!EncryptedDb::isUnlocked(path));
    QVERIFY(!openDatabase(m_conn, path));
    QVERIFY(!EncryptedDb::unlock(path, QStringLiteral("nobody"), AdminPassword));

    auto right = EncryptedDb::unlock(path, QStringLiteral("admin"), AdminPassword);
    QVERIFY2(right, why(right));
    QVERIFY(openDatabase(m_conn, path).ok());
    auto scope = UserRepository(m_conn, fastPolicy())
                     .login(QStringLiteral("admin"), AdminPassword, QStringLiteral("ws"));
    QVERIFY2(scope, why(scope));
    QCOMPARE(*ResidentRepository(m_conn).count(*scope), qint64(4));
}

void TstEncryptedDb::lockoutCountsFailedUnlocks()
{
    const QString path = newPath();
    makeEncrypted(path);
    closeDatabase(m_conn);
    EncryptedDb::lock(path);
    const int max = SecurityPolicy::defaults().maxFailures;
    for (int i = 0; i < max; ++i)
        QVERIFY(
            !EncryptedDb::unlock(path, QStringLiteral("admin"), QStringLiteral("wrong-pass-9")));
    // Locked: even the right password is refused until the lock time has passed.
    auto r = EncryptedDb::unlock(path, QStringLiteral("admin"), AdminPassword);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("login.locked"));
    // The recovery key is not subject to the lock (the administrator's way back in).
}

void TstEncryptedDb::recoveryKeyOpens()
{
    const QString path = newPath();
    auto created = EncryptedDb::create(path, Crypto::Suite::International);
    QVERIFY2(created, why(created));
    QVERIFY(openDatabase(m_conn, path).ok());
    QVERIFY(addAreas(m_conn));
    addKnownResidents();
    closeDatabase(m_conn);
    EncryptedDb::lock(path);

    QVERIFY(!EncryptedDb::unlockWithRecovery(path, BackupService::generateRecoveryKey()));
    QVERIFY(!openDatabase(m_conn, path));
    // Case and spacing do not matter.
    auto r = EncryptedDb::unlockWithRecovery(path,
                                             QStringLiteral("  ") + created->recoveryKey.toLower());
    QVERIFY2(r, why(r));
    QVERIFY(EncryptedDb::unlockedByRecovery(path));
    QVERIFY(openDatabase(m_conn, path).ok());
    QCOMPARE(*ResidentRepository(m_conn).count(Scope::administrator()), qint64(4));
}

void TstEncryptedDb::corruptedPageIsDetected_data()
{
    nothingReadableInFileWalOrBackup_data();
}

void TstEncryptedDb::corruptedPageIsDetected()
{
    QFETCH(Crypto::Suite, suite);
    const QString path = newPath();
    makeEncrypted(path, suite);
    QVERIFY(checkDatabase(m_conn)->isEmpty());
    closeDatabase(m_conn); // checkpointed: every page is in the file
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
            QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    const qint64 pages = QFileInfo(path).size() / 4096;
    QVERIFY(pages > 5);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 3 + 1000); // page 4
        char c;
        f.getChar(&c);
        f.seek(4096 * 3 + 1000);
        f.putChar(char(c ^ 0x01));
    }
    QVERIFY(openDatabase(m_conn, path).ok()); // page 1 is intact
    auto check = checkDatabase(m_conn);
    QVERIFY(!check);
    QCOMPARE(check.error().code, QStringLiteral("db.tampered"));
    QVERIFY2(check.error().message.contains(QStringLiteral("page 4")),
             qPrintable(check.error().message));
    QVERIFY(PageVfs::authFailures() > 0);
    closeDatabase(m_conn);

    // Page 1 itself (past the clear header): the database does not open at all.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(200);
        char c;
        f.getChar(&c);
        f.seek(200);
        f.putChar(char(c ^ 0x40));
    }
    auto opened = openDatabase(m_conn, path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, QStringLiteral("db.tampered"));
}

void TstEncryptedDb::storageApiWorksUnchanged_data()
{
    nothingReadableInFileWalOrBackup_data();
}

void TstEncryptedDb::storageApiWorksUnchanged()
{
    QFETCH(Crypto::Suite, suite);
    const QString path = newPath();
    makeEncrypted(path, suite);
    const Scope admin = Scope::administrator();
    ResidentRepository residents(m_conn);
    // Residents: create, update, find, search by name, pinyin initials and ID tail.
    auto r = residents.create(admin, person(QStringLiteral("王建国"), 90, VillageA));
    QVERIFY2(r, why(r));
    Resident changed = *r;
    changed.phone = QStringLiteral("13912345678");
    QVERIFY(residents.update(admin, changed));
    QCOMPARE(residents.findById(admin, r->id)->phone, QStringLiteral("13912345678"));
    QCOMPARE(residents.findByIdNumber(admin, r->idNumber)->name, QStringLiteral("王建国"));
    for (const QString &query :
         {QStringLiteral("王建"), QStringLiteral("wjg"), r->idNumber.right(6)}) {
        ResidentCursor cursor(m_conn, SearchPlan::forQuery(query), {}, admin);
        const QVector<Resident> rows = loadResidentRows(m_conn, cursor.next(20));
        QVERIFY2(!rows.isEmpty() && rows.first().name == QStringLiteral("王建国"),
                 qPrintable(query));
    }
    // Chronic care: registration, follow-ups, worklist and indicators.
    ChronicRepository chronic(m_conn);
    ChronicRegistration g;
    g.residentId = r->id;
    g.programme = QStringLiteral("hypertension");
    g.icd10 = QStringLiteral("I10.x00x002");
    g.diagnosedOn = QDate(2020, 5, 1);
    g.registeredOn = QDate(2020, 5, 3);
    g.riskLevel = QStringLiteral("high");
    auto reg = chronic.registerResident(admin, g);
    QVERIFY2(reg, why(reg));
    for (int i = 0; i < 20; ++i) {
        ChronicFollowup f;
        f.registrationId = reg->id;
        f.visitDate = QDate(2021, 1, 10).addDays(i * 30);
        f.mode = 1;
        f.sbp = 130 + i % 20;
        f.dbp = 80;
        f.heartRate = 72;
        auto rec = chronic.record(admin, f);
        QVERIFY2(rec, why(rec));
    }
    QCOMPARE(chronic.followups(admin, reg->id)->size(), 20);
    IndicatorFilter filter;
    filter.year = 2021;
    auto indicators = chronicIndicators(m_conn, admin, filter, ChronicRuleSet::active());
    QVERIFY2(indicators, why(indicators));
    QVERIFY(!indicators->isEmpty());
    QVERIFY(checkDatabase(m_conn)->isEmpty());
    // After closing and unlocking again, everything is still there.
    closeDatabase(m_conn);
    EncryptedDb::lock(path);
    QVERIFY(EncryptedDb::unlock(path, QStringLiteral("admin"), AdminPassword));
    QVERIFY(openDatabase(m_conn, path).ok());
    QCOMPARE(ChronicRepository(m_conn).followups(admin, reg->id)->size(), 20);
    QCOMPARE(*ResidentRepository(m_conn).count(admin), qint64(5));
}

void TstEncryptedDb::keySlotsFollowUsers()
{
    const QString path = newPath();
    makeEncrypted(path);
    UserRepository users(m_conn, fastPolicy());
    auto adminScope = users.login(QStringLiteral("admin"), AdminPassword, QStringLiteral("ws"));
    QVERIFY2(adminScope, why(adminScope));
    User nurse;
    nurse.username = QStringLiteral("hushi");
    nurse.role = QStringLiteral("nurse");
    QVERIFY(users.create(*adminScope, nurse, QStringLiteral("nurse-pass-1")));
    QVERIFY(EncryptedDb::slotUsers(path).contains(QStringLiteral("hushi")));
    // The nurse changes her password: the slot follows, the old password no longer unlocks.
    QVERIFY(users.changePassword(QStringLiteral("hushi"), QStringLiteral("nurse-pass-1"),
                                 QStringLiteral("nurse-pass-2"), QStringLiteral("ws")));
    closeDatabase(m_conn);
    EncryptedDb::lock(path);
    QVERIFY(!EncryptedDb::unlock(path, QStringLiteral("hushi"), QStringLiteral("nurse-pass-1")));
    auto u = EncryptedDb::unlock(path, QStringLiteral("hushi"), QStringLiteral("nurse-pass-2"));
    QVERIFY2(u, why(u));
    QVERIFY(openDatabase(m_conn, path).ok());
    // One KDF for unlock + login: the login takes the unlock's word for the same password.
    auto nurseScope =
        UserRepository(m_conn, fastPolicy())
            .login(QStringLiteral("hushi"), QStringLiteral("nurse-pass-2"), QStringLiteral("ws"));
    QVERIFY2(nurseScope, why(nurseScope));
    // The administrator resets it; then disables the account, which removes the slot.
    QVERIFY(UserRepository(m_conn, fastPolicy())
                .setPassword(*adminScope, QStringLiteral("hushi"), QStringLiteral("reset-pass-3")));
    QVERIFY(EncryptedDb::slotUsers(path).contains(QStringLiteral("hushi")));
    auto loaded =
        UserRepository(m_conn, fastPolicy()).findByUsername(*adminScope, QStringLiteral("hushi"));
    QVERIFY(loaded);
    User off = *loaded;
    off.disabled = true;
    QVERIFY(UserRepository(m_conn, fastPolicy()).update(*adminScope, off));
    QVERIFY(!EncryptedDb::slotUsers(path).contains(QStringLiteral("hushi")));
}

void TstEncryptedDb::backupRestoresAnEncryptedDatabase()
{
    const QString path = newPath();
    makeEncrypted(path);
    BackupOptions o;
    o.password = QStringLiteral("backup-pass-1");
    o.iterations = 1000;
    const QString target = m_dir.filePath(QStringLiteral("r%1.jybak").arg(m_n));
    QVERIFY(BackupService::backup(Scope::administrator(), path, target, o));
    closeDatabase(m_conn);
    // Restore into a new place: the file stays encrypted and its key file comes back.
    const QString restored = newPath();
    auto r = BackupService::restore(Scope::administrator(), target, restored, o.password);
    QVERIFY2(r, why(r));
    QVERIFY(QFileInfo::exists(EncryptedDb::keyFilePath(restored)));
    QCOMPARE(leaks(readAll(restored), m_secrets), QStringList());
    QVERIFY(!openDatabase(m_conn, restored));
    QVERIFY(EncryptedDb::unlock(restored, QStringLiteral("admin"), AdminPassword));
    QVERIFY(openDatabase(m_conn, restored).ok());
    QCOMPARE(*ResidentRepository(m_conn).count(Scope::administrator()), qint64(4));
}

void TstEncryptedDb::preMigrationCopyIsEncrypted()
{
    const QString path = newPath();
    QVERIFY(EncryptedDb::create(path, Crypto::Suite::International, QStringLiteral("admin"),
                                AdminPassword));
    OpenOptions old;
    old.migrate = false;
    QVERIFY(openDatabase(m_conn, path, old).ok());
    QVERIFY(migrateTo(m_conn, 2).ok());
    QVERIFY(addAreas(m_conn));
    {
        QSqlQuery q(db(m_conn));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO area VALUES('430121101299','欧阳秘密村','village','430121101')")));
    }
    closeDatabase(m_conn);
    auto opened = openDatabase(m_conn, path); // migrates, copying first
    QVERIFY2(opened, why(opened));
    QVERIFY(!opened->backupPath.isEmpty());
    closeDatabase(m_conn);
    const QString copy = opened->backupPath;
    QVERIFY(QFileInfo::exists(EncryptedDb::keyFilePath(copy)));
    QVERIFY(!readAll(copy).contains(QStringLiteral("欧阳秘密村").toUtf8()));
    // The copy opens with the same password, and only with it.
    EncryptedDb::lock(copy);
    QVERIFY(!EncryptedDb::unlock(copy, QStringLiteral("admin"), QStringLiteral("wrong-pass-9")));
    QVERIFY(EncryptedDb::unlock(copy, QStringLiteral("admin"), AdminPassword));
    OpenOptions asIs;
    asIs.migrate = false;
    QVERIFY(openDatabase(QStringLiteral("copy"), copy, asIs).ok());
    {
        QSqlQuery q(db(QStringLiteral("copy")));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM area WHERE code='430121101299'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("欧阳秘密村"));
    }
    closeDatabase(QStringLiteral("copy"));
}

void TstEncryptedDb::plainDatabaseIsConverted()
{
    const QString path = newPath();
    QVERIFY(openDatabase(m_conn, path).ok());
    QVERIFY(addAreas(m_conn));
    addKnownResidents();
    closeDatabase(m_conn);
    auto c = EncryptedDb::encryptExisting(path, Crypto::Suite::International,
                                          QStringLiteral("admin"), AdminPassword);
    QVERIFY2(c, why(c));
    QVERIFY(QFileInfo::exists(c->keptPlain));
    QCOMPARE(leaks(readAll(c->keptPlain), m_secrets).size(), m_secrets.size()); // the kept original
    QCOMPARE(leaks(readAll(path), m_secrets), QStringList());
    QVERIFY(EncryptedDb::isEncrypted(path));
    QVERIFY(!EncryptedDb::encryptExisting(path, Crypto::Suite::International, {}, {}));
    EncryptedDb::lock(path);
    QVERIFY(EncryptedDb::unlock(path, QStringLiteral("admin"), AdminPassword));
    QVERIFY(openDatabase(m_conn, path).ok());
    QCOMPARE(*ResidentRepository(m_conn).count(Scope::administrator()), qint64(4));
    QVERIFY(checkDatabase(m_conn)->isEmpty());
}

void TstEncryptedDb::plainDatabasesStillWork()
{
    const QString path = newPath();
    QVERIFY(openDatabase(m_conn, path).ok());
    QVERIFY(addAreas(m_conn));
    addKnownResidents();
    QVERIFY(!EncryptedDb::isEncrypted(path));
    QVERIFY(!QFileInfo::exists(EncryptedDb::keyFilePath(path)));
    closeDatabase(m_conn);
    QVERIFY(readAll(path).contains(m_secrets.first().toUtf8()));
    QVERIFY(openDatabase(m_conn, path).ok());
    QCOMPARE(*ResidentRepository(m_conn).count(Scope::administrator()), qint64(4));
}

void TstEncryptedDb::rollbackJournalAndVacuumAreEncrypted()
{
    const QString path = newPath();
    makeEncrypted(path);
    closeDatabase(m_conn);
    // A rollback journal kept on disk (PERSIST) holds the pages as they were before the change.
    sqlite3 *h = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(h, "PRAGMA journal_mode=PERSIST", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(
        sqlite3_exec(h, "UPDATE resident SET address = address || '路'", nullptr, nullptr, nullptr),
        SQLITE_OK);
    const QByteArray journal = readAll(path + QStringLiteral("-journal"));
    QVERIFY(journal.size() > 4096);
    QCOMPARE(leaks(journal, m_secrets), QStringList());
    // A rolled-back change reads its pages back from the journal.
    QCOMPARE(sqlite3_exec(h, "BEGIN; UPDATE resident SET name = 'X'; ROLLBACK;", nullptr, nullptr,
                          nullptr),
             SQLITE_OK);
    // VACUUM rebuilds the file through a temporary database.
    QCOMPARE(sqlite3_exec(h, "PRAGMA temp_store=FILE; VACUUM; PRAGMA journal_mode=WAL;", nullptr,
                          nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(h);
    QCOMPARE(leaks(readAll(path), m_secrets), QStringList());
    QVERIFY(openDatabase(m_conn, path).ok());
    QVERIFY(checkDatabase(m_conn)->isEmpty());
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM resident WHERE name = '欧阳加密' AND address LIKE '%路'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TstEncryptedDb)
#include "tst_encrypteddb.moc"
