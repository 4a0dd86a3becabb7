// ResidentRepository writes: update and remove, the change log and audit chain of each write,
// atomicity, scope checks, tombstones and a caller-held transaction.
#include "arearepository.h"
#include "changelog.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentrepository.h"
#include "residentrepositorycase.h"
#include "residentsearch.h"
#include "searchterms.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Models;
using namespace ResidentRepositoryCase;

class TstResidentWrites : public QObject, public ResidentRepositoryCase::ResidentRepositoryTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { initTestCaseFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void updateAndRemove();
    void changeLogPerWrite();
    void auditChain();
    void atomicity_data();
    void atomicity();
    void scopeDenied();
    void tombstoneIsFinal();
    void callerTransaction();
};

void TstResidentWrites::updateAndRemove()
{
    ResidentRepository repo(conn());
    const Scope admin = Scope::administrator();
    Resident r = createOk(person(QStringLiteral("陈平"), idFor(QDate(1960, 2, 2), 81)));
    Resident changed = r;
    changed.name = QStringLiteral("陈平安");
    changed.phone = QStringLiteral("0731-84001234");
    changed.villageCode = kVillageB;
    auto updated = repo.update(admin, changed);
    QVERIFY2(updated, why(updated));
    QCOMPARE(updated->recordNo, r.recordNo); // never renumbered, even across villages
    QCOMPARE(updated->rid, r.rid);
    auto found = repo.findById(admin, r.id);
    QCOMPARE(found->name, QStringLiteral("陈平安"));
    QCOMPARE(found->phone, QStringLiteral("0731-84001234"));
    QCOMPARE(found->villageCode, kVillageB);
    QCOMPARE(termsOf(conn(), r.rid).size(),
             searchTermsFor(found->name, found->idNumber, found->phone, found->recordNo).size());

    QVERIFY(repo.remove(admin, r.id));
    found = repo.findById(admin, r.id); // a tombstone: still readable, marked deleted
    QVERIFY(found);
    QVERIFY(found->deleted);
    QCOMPARE(repo.count(admin).value(), qint64(0));
    QCOMPARE(termsOf(conn(), r.rid), QStringList());
    QCOMPARE(repo.findByIdNumber(admin, r.idNumber).error().code,
             QStringLiteral("resident.notfound"));
}

void TstResidentWrites::changeLogPerWrite()
{
    ResidentRepository repo(conn());
    const Scope admin = Scope::administrator();
    auto lastSeq = [&](const char *table) {
        return scalar(
            conn(),
            QStringLiteral("SELECT coalesce(max(seq), 0) FROM %1").arg(QLatin1String(table)));
    };
    struct Step
    {
        QStringList outbox;
        QStringList audit;
    };
    qint64 o = lastSeq("outbox"), a = lastSeq("audit_log");
    auto took = [&]() {
        Step s{outboxOps(conn(), o), auditActions(conn(), a)};
        o = lastSeq("outbox");
        a = lastSeq("audit_log");
        return s;
    };

    const Resident single = createOk(person(QStringLiteral("褚一"), idFor(QDate(1990, 3, 3), 13)));
    Step s = took();
    QCOMPARE(s.outbox, QStringList{"resident:create"});
    QCOMPARE(s.audit, QStringList{"resident:create"});

    const Resident head =
        createOk(person(QStringLiteral("卫二"), idFor(QDate(1991, 3, 3), 13)), true);
    s = took();
    QCOMPARE(s.outbox, (QStringList{"household:create", "resident:create"}));
    QCOMPARE(s.audit, (QStringList{"household:create", "resident:create"}));

    Resident changed = single;
    changed.address = QStringLiteral("柳树村5组");
    QVERIFY(repo.update(admin, changed));
    s = took();
    QCOMPARE(s.outbox, QStringList{"resident:update"});
    QCOMPARE(s.audit, QStringList{"resident:update"});
    QCOMPARE(scalar(conn(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE seq = ? AND entity_id = ?"
                                   " AND json_extract(before_json, '$.address') = ''"
                                   " AND json_extract(after_json, '$.address') = ?"),
                    {a, single.id, changed.address}),
             1);

    QVERIFY(repo.remove(admin, head.id));
    s = took();
    QCOMPARE(s.outbox, QStringList{"resident:delete"});
    QCOMPARE(s.audit, QStringList{"resident:delete"});

    // Reads and failed writes leave no trace.
    QVERIFY(repo.findById(admin, single.id));
    QVERIFY(!repo.create(admin, person(QString(), {})));
    s = took();
    QCOMPARE(s.outbox, QStringList());
    QCOMPARE(s.audit, QStringList());
}

