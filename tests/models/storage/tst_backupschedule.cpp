// Backup schedule: when a backup is due (daily, every N hours, a missed schedule), pruning beyond
// K, and scheduled runs end to end in both cipher suites (no password stored; the backup opens
// with the password or the recovery key; restore round trip; verification state; audit).
#include "securitytestutil.h"

#include "backupschedule.h"
#include "dbaccess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Models;
using namespace SecurityTest;

Q_DECLARE_METATYPE(Models::Crypto::Suite)
Q_DECLARE_METATYPE(Models::BackupSchedule::Mode)

class TstBackupSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void due_data();
    void due();
    void pruneKeepsTheNewestOfThisDatabaseOnly();
    void scheduledRuns_data();
    void scheduledRuns();
    void missedScheduleRunsOnceAtNextStart();
    void scheduleNeedsPasswordFolderAndPermission();
    void passwordIsNotStored();

private:
    BackupSchedule schedule(Crypto::Suite suite = Crypto::Suite::International) const;
    QTemporaryDir m_dir;
    QString m_conn = QStringLiteral("schedule");
    QString m_db;
    QString m_folder;
    QString m_residentName = QStringLiteral("欧阳计划");
};

void TstBackupSchedule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstBackupSchedule::init()
{
    static int n = 0;
    ++n;
    m_db = m_dir.filePath(QStringLiteral("s%1.db").arg(n));
    m_folder = m_dir.filePath(QStringLiteral("backups%1").arg(n));
    QVERIFY(openDatabase(m_conn, m_db).ok());
    QVERIFY(addAreas(m_conn));
    QVERIFY(ResidentRepository(m_conn).create(Scope::administrator(),
                                              person(m_residentName, 7, VillageA)));
}

void TstBackupSchedule::cleanup()
{
    closeDatabase(m_conn);
}

BackupSchedule TstBackupSchedule::schedule(Crypto::Suite suite) const
{
    BackupSchedule s;
    s.mode = BackupSchedule::Mode::Daily;
    s.dailyAt = QTime(12, 30);
    s.keep = 3;
    s.folder = m_folder;
    s.suite = suite;
    return s;
}

void TstBackupSchedule::due_data()
{
    QTest::addColumn<BackupSchedule::Mode>("mode");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QDateTime>("last");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("due");
    QTest::addColumn<QDateTime>("next");
    using M = BackupSchedule::Mode;
    const QDate d(2026, 3, 10);
    auto at = [](const QDate &day, int h, int m = 0) { return QDateTime(day, QTime(h, m)); };
    QTest::newRow("off") << M::Off << 0 << at(d, 1) << at(d, 23) << false << QDateTime();
    QTest::newRow("daily, never ran: now")
        << M::Daily << 0 << QDateTime() << at(d, 9) << true << at(d, 9);
    QTest::newRow("daily, ran this morning, before 12:30")
        << M::Daily << 0 << at(d, 8) << at(d, 12, 29) << false << at(d, 12, 30);
    QTest::newRow("daily, at 12:30 exactly")
        << M::Daily << 0 << at(d, 8) << at(d, 12, 30) << true << at(d, 12, 30);
    QTest::newRow("daily, ran at 12:30, same evening")
        << M::Daily << 0 << at(d, 12, 30) << at(d, 22) << false << at(d.addDays(1), 12, 30);
    QTest::newRow("daily, ran after 12:30, next day before")
        << M::Daily << 0 << at(d, 13) << at(d.addDays(1), 12) << false << at(d.addDays(1), 12, 30);
    QTest::newRow("daily, PC off three days: due at start")
        << M::Daily << 0 << at(d, 12, 31) << at(d.addDays(3), 8) << true
        << at(d.addDays(1), 12, 30);
    QTest::newRow("6 hours, not yet")
        << M::EveryHours << 6 << at(d, 8) << at(d, 13, 59) << false << at(d, 14);
    QTest::newRow("6 hours, due") << M::EveryHours << 6 << at(d, 8) << at(d, 14) << true
                                  << at(d, 14);
    QTest::newRow("24 hours, weekend missed")
        << M::EveryHours << 24 << at(d, 18) << at(d.addDays(3), 8) << true << at(d.addDays(1), 18);
}

void TstBackupSchedule::due()
{
    QFETCH(BackupSchedule::Mode, mode);
    QFETCH(int, hours);
    QFETCH(QDateTime, last);
    QFETCH(QDateTime, now);
    QFETCH(bool, due);
    QFETCH(QDateTime, next);
    BackupSchedule s;
    s.mode = mode;
    s.everyHours = hours;
    s.dailyAt = QTime(12, 30);
    QCOMPARE(s.isDue(last, now), due);
    QCOMPARE(s.nextDue(last, now), next);
}

