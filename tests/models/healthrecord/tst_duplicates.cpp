// Duplicate residents: the pair score, the scan that finds pairs, and merge with undo.
#include "arearepository.h"
#include "clinicalranges.h"
#include "database.h"
#include "dbaccess.h"
#include "duplicates.h"
#include "formschema.h"
#include "healthrecordcase.h"
#include "healthrecordrepository.h"
#include "icd10.h"
#include "idnumber.h"
#include "residentrepository.h"
#include "timeline.h"

#include <QJsonArray>
#include <QTest>

using namespace Models;
using namespace HealthRecordCase;

class TstDuplicates : public QObject, public HealthRecordCase::HealthRecordTestCase
{
    Q_OBJECT

private slots:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void duplicateScores_data();
    void duplicateScores();
    void scanFindsPairs();
    void mergeAndUndo();
};

void TstDuplicates::duplicateScores_data()
{
    QTest::addColumn<QString>("nameB");
    QTest::addColumn<QDate>("birthB");
    QTest::addColumn<QString>("phoneB");
    QTest::addColumn<QString>("idB");
    QTest::addColumn<QString>("sexB");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    const QDate b(1960, 3, 1);
    const QString id = idFor(b, 11);
    QTest::newRow("same id") << "张三" << b << "" << id << "M" << 100 << 100;
    QTest::newRow("name+birth") << "张三" << b << ""
                                << ""
                                << "M" << 85 << 95;
    QTest::newRow("name+birth, other id") << "张三" << b << "" << idFor(b, 13) << "M" << 45 << 55;
    QTest::newRow("name+phone") << "张三" << QDate(1961, 1, 1) << "13800138000"
                                << ""
                                << "M" << 75 << 80;
    QTest::newRow("pinyin+birth") << "章三" << b << ""
                                  << ""
                                  << "M" << 65 << 70;
    QTest::newRow("other sex") << "张三" << b << ""
                               << ""
                               << "F" << 60 << 75;
    QTest::newRow("different") << "李四" << QDate(1970, 1, 1) << ""
                               << ""
                               << "M" << 0 << 0;
}

void TstDuplicates::duplicateScores()
{
    QFETCH(QString, nameB);
    QFETCH(QDate, birthB);
    QFETCH(QString, phoneB);
    QFETCH(QString, idB);
    QFETCH(QString, sexB);
    QFETCH(int, min);
    QFETCH(int, max);
    Resident a;
    a.name = QStringLiteral("张三");
    a.birthDate = QDate(1960, 3, 1);
    a.phone = QStringLiteral("13800138000");
    a.idNumber = idFor(a.birthDate, 11);
    a.sex = QLatin1Char('M');
    a.villageCode = kVillageA;
    Resident b;
    b.name = nameB;
    b.birthDate = birthB;
    b.phone = phoneB;
    b.idNumber = idB;
    b.sex = sexB.at(0);
    b.villageCode = kVillageA;
    const int s = DuplicateFinder::score(a, b);
    QVERIFY2(s >= min && s <= max, qPrintable(QString::number(s)));
}

void TstDuplicates::scanFindsPairs()
{
    const Resident a = make(QStringLiteral("孙梅"), QDate(1975, 7, 7), 22);
    const Resident b = make(QStringLiteral("孙梅"), QDate(1975, 7, 7), 0, kVillageA, {}, false);
    make(QStringLiteral("周强"), QDate(1980, 1, 1), 31);
    auto pairs = DuplicateFinder::scan(conn(), Scope::administrator());
    QVERIFY2(pairs, why(pairs));
    QCOMPARE(pairs->size(), 1);
    QCOMPARE(QSet<QString>({pairs->first().aId, pairs->first().bId}), QSet<QString>({a.id, b.id}));
    QVERIFY(pairs->first().score >= 85);
    Resident c = b;
    c.id.clear();
    QCOMPARE(DuplicateFinder::candidatesFor(conn(), Scope::administrator(), c)->size(), 2);
    QVERIFY(DuplicateFinder::dismiss(conn(), Scope::administrator(), a.id, b.id));
    QCOMPARE(DuplicateFinder::scan(conn(), Scope::administrator())->size(), 0);
}

void TstDuplicates::mergeAndUndo()
{
    const Resident keep = make(QStringLiteral("吴芳"), QDate(1955, 5, 5), 42);
    const Resident dup = make(QStringLiteral("吴芳"), QDate(1955, 5, 5), 0, kVillageA, {}, false);
    HealthRecordRepository repo(conn());
    Encounter e;
    e.residentId = dup.id;
    e.visitDate = QDate::currentDate();
    e.subjective = QStringLiteral("复诊");
    QVERIFY(repo.addEncounter(Scope::administrator(), e));
    HealthCheck h{
        {}, dup.id, QDate::currentDate(), {}, QJsonObject{{QStringLiteral("pulse"), 70}}, {},
        {}, {}};
    QVERIFY(repo.addHealthCheck(Scope::administrator(), h));
    QVERIFY(repo.saveBasicInfo(
        Scope::administrator(),
        BasicInfo{dup.id, {}, {}, {}, QJsonObject{{QStringLiteral("abo"), QStringLiteral("1")}}}));
    const qint64 auditBefore = scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log"));
    auto m = ResidentMerge::merge(conn(), Scope::administrator(), keep.id, dup.id);
    QVERIFY2(m, why(m));
    QCOMPARE(m->movedRows, 3);
    QCOMPARE(repo.encounters(Scope::administrator(), keep.id)->size(), 1);
    QCOMPARE(repo.healthChecks(Scope::administrator(), keep.id)->size(), 1);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT deleted FROM resident WHERE id = ?"), {dup.id}),
             1);
    QCOMPARE(
        scalar(conn(), QStringLiteral("SELECT count(*) FROM search_term WHERE rid = ?"), {dup.rid}),
        0);
    QVERIFY(scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log")) > auditBefore);
    QCOMPARE(ResidentMerge::history(conn(), Scope::administrator())->size(), 1);
    auto t = Timeline::load(conn(), Scope::administrator(), keep.id, {QStringLiteral("record")});
    QCOMPARE(t->size(), 2); // 建档 + 合并

    QVERIFY(ResidentMerge::undo(conn(), Scope::administrator(), m->id));
    QCOMPARE(repo.encounters(Scope::administrator(), keep.id)->size(), 0);
    QCOMPARE(repo.encounters(Scope::administrator(), dup.id)->size(), 1);
    QCOMPARE(repo.healthChecks(Scope::administrator(), dup.id)->size(), 1);
    QCOMPARE(repo.basicInfo(Scope::administrator(), dup.id)
                 ->form.value(QStringLiteral("abo"))
                 .toString(),
             QStringLiteral("1"));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT deleted FROM resident WHERE id = ?"), {dup.id}),
             0);
    QVERIFY(scalar(conn(), QStringLiteral("SELECT count(*) FROM search_term WHERE rid = ?"),
                   {dup.rid}) > 0);
    QVERIFY(!ResidentMerge::undo(conn(), Scope::administrator(), m->id));
    QVERIFY(!ResidentMerge::merge(conn(), Scope::administrator(), keep.id, keep.id));
}

QTEST_GUILESS_MAIN(TstDuplicates)
#include "tst_duplicates.moc"