void TstResidentWrites::auditChain()
{
    ResidentRepository repo(conn());
    const Scope admin = Scope::administrator();
    Resident r = createOk(person(QStringLiteral("蒋三"), idFor(QDate(1977, 7, 7), 13)), true);
    createOk(person(QStringLiteral("沈四"), idFor(QDate(1978, 8, 8), 14), kVillageB));
    r.phone = QStringLiteral("13911112222");
    QVERIFY(repo.update(admin, r));
    QVERIFY(repo.remove(admin, r.id));

    const QVector<AuditEntry> entries = auditEntries(conn());
    QCOMPARE(entries.size(), 5);
    QString prev(64, QLatin1Char('0'));
    for (const AuditEntry &e : entries) {
        QCOMPARE(e.prevHash, prev);
        QCOMPARE(ChangeLog::hashOf(e), e.hash);
        QCOMPARE(e.hash.size(), 64);
        QCOMPARE(e.userId, QStringLiteral("admin"));
        prev = e.hash;
    }
    // The hash covers the content: any edit of an entry is visible.
    AuditEntry forged = entries.at(3); // the update
    forged.afterJson.replace(QStringLiteral("13911112222"), QStringLiteral("13900000000"));
    QCOMPARE(forged.action, QStringLiteral("update"));
    QVERIFY(forged.afterJson != entries.at(3).afterJson);
    QVERIFY(ChangeLog::hashOf(forged) != forged.hash);
    // And the table refuses edits outright.
    QVERIFY(!run(conn(), QStringLiteral("UPDATE audit_log SET user_id = 'x' WHERE seq = 1")));
    QVERIFY(!run(conn(), QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
    QCOMPARE(auditEntries(conn()).size(), 5);
}

void TstResidentWrites::atomicity_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("trigger"); // fails the audit insert of the resident change
    const QString any = QStringLiteral("CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log"
                                       " BEGIN SELECT RAISE(ABORT, 'injected'); END");
    // With a household the household row, its outbox and audit rows, the resident row, its terms
    // and its outbox row are all written before the resident's audit insert fails.
    const QString residentOnly = QStringLiteral(
        "CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log WHEN NEW.entity = 'resident'"
        " BEGIN SELECT RAISE(ABORT, 'injected'); END");
    QTest::newRow("create") << "create" << any;
    QTest::newRow("create with household") << "household" << residentOnly;
    QTest::newRow("update") << "update" << any;
    QTest::newRow("remove") << "remove" << any;
}

void TstResidentWrites::atomicity()
{
    QFETCH(QString, operation);
    QFETCH(QString, trigger);
    ResidentRepository repo(conn());
    const Scope admin = Scope::administrator();
    const Resident existing =
        createOk(person(QStringLiteral("王大山"), idFor(QDate(1965, 5, 5), 15)));
    const QStringList existingTerms = termsOf(conn(), existing.rid);
    QVERIFY(existingTerms.size() > 5);
    const auto before = counts(conn());
    const qint64 nextRid = scalar(conn(), QStringLiteral("SELECT max(rid) + 1 FROM resident"));

    QVERIFY(run(conn(), trigger));
    Error error;
    if (operation == QLatin1String("create") || operation == QLatin1String("household")) {
        Resident r = person(QStringLiteral("李小河"), idFor(QDate(1985, 8, 8), 18));
        r.phone = QStringLiteral("13700001111");
        auto created = repo.create(admin, r, operation == QLatin1String("household"));
        QVERIFY(!created);
        error = created.error();
    } else if (operation == QLatin1String("update")) {
        Resident changed = existing;
        changed.name = QStringLiteral("李小河");
        changed.phone = QStringLiteral("13700001111");
        auto updated = repo.update(admin, changed);
        QVERIFY(!updated);
        error = updated.error();
    } else {
        auto removed = repo.remove(admin, existing.id);
        QVERIFY(!removed);
        error = removed.error();
    }
    // The failure came from the audit insert, i.e. after the other writes of the change.
    QVERIFY2(error.detail.contains(QStringLiteral("injected")), qPrintable(error.detail));
    QVERIFY(!error.message.isEmpty());

    QCOMPARE(counts(conn()), before);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident WHERE name = '李小河'")),
             0);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM search_term WHERE rid >= ?"),
                    {nextRid}),
             0);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity_id <> ?"),
                    {existing.id}),
             0);
    auto now = repo.findById(admin, existing.id);
    QVERIFY(now);
    QCOMPARE(now->toJson(), existing.toJson());
    QCOMPARE(now->updatedAt, existing.updatedAt);
    QVERIFY(!now->deleted);
    QCOMPARE(termsOf(conn(), existing.rid), existingTerms);
    QCOMPARE(search(conn(), QStringLiteral("王大山")), QVector<qint64>{existing.rid});
    QCOMPARE(search(conn(), QStringLiteral("13700001111")), QVector<qint64>());
    QCOMPARE(search(conn(), QStringLiteral("lxh")), QVector<qint64>());

    // Without the fault the same change goes through, and the record serial has no gap.
    QVERIFY(run(conn(), QStringLiteral("DROP TRIGGER temp.fail_audit")));
    if (operation != QLatin1String("update") && operation != QLatin1String("remove")) {
        const Resident ok = createOk(person(QStringLiteral("李小河"), idFor(QDate(1985, 8, 8), 18)),
                                     operation == QLatin1String("household"));
        QCOMPARE(ok.recordNo, kVillageA + "00002");
        QCOMPARE(ok.rid, nextRid);
    }
    const QVector<AuditEntry> entries = auditEntries(conn());
    for (int i = 1; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
}

