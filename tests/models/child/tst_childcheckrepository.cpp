// ChildCheckRepository on a real SQLite file: the check stored with its z-scores and flags
// assessed at entry, read back identically, errors naming the field, permission and scope.
#include "childcheckrepository.h"
#include "contractfixture.h"
#include "database.h"
#include "dbaccess.h"
#include "residentrepository.h"
#include "timeline.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace ContractFixture;

class TstChildCheckRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { closeDatabase(m_conn); }
    void recordAssessesAndStores();
    void refusesWithTheField();
    void permissionAndScope();
    void headerBadges();

private:
    QTemporaryDir m_dir;
    QString m_conn;
    QString m_child;
    QDate m_birth;
    Scope m_admin = Scope::administrator();
};

void TstChildCheckRepository::init()
{
    m_conn = QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(openDatabase(m_conn, m_dir.filePath(m_conn + QStringLiteral(".db"))).ok());
    QVERIFY(addAreas(m_conn));
    m_birth = QDate::currentDate().addDays(-400);
    m_child = resident(m_conn, QStringLiteral("赵小明"), m_birth, QLatin1Char('M'));
    QVERIFY(!m_child.isEmpty());
}

void TstChildCheckRepository::recordAssessesAndStores()
{
    ChildCheck c;
    c.residentId = m_child;
    c.checkDate = m_birth.addDays(370);
    c.weightKg = 7.0; // well below −2 SD at 12 months (7.7)
    c.lengthCm = 74.0;
    c.headCm = 45.5;
    c.hb = 118;
    c.form = QJsonObject{{QStringLiteral("teeth"), 6}, {QStringLiteral("outdoor_hours"), 2}};
    auto r = ChildCheckRepository(m_conn).record(m_admin, c);
    QVERIFY2(r, why(r));
    QCOMPARE(r->kind, QStringLiteral("toddler"));
    QCOMPARE(r->ageCode, QStringLiteral("12m"));
    QCOMPARE(r->ageDays, 370);
    QVERIFY(r->growth.hasFlag(QStringLiteral("underweight")));
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("SELECT z_wfa, growth_flags, growth_rules FROM child_check")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDouble(), r->growth.indicator(QStringLiteral("wfa"))->z);
    QVERIFY(q.value(1).toString().contains(QStringLiteral("underweight")));
    QCOMPARE(q.value(2).toString(), GrowthRules::get().version);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'child_check'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    auto list = ChildCheckRepository(m_conn).checksOf(m_admin, m_child);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().growth.indicator(QStringLiteral("wfa"))->z,
             r->growth.indicator(QStringLiteral("wfa"))->z);
    QCOMPARE(list->first().form.value(QStringLiteral("teeth")).toInt(), 6);
}

void TstChildCheckRepository::refusesWithTheField()
{
    ChildCheck c;
    c.residentId = m_child;
    c.checkDate = QDate::currentDate().addDays(1);
    c.weightKg = 9;
    QCOMPARE(ChildCheckRepository(m_conn).record(m_admin, c).error().field, QStringLiteral("on"));
    c.checkDate = QDate::currentDate();
    c.weightKg = 0;
    QCOMPARE(ChildCheckRepository(m_conn).record(m_admin, c).error().field,
             QStringLiteral("weight_kg"));
    c.weightKg = 9;
    c.hb = 500;
    QCOMPARE(ChildCheckRepository(m_conn).record(m_admin, c).error().field,
             QStringLiteral("hb_g_l"));
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM child_check")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TstChildCheckRepository::permissionAndScope()
{
    ChildCheck c;
    c.residentId = m_child;
    c.checkDate = QDate::currentDate();
    c.weightKg = 10;
    auto ok = ChildCheckRepository(m_conn).record(m_admin, c);
    QVERIFY2(ok, why(ok));
    Scope worker;
    worker.allPermissions = false;
    worker.permissions = {QStringLiteral("resident.read")};
    QVERIFY(!ChildCheckRepository(m_conn).checksOf(worker, m_child));
    QVERIFY(!ChildCheckRepository(m_conn).record(worker, c));
    Scope west;
    west.allVillages = false;
    west.villages = {VillageB};
    QVERIFY(!ChildCheckRepository(m_conn).checksOf(west, m_child));
}

// The resident header: the 12-month check (window ended 6 days ago) is overdue until it is
// recorded (dated in its window); then the check's growth flag shows. Only for readers with
// maternal.read.
void TstChildCheckRepository::headerBadges()
{
    auto child = ResidentRepository(m_conn).findById(m_admin, m_child);
    QVERIFY2(child, why(child));
    auto texts = [&](const Scope &scope) {
        QStringList out;
        auto b = Timeline::badges(m_conn, scope, *child);
        if (b)
            for (const Badge &badge : *b)
                out << badge.text;
        return out;
    };
    QVERIFY2(texts(m_admin).contains(QStringLiteral("12月龄检查逾期")),
             qPrintable(texts(m_admin).join(QLatin1Char(' '))));
    Scope worker;
    worker.allPermissions = false;
    worker.permissions = {QStringLiteral("resident.read"), QStringLiteral("record.read")};
    QVERIFY(!texts(worker).contains(QStringLiteral("12月龄检查逾期")));
    ChildCheck c;
    c.residentId = m_child;
    c.checkDate = m_birth.addDays(390); // late in the 12-month window
    c.weightKg = 7.0;                   // underweight at about 13 months
    c.lengthCm = 75.0;
    auto r = ChildCheckRepository(m_conn).record(m_admin, c);
    QVERIFY2(r, why(r));
    QCOMPARE(r->ageCode, QStringLiteral("12m"));
    const QStringList after = texts(m_admin);
    QVERIFY(!after.contains(QStringLiteral("12月龄检查逾期")));
    QVERIFY2(std::any_of(after.cbegin(), after.cend(),
                         [](const QString &t) { return t.startsWith(QStringLiteral("生长：")); }),
             qPrintable(after.join(QLatin1Char(' '))));
    QVERIFY(texts(worker).filter(QStringLiteral("生长")).isEmpty());
}

QTEST_GUILESS_MAIN(TstChildCheckRepository)
#include "tst_childcheckrepository.moc"
