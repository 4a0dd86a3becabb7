// Two workstations and a real platform over HTTPS on 127.0.0.1 (test CA made here).
#include "synctestutil.h"

#include "syncstate.h"

#include <QLockFile>

using namespace SyncTest;

class TestSyncFlow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Platform m_platform;
    QString m_ca, m_tokenA, m_tokenB;
    Models::Scope m_admin = Models::Scope::administrator();
    QStringList m_ids;

    Sync::SyncSummary syncA() { return sync("a", m_platform, m_tokenA, m_ca); }
    Sync::SyncSummary syncB() { return sync("b", m_platform, m_tokenB, m_ca); }
    void allAgree()
    {
        QCOMPARE(dump("a", "resident", ResidentColumns), dump("b", "resident", ResidentColumns));
        QCOMPARE(dump("a", "household", HouseholdColumns),
                 dump("b", "household", HouseholdColumns));
        QCOMPARE(scalar("a", "SELECT count(*) FROM outbox WHERE acked_at IS NULL"), 0);
        QCOMPARE(scalar("b", "SELECT count(*) FROM outbox WHERE acked_at IS NULL"), 0);
    }
    static QString nameOf(int i)
    {
        const QString d = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        return QStringLiteral("居") + d.at(i / 10) + d.at(i % 10);
    }
    Models::Resident get(const QString &conn, const QString &id)
    {
        if (m_ids.size() < 30)
            qFatal("initialSync failed");
        return *Models::ResidentRepository(conn).findById(m_admin, id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = startTlsPlatform(m_platform, m_dir.path());
        QVERIFY(!m_ca.isEmpty());
        m_tokenA = m_platform.addToken("幸福村卫生室", Township);
        m_tokenB = m_platform.addToken("乡镇卫生院", County);
        QVERIFY(!m_tokenA.isEmpty() && !m_tokenB.isEmpty());
        QVERIFY(openWorkstation("a", m_dir.filePath("a.db")));
        QVERIFY(openWorkstation("b", m_dir.filePath("b.db")));
    }

    void cleanupTestCase()
    {
        Models::closeDatabase("a");
        Models::closeDatabase("b");
        m_platform.stop();
    }

    void certificateIsVerified()
    {
        auto s = sync("a", m_platform, m_tokenA,
                      QString()); // no CA: the test certificate is not trusted
        QVERIFY(!s.ok);
        QVERIFY(!s.error.isEmpty());
        s = sync("a", m_platform, QStringLiteral("wrong"), m_ca);
        QVERIFY(!s.ok);
    }

    void initialSync()
    {
        Models::ResidentRepository repo("a");
        for (int i = 0; i < 30; ++i) {
            auto r = repo.create(m_admin, resident(nameOf(i), i), i % 3 == 0);
            if (!r)
                QFAIL(qPrintable(r.error().message));
            m_ids << r->id;
        }
        const auto a = syncA();
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.sent, 40); // 30 residents + 10 households
        QCOMPARE(a.unsent, 0);
        const auto b = syncB();
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(b.received, 40);
        allAgree();
        QCOMPARE(m_platform.count(), 40);
        // B can search what it received (the search index is kept)
        QCOMPARE(scalar("b", "SELECT count(*) FROM search_term"),
                 scalar("a", "SELECT count(*) FROM search_term"));
        // a second sync moves nothing
        const auto again = syncA();
        QCOMPARE(again.sent, 0);
        QCOMPARE(again.merged, 0);
    }

    void disjointEditsMerge()
    {
        auto ra = get("a", m_ids[1]);
        ra.phone = QStringLiteral("13700000001");
        QVERIFY(Models::ResidentRepository("a").update(m_admin, ra).ok());
        auto rb = get("b", m_ids[1]);
        rb.address = QStringLiteral("和平路8号");
        QVERIFY(Models::ResidentRepository("b").update(m_admin, rb).ok());
        QVERIFY(syncA().ok);
        const auto b = syncB();
        QVERIFY(b.ok);
        QCOMPARE(b.merged, 1);
        QCOMPARE(b.newConflicts, 0);
        QCOMPARE(b.sent, 1);
        QVERIFY(syncA().ok);
        allAgree();
        QCOMPARE(get("a", m_ids[1]).phone, QStringLiteral("13700000001"));
        QCOMPARE(get("a", m_ids[1]).address, QStringLiteral("和平路8号"));
    }

    void sameFieldGoesToConflictQueue()
    {
        auto ra = get("a", m_ids[2]);
        ra.phone = QStringLiteral("13600000002");
        QVERIFY(Models::ResidentRepository("a").update(m_admin, ra).ok());
        auto rb = get("b", m_ids[2]);
        rb.phone = QStringLiteral("13500000002");
        rb.address = QStringLiteral("新地址");
        QVERIFY(Models::ResidentRepository("b").update(m_admin, rb).ok());
        QVERIFY(syncA().ok);
        const auto b = syncB();
        QVERIFY(b.ok);
        QCOMPARE(b.newConflicts, 1);
        QCOMPARE(b.openConflicts, 1);
        QCOMPARE(get("b", m_ids[2]).phone, QStringLiteral("13500000002")); // local value kept
        Sync::SyncState state("b");
        auto st = state.status(m_admin);
        QCOMPARE(st->conflicts, 1);
        QCOMPARE(st->unsent, 1); // truthful: the record is not on the platform yet
        auto conflicts = state.conflicts(m_admin);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->at(0).fields.size(), 1);
        const auto &f = conflicts->at(0).fields.at(0);
        QCOMPARE(f.field, QStringLiteral("phone"));
        QCOMPARE(f.mine.toString(), QStringLiteral("13500000002"));
        QCOMPARE(f.theirs.toString(), QStringLiteral("13600000002"));
        QCOMPARE(f.base.toString(),
                 get("a", m_ids[3]).phone.isEmpty() ? QString() : f.base.toString());
        // the record with an open conflict is not pushed
        QCOMPARE(syncB().sent, 0);
        // a person decides: edits the value
        QVERIFY(state.resolve(m_admin, "resident", m_ids[2], {{"phone", QJsonValue("13400000002")}})
                    .ok());
        QCOMPARE(state.status(m_admin)->conflicts, 0);
        const auto b2 = syncB();
        QVERIFY(b2.ok);
        QCOMPARE(b2.sent, 1);
        QVERIFY(syncA().ok);
        allAgree();
        QCOMPARE(get("a", m_ids[2]).phone, QStringLiteral("13400000002"));
        QCOMPARE(get("a", m_ids[2]).address, QStringLiteral("新地址"));
    }

    void identityFieldAlwaysAsks()
    {
        auto ra = get("a", m_ids[4]);
        ra.name = QStringLiteral("改名");
        QVERIFY(Models::ResidentRepository("a").update(m_admin, ra).ok());
        auto rb = get("b", m_ids[4]);
        rb.phone = QStringLiteral("13300000004");
        QVERIFY(Models::ResidentRepository("b").update(m_admin, rb).ok());
        QVERIFY(syncA().ok);
        const auto b = syncB();
        QCOMPARE(b.newConflicts, 1);
        auto conflicts = Sync::SyncState("b").conflicts(m_admin);
        QCOMPARE(conflicts->at(0).fields.at(0).field, QStringLiteral("name"));
        QCOMPARE(get("b", m_ids[4]).name, nameOf(4));
        QVERIFY(Sync::SyncState("b")
                    .resolve(m_admin, "resident", m_ids[4], {{"name", QJsonValue("改名")}})
                    .ok());
        QVERIFY(syncB().ok);
        QVERIFY(syncA().ok);
        allAgree();
        QCOMPARE(get("b", m_ids[4]).name, QStringLiteral("改名"));
        QCOMPARE(Models::ResidentRepository("b").findByIdNumber(m_admin, "x").ok(), false);
    }

    void tombstones()
    {
        QVERIFY(Models::ResidentRepository("a").remove(m_admin, m_ids[5]).ok());
        QVERIFY(syncA().ok);
        QVERIFY(syncB().ok);
        QCOMPARE(
            scalar("b",
                   QStringLiteral("SELECT deleted FROM resident WHERE id = '%1'").arg(m_ids[5])),
            1);
        allAgree();
    }

    void invalidRecordIsRejectedOthersGo()
    {
        Models::ResidentRepository repo("a");
        auto good = repo.create(m_admin, resident("好记录", 77));
        auto bad = repo.create(m_admin, resident("坏记录", 78));
        QVERIFY(good.ok() && bad.ok());
        // a record the platform refuses (as if an older version had stored a bad date)
        QSqlQuery q(QSqlDatabase::database("a"));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE resident SET birth_date = '1990-02-30' WHERE id = '%1'")
                       .arg(bad->id)));
        const auto a = syncA();
        QVERIFY(a.ok);
        QCOMPARE(a.sent, 1);
        QCOMPARE(a.rejected, 1);
        auto rejected = Sync::SyncState("a").rejected(m_admin);
        QCOMPARE(rejected->size(), 1);
        QCOMPARE(rejected->at(0).entityId, bad->id);
        QVERIFY(rejected->at(0).reason.contains("birthDate"));
        QCOMPARE(syncA().rejected, 0); // never retried automatically
        // fixed and resent
        auto fixed = get("a", bad->id);
        fixed.birthDate = QDate(1990, 2, 28);
        QVERIFY(repo.update(m_admin, fixed).ok());
        const auto a2 = syncA();
        QCOMPARE(a2.sent, 1);
        QCOMPARE(Sync::SyncState("a").rejected(m_admin)->size(), 0);
        QVERIFY(syncB().ok);
        allAgree();
    }

    void areaScoping()
    {
        // a token for another township sees nothing of ours and may not write it
        const QString other = m_platform.addToken("别处", "430121102");
        QVERIFY(openWorkstation("c", m_dir.filePath("c.db")));
        const auto c = sync("c", m_platform, other, m_ca);
        QVERIFY(c.ok);
        QCOMPARE(c.received, 0);
        QVERIFY(Models::ResidentRepository("c").create(m_admin, resident("越界", 90)).ok());
        const auto c2 = sync("c", m_platform, other, m_ca);
        QCOMPARE(c2.rejected, 1);
        Models::closeDatabase("c");
    }

    void oneSyncAtATime()
    {
        QLockFile lock(m_dir.filePath("b.db") + ".sync-lock");
        QVERIFY(lock.tryLock(0));
        const auto b = syncB();
        QVERIFY(!b.ok);
        QVERIFY(b.error.contains("同步"));
        lock.unlock();
        QVERIFY(syncB().ok);
    }

    // The platform sends a workstation's own writes back without their bodies (echo elision). A
    // database restored from an older backup lacks some of them: they are read in full, so
    // nothing is lost.
    void restoredBackupGetsItsOwnEchoes()
    {
        QVERIFY(syncA().ok);
        QVERIFY(syncB().ok);
        QSqlQuery q(QSqlDatabase::database("b"));
        const QString backup = m_dir.filePath("b-backup.db");
        QVERIFY(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
        auto created =
            Models::ResidentRepository("b").create(m_admin, resident("备份后", 77, Village2));
        QVERIFY(created.ok());
        auto changed = get("b", m_ids[3]);
        changed.address = QStringLiteral("备份后改的地址");
        QVERIFY(Models::ResidentRepository("b").update(m_admin, changed).ok());
        const auto pushed = syncB();
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QVERIFY(pushed.sent >= 2);
        const QStringList expected = dump("b", "resident", ResidentColumns);
        // Its own echo comes back elided: nothing changes on the up-to-date database.
        QCOMPARE(syncB().received, 0);

        Models::closeDatabase("b");
        QVERIFY(QFile::remove(m_dir.filePath("b.db")));
        QFile::remove(m_dir.filePath("b.db-wal"));
        QFile::remove(m_dir.filePath("b.db-shm"));
        QVERIFY(QFile::copy(backup, m_dir.filePath("b.db")));
        QVERIFY(openWorkstation("b", m_dir.filePath("b.db")));
        QVERIFY(!Models::ResidentRepository("b").findById(m_admin, created->id).ok());
        const auto restored = syncB();
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QVERIFY(restored.received >= 2);
        QCOMPARE(dump("b", "resident", ResidentColumns), expected);
        QCOMPARE(get("b", m_ids[3]).address, QStringLiteral("备份后改的地址"));
        QVERIFY(syncA().ok);
        allAgree();
    }
};

QTEST_GUILESS_MAIN(TestSyncFlow)
#include "tst_syncflow.moc"