void TstResidentWrites::scopeDenied()
{
    ResidentRepository repo(conn());
    const Resident inA =
        createOk(person(QStringLiteral("韩梅梅"), idFor(QDate(1983, 3, 8), 24)), true);
    const Resident inB =
        createOk(person(QStringLiteral("李雷"), idFor(QDate(1983, 4, 1), 13), kVillageB));
    Scope onlyB;
    onlyB.userId = QStringLiteral("doctor-b");
    onlyB.allVillages = false;
    onlyB.villages = {kVillageB};
    const auto before = counts(conn());

    auto find = repo.findById(onlyB, inA.id);
    QVERIFY(!find);
    QCOMPARE(find.error().code, QStringLiteral("scope.denied"));
    QCOMPARE(repo.findByIdNumber(onlyB, inA.idNumber).error().code, QStringLiteral("scope.denied"));
    QVERIFY(repo.findById(onlyB, inB.id));

    auto create =
        repo.create(onlyB, person(QStringLiteral("韩小梅"), idFor(QDate(2010, 1, 1), 26)));
    QVERIFY(!create);
    QCOMPARE(create.error().code, QStringLiteral("scope.denied"));

    Resident moved = inA;
    moved.phone = QStringLiteral("13800000000");
    QCOMPARE(repo.update(onlyB, moved).error().code, QStringLiteral("scope.denied"));
    QCOMPARE(repo.remove(onlyB, inA.id).error().code, QStringLiteral("scope.denied"));
    // Nor may a resident of B be moved into A by someone who only has B.
    Resident toA = inB;
    toA.villageCode = kVillageA;
    QCOMPARE(repo.update(onlyB, toA).error().code, QStringLiteral("scope.denied"));
    QCOMPARE(counts(conn()), before);

    QCOMPARE(repo.count(onlyB).value(), qint64(1));
    QCOMPARE(repo.households(onlyB, kVillageA).error().code, QStringLiteral("scope.denied"));
    QCOMPARE(repo.members(onlyB, inA.householdId)->size(), 0);
    QCOMPARE(search(conn(), QStringLiteral("韩梅梅"), onlyB), QVector<qint64>());
    QCOMPARE(search(conn(), QStringLiteral("韩梅梅")), QVector<qint64>{inA.rid});
    Scope nobody = onlyB;
    nobody.villages.clear();
    QCOMPARE(repo.count(nobody).value(), qint64(0));
    QCOMPARE(search(conn(), QStringLiteral("李雷"), nobody), QVector<qint64>());
}

// A removed resident stays removed: editing or removing it again must not put it back in the
// outbox (the server would receive an update or a second delete for a deleted record).
void TstResidentWrites::tombstoneIsFinal()
{
    ResidentRepository repo(conn());
    const Scope admin = Scope::administrator();
    Resident r = createOk(person(QStringLiteral("杨过"), idFor(QDate(1992, 2, 2), 15)));
    QVERIFY(repo.remove(admin, r.id));
    const auto before = counts(conn());
    r.phone = QStringLiteral("13811112222");
    auto updated = repo.update(admin, r);
    auto again = repo.remove(admin, r.id);
    QVERIFY(!updated && !again);
    QCOMPARE(counts(conn()), before);
}

// create() inside a transaction the caller already holds (a future import or merge in models/):
// the inner guard cannot open, so create() reports failure -- but its rows are in the caller's
// transaction and are committed with it.
void TstResidentWrites::callerTransaction()
{
    ResidentRepository repo(conn());
    const auto before = counts(conn());
    bool reported = true;
    {
        // Inside a caller's transaction the repository's guard is a savepoint: the create
        // succeeds and is committed with the caller's transaction.
        Transaction outer(conn());
        QVERIFY(outer.isOpen());
        reported = bool(repo.create(Scope::administrator(), person(QStringLiteral("路人甲"),
                                                                   idFor(QDate(1999, 9, 9), 19))));
        QVERIFY(reported);
        QVERIFY(outer.commit());
    }
    const bool stored =
        counts(conn())[QStringLiteral("resident")] > before[QStringLiteral("resident")];
    QCOMPARE(stored, reported);
}

QTEST_GUILESS_MAIN(TstResidentWrites)
#include "tst_residentwrites.moc"
