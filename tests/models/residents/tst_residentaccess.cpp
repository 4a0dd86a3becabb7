#include "arearepository.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentlistmodel.h"
#include "residentrepository.h"
#include "residentsearch.h"
#include "timeline.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;

// Who may read residents, and the audit of each record read: the search cursor asks for the
// same permission as the repository, and opening a record is audited once, in models/.
class TstResidentAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cursorNeedsReadPermission();
    void listModelSaysWhy();
    void openRecordIsAuditedOnce();
    void refusedOpenIsNotAudited();

private:
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    qint64 reads(const QString &residentId);
    QString m_zhang;
};

namespace {
const QString kCounty = QStringLiteral("430121");
const QString kTownship = QStringLiteral("430121101");
const QString kVillageA = QStringLiteral("430121101201");
const QString kVillageB = QStringLiteral("430121101202");

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray() : (r.error().code + QStringLiteral(": ") + r.error().detail).toUtf8();
}

Resident person(const QString &name, int seq, const QString &village)
{
    const QString body = kCounty + QStringLiteral("19700101") + QString::number(100 + seq);
    Resident r;
    r.name = name;
    r.idNumber = body + IdNumber::checkCharacter(body);
    r.villageCode = village;
    r.phone = r.address = r.relation = QStringLiteral("");
    return r;
}

// A role that may do other things but not read residents.
Scope withPermissions(const QStringList &permissions)
{
    Scope s = Scope::administrator();
    s.userId = QStringLiteral("u1");
    s.role = QStringLiteral("doctor");
    s.allPermissions = false;
    s.permissions = permissions;
    return s;
}
} // namespace

void TstResidentAccess::init()
{
    QStandardPaths::setTestModeEnabled(true);
    auto info = openDatabase(conn(), QStringLiteral(":memory:"));
    QVERIFY2(info, why(info));
    AreaRepository areas(conn());
    QVERIFY(areas.add({kCounty, QStringLiteral("示范县"), QStringLiteral("county"), {}}));
    QVERIFY(areas.add({kTownship, QStringLiteral("东山镇"), QStringLiteral("township"), kCounty}));
    QVERIFY(areas.add({kVillageA, QStringLiteral("石桥村"), QStringLiteral("village"), kTownship}));
    QVERIFY(areas.add({kVillageB, QStringLiteral("柳树村"), QStringLiteral("village"), kTownship}));
    ResidentRepository repo(conn());
    auto zhang = repo.create(Scope::administrator(), person(QStringLiteral("张三"), 1, kVillageA));
    QVERIFY2(zhang, why(zhang));
    m_zhang = zhang->id;
    auto zhao = repo.create(Scope::administrator(), person(QStringLiteral("张四"), 2, kVillageB));
    QVERIFY2(zhao, why(zhao));
}

void TstResidentAccess::cleanup()
{
    closeDatabase(conn());
}

qint64 TstResidentAccess::reads(const QString &residentId)
{
    QSqlQuery q(db(conn()));
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'read' AND entity ="
                             " 'resident' AND entity_id = ?"));
    q.addBindValue(residentId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TstResidentAccess::cursorNeedsReadPermission()
{
    const Scope noRead = withPermissions({QStringLiteral("immunization.read")});
    QCOMPARE(ResidentRepository(conn()).findById(noRead, m_zhang).error().code,
             QStringLiteral("scope.forbidden"));
    for (const QString &query : {QString(), QStringLiteral("张"), QStringLiteral("zs")}) {
        ResidentCursor cursor(conn(), SearchPlan::forQuery(query), {}, noRead);
        QVERIFY(cursor.atEnd());
        QVERIFY(cursor.next(100).isEmpty());
        QCOMPARE(cursor.error().code, QStringLiteral("scope.forbidden")); // as the repository
    }
    // With the permission, the same role finds both; an administrator finds the same.
    ResidentCursor allowed(conn(), SearchPlan::forQuery(QStringLiteral("张")), {},
                           withPermissions({QStringLiteral("resident.read")}));
    QCOMPARE(allowed.next(100).size(), 2);
    QVERIFY(allowed.error().code.isEmpty());
}

void TstResidentAccess::listModelSaysWhy()
{
    ResidentListModel refused(conn(), withPermissions({QStringLiteral("immunization.read")}));
    refused.setQuery(QStringLiteral("张"));
    QCOMPARE(refused.rowCount(), 0);
    QVERIFY(!refused.hint().isEmpty());
    ResidentListModel allowed(conn(), withPermissions({QStringLiteral("resident.read")}));
    allowed.setQuery(QStringLiteral("张"));
    QCOMPARE(allowed.rowCount(), 2);
    QVERIFY(allowed.hint().isEmpty());
}

void TstResidentAccess::openRecordIsAuditedOnce()
{
    ResidentRepository repo(conn());
    QVERIFY(repo.findById(Scope::administrator(), m_zhang)); // a lookup by code: no read entry
    QCOMPARE(reads(m_zhang), 0);
    auto opened = repo.openRecord(Scope::administrator(), m_zhang);
    QVERIFY2(opened, why(opened));
    QCOMPARE(opened->name, QStringLiteral("张三"));
    QCOMPARE(reads(m_zhang), 1);
    // The health-record timeline behind the opened record adds no second entry.
    QVERIFY(Timeline::load(conn(), Scope::administrator(), m_zhang));
    QCOMPARE(reads(m_zhang), 1);
}

void TstResidentAccess::refusedOpenIsNotAudited()
{
    Scope villageB = withPermissions({QStringLiteral("resident.read")});
    villageB.allVillages = false;
    villageB.villages = {kVillageB};
    auto opened = ResidentRepository(conn()).openRecord(villageB, m_zhang);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, QStringLiteral("scope.denied"));
    QCOMPARE(reads(m_zhang), 0);
}

QTEST_GUILESS_MAIN(TstResidentAccess)
#include "tst_residentaccess.moc"