void TstBackupSchedule::pruneKeepsTheNewestOfThisDatabaseOnly()
{
    QVERIFY(QDir().mkpath(m_folder));
    const QString base = QFileInfo(m_db).completeBaseName();
    auto touch = [this](const QString &name) {
        QFile f(QDir(m_folder).filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
    };
    for (int day = 1; day <= 5; ++day)
        QVERIFY(touch(base + QStringLiteral("-auto-2026030%1-123000-000.jybak").arg(day)));
    QVERIFY(touch(base + QStringLiteral("-20260301-090000.jybak")));        // a manual backup
    QVERIFY(touch(QStringLiteral("other-auto-20260301-123000-000.jybak"))); // another database's
    QCOMPARE(BackupScheduler::scheduledFiles(m_folder, m_db).size(), 5);
    const QStringList removed = BackupScheduler::prune(m_folder, m_db, 2);
    QCOMPARE(removed.size(), 3);
    for (const QString &r : removed)
        QVERIFY(r.contains(QLatin1String("-auto-2026030")) &&
                !r.contains(QLatin1String("20260305")) && !r.contains(QLatin1String("20260304")));
    const QStringList left = QDir(m_folder).entryList(QDir::Files);
    QCOMPARE(left.size(), 4);
    QVERIFY(left.contains(base + QStringLiteral("-auto-20260305-123000-000.jybak")));
    QVERIFY(left.contains(base + QStringLiteral("-auto-20260304-123000-000.jybak")));
    QVERIFY(left.contains(base + QStringLiteral("-20260301-090000.jybak")));
    QVERIFY(left.contains(QStringLiteral("other-auto-20260301-123000-000.jybak")));
}

void TstBackupSchedule::scheduledRuns_data()
{
    QTest::addColumn<Crypto::Suite>("suite");
    QTest::newRow("international (RSA-OAEP, AES-256-GCM)") << Crypto::Suite::International;
    QTest::newRow("commercial (SM2, SM4, SM3)") << Crypto::Suite::Commercial;
}

void TstBackupSchedule::scheduledRuns()
{
    QFETCH(Crypto::Suite, suite);
    const Scope admin = Scope::administrator();
    BackupScheduler scheduler(m_conn);
    const QString recovery = BackupService::generateRecoveryKey();
    auto saved =
        scheduler.save(admin, schedule(suite), QStringLiteral("backup-pass-1"), recovery, 1000);
    QVERIFY2(saved, why(saved));

    // Five days of a daily schedule, keep 3: one backup a day, the oldest two pruned.
    QDateTime now(QDate(2026, 3, 10), QTime(8, 0));
    QStringList taken;
    for (int day = 0; day < 5; ++day) {
        auto r = scheduler.runIfDue(admin, m_db, now);
        QVERIFY2(r, why(r));
        QVERIFY(r->due);
        QVERIFY(r->info.verified);
        taken << r->info.path;
        // Not due again before the next 12:30 (the first run, at 8:00, was the catch-up one).
        auto again = scheduler.runIfDue(admin, m_db, now.addSecs(3600));
        QVERIFY2(again, why(again));
        QVERIFY(!again->due);
        QDateTime next(now.date(), QTime(12, 30));
        if (next <= now)
            next = next.addDays(1);
        QCOMPARE(again->nextDue, next);
        now = QDateTime(now.date().addDays(1), QTime(12, 45));
    }
    QCOMPARE(BackupScheduler::scheduledFiles(m_folder, m_db),
             (QStringList{taken[4], taken[3], taken[2]}));
    QVERIFY(!QFile::exists(taken[0]) && !QFile::exists(taken[1]));

    // The log: five runs, verified; the list's verification state comes from it.
    auto runs = scheduler.runs(admin);
    QVERIFY(runs);
    QCOMPARE(runs->size(), 5);
    QCOMPARE(runs->value(QFileInfo(taken[4]).absoluteFilePath()).verifyState, 1);
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral("SELECT count(*) FROM backup_run WHERE pruned_at IS NOT NULL"));
    q.next();
    QCOMPARE(q.value(0).toInt(), 2);
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.scheduled'"));
    q.next();
    QCOMPARE(q.value(0).toInt(), 5);

    // No clear text; the password and the recovery key open it; a wrong password does not.
    QFile f(taken[4]);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(m_residentName.toUtf8()));
    QVERIFY(!bytes.contains("SQLite format 3"));
    auto v = BackupService::verify(admin, taken[4], QStringLiteral("backup-pass-1"));
    QVERIFY2(v, why(v));
    QCOMPARE(v->cipher, Crypto::cipherName(suite));
    QVERIFY(BackupService::verify(admin, taken[4], recovery.toLower()));
    QCOMPARE(BackupService::verify(admin, taken[4], QStringLiteral("backup-pass-2")).error().code,
             QStringLiteral("backup.password"));
    QVERIFY(scheduler.recordVerification(admin, taken[4], true, {}));

    // Restore round trip of a scheduled backup.
    const QString restored = m_dir.filePath(QStringLiteral("restored-%1.db").arg(int(suite)));
    auto r = BackupService::restore(admin, taken[4], restored, QStringLiteral("backup-pass-1"));
    QVERIFY2(r, why(r));
    sqlite3 *h = nullptr;
    QCOMPARE(sqlite3_open_v2(restored.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    QCOMPARE(
        sqlite3_prepare_v2(h, "SELECT count(*) FROM resident WHERE name = ?", -1, &st, nullptr),
        SQLITE_OK);
    const QByteArray name = m_residentName.toUtf8();
    sqlite3_bind_text(st, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    sqlite3_close(h);
}

void TstBackupSchedule::missedScheduleRunsOnceAtNextStart()
{
    const Scope admin = Scope::administrator();
    BackupScheduler scheduler(m_conn);
    BackupSchedule s = schedule();
    s.mode = BackupSchedule::Mode::EveryHours;
    s.everyHours = 4;
    QVERIFY(scheduler.save(admin, s, QStringLiteral("backup-pass-1"), {}, 1000));
    const QDateTime friday(QDate(2026, 3, 13), QTime(17, 0));
    QVERIFY(scheduler.runIfDue(admin, m_db, friday)->due);
    const QDateTime monday(QDate(2026, 3, 16), QTime(8, 0));
    auto r = scheduler.runIfDue(admin, m_db, monday);
    QVERIFY(r && r->due);
    QCOMPARE(r->nextDue, monday.addSecs(4 * 3600));
    QVERIFY(!scheduler.runIfDue(admin, m_db, monday.addSecs(60))->due);
    QCOMPARE(BackupScheduler::scheduledFiles(m_folder, m_db).size(), 2);
    // --force takes one even when not due.
    QVERIFY(scheduler.runIfDue(admin, m_db, monday.addSecs(120), true)->due);
}

void TstBackupSchedule::scheduleNeedsPasswordFolderAndPermission()
{
    const Scope admin = Scope::administrator();
    BackupScheduler scheduler(m_conn);
    auto noKey = scheduler.save(admin, schedule());
    QVERIFY(!noKey);
    QCOMPARE(noKey.error().field, QStringLiteral("password"));
    BackupSchedule noFolder = schedule();
    noFolder.folder = QStringLiteral("  ");
    QCOMPARE(
        scheduler.save(admin, noFolder, QStringLiteral("backup-pass-1"), {}, 1000).error().field,
        QStringLiteral("folder"));
    QCOMPARE(scheduler.save(admin, schedule(), QStringLiteral("short"), {}, 1000).error().field,
             QStringLiteral("password"));
    BackupSchedule badKeep = schedule();
    badKeep.keep = 0;
    QCOMPARE(
        scheduler.save(admin, badKeep, QStringLiteral("backup-pass-1"), {}, 1000).error().field,
        QStringLiteral("keep"));
    // Off needs nothing; running it says so.
    BackupSchedule off;
    QVERIFY(scheduler.save(admin, off));
    QCOMPARE(scheduler.runIfDue(admin, m_db, QDateTime::currentDateTime()).error().code,
             QStringLiteral("schedule.off"));
    // Saving again without a password keeps the key made before.
    QVERIFY(scheduler.save(admin, schedule(), QStringLiteral("backup-pass-1"), {}, 1000));
    const QByteArray key = scheduler.load(admin)->keyPair;
    BackupSchedule hours = schedule();
    hours.mode = BackupSchedule::Mode::EveryHours;
    hours.everyHours = 12;
    QVERIFY(scheduler.save(admin, hours));
    QCOMPARE(scheduler.load(admin)->keyPair, key);
    QCOMPARE(scheduler.load(admin)->everyHours, 12);
    // Only roles with backup.write (administrators) set the schedule.
    Scope nurse = admin;
    nurse.allPermissions = false;
    nurse.permissions = {QStringLiteral("resident.read"), QStringLiteral("backup.read")};
    QCOMPARE(scheduler.save(nurse, schedule(), QStringLiteral("backup-pass-1")).error().code,
             QStringLiteral("scope.forbidden"));
    QCOMPARE(scheduler.runIfDue(nurse, m_db, QDateTime::currentDateTime()).error().code,
             QStringLiteral("scope.forbidden"));
}

void TstBackupSchedule::passwordIsNotStored()
{
    BackupScheduler scheduler(m_conn);
    QVERIFY(scheduler.save(Scope::administrator(), schedule(), QStringLiteral("backup-pass-1"), {},
                           1000));
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral("SELECT group_concat(value, '|') FROM backup_setting"));
    q.next();
    QVERIFY(!q.value(0).toString().contains(QLatin1String("backup-pass-1")));
    q.exec(QStringLiteral("SELECT group_concat(coalesce(before_json, '') || coalesce(after_json, "
                          "''), '|') FROM audit_log"));
    q.next();
    QVERIFY(!q.value(0).toString().contains(QLatin1String("backup-pass-1")));
    QVERIFY(BackupService::keyPairOpens(scheduler.load(Scope::administrator())->keyPair,
                                        QStringLiteral("backup-pass-1")));
    QVERIFY(!BackupService::keyPairOpens(scheduler.load(Scope::administrator())->keyPair,
                                         QStringLiteral("backup-pass-2")));
}

QTEST_GUILESS_MAIN(TstBackupSchedule)
#include "tst_backupschedule.moc"
